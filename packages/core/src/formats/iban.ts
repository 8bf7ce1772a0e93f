/**
 * IBAN length per country, from the SWIFT IBAN Registry (ISO 13616), state of December 2024.
 * Every SEPA country is in it (EU, EEA, CH, GB, AD, GI, MC, SM, VA and the recent accessions
 * AL, MD, ME, MK); the others are listed because a German authority also pays out abroad.
 * Territories that use their mother country's IBAN (Åland: FI, Réunion: FR, Jersey: GB, ...) have no row.
 */
// A table reads better in rows than as 89 lines.
// prettier-ignore
const IBAN_LENGTHS = new Map<string, number>(
  Object.entries({
    AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27,
    BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28,
    EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
    GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
    IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21,
    LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
    NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
    RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25,
    SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
  }),
);

/** ISO 13616: no IBAN is longer than 34 characters. */
const MAX_LENGTH = 34;

/**
 * The two shapes {@link isIban} accepts: the electronic format, or the paper format of DIN 5008 and
 * ISO 13616 (groups of four separated by one space, the last group 1-4 characters).
 * Explicit `A-Za-z` instead of the `i` flag: with `iu`, `ſ` and the Kelvin sign would fold to ASCII.
 */
const SHAPE = /^[A-Za-z]{2}[0-9]{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4})* [A-Za-z0-9]{1,4})$/;

/** Longest input worth looking at: 34 characters plus the 8 spaces of the paper format. */
const MAX_INPUT_LENGTH = MAX_LENGTH + 8;

/**
 * Turns an IBAN as typed or pasted into the electronic format: all whitespace removed, letters in
 * upper case (`de89 3704 …` -> `DE893704…`). XÖV messages and SEPA files carry only this format.
 *
 * It does not validate; use {@link isIban} first. For every `s` that `isIban` accepts,
 * `isIban(normalizeIban(s))` holds too.
 *
 * @param s the IBAN as typed
 * @returns the IBAN without whitespace, upper case
 */
export function normalizeIban(s: string): string {
  // Stryker disable next-line Regex: removing every whitespace character or every run of them gives the same string
  return s.replace(/\s+/g, '').toUpperCase();
}

/**
 * Whether `s` is an IBAN: a known country code, the length the SWIFT registry gives for that country
 * and a correct ISO 7064 MOD 97-10 checksum (check digits 02..98).
 *
 * Accepted on purpose, because that is how people type and copy IBANs:
 * - letters in either case (`de89…`): store {@link normalizeIban}'s result, not the raw input;
 * - the compact electronic format, or groups of four separated by single spaces
 *   (`DE89 3704 0044 0532 0130 00`).
 *
 * Rejected: any other spacing (`DE 89…`, double spaces, leading or trailing space), tabs, hyphens.
 * The national BBAN structure (e.g. DE: 8-digit bank code + 10-digit account) is not checked; the
 * checksum already catches every single-character error and almost every transposition.
 *
 * @param s the IBAN as typed
 * @returns `true` for a valid IBAN
 */
export function isIban(s: string): boolean {
  // The length check only spares SHAPE the work on long pastes: no input over 41 characters passes
  // SHAPE and the country's length together, so dropping it or rejecting 42 changes no answer.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: same answers, see above
  if (s.length > MAX_INPUT_LENGTH || !SHAPE.test(s)) return false;
  const iban = normalizeIban(s);
  if (IBAN_LENGTHS.get(iban.slice(0, 2)) !== iban.length) return false;
  // 00, 01 and 99 can satisfy mod 97 = 1 but are never issued: the check digits are 98 - (n mod 97).
  const checkDigits = iban.slice(2, 4);
  if (checkDigits === '00' || checkDigits === '01' || checkDigits === '99') return false;
  return mod97(iban) === 1;
}

/**
 * ISO 7064 MOD 97-10 over the IBAN with its first four characters moved to the end, letters counting
 * as A=10 … Z=35. Folding in one symbol at a time keeps every intermediate value below 9 800, so plain
 * numbers are exact and no BigInt or 30-digit string is needed.
 *
 * @param iban upper-case letters and digits only
 */
function mod97(iban: string): number {
  let remainder = 0;
  for (let i = 0; i < iban.length; i++) {
    const code = iban.charCodeAt((i + 4) % iban.length);
    if (code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else remainder = (remainder * 100 + (code - 55)) % 97;
  }
  return remainder;
}
