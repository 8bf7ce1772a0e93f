/**
 * JSON Pointers (RFC 6901) into data and definitions. Every reader and writer here treats keys as
 * plain data: `__proto__`, `constructor` and `prototype` are ordinary property names that never reach
 * an object's prototype.
 */

/** Splits a JSON Pointer into its unescaped tokens. `''` is the whole document. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/'))
    throw new SyntaxError(`A JSON Pointer starts with "/": ${JSON.stringify(pointer)}`);
  const tokens = pointer.slice(1).split('/');
  // Most pointers have no escapes: every error of a validation is parsed, so skip the replacing then.
  // Stryker disable next-line StringLiteral: replacing in a pointer without escapes gives the same tokens
  return pointer.includes('~')
    ? tokens.map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    : tokens;
}

/** Joins tokens into a JSON Pointer, escaping `~` and `/`. */
export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => '/' + String(token).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Appends one token to a pointer. */
export function joinPointer(pointer: string, token: string | number): string {
  // Stryker disable next-line ConditionalExpression: escaping a token without `~` or `/` gives the same pointer; the fast path saves the work
  if (typeof token === 'number' || !/[~/]/.test(token)) return pointer + '/' + String(token);
  return pointer + formatPointer([token]);
}

/** An array index token: `0` or a number without leading zeros. */
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/** Whether `value` is a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own-property read that never walks the prototype chain. */
export function ownValue(container: unknown, key: string): unknown {
  if (Array.isArray(container)) {
    if (!ARRAY_INDEX.test(key)) return undefined;
    return container[Number(key)];
  }
  if (isPlainObject(container) && Object.prototype.hasOwnProperty.call(container, key)) return container[key];
  return undefined;
}

/** The value at `pointer`, or `undefined` when any step is missing. */
export function getAt(document: unknown, pointer: string | readonly string[]): unknown {
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  let current = document;
  for (const token of tokens) {
    current = ownValue(current, token);
    // Stryker disable next-line ConditionalExpression: reading on from `undefined` stays `undefined`; returning early saves the work
    if (current === undefined) return undefined;
  }
  return current;
}

/** Sets an own enumerable property, also for keys like `__proto__` that `obj[key] = v` would misread. */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A copy of `document` with `value` at `pointer`. Only the objects on the path are copied, so
 * unchanged branches keep their identity (cheap change detection for renderers). Missing containers
 * are created as objects, or as arrays when the next token is an index. `undefined` removes the key.
 */
export function setAt<T>(document: T, pointer: string | readonly string[], value: unknown): T {
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  return setTokens(document, tokens, 0, value) as T;
}

function setTokens(current: unknown, tokens: readonly string[], index: number, value: unknown): unknown {
  if (index === tokens.length) return value;
  const token = tokens[index] as string;
  // Stryker disable next-line StringLiteral: any non-index stand-in for "no next token" tests the same
  const nextIsIndex = ARRAY_INDEX.test(tokens[index + 1] ?? '');
  if (Array.isArray(current) && (token === '-' || ARRAY_INDEX.test(token))) {
    const copy = current.slice();
    const position = token === '-' ? copy.length : Number(token);
    const child = setTokens(copy[position] ?? (nextIsIndex ? [] : {}), tokens, index + 1, value);
    // `child` is `undefined` only for the last token (a container below is always copied).
    if (child === undefined) copy.splice(position, 1);
    else copy[position] = child;
    return copy;
  }
  const source = isPlainObject(current) ? current : {};
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) defineOwn(copy, key, source[key]);
  const existing = ownValue(source, token);
  const child = setTokens(existing ?? (nextIsIndex ? [] : {}), tokens, index + 1, value);
  if (child === undefined) delete copy[token];
  else defineOwn(copy, token, child);
  return copy;
}

/**
 * A URI fragment (what follows `#` in a `$ref`) percent-decoded: `/$defs/a%20b` -> `/$defs/a b`;
 * `undefined` for broken percent-encoding (the only error decodeURIComponent throws), which names
 * nothing.
 */
export function decodeFragment(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}
