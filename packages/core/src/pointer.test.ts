import { describe, expect, it } from 'vitest';
import { formatPointer, getAt, joinPointer, parsePointer, setAt } from './pointer.js';

describe('JSON Pointer', () => {
  it('escapes and unescapes ~ and /', () => {
    expect(formatPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(parsePointer('/a~1b/c~0d/0')).toEqual(['a/b', 'c~d', '0']);
    expect(parsePointer('')).toEqual([]);
    expect(joinPointer('/x', 'property[0]')).toBe('/x/property[0]');
  });

  it('joins and parses with and without escapes alike', () => {
    expect(joinPointer('/x', 'a/b')).toBe('/x/a~1b');
    expect(joinPointer('/x', '~1')).toBe('/x/~01');
    expect(joinPointer('', 3)).toBe('/3');
    expect(joinPointer('/x', '')).toBe('/x/');
    expect(parsePointer('/a/b//0')).toEqual(['a', 'b', '', '0']);
    expect(parsePointer('/a/~01')).toEqual(['a', '~1']);
  });

  it('rejects a pointer without a leading slash', () => {
    expect(() => parsePointer('a/b')).toThrow(/starts with "\/"/);
  });

  it('reads own values only, never the prototype chain', () => {
    const data = { a: [{ b: 1 }] };
    expect(getAt(data, '/a/0/b')).toBe(1);
    expect(getAt(data, '/a/1/b')).toBeUndefined();
    expect(getAt(data, '/constructor')).toBeUndefined();
    expect(getAt(data, '/__proto__')).toBeUndefined();
    expect(getAt(data, '/a/length')).toBeUndefined();
  });

  it('sets immutably and keeps untouched branches', () => {
    const data = { a: { b: 1 }, c: { d: 2 } };
    const next = setAt(data, '/a/b', 5);
    expect(next).toEqual({ a: { b: 5 }, c: { d: 2 } });
    expect(data.a.b).toBe(1);
    expect(next.c).toBe(data.c);
    expect(setAt({}, '/list/0/name', 'x')).toEqual({ list: [{ name: 'x' }] });
    expect(setAt({ a: 1, b: 2 }, '/a', undefined)).toEqual({ b: 2 });
    expect(setAt({ l: [1, 2, 3] }, '/l/1', undefined)).toEqual({ l: [1, 3] });
  });

  it('treats __proto__, constructor and prototype as plain keys', () => {
    const next = setAt({}, '/__proto__/polluted', true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(Object.keys(next)).toEqual(['__proto__']);
    const again = setAt(next, '/constructor/prototype/polluted', true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getAt(again, '/constructor/prototype/polluted')).toBe(true);
  });

  it('escapes a token that is only `~` or `/`', () => {
    expect(joinPointer('/x', '~')).toBe('/x/~0');
    expect(joinPointer('/x', '/')).toBe('/x/~1');
  });

  it('reads array items by canonical index only', () => {
    const data = {
      a: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf'],
    };
    expect(getAt(data, '/a/11')).toBe('elf');
    expect(getAt(data, '/a/01')).toBeUndefined();
    expect(getAt(data, '/a/1e0')).toBeUndefined();
    expect(getAt(data, '/a/-1')).toBeUndefined();
    expect(getAt(data, '/a/ 1')).toBeUndefined();
  });

  it('sets, appends and removes array items without touching the original', () => {
    const data = { l: [1, 2] };
    expect(setAt(data, '/l/1', 5)).toEqual({ l: [1, 5] });
    expect(setAt(data, '/l/-', 3)).toEqual({ l: [1, 2, 3] });
    expect(setAt(data, '/l/0', undefined)).toEqual({ l: [2] });
    expect(data).toEqual({ l: [1, 2] });
    // A token that is no index turns the array into an object, like any container that does not fit.
    expect(setAt(data, '/l/x', 5)).toStrictEqual({ l: { x: 5 } });
  });

  it('creates missing containers as arrays before an index and as objects otherwise', () => {
    expect(setAt({}, '/l/1', 'x')).toStrictEqual({ l: Object.assign([], { 1: 'x' }) });
    expect(setAt({ l: [] }, '/l/0/1', 'x')).toStrictEqual({ l: [Object.assign([], { 1: 'x' })] });
    expect(setAt({}, '/l/01', 'x')).toStrictEqual({ l: { '01': 'x' } });
    expect(setAt({}, '/l/12/a', 'x')).toStrictEqual({ l: Object.assign([], { 12: { a: 'x' } }) });
  });

  it('removes the key itself when set to undefined', () => {
    expect(Object.keys(setAt({ a: 1, b: 2 }, '/a', undefined))).toEqual(['b']);
  });
});
