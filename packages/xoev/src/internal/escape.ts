/**
 * Escaping of character data and attribute values. Callers check for characters XML 1.0 cannot
 * carry first (`firstInvalidXmlChar`); escaping cannot repair those.
 */

const TEXT_SPECIAL = /[&<>\r]/;
const TEXT_SPECIAL_ALL = /[&<>\r]/g;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/;
const ATTRIBUTE_SPECIAL_ALL = /[&<>"\t\n\r]/g;

const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  // `>` only has to be escaped in `]]>`; escaping it always is simpler and just as valid.
  '>': '&gt;',
  '"': '&quot;',
  // A parser turns a literal CR (and CR LF) into LF (XML 1.0 §2.11) and tab/LF in attribute values
  // into spaces (§3.3.3); character references survive both, so the value round-trips exactly.
  '\r': '&#13;',
  '\t': '&#9;',
  '\n': '&#10;',
};

const replace = (c: string): string => REPLACEMENTS[c] as string;

/** Escapes character data (element content). */
export function escapeText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(TEXT_SPECIAL_ALL, replace) : s;
}

/** Escapes an attribute value for double quotes. */
export function escapeAttribute(s: string): string {
  return ATTRIBUTE_SPECIAL.test(s) ? s.replace(ATTRIBUTE_SPECIAL_ALL, replace) : s;
}

/** Characters that are valid but invisible or confusable in an editor: C1 controls, spaces, marks, BOM. */
const INVISIBLE = /[\u0080-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/g;

/** Writes invisible characters as character references, for files people read (the XSD). */
export function revealInvisible(escaped: string): string {
  return escaped.replace(INVISIBLE, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}
