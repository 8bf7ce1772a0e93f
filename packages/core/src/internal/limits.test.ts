import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_LIMITS, exceedsLimits, mayHaveXmlIllegalChars, scanData } from './limits.js';

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
    const limits = DEFAULT_DATA_LIMITS;
    expect(scanData({ a: { b: { c: 1 } } }, { ...limits, maxDepth: 2 }, false).tooLarge).toEqual({
      limit: 'maxDepth',
      max: 2,
    });
    expect(scanData([1, 2, 3], { ...limits, maxNodes: 3 }, false).tooLarge).toEqual({
      limit: 'maxNodes',
      max: 3,
    });
    expect(scanData({ a: 'x'.repeat(11) }, { ...limits, maxStringLength: 10 }, false).tooLarge).toEqual({
      limit: 'maxStringLength',
      max: 10,
    });
    expect(exceedsLimits({ a: { b: 1 } }, { ...limits, maxDepth: 1 })).toBe('nested deeper than 1');
    expect(scanData({ a: [1, { b: 'c' }] }, limits, true)).toEqual({ xmlChars: [] });
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
