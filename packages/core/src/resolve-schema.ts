import type { JsonSchema, JsonSchemaObject } from './definition.js';
import { getAt, isPlainObject, parsePointer } from './pointer.js';
import type { SchemaHolder } from './internal/schema-context.js';

/** Keywords never copied from `allOf` members into the merged view (they are walked, not merged). */
const NOT_MERGED = new Set(['allOf', 'if', 'then', 'else', '$ref', '$defs', 'definitions', '$id', '$schema']);

/** The target of a local `$ref` (`#`, `#/json/pointer`), or `undefined` when it does not resolve. */
export function resolveRef(holder: SchemaHolder, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  const fragment = ref.slice(1);
  let pointer: string;
  try {
    pointer = decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
  if (pointer !== '' && !pointer.startsWith('/')) return findAnchor(holder.schema, pointer);
  try {
    parsePointer(pointer);
  } catch {
    return undefined;
  }
  const target = getAt(holder.schema, pointer);
  return isPlainObject(target) || typeof target === 'boolean' ? (target as JsonSchema) : undefined;
}

/**
 * The schema with `$ref` followed (siblings of `$ref` win, as 2020-12 reads them) and the members of
 * `allOf` folded in where the schema itself says nothing: `{title, allOf: [{$ref}]}` reads as the
 * referenced object with that title. The result is a view for renderers and serialisers; conditional
 * keywords stay in place. `true`/`false` and unresolvable refs give `{}`.
 */
export function resolveSchema(holder: SchemaHolder, schema: JsonSchema | undefined): JsonSchemaObject {
  const followed = followRefs(holder, schema);
  if (!Array.isArray(followed.allOf)) return followed;
  const merged: JsonSchemaObject = { ...followed };
  for (const member of followed.allOf) {
    const part = resolveSchema(holder, member);
    for (const [keyword, value] of Object.entries(part)) {
      if (!NOT_MERGED.has(keyword) && merged[keyword] === undefined) merged[keyword] = value;
    }
  }
  return merged;
}

/** Follows a chain of `$ref`s (cycles stop at the first repeat), without folding `allOf`. */
export function followRefs(holder: SchemaHolder, schema: JsonSchema | undefined): JsonSchemaObject {
  let current: JsonSchemaObject = isPlainObject(schema) ? schema : {};
  const seen = new Set<object>();
  while (typeof current.$ref === 'string' && !seen.has(current)) {
    seen.add(current);
    const target = resolveRef(holder, current.$ref);
    const { $ref: _ref, ...siblings } = current;
    const base: JsonSchemaObject = isPlainObject(target) ? target : {};
    current = Object.keys(siblings).length === 0 ? base : { ...base, ...siblings, $ref: base.$ref };
    if (current.$ref === undefined) delete current.$ref;
  }
  return current;
}

function findAnchor(root: unknown, anchor: string): JsonSchema | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isPlainObject(node)) {
      if (node.$anchor === anchor || node.$id === '#' + anchor) return node as JsonSchemaObject;
      stack.push(...Object.values(node));
    }
  }
  return undefined;
}
