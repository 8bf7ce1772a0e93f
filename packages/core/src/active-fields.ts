import type { JsonSchema } from './definition.js';
import { describeObject } from './describe-object.js';
import { isPlainObject, joinPointer, ownValue } from './pointer.js';
import { resolveSchema } from './resolve-schema.js';
import { isArraySchema, isObjectSchema } from './internal/schema-kind.js';
import type { SchemaHolder } from './definition.js';
import { prune } from './prune.js';
import { DEFAULT_DATA_LIMITS } from './internal/limits.js';

/** Which fields a person sees and must fill in for the current data, as JSON Pointers into the data. */
export interface ActiveFields {
  visible: Set<string>;
  required: Set<string>;
}

/**
 * The fields shown and required right now, at any depth and inside arrays (`/vertreter/0/name`), from
 * `if/then/else` (also inside `allOf`), `dependentRequired`, `dependentSchemas` and `oneOf` with `const`
 * discriminators. Nested objects that are not filled yet count with their fields; arrays count with
 * the items they have.
 */
export function activeFields(holder: SchemaHolder, data: unknown): ActiveFields {
  const result: ActiveFields = { visible: new Set(), required: new Set() };
  // Conditions are judged on the answers as they will be sent: a value left behind in a hidden field
  // (or an emptied one) must not keep a field visible or required.
  walk(holder, holder.schema, prune(holder, data), '', result, new Set());
  return result;
}

function walk(
  holder: SchemaHolder,
  raw: JsonSchema,
  data: unknown,
  pointer: string,
  out: ActiveFields,
  path: Set<object>,
): void {
  const schema = resolveSchema(holder, raw);
  // A recursive schema (a person with parents who are persons) is only followed as deep as the data goes.
  const key = typeof raw === 'object' ? raw : schema;
  if ((data === undefined && path.has(key)) || path.size > DEFAULT_DATA_LIMITS.maxDepth) return;
  path.add(key);
  if (isObjectSchema(schema) && (data === undefined || isPlainObject(data))) {
    for (const field of describeObject(holder, schema, data)) {
      if (!field.active) continue;
      const fieldPointer = joinPointer(pointer, field.name);
      out.visible.add(fieldPointer);
      if (field.required) out.required.add(fieldPointer);
      walk(holder, field.schema, ownValue(data, field.name), fieldPointer, out, path);
    }
  } else if (isArraySchema(schema) && Array.isArray(data)) {
    const items = schema.items;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: walking into a missing or boolean item schema finds no fields, so the check only saves work (the `false` variant is killed by the array-item test)
    if (items !== undefined && typeof items !== 'boolean') {
      data.forEach((item, index) =>
        walk(holder, items as JsonSchema, item, joinPointer(pointer, index), out, path),
      );
    }
  }
  path.delete(key);
}
