/**
 * Conversions between what `<input type="datetime-local">`/`type="time"` give (local wall-clock time
 * without offset) and JSON Schema's `date-time`/`time` formats (RFC 3339, offset required).
 */

const pad = (value: number): string => String(Math.abs(value)).padStart(2, '0');

/** The local UTC offset of `date` as `+01:00`. */
function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `2024-05-01T10:30` (local) -> `2024-05-01T10:30:00+02:00`; `undefined` for incomplete input. */
export function localToDateTime(local: string): string | undefined {
  const match = /^(\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?/.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const date = new Date(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  if (Number.isNaN(date.getTime())) return undefined;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${offsetOf(date)}`;
}

/** An RFC 3339 date-time as the local `datetime-local` value; other text is given back unchanged. */
export function dateTimeToLocal(value: unknown): string {
  if (typeof value !== 'string') return '';
  const date = new Date(value); // '' is no date either: given back as it is
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `10:30` (local) -> `10:30:00+01:00` (today's offset); `undefined` for incomplete input. */
export function localToTime(local: string): string | undefined {
  const match = /^(\d\d):(\d\d)(?::(\d\d))?$/.exec(local);
  if (!match) return undefined;
  const [, hour, minute, second = '00'] = match;
  return `${hour}:${minute}:${second}${offsetOf(new Date())}`;
}

/** An RFC 3339 time as a `type="time"` value (`10:30`). */
export function timeToLocal(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d\d):(\d\d)/.exec(value);
  return match ? `${match[1]}:${match[2]}` : '';
}
