import { describe, expect, it } from 'vitest';
import { XmlError } from '../xml-error.js';
import { parseXml } from './parse-xml.js';
import { caught } from '../test-support/caught.js';

// Untrusted XML never carries a DTD: no DOCTYPE before the root, and no markup declaration anywhere
// inside it (sax would skip `<!ELEMENT ...>` silently and hand back the rest).
describe('markup declarations are refused wherever they stand', () => {
  it.each([
    ['an element declaration inside the root', '<a><!ELEMENT b ANY><b/></a>', 4],
    ['an entity declaration inside a child', '<a><b><!ENTITY x "y"></b></a>', 7],
    ['an attribute list declaration after text', '<a>text<!ATTLIST a x CDATA #IMPLIED></a>', 8],
    ['a DOCTYPE inside the root', '<a><!DOCTYPE a></a>', 4],
  ])('%s', (_name, xml, column) => {
    const error = caught(() => parseXml(xml));
    expect(error).toBeInstanceOf(XmlError);
    expect(error.message).toMatch(/is not allowed \(no DTDs, no entity declarations\)/);
    expect({ line: error.line, column: error.column }).toEqual({ line: 1, column });
  });

  it('a DOCTYPE before the root is named as such, at its position', () => {
    const error = caught(() => parseXml('<?xml version="1.0"?>\n<!DOCTYPE a>\n<a/>'));
    expect(error.message).toMatch(/a DOCTYPE is not allowed/);
    expect({ line: error.line, column: error.column }).toEqual({ line: 2, column: 1 });
  });

  it('comments, CDATA and processing instructions inside the root are fine', () => {
    const root = parseXml('<a><!-- c --><![CDATA[<!ELEMENT x ANY>]]><?pi data?><b/></a>');
    expect(root.name).toBe('a');
    expect(root.elements?.filter((node) => node.type === 'element').map((node) => node.name)).toEqual(['b']);
    expect(root.elements?.find((node) => node.type === 'cdata')?.cdata).toBe('<!ELEMENT x ANY>');
  });
});
