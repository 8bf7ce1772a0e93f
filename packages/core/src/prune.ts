import type { JsonSchema, JsonSchemaObject } from './definition.js';
import { describeObject } from './describe-object.js';
import { defineOwn, isPlainObject } from './pointer.js';
import { resolveSchema } from './resolve-schema.js';
import { isArraySchema, isObjectSchema } from './internal/schema-kind.js';
import type { SchemaHolder } from './internal/schema-context.js';

/**
 * A copy of `data` without what the person no longer sees: values of inactive fields (a branch not
 * taken), properties the schema does not declare (unless it allows additional ones), and empty values
 * (`''`, `null`, and empty objects and arrays of optional fields). Never mutates `data`.
 */
export function prune<T>(holder: SchemaHolder, data: T): T {
  const pruned = pruneValue(holder, holder.schema, data, true);
  return (pruned === undefined ? {} : pruned) as T;
}

function pruneValue(
  holder: SchemaHolder,
  raw: JsonSchema | undefined,
  value: unknown,
  required: boolean,
): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  const schema = resolveSchema(holder, raw);
  if (isPlainObject(value) && isObjectSchema(schema)) {
    const out: Record<string, unknown> = {};
    const declared = new Set<string>();
    for (const field of describeObject(holder, schema, value)) {
      declared.add(field.name);
      if (!field.active || !Object.prototype.hasOwnProperty.call(value, field.name)) continue;
      const kept = pruneValue(holder, field.schema, value[field.name], field.required);
      if (kept !== undefined) defineOwn(out, field.name, kept);
    }
    if (allowsAdditional(schema)) {
      for (const [name, extra] of Object.entries(value)) {
        if (!declared.has(name) && extra !== undefined && extra !== null && extra !== '')
          defineOwn(out, name, extra);
      }
    }
    return Object.keys(out).length === 0 && !required ? undefined : out;
  }
  if (Array.isArray(value) && isArraySchema(schema)) {
    const items = schema.items === undefined || typeof schema.items === 'boolean' ? undefined : schema.items;
    // Items are kept as required (a repeat-group entry stays, so validation can point into it); empty
    // primitives (a blank line in a list of strings) are dropped.
    const out =
      items === undefined
        ? value.slice()
        : value.map((item) => pruneValue(holder, items, item, true)).filter((item) => item !== undefined);
    return out.length === 0 && !required ? undefined : out;
  }
  return value;
}

/** Only an explicit `additionalProperties`/`patternProperties` keeps undeclared keys: the form never showed them. */
function allowsAdditional(schema: JsonSchemaObject): boolean {
  const additional = schema.additionalProperties;
  return (additional !== undefined && additional !== false) || isPlainObject(schema.patternProperties);
}
