import { defineOwn, isPlainObject } from '../pointer.js';

/**
 * A deep copy of JSON data; keys such as `__proto__` are copied as plain own properties. `mapString`
 * turns every string on the way (tenant placeholders are filled this way).
 */
export function cloneJson<T>(value: T, mapString?: (text: string) => string): T {
  if (typeof value === 'string') return (mapString ? mapString(value) : value) as T;
  if (Array.isArray(value)) return value.map((item) => cloneJson(item, mapString)) as T;
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) defineOwn(copy, key, cloneJson(item, mapString));
    return copy as T;
  }
  return value;
}
