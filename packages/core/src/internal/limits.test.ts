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
});
