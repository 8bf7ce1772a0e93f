import { ownValue } from './pointer.js';

/**
 * Structural equality for JSON values, key order ignored: how a schema compares values (`const`,
 * `enum`, option lists, discriminators; their values may be objects). Own properties only.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => deepEqual(ownValue(a, key), ownValue(b, key)));
}
