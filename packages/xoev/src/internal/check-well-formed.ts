import { firstInvalidXmlChar } from '@efa-forms/core';
import { XmlError } from '../xml-error.js';
import { NAME_SOURCE, NCNAME_SOURCE } from './xml-name.js';

/** Limits of `checkWellFormed`. */
export interface WellFormedLimits {
  /** Deepest element nesting accepted (the root is depth 1). */
  maxDepth: number;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

// Emptying S, or the u flag of an expression with a Unicode class, makes `new RegExp` throw: the
// module fails to load and every test that imports it fails (checked by hand). Stryker reports such
// module-level mutants as survived, so they are marked.
// Stryker disable next-line StringLiteral: an empty class leaves nothing to repeat (see above)
const S = '[ \\t\\r\\n]';
const XML_DECLARATION = new RegExp(
  `<\\?xml${S}+version${S}*=${S}*(?:"1\\.0"|'1\\.0')` +
    `(?:${S}+encoding${S}*=${S}*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)'))?` +
    `(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`,
  'y',
);
const WHITESPACE = new RegExp(`${S}*`, 'y');
// Names are matched with an ASCII expression first and with the full Unicode one only when that
// fails: expressions with the u flag and large classes cost several times more per tag.
const ASCII_NAME = '[:A-Z_a-z][:A-Z_a-z.0-9-]*(?![^ \\t\\r\\n/>=])';
const START_TAG_NAME = new RegExp(
  `<(${NAME_SOURCE})`,
  // Stryker disable next-line StringLiteral: without the u flag the class does not compile (see S)
  'uy',
);
const START_TAG_NAME_ASCII = new RegExp(`<(${ASCII_NAME})`, 'y');
const ATTRIBUTE = new RegExp(
  `${S}+(${NAME_SOURCE})${S}*=${S}*(?:"([^<"]*)"|'([^<']*)')`,
  // Stryker disable next-line StringLiteral: without the u flag the class does not compile (see S)
  'uy',
);
const ATTRIBUTE_ASCII = new RegExp(`${S}+(${ASCII_NAME})${S}*=${S}*(?:"([^<"]*)"|'([^<']*)')`, 'y');
const START_TAG_END = new RegExp(`${S}*(/?)>`, 'y');
const END_TAG = new RegExp(
  `</(${NAME_SOURCE})${S}*>`,
  // Stryker disable next-line StringLiteral: without the u flag the class does not compile (see S)
  'uy',
);
const END_TAG_ASCII = new RegExp(`</([:A-Z_a-z][:A-Z_a-z.0-9-]*)${S}*>`, 'y');

/** Runs the ASCII expression, then the Unicode one, at `pos`. */
function sticky(
  ascii: RegExp,
  unicode: RegExp,
  text: string,
  pos: number,
): { match: RegExpExecArray; end: number } | undefined {
  ascii.lastIndex = pos;
  let match = ascii.exec(text);
  if (match) return { match, end: ascii.lastIndex };
  unicode.lastIndex = pos;
  match = unicode.exec(text);
  return match ? { match, end: unicode.lastIndex } : undefined;
}
const PI_TARGET = new RegExp(
  `<\\?(${NAME_SOURCE})(?:${S}|(?=\\?>))`,
  // Stryker disable next-line StringLiteral: without the u flag the class does not compile (see S)
  'uy',
);
const TEXT = /[^<&]*/y;
const REFERENCE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const REFERENCE_IN_VALUE = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));|&/g;
const QNAME = new RegExp(
  `^(?:(${NCNAME_SOURCE}):)?(${NCNAME_SOURCE})$`,
  // Stryker disable next-line StringLiteral: without the u flag the class does not compile (see S)
  'u',
);

interface OpenElement {
  name: string;
  /** Prefix -> namespace URI declared on this element, or the parent's map when it declares none. */
  scope: Map<string, string>;
  start: number;
}

/**
 * Checks that `xml` is a well-formed, namespace-well-formed XML 1.0 document without a document type
 * declaration, and throws `XmlError {line, column}` at the first problem. The parser xml-js uses (sax)
 * is lenient: it accepts several root elements, unclosed elements at the end, duplicate attributes,
 * and reports the *last* of several errors; this check runs first so untrusted input gets a precise,
 * early answer. Linear in the input; no recursion.
 */
