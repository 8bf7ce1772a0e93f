import { describe, expect, test } from 'vitest';
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
