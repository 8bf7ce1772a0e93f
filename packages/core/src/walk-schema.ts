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
