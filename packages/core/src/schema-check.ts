import type { ErrorObject } from 'ajv';

/** How strictly a schema is compiled: `lenient` for third-party schemas (`fromJsonSchema`). */
export type SchemaMode = 'strict' | 'lenient';

/**
 * A compiled check: ajv's validate function shape, whether made at run time or by `efa compile`
 * (the `validate`, `checks` and `validateTenant` of a `CompiledService`).
 */
export interface SchemaCheck {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
