import { getAt, isPlainObject } from '../pointer.js';
import { localRefTargets, walkSchema } from '../walk-schema.js';

/**
 * The JSON Pointers of every subschema that reading a schema may check data against (`describeObject`,
 * `activeFields`, `prune`, branch choice): each `if` and each `oneOf`/`anyOf` branch, wherever it sits,
 * also in nodes reached only through a `$ref` to an unusual place. These are the checks a compiled
 * service carries; the pointers are the same the run-time compiler looks them up by.
 */
export function conditionPointers(root: unknown): string[] {
  const found = new Set<string>();
  const visited = new Set<string>();
  for (const start of ['', ...localRefTargets(root)]) {
    // A target inside a part already walked (`#/properties/a`) adds nothing new.
    if (visited.has(start)) continue;
    walkSchema(
      getAt(root, start),
      (node, pointer) => {
        visited.add(pointer);
        if (isPlainObject(node.if)) found.add(`${pointer}/if`);
        for (const keyword of ['oneOf', 'anyOf'] as const) {
          const branches = node[keyword];
          if (!Array.isArray(branches)) continue;
          branches.forEach((branch, index) => {
            if (isPlainObject(branch)) found.add(`${pointer}/${keyword}/${index}`);
          });
        }
      },
      start,
    );
  }
  return [...found].sort();
}
