import type { JsonSchema, JsonSchemaObject } from './definition.js';
import { decodeFragment, getAt, isPlainObject } from './pointer.js';
import type { SchemaHolder } from './definition.js';
import { resolveEmbeddedRef } from './internal/embedded-resources.js';

/**
 * Keywords never copied from `allOf` members into the merged view (they are walked, not merged).
 * A member's `allOf` needs no entry: the schema it is folded into has one, which wins.
 */
const NOT_MERGED = new Set(['if', 'then', 'else', '$ref', '$defs', 'definitions', '$id', '$schema']);

/**
 * The target of a `$ref` inside the document: local (`#`, `#/json/pointer`, `#anchor`) or naming a
 * bundled resource by its `$id` (`anschrift.json`, relative to the root's `$id`); `undefined` when it
 * does not resolve.
 */
export function resolveRef(holder: SchemaHolder, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return resolveEmbeddedRef(holder.schema, ref, schemaAtFragment);
  return schemaAtFragment(holder.schema, ref.slice(1));
}

/**
 * The schema a URI fragment (percent-encoded, without `#`) names in a resource: the resource itself
 * for `''`, a JSON Pointer's target, or else the schema with that plain-name anchor.
 */
function schemaAtFragment(resource: unknown, fragment: string): JsonSchema | undefined {
  const name = decodeFragment(fragment);
  if (name === undefined) return undefined;
  if (name !== '' && !name.startsWith('/')) return findAnchor(resource, name);
  const target = getAt(resource, name);
  return isPlainObject(target) || typeof target === 'boolean' ? (target as JsonSchema) : undefined;
}

/**
 * The schema with `$ref` followed (siblings of `$ref` win, as 2020-12 reads them) and the members of
 * `allOf` folded in where the schema itself says nothing: `{title, allOf: [{$ref}]}` reads as the
 * referenced object with that title. The result is a view for renderers and serialisers; conditional
 * keywords stay in place. `oneOf`/`anyOf` branches that are a bare `{$ref}` read as their targets, so an
 * option list of `$ref`s to `{const, title}` and alternatives of `$ref`s read like inline ones. The view
 * remembers its root (`rootOf`), so the schema-reading functions read it alike with or without one.
 * `true`/`false` and unresolvable refs give `{}`.
 */
export function resolveSchema(holder: SchemaHolder, schema: JsonSchema | undefined): JsonSchemaObject {
  if (!isPlainObject(schema)) return EMPTY;
  const cache = cacheOf(resolvedCache, holder);
  let resolved = cache.get(schema);
  if (!resolved) {
    // Marked before the members are folded in, so `A = {allOf: [{$ref: A}]}` cannot recurse forever.
    cache.set(schema, followRefs(holder, schema));
    resolved = inlineBranches(holder, foldAllOf(holder, followRefs(holder, schema)));
    cache.set(schema, resolved);
    if (!roots.has(resolved)) roots.set(resolved, holder);
  }
  return resolved;
}

/**
 * The root a view was resolved against: readers given only a view (a widget's `match(schema)`) follow
 * its `$ref`s with it, so they read what readers given the root read.
 */
const roots = new WeakMap<object, SchemaHolder>();

/** The holder `resolveSchema` resolved this schema view against, if any. */
export function rootOf(schema: JsonSchemaObject): SchemaHolder | undefined {
  return roots.get(schema);
}

function inlineBranches(holder: SchemaHolder, schema: JsonSchemaObject): JsonSchemaObject {
  let result = schema;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches) || !branches.some((branch) => isPlainObject(branch) && '$ref' in branch))
      continue;
    // Only a bare `{$ref}` is replaced by its target: the target is a node of the root, so conditions
    // on it are still checked in the root's context (its own `$ref`s resolve).
    const followed = branches.map((branch) =>
      isPlainObject(branch) && Object.keys(branch).length === 1 && typeof branch.$ref === 'string'
        ? (resolveRef(holder, branch.$ref) ?? branch)
        : branch,
    );
    if (followed.some((branch, index) => branch !== branches[index]))
      result = { ...result, [keyword]: followed };
  }
  return result;
}

function foldAllOf(holder: SchemaHolder, followed: JsonSchemaObject): JsonSchemaObject {
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

/**
 * Follows a chain of `$ref`s (cycles stop at the first repeat), without folding `allOf`. Siblings of
 * `$ref` win; annotation objects (`x-efa`, `x-xoev`, `x-fim`) are merged key by key, so an
 * `x-xoev.element` beside a `$ref` keeps the target's `x-xoev.codeList`.
 */
export function followRefs(holder: SchemaHolder, schema: JsonSchema | undefined): JsonSchemaObject {
  if (!isPlainObject(schema)) return EMPTY;
  const cache = cacheOf(followedCache, holder);
  const cached = cache.get(schema);
  if (cached) return cached;
  let current: JsonSchemaObject = schema;
  // The targets met so far: a merged view is a new object each round, so a cycle is told by its targets.
  const seen = new Set<object>([schema]);
  while (typeof current.$ref === 'string') {
    const target = resolveRef(holder, current.$ref);
    const { $ref: _ref, ...siblings } = current;
    const base: JsonSchemaObject = isPlainObject(target) ? target : {};
    if (Object.keys(siblings).length === 0) {
      current = base;
    } else {
      // `merged.$ref` is the target's own (if any): siblings never hold one.
      const merged: JsonSchemaObject = { ...base, ...siblings };
      for (const keyword of ANNOTATIONS) {
        if (isPlainObject(base[keyword]) && isPlainObject(siblings[keyword]))
          merged[keyword] = { ...base[keyword], ...siblings[keyword] };
      }
      current = merged;
    }
    if (seen.has(base)) break;
    seen.add(base);
  }
  cache.set(schema, current);
  return current;
}

/**
 * Resolution is pure for a given root schema, and renderers ask for it on every keystroke: results
 * are cached per root and per schema object (weakly, so a definition that goes away takes its cache).
 * Callers must not modify the returned schemas.
 */
const resolvedCache = new WeakMap<object, WeakMap<object, JsonSchemaObject>>();
const followedCache = new WeakMap<object, WeakMap<object, JsonSchemaObject>>();
const EMPTY: JsonSchemaObject = Object.freeze({}) as JsonSchemaObject;
const ANNOTATIONS = ['x-efa', 'x-xoev', 'x-fim'] as const;

function cacheOf(
  caches: WeakMap<object, WeakMap<object, JsonSchemaObject>>,
  holder: SchemaHolder,
): WeakMap<object, JsonSchemaObject> {
  let cache = caches.get(holder.schema);
  if (!cache) caches.set(holder.schema, (cache = new WeakMap()));
  return cache;
}

function findAnchor(root: unknown, anchor: string): JsonSchema | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (isPlainObject(node)) {
      if (node.$anchor === anchor || node.$id === '#' + anchor) return node as JsonSchemaObject;
      for (const item of Object.values(node)) stack.push(item);
    }
  }
  return undefined;
}
