import { describe, expect, it } from 'vitest';
import { isDin91379A, isDin91379B, isDin91379C } from './din-91379.js';

/**
 * The `xs:pattern` values of datatypes A, B and C exactly as they stand in XÖV's
 * `din-norm-91379-datatypes.xsd` (version 2022-08, CC BY-ND 4.0, KoSIT), XML character references
 * included. They are the oracle the hand-written translation is compared with.
 */
const XSD_PATTERN = {
  A: String.raw`(&#x0020;|&#x0027;|[&#x002C;-\&#x002E;]|[&#x0041;-&#x005A;]|[&#x0060;-&#x007A;]|&#x007E;|&#x00A8;|&#x00B4;|&#x00B7;|[&#x00C0;-&#x00D6;]|[&#x00D8;-&#x00F6;]|[&#x00F8;-&#x017E;]|[&#x0187;-&#x0188;]|&#x018F;|&#x0197;|[&#x01A0;-&#x01A1;]|[&#x01AF;-&#x01B0;]|&#x01B7;|[&#x01CD;-&#x01DC;]|[&#x01DE;-&#x01DF;]|[&#x01E2;-&#x01F0;]|[&#x01F4;-&#x01F5;]|[&#x01F8;-&#x01FF;]|[&#x0212;-&#x0213;]|[&#x0218;-&#x021B;]|[&#x021E;-&#x021F;]|[&#x0227;-&#x0233;]|&#x0259;|&#x0268;|&#x0292;|[&#x02B9;-&#x02BA;]|[&#x02BE;-&#x02BF;]|&#x02C8;|&#x02CC;|[&#x1E02;-&#x1E03;]|[&#x1E06;-&#x1E07;]|[&#x1E0A;-&#x1E11;]|&#x1E17;|[&#x1E1C;-&#x1E2B;]|[&#x1E2F;-&#x1E37;]|[&#x1E3A;-&#x1E3B;]|[&#x1E40;-&#x1E49;]|[&#x1E52;-&#x1E5B;]|[&#x1E5E;-&#x1E63;]|[&#x1E6A;-&#x1E6F;]|[&#x1E80;-&#x1E87;]|[&#x1E8C;-&#x1E97;]|&#x1E9E;|[&#x1EA0;-&#x1EF9;]|&#x2019;|&#x2021;|&#x0041;&#x030B;|&#x0043;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0315;|&#x0323;|&#x0326;|&#x0328;&#x0306;)|&#x0044;&#x0302;|&#x0046;(&#x0300;|&#x0304;)|&#x0047;&#x0300;|&#x0048;(&#x0304;|&#x0326;|&#x0331;)|&#x004A;(&#x0301;|&#x030C;)|&#x004B;(&#x0300;|&#x0302;|&#x0304;|&#x0307;|&#x0315;|&#x031B;|&#x0326;|&#x035F;&#x0048;|&#x035F;&#x0068;)|&#x004C;(&#x0302;|&#x0325;|&#x0325;&#x0304;|&#x0326;)|&#x004D;(&#x0300;|&#x0302;|&#x0306;|&#x0310;)|&#x004E;(&#x0302;|&#x0304;|&#x0306;|&#x0326;)|&#x0050;(&#x0300;|&#x0304;|&#x0315;|&#x0323;)|&#x0052;(&#x0306;|&#x0325;|&#x0325;&#x0304;)|&#x0053;(&#x0300;|&#x0304;|&#x031B;&#x0304;|&#x0331;)|&#x0054;(&#x0300;|&#x0304;|&#x0308;|&#x0315;|&#x031B;)|&#x0055;&#x0307;|&#x005A;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0327;)|&#x0061;&#x030B;|&#x0063;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0315;|&#x0323;|&#x0326;|&#x0328;&#x0306;)|&#x0064;&#x0302;|&#x0066;(&#x0300;|&#x0304;)|&#x0067;&#x0300;|&#x0068;(&#x0304;|&#x0326;)|&#x006A;&#x0301;|&#x006B;(&#x0300;|&#x0302;|&#x0304;|&#x0307;|&#x0315;|&#x031B;|&#x0326;|&#x035F;&#x0068;)|&#x006C;(&#x0302;|&#x0325;|&#x0325;&#x0304;|&#x0326;)|&#x006D;(&#x0300;|&#x0302;|&#x0306;|&#x0310;)|&#x006E;(&#x0302;|&#x0304;|&#x0306;|&#x0326;)|&#x0070;(&#x0300;|&#x0304;|&#x0315;|&#x0323;)|&#x0072;(&#x0306;|&#x0325;|&#x0325;&#x0304;)|&#x0073;(&#x0300;|&#x0304;|&#x031B;&#x0304;|&#x0331;)|&#x0074;(&#x0300;|&#x0304;|&#x0315;|&#x031B;)|&#x0075;&#x0307;|&#x007A;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0327;)|&#x00C7;&#x0306;|&#x00DB;&#x0304;|&#x00E7;&#x0306;|&#x00FB;&#x0304;|&#x00FF;&#x0301;|&#x010C;(&#x0315;|&#x0323;)|&#x010D;(&#x0315;|&#x0323;)|&#x0113;&#x030D;|&#x012A;&#x0301;|&#x012B;&#x0301;|&#x014D;&#x030D;|&#x017D;(&#x0326;|&#x0327;)|&#x017E;(&#x0326;|&#x0327;)|&#x1E32;&#x0304;|&#x1E33;&#x0304;|&#x1E62;&#x0304;|&#x1E63;&#x0304;|&#x1E6C;&#x0304;|&#x1E6D;&#x0304;|&#x1EA0;&#x0308;|&#x1EA1;&#x0308;|&#x1ECC;&#x0308;|&#x1ECD;&#x0308;|&#x1EE4;(&#x0304;|&#x0308;)|&#x1EE5;(&#x0304;|&#x0308;))*`,
  B: String.raw`([&#x0020;-&#x007E;]|[&#x00A1;-&#x00A3;]|&#x00A5;|[&#x00A7;-&#x00AC;]|[&#x00AE;-&#x00B7;]|[&#x00B9;-&#x00BB;]|[&#x00BF;-&#x017E;]|[&#x0187;-&#x0188;]|&#x018F;|&#x0197;|[&#x01A0;-&#x01A1;]|[&#x01AF;-&#x01B0;]|&#x01B7;|[&#x01CD;-&#x01DC;]|[&#x01DE;-&#x01DF;]|[&#x01E2;-&#x01F0;]|[&#x01F4;-&#x01F5;]|[&#x01F8;-&#x01FF;]|[&#x0212;-&#x0213;]|[&#x0218;-&#x021B;]|[&#x021E;-&#x021F;]|[&#x0227;-&#x0233;]|&#x0259;|&#x0268;|&#x0292;|[&#x02B9;-&#x02BA;]|[&#x02BE;-&#x02BF;]|&#x02C8;|&#x02CC;|[&#x1E02;-&#x1E03;]|[&#x1E06;-&#x1E07;]|[&#x1E0A;-&#x1E11;]|&#x1E17;|[&#x1E1C;-&#x1E2B;]|[&#x1E2F;-&#x1E37;]|[&#x1E3A;-&#x1E3B;]|[&#x1E40;-&#x1E49;]|[&#x1E52;-&#x1E5B;]|[&#x1E5E;-&#x1E63;]|[&#x1E6A;-&#x1E6F;]|[&#x1E80;-&#x1E87;]|[&#x1E8C;-&#x1E97;]|&#x1E9E;|[&#x1EA0;-&#x1EF9;]|&#x2019;|&#x2021;|&#x20AC;|&#x0041;&#x030B;|&#x0043;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0315;|&#x0323;|&#x0326;|&#x0328;&#x0306;)|&#x0044;&#x0302;|&#x0046;(&#x0300;|&#x0304;)|&#x0047;&#x0300;|&#x0048;(&#x0304;|&#x0326;|&#x0331;)|&#x004A;(&#x0301;|&#x030C;)|&#x004B;(&#x0300;|&#x0302;|&#x0304;|&#x0307;|&#x0315;|&#x031B;|&#x0326;|&#x035F;&#x0048;|&#x035F;&#x0068;)|&#x004C;(&#x0302;|&#x0325;|&#x0325;&#x0304;|&#x0326;)|&#x004D;(&#x0300;|&#x0302;|&#x0306;|&#x0310;)|&#x004E;(&#x0302;|&#x0304;|&#x0306;|&#x0326;)|&#x0050;(&#x0300;|&#x0304;|&#x0315;|&#x0323;)|&#x0052;(&#x0306;|&#x0325;|&#x0325;&#x0304;)|&#x0053;(&#x0300;|&#x0304;|&#x031B;&#x0304;|&#x0331;)|&#x0054;(&#x0300;|&#x0304;|&#x0308;|&#x0315;|&#x031B;)|&#x0055;&#x0307;|&#x005A;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0327;)|&#x0061;&#x030B;|&#x0063;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0315;|&#x0323;|&#x0326;|&#x0328;&#x0306;)|&#x0064;&#x0302;|&#x0066;(&#x0300;|&#x0304;)|&#x0067;&#x0300;|&#x0068;(&#x0304;|&#x0326;)|&#x006A;&#x0301;|&#x006B;(&#x0300;|&#x0302;|&#x0304;|&#x0307;|&#x0315;|&#x031B;|&#x0326;|&#x035F;&#x0068;)|&#x006C;(&#x0302;|&#x0325;|&#x0325;&#x0304;|&#x0326;)|&#x006D;(&#x0300;|&#x0302;|&#x0306;|&#x0310;)|&#x006E;(&#x0302;|&#x0304;|&#x0306;|&#x0326;)|&#x0070;(&#x0300;|&#x0304;|&#x0315;|&#x0323;)|&#x0072;(&#x0306;|&#x0325;|&#x0325;&#x0304;)|&#x0073;(&#x0300;|&#x0304;|&#x031B;&#x0304;|&#x0331;)|&#x0074;(&#x0300;|&#x0304;|&#x0315;|&#x031B;)|&#x0075;&#x0307;|&#x007A;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0327;)|&#x00C7;&#x0306;|&#x00DB;&#x0304;|&#x00E7;&#x0306;|&#x00FB;&#x0304;|&#x00FF;&#x0301;|&#x010C;(&#x0315;|&#x0323;)|&#x010D;(&#x0315;|&#x0323;)|&#x0113;&#x030D;|&#x012A;&#x0301;|&#x012B;&#x0301;|&#x014D;&#x030D;|&#x017D;(&#x0326;|&#x0327;)|&#x017E;(&#x0326;|&#x0327;)|&#x1E32;&#x0304;|&#x1E33;&#x0304;|&#x1E62;&#x0304;|&#x1E63;&#x0304;|&#x1E6C;&#x0304;|&#x1E6D;&#x0304;|&#x1EA0;&#x0308;|&#x1EA1;&#x0308;|&#x1ECC;&#x0308;|&#x1ECD;&#x0308;|&#x1EE4;(&#x0304;|&#x0308;)|&#x1EE5;(&#x0304;|&#x0308;))*`,
  C: String.raw`([&#x0009;-&#x000A;]|&#x000D;|[&#x0020;-&#x007E;]|[&#x00A0;-&#x00AC;]|[&#x00AE;-&#x017E;]|[&#x0187;-&#x0188;]|&#x018F;|&#x0197;|[&#x01A0;-&#x01A1;]|[&#x01AF;-&#x01B0;]|&#x01B7;|[&#x01CD;-&#x01DC;]|[&#x01DE;-&#x01DF;]|[&#x01E2;-&#x01F0;]|[&#x01F4;-&#x01F5;]|[&#x01F8;-&#x01FF;]|[&#x0212;-&#x0213;]|[&#x0218;-&#x021B;]|[&#x021E;-&#x021F;]|[&#x0227;-&#x0233;]|&#x0259;|&#x0268;|&#x0292;|[&#x02B9;-&#x02BA;]|[&#x02BE;-&#x02BF;]|&#x02C8;|&#x02CC;|[&#x1E02;-&#x1E03;]|[&#x1E06;-&#x1E07;]|[&#x1E0A;-&#x1E11;]|&#x1E17;|[&#x1E1C;-&#x1E2B;]|[&#x1E2F;-&#x1E37;]|[&#x1E3A;-&#x1E3B;]|[&#x1E40;-&#x1E49;]|[&#x1E52;-&#x1E5B;]|[&#x1E5E;-&#x1E63;]|[&#x1E6A;-&#x1E6F;]|[&#x1E80;-&#x1E87;]|[&#x1E8C;-&#x1E97;]|&#x1E9E;|[&#x1EA0;-&#x1EF9;]|&#x2019;|&#x2021;|&#x20AC;|&#x0041;&#x030B;|&#x0043;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0315;|&#x0323;|&#x0326;|&#x0328;&#x0306;)|&#x0044;&#x0302;|&#x0046;(&#x0300;|&#x0304;)|&#x0047;&#x0300;|&#x0048;(&#x0304;|&#x0326;|&#x0331;)|&#x004A;(&#x0301;|&#x030C;)|&#x004B;(&#x0300;|&#x0302;|&#x0304;|&#x0307;|&#x0315;|&#x031B;|&#x0326;|&#x035F;&#x0048;|&#x035F;&#x0068;)|&#x004C;(&#x0302;|&#x0325;|&#x0325;&#x0304;|&#x0326;)|&#x004D;(&#x0300;|&#x0302;|&#x0306;|&#x0310;)|&#x004E;(&#x0302;|&#x0304;|&#x0306;|&#x0326;)|&#x0050;(&#x0300;|&#x0304;|&#x0315;|&#x0323;)|&#x0052;(&#x0306;|&#x0325;|&#x0325;&#x0304;)|&#x0053;(&#x0300;|&#x0304;|&#x031B;&#x0304;|&#x0331;)|&#x0054;(&#x0300;|&#x0304;|&#x0308;|&#x0315;|&#x031B;)|&#x0055;&#x0307;|&#x005A;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0327;)|&#x0061;&#x030B;|&#x0063;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0315;|&#x0323;|&#x0326;|&#x0328;&#x0306;)|&#x0064;&#x0302;|&#x0066;(&#x0300;|&#x0304;)|&#x0067;&#x0300;|&#x0068;(&#x0304;|&#x0326;)|&#x006A;&#x0301;|&#x006B;(&#x0300;|&#x0302;|&#x0304;|&#x0307;|&#x0315;|&#x031B;|&#x0326;|&#x035F;&#x0068;)|&#x006C;(&#x0302;|&#x0325;|&#x0325;&#x0304;|&#x0326;)|&#x006D;(&#x0300;|&#x0302;|&#x0306;|&#x0310;)|&#x006E;(&#x0302;|&#x0304;|&#x0306;|&#x0326;)|&#x0070;(&#x0300;|&#x0304;|&#x0315;|&#x0323;)|&#x0072;(&#x0306;|&#x0325;|&#x0325;&#x0304;)|&#x0073;(&#x0300;|&#x0304;|&#x031B;&#x0304;|&#x0331;)|&#x0074;(&#x0300;|&#x0304;|&#x0315;|&#x031B;)|&#x0075;&#x0307;|&#x007A;(&#x0300;|&#x0304;|&#x0306;|&#x0308;|&#x0327;)|&#x00C7;&#x0306;|&#x00DB;&#x0304;|&#x00E7;&#x0306;|&#x00FB;&#x0304;|&#x00FF;&#x0301;|&#x010C;(&#x0315;|&#x0323;)|&#x010D;(&#x0315;|&#x0323;)|&#x0113;&#x030D;|&#x012A;&#x0301;|&#x012B;&#x0301;|&#x014D;&#x030D;|&#x017D;(&#x0326;|&#x0327;)|&#x017E;(&#x0326;|&#x0327;)|&#x1E32;&#x0304;|&#x1E33;&#x0304;|&#x1E62;&#x0304;|&#x1E63;&#x0304;|&#x1E6C;&#x0304;|&#x1E6D;&#x0304;|&#x1EA0;&#x0308;|&#x1EA1;&#x0308;|&#x1ECC;&#x0308;|&#x1ECD;&#x0308;|&#x1EE4;(&#x0304;|&#x0308;)|&#x1EE5;(&#x0304;|&#x0308;))*`,
};

