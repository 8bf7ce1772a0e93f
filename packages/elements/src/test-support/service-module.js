// A service published as a JavaScript module (`<efa-form src="….js">`, loaded with import()): its
// default export is a definition core's loader prepared ahead (German), which <efa-form> takes as it is.
import { loadDefinition } from '@efa-forms/core';

export default loadDefinition(
  {
    id: 'modul',
    version: '1.0.0',
    title: 'Aus einem Modul',
    schema: { type: 'object', properties: { ort: { type: 'string', title: 'Ort' } } },
  },
  { locale: 'de' },
);