export function checkWellFormed(xml: string, limits: WellFormedLimits): void {
  const invalid = firstInvalidXmlChar(xml);
  if (invalid >= 0) {
    const code = xml.codePointAt(invalid) ?? 0;
    fail(
      xml,
      invalid,
      `character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`,
    );
  }
  let pos = 0;
  if (xml.startsWith('<?xml') && /[ \t\r\n?]/.test(xml.charAt(5))) {
    XML_DECLARATION.lastIndex = 0;
    const declaration = XML_DECLARATION.exec(xml);
    if (!declaration) fail(xml, 0, 'malformed XML declaration (only version="1.0" is accepted)');
    const encoding = declaration[1] ?? declaration[2];
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
      fail(xml, 0, `encoding "${encoding}" is not supported; send UTF-8`);
    }
    pos = XML_DECLARATION.lastIndex;
  }
  pos = skipMisc(xml, pos);
  if (pos >= xml.length) fail(xml, pos, 'no root element');
  if (xml.charCodeAt(pos) !== 0x3c /* < */) fail(xml, pos, 'text before the root element');
  pos = checkElement(xml, pos, limits);
  pos = skipMisc(xml, pos);
  if (pos < xml.length) {
    fail(xml, pos, xml.charCodeAt(pos) === 0x3c ? 'a second root element' : 'text after the root element');
  }
}

/** Skips whitespace, comments and processing instructions; rejects DOCTYPE. */
function skipMisc(xml: string, start: number): number {
  let pos = start;
  for (;;) {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(xml);
    pos = WHITESPACE.lastIndex;
    if (xml.startsWith('<!--', pos)) pos = skipComment(xml, pos);
    else if (xml.startsWith('<?', pos)) pos = skipProcessingInstruction(xml, pos);
    else if (xml.startsWith('<!', pos)) refuseDeclaration(xml, pos);
    else return pos;
  }
}

function refuseDeclaration(xml: string, pos: number): never {
  // Stryker disable next-line Regex: the slice is as long as "<!DOCTYPE", so it can only match at its start
  const what = /^<!DOCTYPE/i.test(xml.slice(pos, pos + 9)) ? 'a DOCTYPE' : 'a markup declaration';
  fail(xml, pos, `${what} is not allowed (no DTDs, no entity declarations)`);
}

function skipComment(xml: string, pos: number): number {
  const end = xml.indexOf('-->', pos + 4);
  if (end === -1) fail(xml, pos, 'unterminated comment');
  const inner = xml.slice(pos + 4, end).indexOf('--');
  if (inner >= 0) fail(xml, pos + 4 + inner, '"--" inside a comment');
  if (end > pos + 4 && xml.charCodeAt(end - 1) === 0x2d /* - */) fail(xml, end - 1, '"--" inside a comment');
  return end + 3;
}

function skipProcessingInstruction(xml: string, pos: number): number {
  PI_TARGET.lastIndex = pos;
  const target = PI_TARGET.exec(xml);
  if (!target) fail(xml, pos, 'malformed processing instruction');
  if ((target[1] as string).toLowerCase() === 'xml')
    fail(xml, pos, 'XML declaration not at the start of the document');
  const end = xml.indexOf('?>', pos + 2);
  if (end === -1) fail(xml, pos, 'unterminated processing instruction');
  return end + 2;
}

