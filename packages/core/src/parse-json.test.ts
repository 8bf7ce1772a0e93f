import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseJson } from './parse-json.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a":[1,2,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: null }] } });
  });

  it.each([
    ['{\n  "id": "x",\n  "title": oops\n}', 'unexpected "oops"', 3, 12],
    ['{"a": 1,}', 'unexpected "}"', 1, 9],
    ['{"a" 1}', 'unexpected "1}"', 1, 6],
    ['[1, 2', 'unexpected end of input', 1, 6],
    ['{"a": "b\n"}', 'unexpected line break inside a string (write it as \\n)', 1, 9],
    ['{"a": "b\r\n"}', 'unexpected line break inside a string (write it as \\n)', 1, 9],
    [
      '{"a": "b\tc"}',
      'unexpected control character U+0009 (write it as an escape, e.g. \\t or \\u0001)',
      1,
      9,
    ],
    [
      '{"a": \u0001}',
      'unexpected control character U+0001 (write it as an escape, e.g. \\t or \\u0001)',
      1,
      7,
    ],
    ['{"a": tru}', 'unexpected "tru}"', 1, 7],
    ['{}\n{}', 'unexpected "{}"', 2, 1],
    ['{"a": "\\x"}', 'unexpected "x"}"', 1, 9],
  ])('names what it found, line and column in %j', (text, message, line, column) => {
    expect(parseJson(text)).toEqual({ ok: false, message, line, column });
  });

  it.each([
    // strings
    ['"abc', 'unexpected end of input', 1, 5],
    ['{"a b": x}', 'unexpected "x}"', 1, 9],
    ['["line\\nbreak", x]', 'unexpected "x]"', 1, 17],
    ['["\\u00e9", x]', 'unexpected "x]"', 1, 12],
    ['{"a": "\\u12G4"}', 'unexpected "12G4"}"', 1, 10],
    ['["\\u00e9", "\\u00g9"]', 'unexpected "00g9"]"', 1, 15],
    ['["\\u,1"]', 'unexpected ",1"]"', 1, 5],
    ['["a\\,b"]', 'unexpected ",b"]"', 1, 5],
    // literals and numbers
    ['[x, 1]', 'unexpected "x, 1]"', 1, 2],
    ['[1.25, 1e10, 2E+3, 4e-2, x]', 'unexpected "x]"', 1, 26],
    // arrays
    ['[[], x]', 'unexpected "x]"', 1, 6],
    ['[[1], x]', 'unexpected "x]"', 1, 7],
    ['[1,]', 'unexpected "]"', 1, 4],
    ['[1 2]', 'unexpected "2]"', 1, 4],
    ['[1}', 'unexpected "}"', 1, 3],
    // objects
    ['{:1}', 'unexpected ":1}"', 1, 2],
    ['{"a": 1, "b" 2}', 'unexpected "2}"', 1, 14],
    ['{"a": 1 "b": 2}', 'unexpected ""b": 2}"', 1, 9],
    ['{"a": 1]', 'unexpected "]"', 1, 8],
    // after the value
    ['{"a":1},{"b":2}', 'unexpected ",{"b":2}"', 1, 8],
  ])('points at the first character that is not JSON in %j', (text, message, line, column) => {
    expect(parseJson(text)).toEqual({ ok: false, message, line, column });
  });

  it('survives hostile nesting', () => {
    const result = parseJson('['.repeat(200_000));
    expect(result).toEqual({ ok: false, message: 'unexpected end of input', line: 1, column: 200_001 });
  });

  it('says "nested too deeply" when the engine gives up on the nesting (a recursive JSON.parse)', () => {
    // V8's JSON.parse no longer recurses; older engines threw a stack overflow on deep nesting.
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(parseJson('[[[1]]]')).toEqual({ ok: false, message: 'nested too deeply', line: 1, column: 8 });
  });
});
