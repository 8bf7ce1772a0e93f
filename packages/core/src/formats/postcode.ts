/** Exactly five ASCII digits; full-width or other Unicode digits are not PLZ digits. */
const FIVE_DIGITS = /^[0-9]{5}$/;

/** Lowest and highest numbers the Deutsche Post assigns: the `00` region does not exist. */
const LOWEST = 1001;
const HIGHEST = 99998;

/**
 * Whether `s` is a German postcode (Postleitzahl): exactly five ASCII digits in the range
 * 01001..99998. Leading zeros are significant (`01067` Dresden), so the value stays a string.
 *
 * This is a plausibility check, not a lookup: a well-formed but unassigned number passes.
 * No trimming: surrounding whitespace makes the value invalid, as it would in XÖV `xs:pattern`s.
 *
 * @param s the text as typed
 * @returns `true` for a plausible PLZ
 */
export function isGermanPostcode(s: string): boolean {
  if (!FIVE_DIGITS.test(s)) return false;
  const n = Number(s);
  return n >= LOWEST && n <= HIGHEST;
}
