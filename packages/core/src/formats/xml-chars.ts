/**
 * Anything outside the XML 1.0 `Char` production (https://www.w3.org/TR/xml/#charsets):
 * `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
 * With the `u` flag a surrogate pair is one code point above U+FFFF and passes, while a lone
 * surrogate is a code point in U+D800..U+DFFF and matches.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Finds the first character that XML 1.0 cannot carry, not even as a character reference: C0
 * controls other than tab, line feed and carriage return, lone (unpaired) surrogates, U+FFFE and
 * U+FFFF. C1 controls and noncharacters such as U+FDD0 are allowed by XML 1.0 and are not reported.
 *
 * @param s any string
 * @returns the UTF-16 index (as for `s[i]` and `s.slice`) of the first invalid character, or -1
 */
export function firstInvalidXmlChar(s: string): number {
  return mayHaveInvalidXmlChar(s) ? s.search(NOT_XML_CHAR) : -1;
}

/**
 * Everything that can be outside XML 1.0 in UTF-16: C0 controls except tab, LF, CR, any surrogate
 * (valid only in pairs), U+FFFE, U+FFFF. Without the `u` flag this runs several times faster than the
 * exact check, so it screens and the exact check runs only on a hit (an emoji is a valid pair).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Whether `s` may hold a character XML 1.0 cannot carry (no false negatives; pairs are false positives). */
export function mayHaveInvalidXmlChar(s: string): boolean {
  return SUSPECT.test(s);
}
