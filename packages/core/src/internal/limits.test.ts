import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_LIMITS, mayHaveXmlIllegalChars, scanData } from './limits.js';

describe('scanData', () => {
  it('finds characters XML cannot carry, with their pointers', () => {
    const data = {
      a: 'ok\tfine\n',
      b: ['x', 'bell\u0007'],
      'c/d': { e: 'lone \ud800 surrogate' },
      f: 'emoji 😀',
      g: '\uFFFE',
    };
    expect(scanData(data, DEFAULT_DATA_LIMITS, true).xmlChars).toEqual([
      { pointer: '/b/1', position: 4 },
      { pointer: '/c~1d/e', position: 5 },
      { pointer: '/g', position: 0 },
    ]);
  });

  it('measures depth, count and string length', () => {
    expect(scanData({ a: { b: { c: 1 } } }, { ...DEFAULT_DATA_LIMITS, maxDepth: 2 }, false).tooLarge).toMatch(
      /deeper than 2/,
    );
    expect(scanData([1, 2, 3], { ...DEFAULT_DATA_LIMITS, maxNodes: 3 }, false).tooLarge).toMatch(
      /more than 3 values/,
    );
    expect(
      scanData({ a: 'x'.repeat(11) }, { ...DEFAULT_DATA_LIMITS, maxStringLength: 10 }, false).tooLarge,
    ).toMatch(/longer than 10/);
    expect(scanData({ a: [1, { b: 'c' }] }, DEFAULT_DATA_LIMITS, true)).toEqual({ xmlChars: [] });
  });
});

describe('mayHaveXmlIllegalChars', () => {
  it.each([
    ['\u0000', true],
    ['\u0008', true],
    ['\u000c', true],
    ['\u001f', true],
    ['\ud83d', true],
    ['\udc00', true],
    ['\uffff', true],
    ['tab\tnewline\ncr\r', false],
    ['😀 emoji', false],
    ['Straße ½ € ‏RTL', false],
    ['\u007f\u0085', false],
  ])('%j -> %s', (text, expected) => {
    expect(mayHaveXmlIllegalChars({ nested: [text] })).toBe(expected);
  });

  it('may raise a false alarm, never miss one', () => {
    expect(mayHaveXmlIllegalChars({ path: 'C:\\bin' })).toBe(true);
    expect(scanData({ path: 'C:\\bin' }, DEFAULT_DATA_LIMITS, true).xmlChars).toEqual([]);
  });
});
