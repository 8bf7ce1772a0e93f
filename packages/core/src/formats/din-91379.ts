/*
 * DIN 91379 "Characters and defined character sequences in Unicode for the electronic processing of
 * names and data exchange in Europe", as XÖV publishes it in `din-norm-91379-datatypes.xsd`
 * (namespace urn:xoev-de:kosit:xoev:datentyp:din-91379_2022-08).
 *
 * Each XSD pattern has the form `(c1|c2|…|s1|s2|…)*`: single characters `ci` and base letter +
 * combining mark sequences `si`. The translation below keeps every code point and every sequence of
 * the XSD, in the XSD's hexadecimal notation so the two can be compared line by line, with two
 * changes of form that do not change the language:
 * - the single characters are merged into one character class, and the pattern is unrolled to
 *   `^[c]*(?:s[c]*)*$` (the same language as `^(?:[c]|s)*$`): a plain class loop runs per character
 *   without a backtracking entry, so a 100 kB text costs one linear scan;
 * - `^…$` anchors, because XSD patterns always match the whole value.
 *
 * Like the XSD, the patterns see code points as they are: a decomposed `A\u0308` is not `Ä` and
 * fails. Browsers deliver typed text in NFC; text from elsewhere should be NFC-normalised first.
 */

/**
 * Single characters beyond U+017E that datatypes A, B and C share, ending with ’ and ‡.
 * From the XSD branches `[&#x0187;-&#x0188;]` … `&#x2021;`.
 */
const SHARED_BEYOND_LATIN_1 =
  String.raw`\u0187-\u0188\u018F\u0197\u01A0-\u01A1\u01AF-\u01B0\u01B7\u01CD-\u01DC\u01DE-\u01DF` +
  String.raw`\u01E2-\u01F0\u01F4-\u01F5\u01F8-\u01FF\u0212-\u0213\u0218-\u021B\u021E-\u021F` +
  String.raw`\u0227-\u0233\u0259\u0268\u0292\u02B9-\u02BA\u02BE-\u02BF\u02C8\u02CC` +
  String.raw`\u1E02-\u1E03\u1E06-\u1E07\u1E0A-\u1E11\u1E17\u1E1C-\u1E2B\u1E2F-\u1E37\u1E3A-\u1E3B` +
  String.raw`\u1E40-\u1E49\u1E52-\u1E5B\u1E5E-\u1E63\u1E6A-\u1E6F\u1E80-\u1E87\u1E8C-\u1E97\u1E9E` +
  String.raw`\u1EA0-\u1EF9\u2019\u2021`;

/**
 * Single characters of XSD `datatypeA` (names of natural persons): space ' , - . A-Z ` a-z ~ ¨ ´ ·,
 * the Latin-1 letters without × and ÷, then the shared letters. No digits, no other punctuation.
 */
const DATATYPE_A_CHARACTERS =
  String.raw`\u0020\u0027\u002C-\u002E\u0041-\u005A\u0060-\u007A\u007E\u00A8\u00B4\u00B7` +
  String.raw`\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017E` +
  SHARED_BEYOND_LATIN_1;

/**
 * Single characters of XSD `datatypeB` (other names: places, streets with house number): all of
 * printable ASCII, Latin-1 without no-break space, ¤, ¦, soft hyphen, ¸, ¼, ½ and ¾, the shared letters
 * and €.
 */
const DATATYPE_B_CHARACTERS =
  String.raw`\u0020-\u007E\u00A1-\u00A3\u00A5\u00A7-\u00AC\u00AE-\u00B7\u00B9-\u00BB\u00BF-\u017E` +
  SHARED_BEYOND_LATIN_1 +
  String.raw`\u20AC`;

/**
 * Single characters of XSD `datatypeC` (all normative characters of the standard, free text): tab,
 * line feed, carriage return, printable ASCII, Latin-1 without the soft hyphen, the shared letters, €.
 */
const DATATYPE_C_CHARACTERS =
  String.raw`\u0009-\u000A\u000D\u0020-\u007E\u00A0-\u00AC\u00AE-\u017E` +
  SHARED_BEYOND_LATIN_1 +
  String.raw`\u20AC`;

/**
 * The base letter + combining mark sequences, identical in every datatype of the XSD (A to E), from
 * `&#x0041;&#x030B;` to `&#x1EE5;(&#x0304;|&#x0308;)`. They are the letters Unicode has no
 * precomposed character for, so they stay sequences under NFC.
 */
