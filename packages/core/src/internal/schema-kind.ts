import type { JsonSchemaObject } from '../definition.js';
import { isPlainObject } from '../pointer.js';

/** The JSON types a schema allows (`type` as string or list); empty when it does not say. */
export function typesOf(schema: JsonSchemaObject): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type))
    return schema.type.filter((type): type is string => typeof type === 'string');
  return [];
}

/** An object schema: `type: object`, or object keywords without a type. */
export function isObjectSchema(schema: JsonSchemaObject): boolean {
  const types = typesOf(schema);
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
  const types = typesOf(schema);
  return types.length > 0 ? types.includes('array') : schema.items !== undefined;
}
