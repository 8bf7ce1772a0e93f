import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json.js';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a":[1,2,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: null }] } });
  });

  it.each([
    ['{\n  "id": "x",\n  "title": oops\n}', 3, 12],
    ['{"a": 1,}', 1, 9],
    ['{"a" 1}', 1, 6],
    ['[1, 2', 1, 6],
    ['{"a": "b\n"}', 1, 9],
    ['{"a": tru}', 1, 7],
    ['{}\n{}', 2, 1],
    ['{"a": "\\x"}', 1, 9],
  ])('names line and column in %j', (text, line, column) => {
    expect(parseJson(text)).toMatchObject({ ok: false, line, column });
  });

  it('survives hostile nesting', () => {
    const result = parseJson('['.repeat(200_000));
    expect(result).toMatchObject({ ok: false, line: 1, column: 200_001 });
  });
});
