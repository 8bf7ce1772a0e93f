import type { JsonSchemaObject } from './definition.js';
import { isPlainObject } from './pointer.js';

// Keywords whose effect on an object's properties depends on the data: a branch taken or not, a
// property present or not. A `$ref` is not followed here, so it counts as one too: never wrongly "static".
const DATA_DEPENDENT = [
  'if',
  'dependentSchemas',
  'dependentRequired',
  'dependencies',
  'oneOf',
  'anyOf',
  '$ref',
  '$dynamicRef',
];
const staticSchemas = new WeakMap<object, boolean>();

/**
 * Whether an object schema's properties and their `active`/`required` cannot depend on the data: no
 * conditional keyword (`if`, `dependentSchemas`, `dependentRequired`, `dependencies`, `oneOf`, `anyOf`)
 * on it or on its `allOf` members. `$ref`s are not followed: a schema or member with a `$ref` counts as
 * conditional, so the answer is never wrongly `true`. `describeObject` of a static schema gives the
 * same fields for any data, so callers may describe it once.
 */
export function isStaticSchema(schema: JsonSchemaObject): boolean {
  let known = staticSchemas.get(schema);
  if (known === undefined) {
    // Marked first, so a schema that contains itself (`allOf` cycle) ends, as "not static".
    staticSchemas.set(schema, false);
    const members = Array.isArray(schema.allOf) ? schema.allOf : [];
    known =
      !DATA_DEPENDENT.some((keyword) => schema[keyword] !== undefined) &&
      members.every((member) => isPlainObject(member) && isStaticSchema(member as JsonSchemaObject));
    staticSchemas.set(schema, known);
  }
  return known;
}
