import type { JsonSchemaObject } from './definition.js';
import { isPlainObject } from './pointer.js';

/**
 * The JSON types a schema allows (`type` as a string or a list), without `null`: a nullable field
 * reads like its other type (a form shows it as that type, `prune` drops `null` before XML). Empty when
 * the schema does not say.
 */
export function schemaTypes(schema: JsonSchemaObject): string[] {
  const declared =
    typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type : [];
  return declared.filter((type): type is string => typeof type === 'string' && type !== 'null');
}

/**
 * An object schema: `type: object`, or object keywords without a type (`properties`, `if`,
 * `dependentSchemas`, `oneOf`/`anyOf` branches with properties).
 */
export function isObjectSchema(schema: JsonSchemaObject): boolean {
  const types = schemaTypes(schema);
  if (types.length > 0) return types.includes('object');
  return (
    isPlainObject(schema.properties) ||
    schema.if !== undefined ||
    isPlainObject(schema.dependentSchemas) ||
    (Array.isArray(schema.oneOf) &&
      schema.oneOf.some((branch) => isPlainObject(branch) && isPlainObject(branch.properties))) ||
    (Array.isArray(schema.anyOf) &&
      schema.anyOf.some((branch) => isPlainObject(branch) && isPlainObject(branch.properties)))
  );
}

/** An array schema: `type: array`, or `items` without a type. */
export function isArraySchema(schema: JsonSchemaObject): boolean {
  const types = schemaTypes(schema);
  return types.length > 0 ? types.includes('array') : schema.items !== undefined;
}
