import type { JsonSchemaObject } from './definition.js';
import { decodeFragment, defineOwn, getAt, isPlainObject, joinPointer } from './pointer.js';

const SINGLE = [
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
/** Keywords whose value maps names (of properties, definitions, trigger fields) to subschemas. */
export const SCHEMA_MAPS: readonly string[] = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
];

/**
 * Calls `visit` for every schema object in the tree (not for `true`/`false`), with its JSON Pointer
 * relative to `root` and the pointer prefix given. Iterative: a deep schema cannot overflow the stack.
 */
export function walkSchema(
  root: unknown,
  visit: (schema: JsonSchemaObject, pointer: string) => void,
  prefix = '',
): void {
  const stack: [unknown, string][] = [[root, prefix]];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop() as [unknown, string];
    if (!isPlainObject(node)) continue;
    visit(node as JsonSchemaObject, pointer);
    const children: [unknown, string][] = [];
    for (const keyword of SINGLE)
      // Stryker disable next-line ConditionalExpression: a child that is no schema object is skipped when popped; the check saves the push
      if (isPlainObject(node[keyword])) children.push([node[keyword], joinPointer(pointer, keyword)]);
    for (const keyword of LISTS) {
      const list = node[keyword];
      if (Array.isArray(list))
        list.forEach((item, index) =>
          children.push([item, joinPointer(joinPointer(pointer, keyword), index)]),
        );
    }
    for (const keyword of SCHEMA_MAPS) {
      const map = node[keyword];
      if (!isPlainObject(map)) continue;
      for (const [name, item] of Object.entries(map))
        children.push([item, joinPointer(joinPointer(pointer, keyword), name)]);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as [unknown, string]);
  }
}

/**
 * The JSON Pointers that local `$ref`s (`#/…`) point to, followed from the root through the nodes
 * they reach: a target may sit where no schema keyword is (`#/x-parts/person`, `#/components/land`).
 */
export function localRefTargets(root: unknown): Set<string> {
  const targets = new Set<string>();
  const pending: string[] = [''];
  while (pending.length > 0) {
    const start = pending.pop() as string;
    walkSchema(
      getAt(root, start),
      (node) => {
        const ref = node.$ref;
        if (typeof ref !== 'string' || !ref.startsWith('#')) return;
        // Read as resolveRef reads it: decoded first (`#%2F$defs%2Fa` is a pointer too); an anchor, the
        // root itself (`#`, walked already) or broken encoding (the linter reports it) is no target.
        const target = decodeFragment(ref.slice(1));
        if (target === undefined || !target.startsWith('/') || targets.has(target)) return;
        targets.add(target);
        pending.push(target);
      },
      start,
    );
  }
  return targets;
}

/**
 * A copy of the schema tree, each schema object copied and handed to `rewrite` after its subschemas,
 * so `rewrite` sees them rewritten already. The schema positions are the keywords' and the `$ref`
 * targets (`localRefTargets`), wherever those sit; what else a schema holds as data (`const`, `enum`,
 * `default`, a `$data` reference, a property named like a keyword) stays as it is, shared with the
 * input, which is never changed. `holdsRefTarget(key)` tells `rewrite` whether a `$ref` points to or
 * into the copy's `key`, which must then stay.
 */
export function mapSchema(
  root: unknown,
  rewrite: (copy: Record<string, unknown>, holdsRefTarget: (key: string) => boolean) => void,
): unknown {
  const targets = localRefTargets(root);
  // Every place at or above a target: the copy follows these through data to reach the targets.
  const reaches = new Set<string>(['']);
  for (const target of targets)
    for (let end = target.length; end > 0; end = target.lastIndexOf('/', end - 1))
      reaches.add(target.slice(0, end));

  const map = (node: unknown, pointer: string, schema: boolean): unknown => {
    const isSchema = schema || targets.has(pointer);
    if (!isSchema && !reaches.has(pointer)) return node;
    if (Array.isArray(node)) return node.map((item, index) => map(item, joinPointer(pointer, index), false));
    if (!isPlainObject(node)) return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const at = joinPointer(pointer, key);
      let mapped: unknown;
      if (isSchema && Array.isArray(value) && LISTS.includes(key))
        mapped = value.map((item, index) => map(item, joinPointer(at, index), true));
      else if (isSchema && SINGLE.includes(key)) mapped = map(value, at, true);
      else if (isSchema && SCHEMA_MAPS.includes(key) && isPlainObject(value)) {
        const members: Record<string, unknown> = {};
        for (const [name, member] of Object.entries(value))
          defineOwn(members, name, map(member, joinPointer(at, name), true));
        mapped = members;
      } else mapped = map(value, at, false);
      defineOwn(copy, key, mapped);
    }
    if (isSchema) rewrite(copy, (key) => reaches.has(joinPointer(pointer, key)));
    return copy;
  };
  return map(root, '', true);
}
