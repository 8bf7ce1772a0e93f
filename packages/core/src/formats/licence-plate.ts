/**
 * District code (Unterscheidungszeichen, umlauts allowed), hyphen or space, recognition letters
 * (Ä, Ö and Ü are never issued there, FZV Anlage 1), optional space, number without leading zero,
 * optional E (electric) or H (historic) suffix written straight after the number.
 */
const PLATE = /^([A-ZÄÖÜ]{1,3})[- ]([A-Z]{1,2}) ?([1-9][0-9]{0,3})[EH]?$/;

/** FZV: a Kennzeichen has at most eight characters; separators and the E/H suffix do not count. */
const MAX_CHARACTERS = 8;

/** Longest input the pattern can match: 3 + 1 + 2 + 1 + 4 + 1. */
const MAX_INPUT_LENGTH = 12;

/**
 * Whether `s` is an ordinary German licence plate (Kfz-Kennzeichen), e.g. `B-AB 1234`, `M AB 123`,
 * `HH-X 1`, `KA-AB 1234E`, `S-AB 123H`:
 * - district code of 1-3 capital letters including Ä, Ö, Ü; then a hyphen or a space;
 * - 1-2 capital letters A-Z; then a space or nothing (`B-AB1234`);
 * - a number 1..9999 without leading zero; then optionally `E` or `H` without a space;
 * - at most 8 letters and digits, not counting separators and the E/H suffix (`KA-AB 1234E` passes).
 *
 * Upper case only, as on the plate. Not accepted: special plates of authorities, the Bundeswehr and
 * diplomats (`Y-123 456`, `0-1-1`), season plates (`…04-10`), and red or green plates' special ranges.
 * Whether the district code exists is not checked.
 *
 * @param s the plate as typed
 * @returns `true` for a plate of the ordinary format
 */
export function isGermanLicencePlate(s: string): boolean {
  // Only spares the pattern long pastes: every match of 12 characters has 3 + 2 + 4 = 9 letters and
  // digits, more than 8, so neither dropping the check nor rejecting 12 changes an answer.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: same answers, see above
  if (s.length > MAX_INPUT_LENGTH) return false;
  const match = PLATE.exec(s);
  if (match === null) return false;
  // Stryker disable next-line StringLiteral: the three groups are not optional, so a match always fills them and the defaults only satisfy the type
  const [, district = '', letters = '', digits = ''] = match;
  return district.length + letters.length + digits.length <= MAX_CHARACTERS;
}
