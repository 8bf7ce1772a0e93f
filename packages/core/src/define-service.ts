import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { ServiceDefinition } from './definition.js';

/**
 * Identity function that keeps a definition's literal type, so `DataOf<typeof definition>` can derive
 * the submitted data's TypeScript type. Write the definition `as const`.
 */
export function defineService<const T extends ServiceDefinition & { schema: JSONSchema }>(definition: T): T {
  return definition;
}

/**
 * The TypeScript type of the data a service submits, derived from its schema by json-schema-to-ts.
 * `x-efa`, `x-xoev` and `x-fim` annotations do not change the type.
 */
export type DataOf<T extends { schema: unknown }> = T['schema'] extends JSONSchema
  ? FromSchema<T['schema']>
  : never;
