import type { JsonSchema, JsonSchemaObject } from './definition.js';
import { describeObject } from './describe-object.js';
import { defineOwn, isPlainObject } from './pointer.js';
import { resolveSchema } from './resolve-schema.js';
import { isArraySchema, isObjectSchema } from './internal/schema-kind.js';
import type { SchemaHolder } from './definition.js';
import { DEFAULT_DATA_LIMITS } from './internal/limits.js';

/**
 * A copy of `data` without what the person no longer sees: values of inactive fields (a branch not
 * taken), properties the schema does not declare (unless it allows additional ones), and empty values
 * (`''`, `null`, and empty objects and arrays of optional fields). Never mutates `data`.
 */
export function prune<T>(holder: SchemaHolder, data: T): T {
  // Dropping a hidden value can hide another field (a -> b -> c): repeat until nothing more goes.
  // No round limit: a chain written last link first loses one link per round, and every round that
  // drops something makes the (finite) data smaller, so the loop ends.
  let current: unknown = data;
  for (;;) {
    const pass = { droppedHidden: false };
    current = pruneValue(holder, holder.schema, current, true, 0, pass) ?? {};
    if (!pass.droppedHidden) return current as T;
  }
}

function pruneValue(
  holder: SchemaHolder,
  raw: JsonSchema | undefined,
  value: unknown,
  required: boolean,
  depth: number,
  pass: { droppedHidden: boolean },
): unknown {
  // Stryker disable next-line ConditionalExpression: an absent value would fall through every branch to `return value` anyway
  if (value === undefined) return undefined;
  if (value === null || value === '') return undefined;
  // Deeper than any form goes: hostile data, dropped rather than walked (validation reports the limit).
  if (depth > DEFAULT_DATA_LIMITS.maxDepth) return undefined;
  const schema = resolveSchema(holder, raw);
  if (isPlainObject(value) && isObjectSchema(schema)) {
    const out: Record<string, unknown> = {};
    const declared = new Set<string>();
    // Conditions see the answers as they will be sent: an emptied field no longer triggers anything.
    const present: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) {
      // Stryker disable next-line ConditionalExpression: conditions (ajv, describeObject) read a property holding undefined as absent, and its value is dropped below
      if (item === undefined) continue;
      if (item !== '' && item !== null) defineOwn(present, name, item);
    }
    for (const field of describeObject(holder, schema, present)) {
      declared.add(field.name);
      if (!Object.prototype.hasOwnProperty.call(present, field.name)) continue;
      if (!field.active) {
        pass.droppedHidden = true;
        continue;
      }
      const kept = pruneValue(holder, field.schema, present[field.name], field.required, depth + 1, pass);
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
    const items = typeof schema.items === 'boolean' ? undefined : schema.items;
    // Items are kept as required (a repeat-group entry stays, so validation can point into it); empty
    // primitives (a blank line in a list of strings) are dropped.
    const out =
      items === undefined
        ? value.slice()
        : value
            .map((item) => pruneValue(holder, items, item, true, depth + 1, pass))
            .filter((item) => item !== undefined);
    return out.length === 0 && !required ? undefined : out;
  }
  return value;
}

/** Only an explicit `additionalProperties`/`patternProperties` keeps undeclared keys: the form never showed them. */
function allowsAdditional(schema: JsonSchemaObject): boolean {
  const additional = schema.additionalProperties;
  return (additional !== undefined && additional !== false) || isPlainObject(schema.patternProperties);
}
