import { EfaForm } from './efa-form.js';

/**
 * Registers `EfaForm` as `<efa-form>` (once; a second call, or another copy that registered first, is
 * left alone). `@efa-forms/elements/define` and the one-file bundle call it on import; a page that
 * imports the class from `@efa-forms/elements` calls it itself when it wants the tag.
 */
export function defineEfaForm(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('efa-form')) registry.define('efa-form', EfaForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'efa-form': EfaForm;
  }
}
