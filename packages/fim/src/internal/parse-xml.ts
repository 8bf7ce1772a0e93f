import { xml2js, type Element } from 'xml-js';
import { FimError } from '../fim-error.js';

/** One element of a parsed document, with namespaces resolved and its position in the text. */
export interface XmlNode {
  /** The name as written, with prefix (`xdf:datenfeld`). */
  name: string;
  /** The name without prefix (`datenfeld`). */
  local: string;
  /** The namespace URI, or `undefined` for an element in no namespace. */
  namespace: string | undefined;
  attributes: Readonly<Record<string, string>>;
  children: XmlNode[];
  /** The element's own text content (text and CDATA children), not trimmed. */
  text: string;
  /** 1-based line and column of the element's `<`. */
  line: number;
  column: number;
}

/** Limits for untrusted XML. */
export interface XmlLimits {
  /** Largest accepted text, in UTF-16 code units (about bytes for the ASCII-heavy FIM files). */
  maxLength: number;
  /** Deepest accepted element nesting. */
  maxDepth: number;
}

/**
 * 32 MB, 256 levels. A real Stammdatenschema with hundreds of fields is a few MB and nests fewer than
 * 60 levels (every field sits in `struktur/enthaelt` under its group).
 */
export const DEFAULT_XML_LIMITS: XmlLimits = { maxLength: 32 * 1024 * 1024, maxDepth: 256 };