function checkElement(xml: string, start: number, limits: WellFormedLimits): number {
  const stack: OpenElement[] = [];
  let scope = new Map<string, string>([['xml', XML_NAMESPACE]]);
  let pos = start;
  // Next "]]>" at or after pos; searched again only once pos has passed it, so the scan stays linear.
  let nextCdataEnd = -Infinity;
  for (;;) {
    // Here pos is at '<' of a start tag.
    const tag = readStartTag(xml, pos, scope);
    pos = tag.end;
    if (stack.length + 1 > limits.maxDepth)
      fail(xml, tag.start, `elements nested deeper than ${limits.maxDepth}`);
    if (!tag.empty) {
      stack.push({ name: tag.name, scope: tag.scope, start: tag.start });
      scope = tag.scope;
    }
    // Content until the next start tag, or until the stack is empty.
    for (;;) {
      if (stack.length === 0) return pos;
      TEXT.lastIndex = pos;
      TEXT.exec(xml);
      const textEnd = TEXT.lastIndex;
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: searching again sooner only repeats work, it finds the same "]]>"
      if (nextCdataEnd !== Infinity && nextCdataEnd < pos) {
        nextCdataEnd = xml.indexOf(']]>', pos);
        if (nextCdataEnd === -1) nextCdataEnd = Infinity;
      }
      // Stryker disable next-line EqualityOperator: text ends at "<", "&" or the end, where no "]]>" starts
      if (nextCdataEnd < textEnd) fail(xml, nextCdataEnd, '"]]>" in text');
      pos = textEnd;
      if (pos >= xml.length) {
        const open = stack[stack.length - 1] as OpenElement;
        fail(xml, pos, `unexpected end of document: element <${open.name}> is not closed`);
      }
      if (xml.charCodeAt(pos) === 0x26 /* & */) {
        pos = checkReference(xml, pos);
      } else if (xml.startsWith('</', pos)) {
        const end = sticky(END_TAG_ASCII, END_TAG, xml, pos);
        if (!end) fail(xml, pos, 'malformed end tag');
        const open = stack.pop() as OpenElement;
        if (end.match[1] !== open.name)
          fail(xml, pos, `end tag </${end.match[1]}> does not match <${open.name}>`);
        scope = stack[stack.length - 1]?.scope ?? scope;
        pos = end.end;
      } else if (xml.startsWith('<!--', pos)) {
        pos = skipComment(xml, pos);
      } else if (xml.startsWith('<![CDATA[', pos)) {
        const end = xml.indexOf(']]>', pos + 9);
        if (end === -1) fail(xml, pos, 'unterminated CDATA section');
        pos = end + 3;
      } else if (xml.startsWith('<?', pos)) {
        pos = skipProcessingInstruction(xml, pos);
      } else if (xml.startsWith('<!', pos)) {
        refuseDeclaration(xml, pos);
      } else {
        break; // a start tag
      }
    }
  }
}

interface StartTag {
  name: string;
  scope: Map<string, string>;
  empty: boolean;
  start: number;
  end: number;
}

function readStartTag(xml: string, pos: number, parentScope: Map<string, string>): StartTag {
  const opened = sticky(START_TAG_NAME_ASCII, START_TAG_NAME, xml, pos);
  if (!opened) fail(xml, pos, 'malformed start tag');
  const name = opened.match[1] as string;
  let at = opened.end;
  const attributes: { name: string; value: string; pos: number }[] = [];
  const seen = new Set<string>();
  for (;;) {
    const found = sticky(ATTRIBUTE_ASCII, ATTRIBUTE, xml, at);
    if (!found) break;
    const attribute = found.match;
    // One of the two quoted forms matched.
    const value = (attribute[2] ?? attribute[3]) as string;
    const attributeName = attribute[1] as string;
    if (seen.has(attributeName))
      fail(xml, at + attribute[0].indexOf(attributeName), `duplicate attribute "${attributeName}"`);
    seen.add(attributeName);
    checkValueReferences(xml, value, at + attribute[0].length - value.length - 1);
    attributes.push({ name: attributeName, value, pos: at + attribute[0].indexOf(attributeName) });
    at = found.end;
  }
  START_TAG_END.lastIndex = at;
  const closed = START_TAG_END.exec(xml);
  if (!closed) {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(xml);
    const where = WHITESPACE.lastIndex;
    fail(
      xml,
      where,
      where >= xml.length ? `unexpected end of document in <${name}>` : `malformed start tag <${name}>`,
    );
  }

  // Only prefixes are kept in the scope: the default namespace is checked, but no rule here needs it
  // (an unprefixed attribute is in no namespace, and elements need no expanded name).
  let scope = parentScope;
  for (const attribute of attributes.filter(isNamespaceDeclaration)) {
    const uri = decodeReferences(attribute.value);
    const reserved = () =>
      fail(xml, attribute.pos, `reserved namespace prefix or name in "${attribute.name}"`);
    if (attribute.name === 'xmlns') {
      if (uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE) reserved();
      continue;
    }
    const prefix = attribute.name.slice('xmlns:'.length);
    if (prefix === 'xmlns' || (prefix === 'xml') !== (uri === XML_NAMESPACE) || uri === XMLNS_NAMESPACE)
      reserved();
    if (uri === '') fail(xml, attribute.pos, `prefix "${prefix}" cannot be undeclared in XML 1.0`);
    if (scope === parentScope) scope = new Map(parentScope);
    scope.set(prefix, uri);
  }
  checkQName(xml, pos + 1, name, scope);
  const expanded = new Set<string>();
  for (const attribute of attributes) {
    if (isNamespaceDeclaration(attribute)) continue;
    const key = checkQName(xml, attribute.pos, attribute.name, scope);
    if (expanded.has(key))
      fail(xml, attribute.pos, `duplicate attribute "${attribute.name}" (same namespace and name)`);
    expanded.add(key);
  }
  return { name, scope, empty: closed[1] === '/', start: pos, end: START_TAG_END.lastIndex };
}

