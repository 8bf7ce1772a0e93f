import { xml2js, type Element } from 'xml-js';
import { XmlError } from '../xml-error.js';
import { checkWellFormed } from './check-well-formed.js';

/** Limits for untrusted XML. */
export interface ParseLimits {
  /** Largest accepted document in bytes (UTF-8). */
  maxBytes: number;
  /** Deepest accepted element nesting. */
  maxDepth: number;
}

/** Defaults of `ParseLimits`: 10 MB, 128 levels (twice core's data depth limit; real forms nest far less). */
export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxBytes: 10 * 1024 * 1024, maxDepth: 128 };

/**
 * Parses untrusted XML into xml-js's ordered element tree and returns the root element. Refuses
 * documents over `maxBytes`, anything that is not well-formed UTF-8 XML 1.0, DOCTYPEs and entity
 * declarations (so no XXE, no entity expansion), and nesting beyond `maxDepth`. Every refusal is an
 * `XmlError`, with `line` and `column` where the text has a position.
 */
export function parseXml(input: string | Uint8Array, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Element {
  let xml =
    typeof input === 'string' ? checkedString(input, limits.maxBytes) : decode(input, limits.maxBytes);
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  // End-of-line handling (XML 1.0 §2.11) happens before parsing, as in every conforming parser; sax
  // does not do it. Character references (&#13;) are not touched, so escaped CRs survive.
  // Stryker disable next-line ConditionalExpression,StringLiteral: the check only skips a replace that finds nothing
  if (xml.includes('\r')) xml = xml.replace(/\r\n?/g, '\n');
  checkWellFormed(xml, { maxDepth: limits.maxDepth });
  let document: Element;
  try {
    document = xml2js(xml, {
      compact: false,
      // Keeps whitespace-only text, so "  " as a value is not lost; whitespace between elements is
      // skipped by the reader.
      captureSpacesBetweenElements: true,
      ignoreDeclaration: true,
      ignoreInstruction: true,
      ignoreComment: true,
      ignoreDoctype: true,
    }) as Element;
  } catch (error) {
    // checkWellFormed has accepted the text, so this is not expected; never let it escape raw.
    // Stryker disable all: unreachable while checkWellFormed refuses what sax would
    throw new XmlError(
      `efa-forms: XML not accepted: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    // Stryker restore all
  }
  const root = document.elements?.find((node) => node.type === 'element');
  // Stryker disable next-line all: unreachable, checkWellFormed refuses a document without root element
  if (!root) throw new XmlError('efa-forms: XML not accepted: no root element');
  return root;
}

function checkedString(xml: string, maxBytes: number): string {
  // A UTF-16 unit is at least one UTF-8 byte and at most three, so only the middle range needs counting.
  // Stryker disable next-line ConditionalExpression: either half alone refuses the same texts, the other only saves counting
  if (xml.length > maxBytes || (xml.length * 3 > maxBytes && utf8Length(xml) > maxBytes)) tooLarge(maxBytes);
  return xml;
}

function decode(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength > maxBytes) tooLarge(maxBytes);
  try {
    // Stryker disable next-line BooleanLiteral: a kept byte order mark is dropped by parseXml right after
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new XmlError('efa-forms: XML not accepted: the bytes are not valid UTF-8');
  }
}

function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function tooLarge(maxBytes: number): never {
  throw new XmlError(`efa-forms: XML not accepted: larger than ${maxBytes} bytes`);
}
