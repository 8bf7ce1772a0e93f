/** Eleven ASCII digits, the first not 0. */
const SHAPE = /^[1-9][0-9]{10}$/;

/**
 * Whether `s` is a German tax identification number (Steuerliche Identifikationsnummer, § 139b AO),
 * checked as the Bundeszentralamt für Steuern specifies it:
 * - 11 ASCII digits, the first not 0, no spaces (`86095742719`);
 * - in the first ten digits exactly one digit occurs twice or three times and every other digit at most
 *   once (so one or two digits are missing). Three times is allowed for numbers issued since 2016, but
 *   not as three adjacent equal digits;
 * - the eleventh digit is the ISO 7064 MOD 11,10 check digit of the first ten.
 *
 * A valid structure does not mean the number was issued.
 *
 * @param s the number as typed
 * @returns `true` for a structurally valid Steuer-ID
 */
export function isSteuerId(s: string): boolean {
  return SHAPE.test(s) && hasValidRepetition(s) && checkDigit(s) === s.charCodeAt(10) - 48;
}

/** The digit-repetition rule over the first ten digits of an already shape-checked number. */
function hasValidRepetition(s: string): boolean {
  // Stryker disable next-line ArrayDeclaration: an empty array counts the same, since `?? 0` reads a missing digit as 0
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) {
    const d = s.charCodeAt(i) - 48;
    counts[d] = (counts[d] ?? 0) + 1;
  }
  let repeated = -1;
  // Stryker disable next-line EqualityOperator: a digit 10 has no count, so one more turn changes nothing
  for (let d = 0; d < 10; d++) {
    const count = counts[d] ?? 0;
    if (count <= 1) continue;
    if (count > 3 || repeated !== -1) return false;
    repeated = d;
  }
  if (repeated === -1) return false;
  // Stryker disable next-line ConditionalExpression: a digit that occurs twice cannot occur three times in a row, so checking always answers the same
  if (counts[repeated] === 3) {
    const r = String(repeated);
    if (s.slice(0, 10).includes(r + r + r)) return false;
  }
  return true;
}

/** ISO 7064 MOD 11,10 (hybrid system) check digit over the first ten digits. */
function checkDigit(s: string): number {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (s.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}
