import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText, revealInvisible } from './escape.js';

// Each special character on its own: a value that holds just one of them must still be escaped.
describe('escapeText', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['\r', '&#13;'],
  ])('escapes %j alone and between text', (c, escaped) => {
    expect(escapeText(c)).toBe(escaped);
    expect(escapeText(`a${c}b${c}`)).toBe(`a${escaped}b${escaped}`);
  });

  it.each(['"', "'", '\t', '\n', 'ä', '\u00a0'])('keeps %j in element content as it is', (c) => {
    expect(escapeText(`a${c}b`)).toBe(`a${c}b`);
  });
});

describe('escapeAttribute', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ['\t', '&#9;'],
    ['\n', '&#10;'],
    ['\r', '&#13;'],
  ])('escapes %j alone and between text', (c, escaped) => {
    expect(escapeAttribute(c)).toBe(escaped);
    expect(escapeAttribute(`a${c}b${c}`)).toBe(`a${escaped}b${escaped}`);
  });

  it.each(["'", ' ', 'ä'])('keeps %j in a double-quoted attribute as it is', (c) => {
    expect(escapeAttribute(`a${c}b`)).toBe(`a${c}b`);
  });
});

/** `[U+hex, code]` rows, so the test names read as code points. */
const rows = (codes: number[]): [string, number][] =>
  codes.map((code) => [code.toString(16).toUpperCase().padStart(4, '0'), code]);

describe('revealInvisible', () => {
  // The first and last character of each listed range, and the single characters.
  it.each(
    rows([
      0x80, 0x9f, 0xa0, 0xad, 0x1680, 0x180e, 0x2000, 0x200b, 0x200f, 0x2028, 0x202f, 0x205f, 0x206f, 0x3000,
      0xfeff,
    ]),
  )('writes U+%s as a character reference with upper-case hex digits', (_, code) => {
    const c = String.fromCharCode(code);
    const reference = `&#x${code.toString(16).toUpperCase()};`;
    expect(revealInvisible(`a${c}b${c}`)).toBe(`a${reference}b${reference}`);
  });

  // Their visible neighbours stay as they are.
  it.each([
    0x7e, 0xa1, 0xac, 0xae, 0x167f, 0x1681, 0x180d, 0x180f, 0x1fff, 0x2010, 0x2027, 0x2030, 0x205e, 0x2070,
    0x2fff, 0x3001, 0xfefe,
  ])('keeps U+%s', (code) => {
    const c = String.fromCharCode(code);
    expect(revealInvisible(`a${c}b`)).toBe(`a${c}b`);
  });
});
