import { XmlError } from '../xml-error.js';

/**
 * Lexical forms of XSD simple types: JSON values to text and back. Writers produce one spelling per
 * value (the canonical one where XSD defines it); readers accept every XSD spelling of the type.
 */

/**
 * The XSD canonical form of an `xs:decimal` (XSD 1.1: no exponent, no `+`, no superfluous zeros,
 * integers without a decimal point): `12.5`, `0.0000001`, `1000000000000000000000`. Negative zero is
 * `0` (xs:decimal has no signed zero). Every finite JavaScript number has one, and `Number()` reads
 * it back to the same number, because the digits are the shortest round-trip digits.
 */
export function decimalLexical(value: number): string {
  // String() spells -0 as `0` and writes an exponent only below 1e-6 and from 1e21 (`-1.25e-10`,
  // `1.5e+22`), with one digit before the point and at most 17 in all: the point moves out of the digits.
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt === -1) return text;
  const negative = text.startsWith('-');
  const digits = text.slice(negative ? 1 : 0, exponentAt).replace('.', '');
  const exponent = Number(text.slice(exponentAt + 1));
  const out = text.includes('e-')
    ? '0.' + '0'.repeat(-exponent - 1) + digits
    : digits + '0'.repeat(exponent + 1 - digits.length);
  return (negative ? '-' : '') + out;
}

/** The canonical `xs:integer` form of an integral number (`-0` is `0`). */
export function integerLexical(value: number): string {
  return BigInt(value).toString();
}

const DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;
const INTEGER = /^[+-]?[0-9]+$/;

/** Reads an `xs:decimal` (after whitespace collapse); `undefined` for anything else. */
export function readDecimal(text: string): number | undefined {
  const trimmed = collapse(text);
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? normaliseZero(value) : undefined;
}

/** Reads an `xs:integer`; `undefined` for anything else. */
export function readInteger(text: string): number | undefined {
  const trimmed = collapse(text);
  if (!INTEGER.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? normaliseZero(value) : undefined;
}

/** Reads an `xs:boolean` (`true`, `false`, `1`, `0`). */
export function readBoolean(text: string): boolean | undefined {
  switch (collapse(text)) {
    case 'true':
    case '1':
      return true;
    case 'false':
    case '0':
      return false;
  }
  return undefined;
}

function normaliseZero(value: number): number {
  return value === 0 ? 0 : value;
}

/**
 * XSD whitespace `collapse`: runs of whitespace to one space, trimmed. XSD whitespace is tab, line
 * feed, carriage return and space only (not `trim()`'s: a no-break space stays).
 */
export function collapse(text: string): string {
  return text.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '');
}

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const TIME = /^([0-9]{2}):([0-9]{2}):([0-9]{2}(?:\.[0-9]+)?)(?:([zZ])|([+-])([0-9]{2})(?::?([0-9]{2}))?)?$/;

/**
 * The `xs:date` form of a JSON Schema `date` (RFC 3339 full-date, identical spelling), or a reason it
 * has none: XSD 1.0 has no year 0000.
 */
export function dateLexical(value: string): string | { problem: string } {
  const match = DATE.exec(value);
  if (!match) return { problem: 'not a date (YYYY-MM-DD)' };
  if (match[1] === '0000') return { problem: 'year 0000 does not exist in xs:date' };
  return value;
}

/**
 * The `xs:time` form of a JSON Schema `time` (RFC 3339 / ajv-formats): the same instant in XSD
 * spelling, `Z` in upper case and offsets as `±hh:mm`. Leap seconds have no `xs:time`.
 */
export function timeLexical(value: string): string | { problem: string } {
  const match = TIME.exec(value);
  if (!match) return { problem: 'not a time (hh:mm:ss with offset)' };
  const [, hours, minutes, seconds, zulu, sign, offsetHours, offsetMinutes] = match;
  if (Number(seconds) >= 60) return { problem: 'leap seconds do not exist in xs:time and xs:dateTime' };
  const zone = zulu ? 'Z' : sign ? `${sign}${offsetHours}:${offsetMinutes ?? '00'}` : '';
  return `${hours}:${minutes}:${seconds}${zone}`;
}

