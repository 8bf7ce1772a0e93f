import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidXmlChar } from './xml-chars.js';

describe('firstInvalidXmlChar', () => {
  it.each([
    ['', 'empty'],
    ['Müller-Lüdenscheidt', 'Latin'],
    ['a\tb\nc\r\nd', 'tab, line feed, carriage return'],
    ['😀 and 𝄞', 'astral characters as surrogate pairs'],
    ['\u{10FFFF}', 'highest code point'],
    ['\uD7FF\uE000\uFFFD', 'edges of the BMP ranges'],
    ['\u0085\u009F\u007F', 'C1 controls and DEL, allowed in XML 1.0'],
    ['\uFDD0', 'noncharacter outside the excluded pair'],
  ])('returns -1 for %j (%s)', (s) => {
    expect(firstInvalidXmlChar(s)).toBe(-1);
  });

  it.each([
    ['\u0000', 0, 'NUL'],
    ['ab\u0001', 2, 'SOH'],
    ['a\u0008b', 1, 'backspace'],
    ['a\u000Bb', 1, 'vertical tab'],
    ['a\u000Cb', 1, 'form feed'],
    ['a\u001Fb', 1, 'unit separator'],
    ['ab\uD800', 2, 'lone high surrogate at the end'],
    ['ab\uD83Dc', 2, 'high surrogate followed by a non-surrogate'],
    ['ab\uDE00c', 2, 'lone low surrogate'],
    ['😀\uDE00', 2, 'low surrogate after a complete pair'],
    ['\uDE00\uD83D', 0, 'pair in the wrong order'],
    ['x\uFFFE', 1, 'U+FFFE'],
    ['x\uFFFF', 1, 'U+FFFF'],
    ['😀a\u0000\u0001', 3, 'index counts UTF-16 code units'],
  ])('finds %j at %i (%s)', (s, index) => {
    expect(firstInvalidXmlChar(s)).toBe(index);
  });

  it('agrees with a code point by code point reading of the XML 1.0 Char production', () => {
    const isXmlChar = (cp: number): boolean =>
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      (cp >= 0x10000 && cp <= 0x10ffff);
    const reference = (s: string): number => {
      for (let i = 0; i < s.length;) {
        const cp = s.codePointAt(i) ?? 0;
        if (!isXmlChar(cp)) return i;
        i += cp > 0xffff ? 2 : 1;
      }
      return -1;
    };
    // Code units of every kind: controls, surrogate halves, FFFE/FFFF and ordinary text.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u)),
      fc.constantFrom('a', 'ü', '😀', '\uFFFE', '\uFFFF', '\t', '\u0000'),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
        expect(firstInvalidXmlChar(s)).toBe(reference(s));
      }),
      { numRuns: 5_000 },
    );
  });

  it('scans 100 kB strings in linear time', () => {
    const text = 'Grüße 😀 '.repeat(12_500);
    expect(text.length).toBeGreaterThan(100_000);
    expect(firstInvalidXmlChar(text)).toBe(-1);
    expect(firstInvalidXmlChar(text + '\u0000')).toBe(text.length);
    expect(firstInvalidXmlChar('\uD800'.repeat(100_000))).toBe(0);
  });
});
