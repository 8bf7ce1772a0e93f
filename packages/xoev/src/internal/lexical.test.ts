import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlError } from '../xml-error.js';
import {
  collapse,
  dateLexical,
  dateTimeLexical,
  decimalLexical,
  integerLexical,
  isBase64,
  readBoolean,
  readDecimal,
  readInteger,
  timeLexical,
  timestampLexical,
} from './lexical.js';

describe('decimalLexical', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [12.5, '12.5'],
    [-3, '-3'],
    [1e-7, '0.0000001'],
    [-1.25e-10, '-0.000000000125'],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [123456789.123, '123456789.123'],
    [0.1 + 0.2, '0.30000000000000004'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
  ])(
    'writes %s as %s (XSD canonical decimal: no exponent, no "+", no superfluous zeros)',
    (value, lexical) => {
      expect(decimalLexical(value)).toBe(lexical);
    },
  );

  it('reads back every finite number exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const lexical = decimalLexical(value);
        expect(lexical).toMatch(/^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/);
        expect(readDecimal(lexical)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('integerLexical', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [42, '42'],
    [-7, '-7'],
    [1e21, '1000000000000000000000'],
  ])('writes %s as %s', (value, lexical) => {
    expect(integerLexical(value)).toBe(lexical);
  });
});

describe('readers', () => {
  it('accept every XSD spelling and refuse the rest', () => {
    expect(readDecimal(' +1.50 ')).toBe(1.5);
    expect(readDecimal('.5')).toBe(0.5);
    expect(readDecimal('5.')).toBe(5);
    expect(readDecimal('-0')).toBe(0);
    expect(readDecimal('1e5')).toBeUndefined();
    expect(readDecimal('NaN')).toBeUndefined();
    expect(readDecimal('')).toBeUndefined();
    expect(readInteger('\n007\t')).toBe(7);
    expect(readInteger('1.0')).toBeUndefined();
    expect(readBoolean(' true ')).toBe(true);
    expect(readBoolean('1')).toBe(true);
    expect(readBoolean('0')).toBe(false);
    expect(readBoolean('TRUE')).toBeUndefined();
    expect(collapse('  a \n\t b  ')).toBe('a b');
  });
});

describe('dates', () => {
  it('keeps dates and refuses year 0000, which xs:date lacks', () => {
    expect(dateLexical('2024-02-29')).toBe('2024-02-29');
    expect(dateLexical('0000-01-01')).toEqual({ problem: expect.stringMatching(/0000/) });
  });

  it.each([
    ['2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z'],
    ['2024-01-01T10:00:00.123+01:00', '2024-01-01T10:00:00.123+01:00'],
    ['2024-01-01t10:00:00z', '2024-01-01T10:00:00Z'],
    ['2024-01-01 10:00:00+0130', '2024-01-01T10:00:00+01:30'],
    ['2024-01-01T10:00:00-05', '2024-01-01T10:00:00-05:00'],
  ])('writes the date-time %s as xs:dateTime %s (same instant)', (value, lexical) => {
    expect(dateTimeLexical(value)).toBe(lexical);
  });

  it('refuses leap seconds, which xs:dateTime and xs:time lack', () => {
    expect(dateTimeLexical('2016-12-31T23:59:60Z')).toEqual({ problem: expect.stringMatching(/leap/) });
    expect(timeLexical('23:59:60Z')).toEqual({ problem: expect.stringMatching(/leap/) });
    expect(timeLexical('08:15:00z')).toBe('08:15:00Z');
  });

  it('writes erstellungszeitpunkt with milliseconds and the offset of the zone at that instant', () => {
    expect(timestampLexical(new Date('2025-03-14T08:30:00Z'), 'Europe/Berlin')).toBe(
      '2025-03-14T09:30:00.000+01:00',
    );
    expect(timestampLexical(new Date('2025-07-01T08:30:00.5Z'), 'Europe/Berlin')).toBe(
      '2025-07-01T10:30:00.500+02:00',
    );
    expect(timestampLexical(new Date('2025-07-01T08:30:00.5Z'), 'UTC')).toBe('2025-07-01T08:30:00.500Z');
    expect(timestampLexical(new Date('2025-07-01T08:30:00Z'), 'Asia/Kathmandu')).toBe(
      '2025-07-01T14:15:00.000+05:45',
    );
    expect(timestampLexical(new Date('2025-07-01T08:30:00Z'), 'America/St_Johns')).toBe(
      '2025-07-01T06:00:00.000-02:30',
    );
    expect(timestampLexical(new Date())).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)$/);
    expect(() => timestampLexical(new Date(Number.NaN))).toThrow(XmlError);
    expect(() => timestampLexical(new Date(8.64e15), 'Asia/Tokyo')).toThrow(XmlError);
    expect(() => timestampLexical(new Date('-000001-01-01T00:00:00Z'), 'UTC')).toThrow(XmlError);
    expect(timestampLexical(new Date('9999-12-31T23:59:59.999Z'), 'UTC')).toBe('9999-12-31T23:59:59.999Z');
  });

  it('follows daylight saving time across the switch (the offset cache is per minute)', () => {
    expect(timestampLexical(new Date('2025-03-30T00:59:59Z'), 'Europe/Berlin')).toBe(
      '2025-03-30T01:59:59.000+01:00',
    );
    expect(timestampLexical(new Date('2025-03-30T01:00:00Z'), 'Europe/Berlin')).toBe(
      '2025-03-30T03:00:00.000+02:00',
    );
  });
});

describe('isBase64', () => {
  it.each(['', 'QQ==', 'QUI=', 'QUJD', 'QUJDRA==', '+/+/'])('accepts %j', (value) => {
    expect(isBase64(value)).toBe(true);
  });
  it.each([
    'Q',
    'QQ=',
    'QR==',
    'QUJ',
    'QU JD',
    'QUJD\n',
    '====',
    'QQ==QQ==',
    'data:application/pdf;base64,QUJD',
  ])('refuses %j', (value) => {
    expect(isBase64(value)).toBe(false);
  });
  it('accepts what Buffer writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) =>
        isBase64(Buffer.from(bytes).toString('base64')),
      ),
    );
  });
});
