import {
  describeObject,
  isArraySchema,
  isObjectSchema,
  isPlainObject,
  resolveSchema,
  type JsonSchema,
  type JsonSchemaObject,
  type SchemaHolder,
} from '@efa-forms/core';

/** Keywords of a value schema that json-schema-to-ts turns into a type; the rest (texts, formats, limits) it ignores. */
const TYPED = ['type', 'const', 'enum'] as const;

/**
 * The data schema as json-schema-to-ts should read it: every property an object can have, as core's
 * `describeObject` lists them (its own, those of `allOf` members and of the conditional branches
 * `if`/`then`/`else`, `dependentSchemas`, `oneOf`/`anyOf`), each of its value's type, `$ref`s followed.
 * Only what every valid value must have is required; a field of a branch is optional.
 *
 * Why not `FromSchema` of the data schema: json-schema-to-ts leaves out fields that only a branch
 * declares, and its `parseIfThenElseKeywords` option exceeds TypeScript's instantiation depth on the
 * Gewerbe services. This flat schema has none of the conditionals, so the type stays cheap; it accepts
 * every valid value (a field of a branch that does not apply is simply absent), and it is less exact
 * only in not tying a branch's fields to the value that chooses it.
 */
export function typeSchema(holder: SchemaHolder): JsonSchemaObject {
  return typeOf(holder, holder.schema, new Set());
}

function typeOf(
  holder: SchemaHolder,
  schema: JsonSchema | undefined,
  visiting: Set<object>,
): JsonSchemaObject {
  const resolved = resolveSchema(holder, schema);
  // A recursive schema (a tree) stops at its first repeat: `{}` is any value there.
  if (visiting.has(resolved)) return {};
  visiting.add(resolved);
  try {
    // Written through an index signature: the keywords are copied as they are, whatever their type.
    const result: Record<string, unknown> = {};
    for (const keyword of TYPED) if (resolved[keyword] !== undefined) result[keyword] = resolved[keyword];
    if (isObjectSchema(resolved)) return { ...result, ...objectType(holder, schema, resolved, visiting) };
    if (isArraySchema(resolved)) {
      // Draft-07 tuples list their items; 2020-12 ones use `prefixItems`.
      const items: unknown = resolved.items;
      if (Array.isArray(items))
        result['items'] = items.map((item) => typeOf(holder, item as JsonSchema, visiting));
      else if (items !== undefined) result['items'] = typeOf(holder, items as JsonSchema, visiting);
      if (Array.isArray(resolved.prefixItems))
        result['prefixItems'] = resolved.prefixItems.map((item) =>
          typeOf(holder, item as JsonSchema, visiting),
        );
      return result as JsonSchemaObject;
    }
    // Options (`oneOf: [{const, title}]`) and alternatives of plain values.
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = resolved[keyword];
      if (Array.isArray(branches))
        result[keyword] = branches.map((branch) => typeOf(holder, branch as JsonSchema, visiting));
    }
    return result as JsonSchemaObject;
  } finally {
    visiting.delete(resolved);
  }
}

function objectType(
  holder: SchemaHolder,
  schema: JsonSchema | undefined,
  resolved: JsonSchemaObject,
  visiting: Set<object>,
): JsonSchemaObject {
  const properties: Record<string, JsonSchemaObject> = {};
  for (const field of describeObject(holder, schema))
    properties[field.name] = typeOf(holder, field.schema, visiting);
  const always = alwaysRequired(holder, schema, new Set());
  const result: JsonSchemaObject = {
    type: resolved.type ?? 'object',
    properties,
    required: Object.keys(properties).filter((name) => always.has(name)),
  };
  if (resolved.additionalProperties === false || resolved.unevaluatedProperties === false)
    result['additionalProperties'] = false;
  else if (isPlainObject(resolved.additionalProperties))
    result['additionalProperties'] = typeOf(holder, resolved.additionalProperties as JsonSchema, visiting);
  return result;
}

/** The names an object's own `required` and its `allOf` members' require: what no branch can waive. */
function alwaysRequired(
  holder: SchemaHolder,
  schema: JsonSchema | undefined,
  seen: Set<object>,
): Set<string> {
  const resolved = resolveSchema(holder, schema);
  const names = new Set<string>();
  if (seen.has(resolved)) return names;
  seen.add(resolved);
  if (Array.isArray(resolved.required)) for (const name of resolved.required) names.add(String(name));
  // `resolveSchema` folds an `allOf` member's `required` in only where the schema has none itself.
  if (Array.isArray(resolved.allOf))
    for (const member of resolved.allOf)
      for (const name of alwaysRequired(holder, member as JsonSchema, seen)) names.add(name);
  return names;
}
