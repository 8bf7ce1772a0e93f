import { firstInvalidXmlChar } from '@efa-forms/core';

/**
 * Everything that can be outside XML 1.0 `Char` in UTF-16: C0 controls except tab, LF, CR, any
 * surrogate (valid only in pairs), U+FFFE, U+FFFF. A regular expression without the `u` flag runs
 * several times faster than core's exact check, so it screens, and the exact check runs only on a hit
 * (emoji, for example, are surrogate pairs and valid).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Index of the first character XML 1.0 cannot carry, or -1 (same answer as core's `firstInvalidXmlChar`). */
export function invalidXmlCharAt(s: string): number {
  return SUSPECT.test(s) ? firstInvalidXmlChar(s) : -1;
}
