// @efa-forms/elements/runtime: <efa-form> that also takes raw service definitions and plain JSON
// Schemas, checked and compiled in the page with core's loader and ajv. ajv compiles with
// `new Function`, so such a page needs `script-src 'unsafe-eval'`; pages under a strict
// Content-Security-Policy import `@efa-forms/elements` and hand it services compiled by `efa compile`.
import { fromJsonSchema, loadDefinition } from '@efa-forms/core';
import { useRawDefinitionLoader } from './internal/prepare-service.js';
// The runtime speaks both languages, as the full core does.
import './en.js';

useRawDefinitionLoader({ loadDefinition, fromJsonSchema });

export * from './index.js';
export { enStrings } from './en.js';
