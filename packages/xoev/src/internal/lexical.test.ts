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
    [-1.5e22, '-15000000000000000000000'],
    [1.7976931348623157e308, '17976931348623157' + '0'.repeat(292)],
    [5e-324, '0.' + '0'.repeat(323) + '5'],
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
    [-1e21, '-1000000000000000000000'],
    [2 ** 53 + 2, '9007199254740994'],
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

describe('collapse (XSD whiteSpace="collapse")', () => {
  it('turns every run of tab, line feed, carriage return and space into one space and trims both ends', () => {
    expect(collapse('\r\n\tAm  Markt\t\r\n 1 \n')).toBe('Am Markt 1');
    expect(collapse(' 2024-01-01 ')).toBe('2024-01-01');
  });

  it('leaves text without whitespace as it is', () => {
    expect(collapse('2024-01-01')).toBe('2024-01-01');
    expect(collapse('')).toBe('');
  });

  it('gives the empty string for whitespace only', () => {
    expect(collapse(' ')).toBe('');
    expect(collapse(' \t\n\r ')).toBe('');
  });

  it('keeps a no-break space or an em space, which are no XSD whitespace, also next to whitespace', () => {
    expect(collapse('\u00a0Müller\u2003')).toBe('\u00a0Müller\u2003');
    expect(collapse(' \u00a0Müller\u00a0 ')).toBe('\u00a0Müller\u00a0');
    expect(collapse('\ufeffa \u00a0 b')).toBe('\ufeffa \u00a0 b');
  });

  it('so readers refuse a number behind a no-break space, with or without spaces around it', () => {
    expect(readDecimal('\u00a05')).toBeUndefined();
    expect(readDecimal(' \u00a05 ')).toBeUndefined();
    expect(readInteger('\n5\u00a0\n')).toBeUndefined();
    expect(readBoolean(' true\u00a0')).toBeUndefined();
    expect(readDecimal('\t5\n')).toBe(5);
  });
});

describe('dateLexical', () => {
  it.each(['2024-01-011', '12024-01-01', '2024-1-01', '2024-01-01T10:00:00Z', ' 2024-01-01', ''])(
    'refuses %j as not a date',
    (value) => {
      expect(dateLexical(value)).toEqual({ problem: 'not a date (YYYY-MM-DD)' });
    },
  );

  it('names year 0000 as the reason', () => {
    expect(dateLexical('0000-12-31')).toEqual({ problem: 'year 0000 does not exist in xs:date' });
  });
});

describe('timeLexical', () => {
  it.each([
    ['10:00:00', '10:00:00'],
    ['10:00:00.5', '10:00:00.5'],
    ['23:59:59.999z', '23:59:59.999Z'],
    ['10:00:00.125Z', '10:00:00.125Z'],
    ['10:00:00+01', '10:00:00+01:00'],
    ['10:00:00-0530', '10:00:00-05:30'],
    ['10:00:00+05:45', '10:00:00+05:45'],
  ])('writes the time %s as xs:time %s', (value, lexical) => {
    expect(timeLexical(value)).toBe(lexical);
  });

  it.each([
    'x10:00:00Z',
    '110:00:00Z',
    '10:00:00Zx',
    '10:00:00+01:00x',
    '10:00:00+01:0',
    '10:00:00+1',
    '10:00:00.',
    '10:00:00 Z',
    '10:00',
    '1a:00:00',
    '',
  ])('refuses %j as not a time', (value) => {
    expect(timeLexical(value)).toEqual({ problem: 'not a time (hh:mm:ss with offset)' });
  });

  it('names leap seconds as the reason', () => {
    expect(timeLexical('23:59:60+01:00')).toEqual({
      problem: 'leap seconds do not exist in xs:time and xs:dateTime',
    });
  });
});

describe('dateTimeLexical', () => {
  it('keeps a date-time without offset (local time) as it is', () => {
    expect(dateTimeLexical('2024-01-01T10:00:00')).toBe('2024-01-01T10:00:00');
  });

  it.each(['2024-01-01', '2024-01-01X10:00:00Z', '2024-01-1T10:00:00Z', 'T2024-01-0110:00:00Z', ''])(
    'refuses %j as not a date-time',
    (value) => {
      expect(dateTimeLexical(value)).toEqual({ problem: 'not a date-time' });
    },
  );

  it('passes on the reason of the date or the time part', () => {
    expect(dateTimeLexical('0000-01-01T10:00:00Z')).toEqual({
      problem: 'year 0000 does not exist in xs:date',
    });
    expect(dateTimeLexical('2024-01-0xT10:00:00Z')).toEqual({ problem: 'not a date (YYYY-MM-DD)' });
    expect(dateTimeLexical('2024-01-01T10:00Z')).toEqual({ problem: 'not a time (hh:mm:ss with offset)' });
  });
});

