import { afterEach, describe, expect, test, vi } from 'vitest';
import { dateTimeToLocal, localToDateTime, localToTime, timeToLocal } from './date-time.js';

describe('date-time conversions (browser local time <-> RFC 3339)', () => {
  test('a local datetime gets the offset of that moment and reads back the same', () => {
    const value = localToDateTime('2024-05-01T10:30') as string;
    expect(value).toMatch(/^2024-05-01T10:30:00[+-]\d\d:\d\d$/);
    expect(new Date(value).getHours()).toBe(10);
    expect(dateTimeToLocal(value)).toBe('2024-05-01T10:30');
  });
  test('incomplete input is no value; foreign text is shown as it is', () => {
    expect(localToDateTime('2024-05-01T')).toBeUndefined();
    expect(dateTimeToLocal('kein Datum')).toBe('kein Datum');
    expect(dateTimeToLocal(undefined)).toBe('');
  });
  test('times', () => {
    expect(localToTime('09:45')).toMatch(/^09:45:00[+-]\d\d:\d\d$/);
    expect(localToTime('9:4')).toBeUndefined();
    expect(timeToLocal('08:15:00+01:00')).toBe('08:15');
    expect(timeToLocal(5)).toBe('');
  });
});

describe('date-time conversions away from UTC', () => {
  // The offset comes from the Date's time zone; the test sets it for each moment (the process's own
  // zone cannot be changed in every test pool).
  const offset = (minutesBehindUtc: (date: Date) => number) =>
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockImplementation(function (this: Date) {
      return minutesBehindUtc(this);
    });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('a person in India enters local time; the stored value carries +05:30', () => {
    offset(() => -330);
    expect(localToDateTime('2024-05-01T10:30')).toBe('2024-05-01T10:30:00+05:30');
    expect(localToDateTime('2024-05-01T10:30:15')).toBe('2024-05-01T10:30:15+05:30');
    expect(localToTime('09:45')).toBe('09:45:00+05:30');
    expect(localToTime('09:45:30')).toBe('09:45:30+05:30');
  });

  test('west of UTC the offset is negative, with hours and minutes each of two digits, as of that moment', () => {
    // Newfoundland: -03:30 in winter, -02:30 in summer.
    offset((date) => (date.getMonth() < 3 ? 210 : 150));
    expect(localToDateTime('2024-01-15T10:30')).toBe('2024-01-15T10:30:00-03:30');
    expect(localToDateTime('2024-07-15T10:30')).toBe('2024-07-15T10:30:00-02:30');
    offset(() => 300);
    expect(localToDateTime('2024-01-15T10:30')).toBe('2024-01-15T10:30:00-05:00');
    offset(() => -60);
    expect(localToDateTime('2024-01-15T10:30')).toBe('2024-01-15T10:30:00+01:00');
  });

  test('the offset is that of the entered day itself, also on the last day before the clocks change', () => {
    offset((date) => (date.getMonth() < 3 ? 210 : 150));
    expect(localToDateTime('2024-03-31T23:59')).toBe('2024-03-31T23:59:00-03:30');
    expect(localToDateTime('2024-04-01T00:00')).toBe('2024-04-01T00:00:00-02:30');
  });

  test('in UTC (Iceland, a server) the offset is +00:00, never -00:00', () => {
    offset(() => 0);
    expect(localToDateTime('2024-01-15T10:30')).toBe('2024-01-15T10:30:00+00:00');
    expect(localToTime('10:30')).toBe('10:30:00+00:00');
  });
});

describe('date-time conversions: what is no value', () => {
  test('a date-time with a year beyond what a date can hold, or without its time, is no value', () => {
    expect(localToDateTime('999999999-01-01T00:00')).toBeUndefined();
    expect(localToDateTime('2024-05-01T10')).toBeUndefined();
    expect(localToDateTime('x2024-05-01T10:30')).toBeUndefined();
    expect(localToDateTime('24-05-01T10:30')).toBeUndefined();
  });

  test('an empty or missing stored value gives an empty control', () => {
    expect(dateTimeToLocal('')).toBe('');
    expect(dateTimeToLocal(42)).toBe('');
  });

  test('a time with anything after it, or before it, is no time', () => {
    expect(localToTime('09:45x')).toBeUndefined();
    expect(localToTime('x09:45')).toBeUndefined();
    expect(localToTime('09:45:3')).toBeUndefined();
    expect(timeToLocal('x08:15')).toBe('');
    expect(timeToLocal('08:15')).toBe('08:15');
    expect(timeToLocal('8:15')).toBe('');
  });
});
