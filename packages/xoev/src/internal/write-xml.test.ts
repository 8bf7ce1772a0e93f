import { describe, expect, it } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import { escapeAttribute, escapeText, revealInvisible } from './escape.js';
import { writeXml } from './write-xml.js';

describe('escaping', () => {
  it('escapes markup in text, and CR, which a parser would turn into LF', () => {
    expect(escapeText('a & b < c > d ]]> "e" \'f\'\r\n')).toBe(
      'a &amp; b &lt; c &gt; d ]]&gt; "e" \'f\'&#13;\n',
    );
    expect(escapeText('plain')).toBe('plain');
  });

  it('escapes quotes and whitespace in attribute values, which attribute normalisation would change', () => {
    expect(escapeAttribute('a"b&c<d>\te\nf\rg')).toBe('a&quot;b&amp;c&lt;d&gt;&#9;e&#10;f&#13;g');
  });

  it('reveals invisible characters for files people read', () => {
    expect(revealInvisible('a\u00a0b\u2028c\u200fd')).toBe('a&#xA0;b&#x2028;c&#x200F;d');
  });
});

describe('writeXml', () => {
  const tree: Element = {
    type: 'element',
    name: 'p:a',
    attributes: { 'xmlns:p': 'urn:x', k: 'v"w' },
    elements: [
      { type: 'comment', comment: ' two -- dashes ' },
      { type: 'element', name: 'p:b', elements: [{ type: 'text', text: '  spaced  ' }] },
      { type: 'element', name: 'p:c' },
      {
        type: 'element',
        name: 'p:d',
        elements: [{ type: 'element', name: 'p:e', elements: [{ type: 'text', text: 'x' }] }],
      },
    ],
  };

  it('indents element-only content and keeps text as it is', () => {
    expect(writeXml(tree, { indent: '  ', declaration: true })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<p:a xmlns:p="urn:x" k="v&quot;w">\n' +
        '  <!-- two - - dashes -->\n' +
        '  <p:b>  spaced  </p:b>\n' +
        '  <p:c/>\n' +
        '  <p:d>\n' +
        '    <p:e>x</p:e>\n' +
        '  </p:d>\n' +
        '</p:a>\n',
    );
  });

  it('writes one line without indentation', () => {
    expect(writeXml(tree, { indent: '', declaration: false })).toBe(
      '<p:a xmlns:p="urn:x" k="v&quot;w"><!-- two - - dashes --><p:b>  spaced  </p:b><p:c/><p:d><p:e>x</p:e></p:d></p:a>',
    );
  });

  it('keeps mixed content on one line, leaves out undefined attributes and closes a comment ending in "-"', () => {
    const mixed: Element = {
      type: 'element',
      name: 'a',
      attributes: { x: '1', y: undefined },
      elements: [
        { type: 'element', name: 'b' },
        { type: 'text', text: 'text' },
        { type: 'comment', comment: 'x-' },
      ],
    };
    expect(writeXml(mixed, { indent: '  ', declaration: false })).toBe('<a x="1"><b/>text<!--x- --></a>\n');
  });

  it('writes what xml-js reads back to the same tree', () => {
    const written = writeXml(tree, { indent: '', declaration: false });
    const read = xml2js(written, {
      compact: false,
      ignoreComment: true,
      captureSpacesBetweenElements: true,
    }) as Element;
    expect(read.elements?.[0]?.elements?.[0]).toEqual(tree.elements?.[1]);
  });
});
