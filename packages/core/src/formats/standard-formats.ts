import type AjvCore from 'ajv/dist/core.js';

// The standard formats whose check is code, not a regular expression: ajv-formats 3.0.1's full mode
// (MIT, https://github.com/ajv-validator/ajv-formats), the same checks and comparisons, as one ES
// module export each. ajv-formats ships CommonJS, which no bundler can take apart: a compiled service
// that checked one `date` field carried all of ajv-formats (2.1 KB gzip, half of a small service).
// `createAjv` registers these over ajv-formats' own, so the run-time validator and a compiled service
// run the very same functions (`standaloneValidators`' `formatsCode` imports them by name), and
// `standard-formats.test.ts` holds them to ajv-formats' results.

/** An ajv format checked by code: `validate` for the value, `compare` for `formatMinimum` and its kin. */
export interface CodeFormat<T extends string | number> {
  /** The JSON type the format applies to; ajv checks strings when it is absent. */
  readonly type?: 'number';
  /** Whether the value conforms; never throws. */
  readonly validate: (value: T) => boolean;
  /** Order of two values (negative, 0, positive), `undefined` when either does not parse. */
  readonly compare?: (a: T, b: T) => number | undefined;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDate(value: string): boolean {
  const matches = DATE.exec(value);
  if (!matches) return false;
  const year = +matches[1]!;
  const month = +matches[2]!;
  const day = +matches[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]!);
}

function compareDate(a: string, b: string): number | undefined {
  if (!(a && b)) return undefined;
  return a > b ? 1 : a < b ? -1 : 0;
}

const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;

/** RFC 3339 time; a leap second only at 23:59:60 UTC. `time` needs the zone, `iso-time` does not. */
function timeCheck(zoneRequired: boolean): (value: string) => boolean {
  return (value) => {
    const matches = TIME.exec(value);
    if (!matches) return false;
    const hour = +matches[1]!;
    const minute = +matches[2]!;
    const second = +matches[3]!;
    const zone = matches[4];
    const zoneSign = matches[5] === '-' ? -1 : 1;
    const zoneHour = +(matches[6] || 0);
    const zoneMinute = +(matches[7] || 0);
    if (zoneHour > 23 || zoneMinute > 59 || (zoneRequired && !zone)) return false;
    if (hour <= 23 && minute <= 59 && second < 60) return true;
    const utcMinute = minute - zoneMinute * zoneSign;
    const utcHour = hour - zoneHour * zoneSign - (utcMinute < 0 ? 1 : 0);
    return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
  };
}

function compareTime(a: string, b: string): number | undefined {
  if (!(a && b)) return undefined;
  const first = new Date('2020-01-01T' + a).valueOf();
  const second = new Date('2020-01-01T' + b).valueOf();
  if (!(first && second)) return undefined;
  return first - second;
}

function compareIsoTime(a: string, b: string): number | undefined {
  if (!(a && b)) return undefined;
  const first = TIME.exec(a);
  const second = TIME.exec(b);
  if (!(first && second)) return undefined;
  const left = first[1]! + first[2]! + first[3]!;
  const right = second[1]! + second[2]! + second[3]!;
  return left > right ? 1 : left < right ? -1 : 0;
}

const DATE_TIME_SEPARATOR = /t|\s/i;

function dateTimeCheck(zoneRequired: boolean): (value: string) => boolean {
  const isTime = timeCheck(zoneRequired);
  return (value) => {
    const parts = value.split(DATE_TIME_SEPARATOR);
    return parts.length === 2 && isDate(parts[0]!) && isTime(parts[1]!);
  };
}

function compareDateTime(a: string, b: string): number | undefined {
  if (!(a && b)) return undefined;
  const first = new Date(a).valueOf();
  const second = new Date(b).valueOf();
  if (!(first && second)) return undefined;
  return first - second;
}

