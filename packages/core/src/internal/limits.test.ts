import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_LIMITS, exceedsLimits, measureShape, scanData } from './limits.js';

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

describe('measureShape', () => {
  it.each([
    ['\u0000', true],
    ['\u0008', true],
    ['\u000c', true],
    ['\u001f', true],
    ['\ud83d', true],
    ['\uffff', true],
    ['😀 emoji', true],
    ['tab\tnewline\ncr\r', false],
    ['Straße ½ € \u200fRTL', false],
    ['\u007f\u0085', false],
  ])('%j is suspect for XML: %s (surrogate pairs are confirmed by the precise scan)', (text, expected) => {
    expect(measureShape({ nested: [text] }, DEFAULT_DATA_LIMITS, true).suspectXml).toBe(expected);
  });

  it('measures the shape before ajv', () => {
    expect(
      measureShape(
        { a: Array.from({ length: 11 }, () => 1) },
        { ...DEFAULT_DATA_LIMITS, maxArrayLength: 10 },
        false,
      ).exceeded,
    ).toEqual({ limit: 'maxArrayLength', max: 10 });
    expect(measureShape({ a: { b: {} } }, { ...DEFAULT_DATA_LIMITS, maxDepth: 2 }, false).exceeded).toEqual({
      limit: 'maxDepth',
      max: 2,
    });
    expect(measureShape({ a: [1, 2] }, { ...DEFAULT_DATA_LIMITS, maxNodes: 2 }, false).exceeded).toEqual({
      limit: 'maxNodes',
      max: 2,
    });
    expect(measureShape({ a: [1, { b: 'c' }] }, DEFAULT_DATA_LIMITS, true)).toEqual({ suspectXml: false });
  });

  it('stops where scanData stops: exactly at each limit is fine, one more is not', () => {
    const limits = DEFAULT_DATA_LIMITS;
    const shape = (value: unknown, bounds: Partial<typeof limits>) =>
      measureShape(value, { ...limits, ...bounds }, false).exceeded;
    const scan = (value: unknown, bounds: Partial<typeof limits>) =>
      scanData(value, { ...limits, ...bounds }, false).tooLarge;
    for (const measure of [shape, scan]) {
      expect(measure({ a: { b: 1 } }, { maxDepth: 2 })).toBeUndefined();
      expect(measure([[1]], { maxDepth: 2 })).toBeUndefined();
      expect(measure([[[1]]], { maxDepth: 2 })).toEqual({ limit: 'maxDepth', max: 2 });
      // An array and its two items, an object and its one value: three and two values.
      expect(measure([1, 2], { maxNodes: 3 })).toBeUndefined();
      expect(measure({ a: 1 }, { maxNodes: 2 })).toBeUndefined();
      expect(measure({ a: 1 }, { maxNodes: 1 })).toEqual({ limit: 'maxNodes', max: 1 });
    }
    expect(
      shape(
        Array.from({ length: 10 }, () => 1),
        { maxArrayLength: 10 },
      ),
    ).toBeUndefined();
    expect(scan({ a: 'x'.repeat(10) }, { maxStringLength: 10 })).toBeUndefined();
  });

  it('measures every item after a scalar, an array or an object, and reports the first limit hit', () => {
    const limits = { ...DEFAULT_DATA_LIMITS, maxDepth: 2, maxArrayLength: 3, maxStringLength: 3 };
    const deep = [[[1]]];
    const long = [1, 2, 3, 4];
    for (const data of [[1, deep], [[1], deep], [{ a: 1 }, deep], { a: 1, b: deep }, { a: [1], b: deep }])
      expect(measureShape(data, limits, false).exceeded, JSON.stringify(data)).toEqual({
        limit: 'maxDepth',
        max: 2,
      });
    expect(measureShape([deep, long], limits, false).exceeded).toEqual({ limit: 'maxDepth', max: 2 });
    expect(measureShape({ a: deep, b: long }, limits, false).exceeded).toEqual({ limit: 'maxDepth', max: 2 });
    expect(measureShape([{ a: deep }, long], limits, false).exceeded).toEqual({ limit: 'maxDepth', max: 2 });
    expect(scanData([deep, 'long'], limits, false).tooLarge).toEqual({ limit: 'maxDepth', max: 2 });
    expect(scanData([1, ['long']], limits, false).tooLarge).toEqual({ limit: 'maxStringLength', max: 3 });
  });

  it('looks for XML characters only when asked', () => {
    expect(measureShape({ a: '\u0000' }, DEFAULT_DATA_LIMITS, false)).toEqual({ suspectXml: false });
    expect(measureShape({ a: '\u0000' }, DEFAULT_DATA_LIMITS, true)).toEqual({ suspectXml: true });
    expect(scanData({ a: '\u0000' }, DEFAULT_DATA_LIMITS, false)).toEqual({ xmlChars: [] });
  });
});

describe('exceedsLimits', () => {
  it('says which limit, in words', () => {
    const limits = DEFAULT_DATA_LIMITS;
    expect(exceedsLimits([1, 2], { ...limits, maxNodes: 2 })).toBe('more values than 2');
    expect(exceedsLimits(['long'], { ...limits, maxStringLength: 3 })).toBe('a text longer than 3');
    expect(exceedsLimits({ a: [1] })).toBeUndefined();
  });
});
