import type { JsonSchema, JsonSchemaObject } from '../definition.js';
import { isPlainObject } from '../pointer.js';

/**
 * A bundled schema document (JSON Schema 2020-12 §9.3; what bundlers and OpenAPI tools write):
 * `$defs` entries carry their own `$id`, and `$ref`s name them by URI, relative to the root's
 * `$id` or absolute. ajv resolves these inside the document; this module lets core's readers do
 * the same. Each `$id` is resolved against the `$id` of the resource around it.
 */

const cache = new WeakMap<object, Map<string, JsonSchemaObject>>();

/** The URI without an empty fragment (`a.json#` and `a.json` name the same resource). */
const withoutEmptyFragment = (uri: string): string => (uri.endsWith('#') ? uri.slice(0, -1) : uri);

/** `reference` resolved against `base`; `undefined` when neither gives an absolute URI. */
function resolveUri(reference: string, base: string | undefined): string | undefined {
  // An absolute reference ignores the base, so it resolves also against a `urn:` base (which is not
  // hierarchical); a relative one against a `urn:` base or without a base throws. Every base here is
  // the `href` of a URL parsed before, so the base itself never throws.
  try {
    return new URL(reference, base).href;
  } catch {
    return undefined;
  }
}

/** Every schema resource in the document by its absolute URI (the root under its own `$id`). */
function resources(root: JsonSchemaObject): Map<string, JsonSchemaObject> {
  let found = cache.get(root);
  if (found) return found;
  found = new Map();
  const stack: [unknown, string | undefined][] = [[root, undefined]];
  while (stack.length > 0) {
    const [node, parentBase] = stack.pop() as [unknown, string | undefined];
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, parentBase]);
      continue;
    }
    if (!isPlainObject(node)) continue;
    let base = parentBase;
    if (typeof node.$id === 'string' && !node.$id.startsWith('#')) {
      const uri = resolveUri(node.$id, parentBase);
      if (uri !== undefined) {
        base = withoutEmptyFragment(uri);
        if (!found.has(base)) found.set(base, node as JsonSchemaObject);
      }
    }
    // `enum`/`const`/`default`/`examples` hold data, not schemas: an `$id` inside them names nothing.
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'enum' && key !== 'const' && key !== 'default' && key !== 'examples')
        stack.push([value, base]);
    }
  }
  cache.set(root, found);
  return found;
}

/**
 * The target of a `$ref` that names a resource of the document by URI (`anschrift.json`,
 * `https://example.org/person.json#/properties/name`), resolved against the root's `$id`;
 * `undefined` when the document holds no such resource (a truly external reference).
 * `schemaAtFragment` reads the fragment (percent-encoded, without `#`) inside the resource.
 */
export function resolveEmbeddedRef(
  root: JsonSchemaObject,
  ref: string,
  schemaAtFragment: (resource: JsonSchemaObject, fragment: string) => JsonSchema | undefined,
): JsonSchema | undefined {
  const rootId = typeof root.$id === 'string' ? resolveUri(root.$id, undefined) : undefined;
  const uri = resolveUri(ref, rootId);
  if (uri === undefined) return undefined;
  const hash = uri.indexOf('#');
  const resource = resources(root).get(hash === -1 ? uri : uri.slice(0, hash));
  if (!resource) return undefined;
  return hash === -1 ? resource : schemaAtFragment(resource, uri.slice(hash + 1));
}
