import { defineOwn, isPlainObject } from '../pointer.js';

/** A deep copy of JSON data; keys such as `__proto__` are copied as plain own properties. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => cloneJson(item)) as T;
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) defineOwn(copy, key, cloneJson(item));
    return copy as T;
  }
  return value;
}
