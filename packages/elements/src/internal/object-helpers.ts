import { isPlainObject } from '@efa-forms/core/engine';

/** An own property of a plain object (never from the prototype chain), else `undefined`. */
export function ownProperty(container: unknown, name: string): unknown {
  return isPlainObject(container) && Object.prototype.hasOwnProperty.call(container, name)
    ? container[name]
    : undefined;
}

/** Same keys with identical values (one level). */
export function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && a[key] === b[key]);
}

/** The shared frozen empty object: initial answers, and the describe-cache key for non-object values. */
export const EMPTY = Object.freeze({}) as Record<string, unknown>;
