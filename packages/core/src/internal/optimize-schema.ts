import { isPlainObject } from '../pointer.js';
import { deepEqual } from '../deep-equal.js';

const OPTION_KEYS = new Set(['const', 'title', 'description', '$comment']);

/**
 * A copy of the schema for validation in which option lists, `oneOf`/`anyOf` of `{const, title}`,
 * read as the `enum` they mean. Same verdicts, but ajv then compares once instead of building and
 * discarding an error per option (the 200 nationalities of a code list made every validation 200
 * errors heavier). Everything else, and so every JSON Pointer into the schema, stays as it is.
 */
export function optimizeSchema<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map((item) => optimizeSchema(item)) as T;
  if (!isPlainObject(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    Object.defineProperty(copy, key, {
      value: optimizeSchema(value),
      enumerable: true,
      // Stryker disable next-line BooleanLiteral: nothing writes to a copied key (ajv only reads; the enum below is added where there was none)
      writable: true,
      configurable: true,
    });
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const options = optionValues(copy[keyword]);
    if (options && copy.enum === undefined) {
      delete copy[keyword];
      copy.enum = options;
    }
  }
  return copy as T;
}

function optionValues(branches: unknown): unknown[] | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const values: unknown[] = [];
  for (const branch of branches) {
    if (!isPlainObject(branch) || !('const' in branch)) return undefined;
    if (Object.keys(branch).some((key) => !OPTION_KEYS.has(key) && !key.startsWith('x-'))) return undefined;
    // Two equal options would make oneOf reject that value; keep such a list as written.
    if (values.some((value) => deepEqual(value, branch.const))) return undefined;
    values.push(branch.const);
  }
  return values;
}
