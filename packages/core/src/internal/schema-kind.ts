// The schema kinds live in the public `schema-types.ts`; this path stays for internal importers.
export { isArraySchema, isObjectSchema, schemaTypes as typesOf } from '../schema-types.js';
