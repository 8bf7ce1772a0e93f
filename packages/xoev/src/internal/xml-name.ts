/**
 * XML names (XML 1.0 fifth edition, https://www.w3.org/TR/xml/#NT-Name) and namespace NCNames
 * (https://www.w3.org/TR/xml-names/#NT-NCName: a Name without a colon).
 */

const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = NAME_START + '\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040';

/** Source of a regular expression (with the `u` flag) for one NCName. */
export const NCNAME_SOURCE = `[${NAME_START}][${NAME_CHAR}]*`;
/** Source of a regular expression (with the `u` flag) for one Name (colons allowed). */
export const NAME_SOURCE = `[:${NAME_START}][:${NAME_CHAR}]*`;

const NCNAME = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- U+200C..U+200D are NameStartChars by the XML spec
  `^${NCNAME_SOURCE}$`,
  // Stryker disable next-line StringLiteral: without the u flag the class does not compile, the module fails to load and every test importing it fails (checked by hand); Stryker reports this module-level mutant as survived
  'u',
);

/** Whether `s` can be an element name without prefix, a prefix, or a type name. */
export function isNCName(s: string): boolean {
  return NCNAME.test(s);
}
