// efa-forms with the raw JSON Schema handed to the element (`<efa-form>.schema`): the one-file bundle
// with the runtime compiler (dist/efa-forms-runtime.js) checks and compiles it in the page.
import '@efa-forms/elements/efa-forms-runtime.js';
import { registerEfaApp } from './efa.js';

registerEfaApp((form, input) => {
  form.schema = input;
});
