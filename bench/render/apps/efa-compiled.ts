// efa-forms with a service compiled by `efa compile` (`compileService`, loaded as a module before the
// timer starts) handed to the element (`<efa-form>.service`): the ajv-free bundle dist/efa-forms.js.
import '@efa-forms/elements/efa-forms.js';
import type { CompiledService } from '@efa-forms/core';
import { registerEfaApp } from './efa.js';

registerEfaApp((form, input) => {
  form.service = input as CompiledService;
});
