import { isPlainObject } from '../pointer.js';
import { deepEqual } from '../deep-equal.js';
import { mapSchema } from '../walk-schema.js';
import { STANDARD_ANNOTATIONS } from './create-ajv.js';

const ANNOTATIONS = new Set(STANDARD_ANNOTATIONS);

/**
 * The copy of a schema that ajv compiles: the same verdicts and errors, for less work.
 * - Annotations are left out (titles, descriptions, `x-efa` texts and widgets, ...), unless a `$ref`
 *   points into them (`#/x-parts/person`). ajv writes the whole schema it compiled into standalone
 *   code as a literal once any keyword refers to its value (`enum`, a `required` list checked in a
 *   loop): with the annotations that literal repeated every text of the definition that the compiled
 *   service carries anyway, and the page kept both.
 * - Option lists, `oneOf`/`anyOf` of `{const}` (once their titles are gone), read as the `enum` they
 *   mean: ajv then compares once instead of building and discarding an error per option (the 200
 *   nationalities of a code list made every validation 200 errors heavier). Their errors name the
 *   list's `enum`, as the validator reports option lists anyway.
 * Every other keyword that validates stays where it was, so do the pointers conditions name.
 */
export function optimizeSchema<T>(schema: T): T {
  return mapSchema(schema, (copy, holdsRefTarget) => {
    for (const key of Object.keys(copy))
      if ((ANNOTATIONS.has(key) || key.startsWith('x-')) && !holdsRefTarget(key)) delete copy[key];
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const options = optionValues(copy[keyword]);
      if (options && copy.enum === undefined) {
        delete copy[keyword];
        copy.enum = options;
      }
    }
  }) as T;
}

function optionValues(branches: unknown): unknown[] | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const values: unknown[] = [];
  for (const branch of branches) {
    if (!isPlainObject(branch) || !('const' in branch) || Object.keys(branch).length !== 1) return undefined;
    // Two equal options would make oneOf reject that value; keep such a list as written.
    if (values.some((value) => deepEqual(value, branch.const))) return undefined;
    values.push(branch.const);
  }
  return values;
}
