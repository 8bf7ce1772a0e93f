import { isPlainObject, type JsonSchemaObject } from '@efa-forms/core/engine';

const CONDITIONAL = ['if', 'dependentSchemas', 'dependentRequired', 'dependencies', 'oneOf', 'anyOf'];
const staticSchemas = new WeakMap<object, boolean>();

/**
 * Whether an object schema's properties and their `active`/`required` cannot depend on the data: no
 * conditional keyword on it or on its `allOf` members. `$ref`s are not followed here: a member that is
 * a `$ref` counts as conditional, so the answer is never wrongly "static".
 */
export function isStatic(schema: JsonSchemaObject): boolean {
  let known = staticSchemas.get(schema);
  if (known === undefined) {
    const members = Array.isArray(schema.allOf) ? schema.allOf : [];
    known =
      !CONDITIONAL.some((keyword) => schema[keyword] !== undefined) &&
      members.every(
        (member) =>
          isPlainObject(member) && member.$ref === undefined && isStatic(member as JsonSchemaObject),
      );
    staticSchemas.set(schema, known);
  }
  return known;
}