function isNamespaceDeclaration(attribute: { name: string }): boolean {
  return attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:');
}

/**
 * Checks a QName against the namespace scope; returns the expanded name `{uri}local` of an attribute
 * for the duplicate check (an unprefixed attribute is in no namespace; an element's is not needed).
 */
function checkQName(xml: string, pos: number, name: string, scope: Map<string, string>): string {
  const parts = QNAME.exec(name);
  if (!parts) fail(xml, pos, `"${name}" is not a valid qualified name`);
  const prefix = parts[1];
  if (prefix === undefined) return `{}${parts[2]}`;
  const uri = scope.get(prefix);
  if (uri === undefined) fail(xml, pos, `namespace prefix "${prefix}" is not declared`);
  return `{${uri}}${parts[2]}`;
}

function checkReference(xml: string, pos: number): number {
  REFERENCE.lastIndex = pos;
  const reference = REFERENCE.exec(xml);
  if (!reference)
    fail(
      xml,
      pos,
      'undefined entity or malformed character reference (only &lt; &gt; &amp; &quot; &apos; and &#...; are allowed)',
    );
  checkCharacterReference(xml, pos, reference[2], reference[3]);
  return REFERENCE.lastIndex;
}

function checkValueReferences(xml: string, value: string, valueStart: number): void {
  REFERENCE_IN_VALUE.lastIndex = 0;
  for (let match = REFERENCE_IN_VALUE.exec(value); match; match = REFERENCE_IN_VALUE.exec(value)) {
    const at = valueStart + match.index;
    if (match[0] === '&')
      fail(xml, at, 'undefined entity or malformed character reference in an attribute value');
    checkCharacterReference(xml, at, match[2], match[3]);
  }
}

function checkCharacterReference(
  xml: string,
  pos: number,
  decimal: string | undefined,
  hex: string | undefined,
): void {
  if (decimal === undefined && hex === undefined) return;
  // However many digits: parseInt gives a number beyond U+10FFFF (or Infinity), never an allowed one.
  const code = parseInt((decimal ?? hex) as string, decimal !== undefined ? 10 : 16);
  const valid =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  if (!valid) fail(xml, pos, `character reference to a character not allowed in XML 1.0`);
}

function decodeReferences(value: string): string {
  return value.replace(
    REFERENCE_IN_VALUE,
    (match, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
      if (named) return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[named] ?? match;
      if (decimal) return String.fromCodePoint(parseInt(decimal, 10));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return match;
    },
  );
}

/** Line and column (1-based, column in code points) of a UTF-16 offset. */
export function positionOf(xml: string, offset: number): { line: number; column: number } {
  const before = xml.slice(0, offset);
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  // Columns count code points: a surrogate pair is one column (a lone surrogate, one too).
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return { line, column };
}

function fail(xml: string, offset: number, problem: string): never {
  const { line, column } = positionOf(xml, offset);
  throw new XmlError(`efa-forms: XML not accepted at line ${line}, column ${column}: ${problem}`, {
    line,
    column,
  });
}
