import { randomBytes } from 'node:crypto';

/** Crockford's base32: digits and capitals without I, L, O, U, so a person can read it out loud. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The shape of a Vorgangsnummer: UTC time to the millisecond, then 80 random bits. */
const VORGANGSNUMMER = /^\d{8}T\d{9}Z-[0-9A-HJKMNP-TV-Z]{16}$/;

/**
 * A new Vorgangsnummer (case number), e.g. `20261201T083015123Z-7K3M9QXW2R4T8VBN`:
 * the time of receipt in UTC (`YYYYMMDD`, `T`, `HHMMSSmmm`, `Z`), so numbers sort by time as text
 * and as file names, then 16 characters of Crockford base32 from 80 bits of `crypto.randomBytes`, so
 * they are unique without coordination and cannot be guessed from one another. Numbers of the same
 * millisecond sort in random order.
 *
 * @param now the time of receipt; default now
 */
export function createVorgangsnummer(now: Date = new Date()): string {
  const iso = now.toISOString(); // 2026-12-01T08:30:15.123Z
  const time = iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10) + 'T' + iso.slice(11, 13);
  return time + iso.slice(14, 16) + iso.slice(17, 19) + iso.slice(20, 23) + 'Z-' + base32(randomBytes(10));
}

/** Whether `value` has the shape of a Vorgangsnummer (the intake checks route parameters with it). */
export function isVorgangsnummer(value: string): boolean {
  return VORGANGSNUMMER.test(value);
}

/** 10 bytes -> 16 characters, 5 bits each. */
function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}
