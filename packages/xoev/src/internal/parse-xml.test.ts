import { describe, expect, it } from 'vitest';
import type { Element } from 'xml-js';
import { XmlError } from '../xml-error.js';
import { parseXml } from './parse-xml.js';

function refusal(xml: string | Uint8Array, limits?: { maxBytes: number; maxDepth: number }): XmlError {
  try {
    parseXml(xml, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlError);
    return error as XmlError;
  }
  throw new Error(`accepted: ${String(xml).slice(0, 80)}`);
}

function text(element: Element): string {
  return (element.elements ?? []).map((node) => node.text ?? node.cdata ?? '').join('');
}

describe('parseXml', () => {
  it('returns the root element with namespaces, attributes and text as written', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<p:a xmlns:p="urn:x" k="v &amp; w"><b>  x &lt; y  </b></p:a>',
    );
    expect(root.name).toBe('p:a');
    expect(root.attributes).toEqual({ 'xmlns:p': 'urn:x', k: 'v & w' });
    const b = root.elements?.find((node) => node.type === 'element') as Element;
    expect(text(b)).toBe('  x < y  ');
  });

  it('keeps whitespace-only text, character references and CDATA', () => {
    const root = parseXml('<a><b>   </b><c>&#13;&#x1F600;</c><d>a<![CDATA[<&]]>b</d></a>');
    const [b, c, d] = (root.elements ?? []).filter((node) => node.type === 'element') as [
      Element,
      Element,
      Element,
    ];
    expect(text(b)).toBe('   ');
    expect(text(c)).toBe('\r😀');
    expect(text(d)).toBe('a<&b');
  });

  it('normalises literal line ends as XML 1.0 §2.11 requires', () => {
    const root = parseXml('<a>x\r\ny\rz</a>');
    expect(text(root)).toBe('x\ny\nz');
  });

  it('reassembles text longer than sax buffers (64 kB)', () => {
    const long = 'ä'.repeat(70_000) + ' ' + 'x'.repeat(70_000);
    expect(text(parseXml(`<a>${long}</a>`))).toBe(long);
  });

  it('accepts bytes in UTF-8 and refuses other bytes', () => {
    expect(parseXml(new TextEncoder().encode('\uFEFF<a>ü</a>')).name).toBe('a');
    const latin1 = new Uint8Array([0x3c, 0x61, 0x3e, 0xfc, 0x3c, 0x2f, 0x61, 0x3e]);
    expect(refusal(latin1).message).toMatch(/UTF-8/);
    expect(refusal('<?xml version="1.0" encoding="ISO-8859-1"?><a/>').message).toMatch(/encoding/);
  });

  it.each([
    ['DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 1, 1],
    ['external entity', '<?xml version="1.0"?>\n<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>', 2, 1],
    ['billion laughs', '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>', 1, 1],
    ['doctype in lower case', '<!doctype a><a/>', 1, 1],
    ['undefined entity', '<a>\n  &nbsp;</a>', 2, 3],
    ['unclosed element at the end', '<a>\n<b>text', 2, 8],
    ['mismatched end tag', '<a>\n  <b></c>\n</a>', 2, 6],
    ['second root', '<a/><b/>', 1, 5],
    ['text after the root', '<a/>x', 1, 5],
    ['text before the root', 'x<a/>', 1, 1],
    ['empty document', '', 1, 1],
    ['duplicate attribute', '<a x="1" x="2"/>', 1, 10],
    ['undeclared prefix', '<p:a/>', 1, 2],
    ['control character', '<a>\u0001</a>', 1, 4],
    ['reference to NUL', '<a>&#0;</a>', 1, 4],
    ['reference to a surrogate', '<a>&#xD800;</a>', 1, 4],
    ['lone surrogate', '<a>\uD800</a>', 1, 4],
    ['"]]>" in text', '<a>x]]>y</a>', 1, 5],
    ['"<" in an attribute', '<a b="<"/>', 1, 4],
    ['"--" in a comment', '<a><!-- a -- b --></a>', 1, 11],
    ['unterminated comment', '<a><!-- x</a>', 1, 4],
    ['unterminated CDATA', '<a><![CDATA[x</a>', 1, 4],
    ['XML declaration later on', '<a><?xml version="1.0"?></a>', 1, 4],
    ['XML 1.1', '<?xml version="1.1"?><a/>', 1, 1],
    ['bad name', '<1a/>', 1, 1],
    ['column counts characters, not UTF-16 units', '<a>😀😀&x;</a>', 1, 6],
  ])('refuses %s with line and column', (_name, xml, line, column) => {
    const error = refusal(xml);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
  });

  it('caps the size in bytes, also for multi-byte text', () => {
    expect(refusal('<a>' + 'x'.repeat(100) + '</a>', { maxBytes: 100, maxDepth: 10 }).message).toMatch(
      /larger than 100 bytes/,
    );
    // 40 characters, but 120 bytes in UTF-8.
    expect(refusal('<a>' + '€'.repeat(40) + '</a>', { maxBytes: 100, maxDepth: 10 }).message).toMatch(
      /larger/,
    );
    expect(parseXml('<a>' + '€'.repeat(30) + '</a>', { maxBytes: 100, maxDepth: 10 }).name).toBe('a');
    expect(refusal(new Uint8Array(101), { maxBytes: 100, maxDepth: 10 }).message).toMatch(/larger/);
  });

  it('accepts a document of exactly the limit, counting UTF-8 bytes of every width', () => {
    for (const body of [
      'x'.repeat(40),
      'ü'.repeat(30) + 'x',
      '\u0080\u07ff'.repeat(10),
      '\u0800€'.repeat(10),
      '😀'.repeat(12) + 'ä',
    ]) {
      const xml = `<a>${body}</a>`;
      const bytes = new TextEncoder().encode(xml).byteLength;
      expect(parseXml(xml, { maxBytes: bytes, maxDepth: 10 }).name).toBe('a');
      expect(refusal(xml, { maxBytes: bytes - 1, maxDepth: 10 }).message).toBe(
        `efa-forms: XML not accepted: larger than ${bytes - 1} bytes`,
      );
      const encoded = new TextEncoder().encode(xml);
      expect(parseXml(encoded, { maxBytes: bytes, maxDepth: 10 }).name).toBe('a');
      expect(refusal(encoded, { maxBytes: bytes - 1, maxDepth: 10 }).message).toMatch(/larger than/);
    }
  });

  it('reads past a byte order mark at the start of a string', () => {
    const root = parseXml('\uFEFF<a>x</a>');
    expect(root.name).toBe('a');
    expect(text(root)).toBe('x');
  });

  it('caps the nesting depth without recursion', () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    expect(refusal(deep).message).toMatch(/nested deeper than 128/);
    expect(parseXml('<a>'.repeat(20) + '</a>'.repeat(20), { maxBytes: 1000, maxDepth: 20 }).name).toBe('a');
  });

  // No timing assertion: the test's timeout is the guard (a quadratic scan takes minutes here).
  it('stays linear on many comments, CDATA sections and text nodes', () => {
    const many = '<a>' + '<!-- c --><![CDATA[d]]>t&amp;'.repeat(50_000) + '</a>';
    const root = parseXml(many);
    expect(root.name).toBe('a');
    const nodes = root.elements ?? [];
    // Comments are dropped; every CDATA section and text node is kept, in order.
    expect(nodes.filter((node) => node.type === 'cdata').length).toBe(50_000);
    expect(nodes.filter((node) => node.type === 'text').map((node) => node.text)).toEqual(
      Array.from({ length: 50_000 }, () => 't&'),
    );
  }, 60_000);
});
