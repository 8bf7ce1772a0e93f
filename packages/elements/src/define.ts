// @efa-forms/elements/define: importing this module registers <efa-form> (its one side effect).
import { defineEfaForm } from './define-efa-form.js';

if (typeof customElements !== 'undefined') defineEfaForm();

export { EfaForm } from './efa-form.js';