/**
 * The `xs:dateTime` form of a JSON Schema `date-time`: RFC 3339 allows `t`, `z`, a space as separator
 * and offsets without colon, XSD does not, so the same instant is written as `YYYY-MM-DDThh:mm:ss(.s)±hh:mm`
 * or `…Z`. Values already in that form stay exactly as they are.
 */
export function dateTimeLexical(value: string): string | { problem: string } {
  const separator = value.search(/[tT ]/);
  if (separator !== 10) return { problem: 'not a date-time' };
  const date = dateLexical(value.slice(0, 10));
  if (typeof date !== 'string') return date;
  const time = timeLexical(value.slice(11));
  if (typeof time !== 'string') return time;
  return `${date}T${time}`;
}

/**
 * Base64 as `xs:base64Binary` reads it: groups of four, `=` padding only at the end with the bits
 * XSD allows before it (https://www.w3.org/TR/xmlschema-2/#base64Binary). No whitespace (we write
 * none; readers strip it first).
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=|[A-Za-z0-9+/][AQgw]==)?$/;

/** Whether `value` is base64 that `xs:base64Binary` accepts. */
export function isBase64(value: string): boolean {
  return BASE64.test(value);
}

/**
 * A timestamp with milliseconds and offset, as XÖV's `erstellungszeitpunkt` asks for:
 * `2025-03-14T09:30:00.000+01:00`. The offset is that of `timeZone` (IANA name) at that instant,
 * or of the runtime's local zone.
 */
export function timestampLexical(date: Date, timeZone?: string): string {
  const time = date.getTime();
  if (!Number.isFinite(time))
    throw new XmlError('efa-forms: invalid date for erstellungszeitpunkt', {
      pointer: '/header/erstellungszeitpunkt',
    });
  const offset = timeZone === undefined ? -date.getTimezoneOffset() : zoneOffset(date, timeZone);
  const local = new Date(time + offset * 60_000);
  const year = local.getUTCFullYear();
  // Years 1..9999 only: a clock beyond them is broken, and xs:dateTime would need another spelling.
  if (!(year >= 1 && year <= 9999)) {
    throw new XmlError(`efa-forms: the time ${date.toISOString()} is out of range for erstellungszeitpunkt`, {
      pointer: '/header/erstellungszeitpunkt',
    });
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  // Stryker disable next-line EqualityOperator: an offset of 0 is written as Z below, so the sign of 0 is never used
  const sign = offset < 0 ? '-' : '+';
  const zone =
    offset === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  // The local wall time is UTC shifted by the offset; toISOString spells it (years 1..9999: 4 digits).
  return local.toISOString().slice(0, 23) + zone;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * The last answer per zone, by UTC second: `formatToParts` costs more than the rest of a message header.
 * Not by minute: leaving local mean time, zones switched inside a minute (Berlin at 1893-03-31T23:06:32Z).
 */
const lastOffsets = new Map<string, { second: number; offset: number }>();

/** Offset in minutes east of UTC of an IANA time zone at an instant. */
function zoneOffset(date: Date, timeZone: string): number {
  // Stryker disable next-line ArithmeticOperator: a key per millisecond (× 1000) only lowers the hit rate, each instant still gets its own offset
  const second = Math.floor(date.getTime() / 1000);
  const last = lastOffsets.get(timeZone);
  if (last?.second === second) return last.offset;
  const offset = computeZoneOffset(date, timeZone);
  lastOffsets.set(timeZone, { second, offset });
  return offset;
}

function computeZoneOffset(date: Date, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  // Stryker disable next-line ConditionalExpression: a new formatter for the zone gives the same parts, the cache only saves building it
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const zoneName = format.formatToParts(date).find((part) => part.type === 'timeZoneName');
  // `GMT+01:00`, `GMT-02:30`; UTC is `GMT` or `GMT+00:00`. An offset with seconds (local mean time,
  // `GMT+00:53:28`) has no xs:dateTime spelling, so that instant is written in UTC.
  // Stryker disable next-line StringLiteral: formatToParts always names the zone, and any text without an offset gives 0
  const match = /([+-])(\d\d):(\d\d)$/.exec(zoneName?.value ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