const COMBINING_SEQUENCES = [
  String.raw`A\u030B`,
  String.raw`C(?:\u0300|\u0304|\u0306|\u0308|\u0315|\u0323|\u0326|\u0328\u0306)`,
  String.raw`D\u0302`,
  String.raw`F(?:\u0300|\u0304)`,
  String.raw`G\u0300`,
  String.raw`H(?:\u0304|\u0326|\u0331)`,
  String.raw`J(?:\u0301|\u030C)`,
  String.raw`K(?:\u0300|\u0302|\u0304|\u0307|\u0315|\u031B|\u0326|\u035FH|\u035Fh)`,
  String.raw`L(?:\u0302|\u0325|\u0325\u0304|\u0326)`,
  String.raw`M(?:\u0300|\u0302|\u0306|\u0310)`,
  String.raw`N(?:\u0302|\u0304|\u0306|\u0326)`,
  String.raw`P(?:\u0300|\u0304|\u0315|\u0323)`,
  String.raw`R(?:\u0306|\u0325|\u0325\u0304)`,
  String.raw`S(?:\u0300|\u0304|\u031B\u0304|\u0331)`,
  String.raw`T(?:\u0300|\u0304|\u0308|\u0315|\u031B)`,
  String.raw`U\u0307`,
  String.raw`Z(?:\u0300|\u0304|\u0306|\u0308|\u0327)`,
  String.raw`a\u030B`,
  String.raw`c(?:\u0300|\u0304|\u0306|\u0308|\u0315|\u0323|\u0326|\u0328\u0306)`,
  String.raw`d\u0302`,
  String.raw`f(?:\u0300|\u0304)`,
  String.raw`g\u0300`,
  String.raw`h(?:\u0304|\u0326)`,
  String.raw`j\u0301`,
  String.raw`k(?:\u0300|\u0302|\u0304|\u0307|\u0315|\u031B|\u0326|\u035Fh)`,
  String.raw`l(?:\u0302|\u0325|\u0325\u0304|\u0326)`,
  String.raw`m(?:\u0300|\u0302|\u0306|\u0310)`,
  String.raw`n(?:\u0302|\u0304|\u0306|\u0326)`,
  String.raw`p(?:\u0300|\u0304|\u0315|\u0323)`,
  String.raw`r(?:\u0306|\u0325|\u0325\u0304)`,
  String.raw`s(?:\u0300|\u0304|\u031B\u0304|\u0331)`,
  String.raw`t(?:\u0300|\u0304|\u0315|\u031B)`,
  String.raw`u\u0307`,
  String.raw`z(?:\u0300|\u0304|\u0306|\u0308|\u0327)`,
  String.raw`\u00C7\u0306`, // Ç
  String.raw`\u00DB\u0304`, // Û
  String.raw`\u00E7\u0306`, // ç
  String.raw`\u00FB\u0304`, // û
  String.raw`\u00FF\u0301`, // ÿ
  String.raw`\u010C(?:\u0315|\u0323)`, // Č
  String.raw`\u010D(?:\u0315|\u0323)`, // č
  String.raw`\u0113\u030D`, // ē
  String.raw`\u012A\u0301`, // Ī
  String.raw`\u012B\u0301`, // ī
  String.raw`\u014D\u030D`, // ō
  String.raw`\u017D(?:\u0326|\u0327)`, // Ž
  String.raw`\u017E(?:\u0326|\u0327)`, // ž
  String.raw`\u1E32\u0304`, // Ḳ
  String.raw`\u1E33\u0304`, // ḳ
  String.raw`\u1E62\u0304`, // Ṣ
  String.raw`\u1E63\u0304`, // ṣ
  String.raw`\u1E6C\u0304`, // Ṭ
  String.raw`\u1E6D\u0304`, // ṭ
  String.raw`\u1EA0\u0308`, // Ạ
  String.raw`\u1EA1\u0308`, // ạ
  String.raw`\u1ECC\u0308`, // Ọ
  String.raw`\u1ECD\u0308`, // ọ
  String.raw`\u1EE4(?:\u0304|\u0308)`, // Ụ
  String.raw`\u1EE5(?:\u0304|\u0308)`, // ụ
].join('|');

/** `^(?:[chars]|sequences)*$`, unrolled as explained at the top of the file. */
function datatypePattern(characters: string): RegExp {
  // Stryker disable next-line StringLiteral: every code point of the XSD lies in the BMP, so matching by UTF-16 unit without `u` accepts the same strings
  return new RegExp(`^[${characters}]*(?:(?:${COMBINING_SEQUENCES})[${characters}]*)*$`, 'u');
}

/** XSD `din91379:datatypeA`. */
const DATATYPE_A = datatypePattern(DATATYPE_A_CHARACTERS);
/** XSD `din91379:datatypeB`. */
const DATATYPE_B = datatypePattern(DATATYPE_B_CHARACTERS);
/** XSD `din91379:datatypeC`. */
const DATATYPE_C = datatypePattern(DATATYPE_C_CHARACTERS);

/**
 * Whether `s` conforms to DIN 91379 datatype A, the characters for names of natural persons
 * (family names, given names): Latin letters with diacritics, the listed letter + combining mark
 * sequences, space, apostrophes ' and ’, comma, hyphen, full stop, and a few name signs (` ~ ¨ ´ · ‡).
 * No digits. The empty string conforms, as in the XSD; requiredness is the schema's job.
 *
 * @param s the text as typed, expected in NFC
 * @returns `true` if every character or sequence is allowed in datatype A
 */
export function isDin91379A(s: string): boolean {
  return DATATYPE_A.test(s);
}

/**
 * Whether `s` conforms to DIN 91379 datatype B, meant for other names such as places and streets with
 * house number: datatype A plus digits, all printable ASCII, most Latin-1 signs and €. No line breaks.
 * (Organisations' names with Greek letters or ™ are datatype D, which is not offered here.)
 *
 * @param s the text as typed, expected in NFC
 * @returns `true` if every character or sequence is allowed in datatype B
 */
export function isDin91379B(s: string): boolean {
  return DATATYPE_B.test(s);
}

/**
 * Whether `s` conforms to DIN 91379 datatype C, all normative characters of the standard, for free
 * text: datatype B plus tab, line feed, carriage return and the rest of Latin-1 except the soft hyphen.
 * Greek, Cyrillic, emoji and other scripts are not allowed.
 *
 * @param s the text as typed, expected in NFC
 * @returns `true` if every character or sequence is allowed in datatype C
 */
export function isDin91379C(s: string): boolean {
  return DATATYPE_C.test(s);
}