function compareIsoDateTime(a: string, b: string): number | undefined {
  if (!(a && b)) return undefined;
  const [firstDate, firstTime] = a.split(DATE_TIME_SEPARATOR);
  const [secondDate, secondTime] = b.split(DATE_TIME_SEPARATOR);
  const byDate = compareDate(firstDate!, secondDate!);
  if (byDate === undefined) return undefined;
  return byDate || compareTime(firstTime!, secondTime!);
}

const NOT_URI_FRAGMENT = /\/|:/;
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;

const Z_ANCHOR = /[^\\]\\Z/;

const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;

/** `date`: a calendar date `YYYY-MM-DD` (RFC 3339 full-date), the day checked against the month. */
export const dateFormat: CodeFormat<string> = { validate: isDate, compare: compareDate };
/** `time`: `hh:mm:ss` with fractions and a required zone (`Z`, `+01:00`). */
export const timeFormat: CodeFormat<string> = { validate: /* @__PURE__ */ timeCheck(true), compare: compareTime };
/** `date-time`: a date and a `time`, separated by `T` or a space. */
export const dateTimeFormat: CodeFormat<string> = { validate: /* @__PURE__ */ dateTimeCheck(true), compare: compareDateTime };
/** `iso-time`: `time` with the zone optional. */
export const isoTimeFormat: CodeFormat<string> = { validate: /* @__PURE__ */ timeCheck(false), compare: compareIsoTime };
/** `iso-date-time`: `date-time` with the zone optional. */
export const isoDateTimeFormat: CodeFormat<string> = { validate: /* @__PURE__ */ dateTimeCheck(false), compare: compareIsoDateTime };
/** `uri`: an absolute URI (RFC 3986) with a scheme. */
export const uriFormat: CodeFormat<string> = {
  validate: (value) => NOT_URI_FRAGMENT.test(value) && URI.test(value),
};
/** `byte`: base64 (RFC 4648). */
export const byteFormat: CodeFormat<string> = {
  validate: (value) => {
    BYTE.lastIndex = 0; // a global expression remembers where it stopped
    return BYTE.test(value);
  },
};
/** `regex`: a regular expression JavaScript compiles, without Python's `\Z`. */
export const regexFormat: CodeFormat<string> = {
  validate: (value) => {
    if (Z_ANCHOR.test(value)) return false;
    try {
      new RegExp(value);
      return true;
    } catch {
      return false;
    }
  },
};
/** `int32`: a whole number from -2^31 to 2^31 - 1. */
export const int32Format: CodeFormat<number> = {
  type: 'number',
  validate: (value) => Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32,
};
/** `int64`: a whole number (JSON numbers cannot hold all of int64; the range is not checked). */
export const int64Format: CodeFormat<number> = { type: 'number', validate: (value) => Number.isInteger(value) };
/** `float`: any number. */
export const floatFormat: CodeFormat<number> = { type: 'number', validate: () => true };
/** `double`: any number. */
export const doubleFormat: CodeFormat<number> = { type: 'number', validate: () => true };

/** The formats above by name, as ajv-formats names them. */
export const standardCodeFormats: Readonly<Record<string, CodeFormat<string> | CodeFormat<number>>> = {
  date: dateFormat,
  time: timeFormat,
  'date-time': dateTimeFormat,
  'iso-time': isoTimeFormat,
  'iso-date-time': isoDateTimeFormat,
  uri: uriFormat,
  byte: byteFormat,
  regex: regexFormat,
  int32: int32Format,
  int64: int64Format,
  float: floatFormat,
  double: doubleFormat,
};

/**
 * Registers {@link standardCodeFormats} with an ajv instance that has ajv-formats, in place of
 * ajv-formats' own functions of the same names (its regular-expression formats and its
 * `formatMinimum` keywords stay).
 */
export function addStandardCodeFormats<T extends AjvCore>(ajv: T): T {
  for (const [name, definition] of Object.entries(standardCodeFormats)) ajv.addFormat(name, definition as never);
  return ajv;
}