/** A tag name, and the text of a start tag up to a quote or its end (sticky, so no copies). */
const TAG_NAME = /[^\s/>]+/y;
const TAG_REST = /[^"'>]*/y;

interface Tag {
  name: string;
  offset: number;
}

/**
 * Parses untrusted XML into a tree of `XmlNode`s. Refuses text over the size limit, DOCTYPE and any
 * other markup declaration (so no external entities and no entity expansion), undeclared namespace
 * prefixes, and everything that is not well-formed; each refusal is a `FimError` with the line and
 * column, and the element where there is one.
 *
 * xml-js (sax underneath) builds the tree. A first linear pass over the text finds every start tag's
 * position (so the tree can tell a person where an element is) and checks the tag structure that sax
 * lets through: unclosed elements at the end, a second root element.
 */
export function parseXml(input: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlNode {
  if (input.length > limits.maxLength) {
    throw new FimError(`XML not accepted: larger than ${limits.maxLength} characters`);
  }
  let xml = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // XML end-of-line handling (XML 1.0 §2.11), which sax leaves out; keeps line numbers right too.
  if (xml.includes('\r')) xml = xml.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let index = xml.indexOf('\n'); index !== -1; index = xml.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  const position = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
  };
  const fail = (message: string, offset: number, element?: string): never => {
    const where = position(offset);
    throw new FimError(`${message} (line ${where.line}, column ${where.column})`, {
      ...where,
      ...(element !== undefined ? { element } : {}),
    });
  };

  const tags = scanTags(xml, limits.maxDepth, fail);

  let document: Element;
  try {
    // Comments and processing instructions become nodes that `build` skips; a DOCTYPE never gets here.
    document = xml2js(xml, { compact: false }) as Element;
  } catch (error) {
    // sax reports "Invalid character entity\nLine: 3\nColumn: 5\nChar: ;" with a 0-based line.
    const message = error instanceof Error ? error.message : String(error);
    const [what = 'parse error'] = message.split('\n');
    const line = Number(/Line: (\d+)/.exec(message)?.[1] ?? Number.NaN) + 1;
    const column = Number(/Column: (\d+)/.exec(message)?.[1] ?? Number.NaN);
    if (Number.isFinite(line) && Number.isFinite(column)) {
      throw new FimError(`XML not well-formed: ${what} (line ${line}, column ${column})`, { line, column });
    }
    throw new FimError(`XML not well-formed: ${what}`);
  }

  let next = 0;
  const build = (element: Element, scope: ReadonlyMap<string, string>): XmlNode => {
    const tag = tags[next++];
    const name = element.name ?? '';
    // The scan and sax see the same start tags in the same order; a mismatch would be a bug here.
    if (!tag || tag.name !== name) return fail(`XML not accepted: cannot place element <${name}>`, 0);
    const attributes: Record<string, string> = {};
    let own: Map<string, string> | undefined;
    for (const [key, value] of Object.entries(element.attributes ?? {})) {
      const text = String(value ?? '');
      attributes[key] = text;
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        own ??= new Map(scope);
        own.set(key === 'xmlns' ? '' : key.slice(6), text);
      }
    }
    const inScope = own ?? scope;
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    const namespace = inScope.get(prefix) || undefined;
    if (prefix && namespace === undefined) {
      fail(`XML not accepted: the prefix "${prefix}" of <${name}> is not declared`, tag.offset, name);
    }
    const children: XmlNode[] = [];
    let text = '';
    for (const child of element.elements ?? []) {
      if (child.type === 'element') children.push(build(child, inScope));
      else if (child.type === 'text') text += String(child.text ?? '');
      else if (child.type === 'cdata') text += String(child.cdata ?? '');
    }
    return {
      name,
      local: colon === -1 ? name : name.slice(colon + 1),
      namespace,
      attributes,
      children,
      text,
      ...position(tag.offset),
    };
  };
  const root = (document.elements ?? []).find((node) => node.type === 'element');
  if (!root) return fail('XML not accepted: no root element', xml.length);
  return build(root, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
}

/**
 * Lists the start tags in document order and checks that tags nest, that there is one root, and that
 * no DOCTYPE or other declaration is present. Comments, CDATA sections and processing instructions
 * are skipped whole, so a `<` inside them is not taken for a tag. Linear; no recursion.
 */
function scanTags(
  xml: string,
  maxDepth: number,
  fail: (message: string, offset: number, element?: string) => never,
): Tag[] {
  const tags: Tag[] = [];
  const open: Tag[] = [];
  let roots = 0;
  let pos = xml.indexOf('<');
  if (pos > 0 && xml.slice(0, pos).trim()) fail('XML not well-formed: text before the root element', 0);
  const skipTo = (from: number, end: string, what: string): number => {
    const found = xml.indexOf(end, from);
    if (found === -1) fail(`XML not well-formed: unterminated ${what}`, from);
    return found + end.length;
  };
  while (pos !== -1) {
    if (xml.startsWith('<!--', pos)) pos = skipTo(pos + 4, '-->', 'comment');
    else if (xml.startsWith('<![CDATA[', pos)) pos = skipTo(pos + 9, ']]>', 'CDATA section');
    else if (xml.startsWith('<?', pos)) pos = skipTo(pos + 2, '?>', 'processing instruction');
    else if (xml.startsWith('<!', pos)) {
      const what = /^<!DOCTYPE/i.test(xml.slice(pos, pos + 9)) ? 'a DOCTYPE' : 'a markup declaration';
      fail(`XML not accepted: ${what} is not allowed (no DTDs, no entity declarations)`, pos);
    } else if (xml.startsWith('</', pos)) {
      const end = skipTo(pos + 2, '>', 'end tag');
      const name = xml.slice(pos + 2, end - 1).trim();
      const current = open.pop();
      if (!current) fail(`XML not well-formed: end tag </${name}> without a start tag`, pos, name);
      else if (current.name !== name) {
        fail(`XML not well-formed: end tag </${name}> does not match <${current.name}>`, pos, current.name);
      }
      pos = end;
    } else {
      TAG_NAME.lastIndex = pos + 1;
      const name = TAG_NAME.exec(xml)?.[0];
      if (!name) fail('XML not well-formed: "<" that starts no tag', pos);
      if (open.length === 0 && ++roots > 1) fail('XML not well-formed: a second root element', pos, name);
      let at = pos + 1 + name.length;
      // To the tag's end, stepping over quoted attribute values, which may contain ">".
      for (;;) {
        TAG_REST.lastIndex = at;
        TAG_REST.exec(xml);
        at = TAG_REST.lastIndex;
        const char = xml.charAt(at);
        if (char === '') fail(`XML not well-formed: start tag <${name}> is not closed`, pos, name);
        if (char === '>') break;
        at = skipTo(at + 1, char, 'attribute value');
      }
      const tag = { name, offset: pos };
      tags.push(tag);
      if (xml.charAt(at - 1) !== '/') {
        open.push(tag);
        if (open.length > maxDepth)
          fail(`XML not accepted: elements nested deeper than ${maxDepth}`, pos, name);
      }
      pos = at + 1;
    }
    const text = xml.indexOf('<', pos);
    if (open.length === 0 && xml.slice(pos, text === -1 ? undefined : text).trim()) {
      fail(
        roots
          ? 'XML not well-formed: text after the root element'
          : 'XML not well-formed: text before the root element',
        pos,
      );
    }
    pos = text;
  }
  const unclosed = open[open.length - 1];
  if (unclosed) {
    fail(
      `XML not well-formed: the text ends before </${unclosed.name}> (truncated?)`,
      unclosed.offset,
      unclosed.name,
    );
  }
  if (roots === 0) fail('XML not accepted: no root element', xml.length);
  return tags;
}