/**
 * Mechanical translation of an XSD pattern: resolve `&#xHHHH;` (the XSD escapes one `.` as `\&#x002E;`,
 * which is the same character), anchor it as XSD does, and let the `u` flag read code points.
 */
function fromXsd(pattern: string): RegExp {
  const source = pattern
    .replaceAll('\\&#x', '&#x')
    .replace(/&#x([0-9A-F]+);/gi, (_, hex: string) => String.raw`\u{${hex}}`);
  return new RegExp(`^(?:${source})$`, 'u');
}

const validators = [
  ['A', isDin91379A, fromXsd(XSD_PATTERN.A)],
  ['B', isDin91379B, fromXsd(XSD_PATTERN.B)],
  ['C', isDin91379C, fromXsd(XSD_PATTERN.C)],
] as const;

/** U+0300..U+036F, the block every mark of the XSD's sequences comes from. */
const COMBINING_MARKS = Array.from({ length: 0x70 }, (_, i) => String.fromCodePoint(0x300 + i));

/** Base letters of the XSD's combining sequences, plus two that have none. */
const SEQUENCE_BASES = [
  ...'ACDFGHJKLMNPRSTUZacdfghjklmnprstuz',
  ...'\u00C7\u00DB\u00E7\u00FB\u00FF\u010C\u010D\u0113\u012A\u012B\u014D\u017D\u017E',
  ...'\u1E32\u1E33\u1E62\u1E63\u1E6C\u1E6D\u1EA0\u1EA1\u1ECC\u1ECD\u1EE4\u1EE5',
  'x',
  '\u00C4',
];

describe.each(validators)('datatype %s', (_name, validate, xsd) => {
  it('agrees with the XSD on every code point up to U+2FFF and on samples beyond', () => {
    const mismatches: string[] = [];
    const probe = (cp: number): void => {
      const s = String.fromCodePoint(cp);
      if (validate(s) !== xsd.test(s)) mismatches.push(cp.toString(16));
    };
    for (let cp = 0; cp <= 0x2fff; cp++) probe(cp);
    for (let cp = 0x3000; cp <= 0x10ffff; cp += 0x61) probe(cp);
    expect(mismatches).toEqual([]);
  });

  it('agrees with the XSD on letter + combining mark and on letter + two marks', () => {
    const mismatches: string[] = [];
    const probe = (s: string): void => {
      if (validate(s) !== xsd.test(s)) mismatches.push(JSON.stringify(s));
    };
    for (let cp = 0; cp <= 0x24f; cp++) {
      for (const mark of COMBINING_MARKS) probe(String.fromCodePoint(cp) + mark);
    }
    for (const base of SEQUENCE_BASES) {
      for (const first of COMBINING_MARKS) {
        for (const second of [...COMBINING_MARKS, 'H', 'h', 'a']) probe(base + first + second + 'a');
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('accepts the empty string, as the XSD does', () => {
    expect(validate('')).toBe(true);
  });

  it('rejects emoji, Cyrillic, Greek, CJK, control characters and lone surrogates', () => {
    const foreign = [
      '😀',
      'Иван',
      'Αθήνα',
      '李',
      'a\u0000b',
      'a\u0007b',
      'a\u007Fb',
      'a\u0085b',
      '\uD800',
      'x\uDC00',
    ];
    for (const s of foreign) expect(validate(s), JSON.stringify(s)).toBe(false);
  });

  it('rejects decomposed letters that have a precomposed form, and marks without a base', () => {
    expect(validate('Mu\u0308ller')).toBe(false);
    expect(validate('Mu\u0308ller'.normalize('NFC'))).toBe(true);
    expect(validate('\u0308a')).toBe(false);
    expect(validate('K\u035F')).toBe(false);
    expect(validate('K\u035Fx')).toBe(false);
  });

  it('checks 100 kB texts in linear time', () => {
    const valid = 'Müller-Lüdenscheidt K\u035Fhalid L\u0325\u0304 '.repeat(4_000);
    expect(valid.length).toBeGreaterThan(100_000);
    expect(validate(valid)).toBe(true);
    expect(validate(valid + '😀')).toBe(false);
    expect(validate(valid + 'L\u0325\u0304\u0304')).toBe(false);
    expect(validate('C\u0300'.repeat(50_000) + '\u0300')).toBe(false);
  });
});

describe('isDin91379A (names of natural persons)', () => {
  it.each([
    'Müller-Lüdenscheidt',
    '\u013Fudmila',
    'Øystein',
    'Dvořák',
    "O'Brien",
    'O\u2019Brien',
    'Łukasz Żółć',
    'Nguyễn Thị Minh Khai',
    'Ægir Þórsson',
    'Şahin Yılmaz',
    'Jean-Luc de la Tour, Jr.',
    'Straßburger',
    'GROẞ',
  ])('accepts %j', (s) => {
    expect(isDin91379A(s)).toBe(true);
  });

  it('accepts names with the combining sequences of the standard, which NFC leaves as they are', () => {
    for (const s of ['K\u035Fhalid', 'L\u0325\u0304aksmi', 'C\u0328\u0306', 'D\u0302ana', '\u1EE4\u0308']) {
      expect(s.normalize('NFC')).toBe(s);
      expect(isDin91379A(s), JSON.stringify(s)).toBe(true);
    }
  });

  it.each([
    ['Müller2', 'digit'],
    ['Smith & Jones', 'ampersand'],
    ['Anna\tMaria', 'tab'],
    ['Anna\nMaria', 'line feed'],
    ['Anna\u00A0Maria', 'no-break space'],
    ['€uro', 'euro sign'],
    ['a×b', 'multiplication sign'],
    ['"Ali"', 'quotation mark'],
    ['Anna_Maria', 'low line'],
  ])('rejects %j (%s)', (s) => {
    expect(isDin91379A(s)).toBe(false);
  });
});

describe('isDin91379B (other names, e.g. places and streets)', () => {
  it.each([
    'Hauptstraße 12a',
    'Müller & Söhne GmbH',
    'Platz des 17. Juni',
    'Preis: 5 €',
    'K\u035Fhalid-Str. 1/2',
  ])('accepts %j', (s) => {
    expect(isDin91379B(s)).toBe(true);
  });

  it.each([
    ['Zeile 1\nZeile 2', 'line feed'],
    ['a\tb', 'tab'],
    ['a\u00A0b', 'no-break space'],
    ['½ Hof', 'vulgar fraction'],
    ['Trenn\u00ADung', 'soft hyphen'],
    ['Αθήνα', 'Greek, datatype D/E only'],
    ['Brand™', 'trade mark sign, datatype D/E only'],
  ])('rejects %j (%s)', (s) => {
    expect(isDin91379B(s)).toBe(false);
  });
});

describe('isDin91379C (all normative characters, free text)', () => {
  it.each(['Zeile 1\nZeile 2', 'Zeile 1\r\nZeile 2', 'a\tb', 'a\u00A0b', '½ Hof', '¤ ¦ ¸ ¼ ¾', 'Preis: 5 €'])(
    'accepts %j',
    (s) => {
      expect(isDin91379C(s)).toBe(true);
    },
  );

  it.each([
    ['Trenn\u00ADung', 'soft hyphen'],
    ['a\u000Bb', 'vertical tab'],
    ['a\u000Cb', 'form feed'],
    ['Привет', 'Cyrillic, datatype E only'],
    ['„Zitat“', 'German quotation marks, datatype D/E only'],
    ['Gedanken…', 'ellipsis, datatype D/E only'],
  ])('rejects %j (%s)', (s) => {
    expect(isDin91379C(s)).toBe(false);
  });
});
