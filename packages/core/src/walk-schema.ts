import type { JsonSchemaObject } from './definition.js';
import { isPlainObject, joinPointer } from './pointer.js';

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
 * A copy of the schema tree, each schema object copied and handed to `rewrite` after its subschemas
 * (so `rewrite` sees them rewritten already). Only schema positions are copied: what a keyword holds
 * as data (`const`, `enum`, `default`, a `$data` reference, ...) and a property named like a keyword
 * stay as they are, shared with the input, which is never changed.
 */
export function mapSchema(schema: unknown, rewrite: (copy: Record<string, unknown>) => void): unknown {
  if (!isPlainObject(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    let mapped = value;
    if (Array.isArray(value) && LISTS.includes(key)) mapped = value.map((item) => mapSchema(item, rewrite));
    else if (SINGLE.includes(key)) mapped = mapSchema(value, rewrite);
    else if (SCHEMA_MAPS.includes(key) && isPlainObject(value)) mapped = mapMembers(value, rewrite);
    // Defined, not assigned: a key named `__proto__` stays a key and does not become the prototype.
    Object.defineProperty(copy, key, { value: mapped, enumerable: true, writable: true, configurable: true });
  }
  rewrite(copy);
  return copy;
}

function mapMembers(
  map: Record<string, unknown>,
  rewrite: (copy: Record<string, unknown>) => void,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(map))
    Object.defineProperty(copy, name, {
      value: mapSchema(member, rewrite),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}