/** The error `run` throws, as `{ name, message, pointer }`. */
function thrown(run: () => unknown): { name: string; message: string; pointer: string | undefined } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    return { name: error.name, message: error.message, pointer: error.pointer };
  }
  throw new Error('nothing was thrown');
}

describe('timestampLexical (erstellungszeitpunkt)', () => {
  it('refuses an invalid date, pointing at the header field', () => {
    expect(thrown(() => timestampLexical(new Date(Number.NaN), 'Europe/Berlin'))).toEqual({
      name: 'XmlError',
      message: 'efa-forms: invalid date for erstellungszeitpunkt',
      pointer: '/header/erstellungszeitpunkt',
    });
  });

  it('writes local years 0001 to 9999 in the zone', () => {
    expect(timestampLexical(new Date('0001-01-01T00:00:00Z'), 'UTC')).toBe('0001-01-01T00:00:00.000Z');
    expect(timestampLexical(new Date('0000-12-31T15:00:00Z'), 'Etc/GMT-9')).toBe(
      '0001-01-01T00:00:00.000+09:00',
    );
    expect(timestampLexical(new Date('9999-12-31T22:59:59.999Z'), 'Europe/Berlin')).toBe(
      '9999-12-31T23:59:59.999+01:00',
    );
  });

  it.each([
    ['0000-12-31T23:59:59.999Z', 'UTC', '0000-12-31T23:59:59.999Z'],
    ['+010000-01-01T00:00:00Z', 'UTC', '+010000-01-01T00:00:00.000Z'],
    ['9999-12-31T23:00:00Z', 'Europe/Berlin', '9999-12-31T23:00:00.000Z'],
    ['0001-01-01T08:59:59Z', 'Etc/GMT+9', '0001-01-01T08:59:59.000Z'],
  ])('refuses %s in %s, whose local year is outside 0001 to 9999, naming the instant', (iso, zone, named) => {
    expect(thrown(() => timestampLexical(new Date(iso), zone))).toEqual({
      name: 'XmlError',
      message: `efa-forms: the time ${named} is out of range for erstellungszeitpunkt`,
      pointer: '/header/erstellungszeitpunkt',
    });
  });

  it('without a time zone, writes the offset of the runtime as the Date reports it (minutes west of UTC)', () => {
    const local = (iso: string, minutesWest: number) =>
      Object.assign(new Date(iso), { getTimezoneOffset: () => minutesWest });
    expect(timestampLexical(local('2025-03-14T08:30:00Z', -60))).toBe('2025-03-14T09:30:00.000+01:00');
    expect(timestampLexical(local('2025-07-01T08:30:00Z', 150))).toBe('2025-07-01T06:00:00.000-02:30');
    expect(timestampLexical(local('2025-07-01T08:30:00Z', 0))).toBe('2025-07-01T08:30:00.000Z');
  });

  it("without a time zone, writes what naming the runtime's own zone writes", () => {
    const runtimeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (const iso of ['2025-01-15T12:00:00Z', '2025-07-15T12:00:00Z']) {
      expect(timestampLexical(new Date(iso))).toBe(timestampLexical(new Date(iso), runtimeZone));
    }
  });

  it('writes an instant whose offset has seconds (local mean time) in UTC, which xs:dateTime can spell', () => {
    expect(timestampLexical(new Date('1890-01-01T12:00:00Z'), 'Europe/Berlin')).toBe(
      '1890-01-01T12:00:00.000Z',
    );
  });

  it('gives each instant its own offset within the minute Berlin left local mean time (23:06:32 UTC)', () => {
    expect(timestampLexical(new Date('1893-03-31T23:06:31.999Z'), 'Europe/Berlin')).toBe(
      '1893-03-31T23:06:31.999Z',
    );
    expect(timestampLexical(new Date('1893-03-31T23:06:32Z'), 'Europe/Berlin')).toBe(
      '1893-04-01T00:06:32.000+01:00',
    );
    expect(timestampLexical(new Date('1893-03-31T23:06:00Z'), 'Europe/Berlin')).toBe(
      '1893-03-31T23:06:00.000Z',
    );
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
