import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal.js';

describe('deepEqual (how a schema compares values: const, enum, option lists)', () => {
  it('treats objects with the same entries as equal, whatever their key order', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(deepEqual([], [])).toBe(true);
    expect(deepEqual('x', 'x')).toBe(true);
  });

  it('tells a list from an object, also when both are empty', () => {
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
    expect(deepEqual({ 0: 'a' }, ['a'])).toBe(false);
  });

  it('tells objects apart that have a key more or less', () => {
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(deepEqual([1], [1, 2])).toBe(false);
  });

  it('tells objects apart that differ in one value of several', () => {
    expect(deepEqual({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(deepEqual([1, 2, 3], [1, 2, 4])).toBe(false);
  });

  it('tells values of different types apart, null included', () => {
    expect(deepEqual(1, '1')).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual({}, null)).toBe(false);
    expect(deepEqual(0, false)).toBe(false);
  });
});
