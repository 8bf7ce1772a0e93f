/**
 * Reading a parsed message: namespaces resolved as XML Namespaces 1.0 says, and every place where a
 * sender wrote text where elements belong (or the other way round) named with its pointer.
 */
import { describe, expect, it } from 'vitest';
import { caught } from '../test-support/caught.js';
import { parseXml } from './parse-xml.js';
import {
  checkDatatypeC,
  checkXmlChars,
  childElements,
  named,
  textContent,
  type NamedElement,
} from './xml-tree.js';

function root(xml: string): NamedElement {
  return named(parseXml(xml), new Map());
}

describe('named', () => {
  it('resolves prefixes and the default namespace, the nearest declaration winning', () => {
    const a = root('<a xmlns="urn:d" xmlns:p="urn:p"><p:b xmlns:p="urn:q"/><c/><p:d/><e xmlns=""/></a>');
    expect({ namespace: a.namespace, local: a.local }).toEqual({ namespace: 'urn:d', local: 'a' });
    expect(childElements(a, '').map((child) => [child.namespace, child.local])).toEqual([
      ['urn:q', 'b'],
      ['urn:d', 'c'],
      ['urn:p', 'd'],
      ['', 'e'],
    ]);
    // The parent's scope is not changed by a child's declarations.
    expect(a.scope.get('p')).toBe('urn:p');
  });
});

describe('childElements', () => {
  it('skips whitespace between elements and refuses text and CDATA, naming the place', () => {
    const a = root('<a>\n  <b/>\n</a>');
    expect(childElements(a, '/x').map((child) => child.local)).toEqual(['b']);
    expect(caught(() => childElements(root('<a><b/>text</a>'), '/x'))).toMatchObject({
      message: 'efa-forms: unexpected text in <a> at /x',
      pointer: '/x',
    });
    expect(caught(() => childElements(root('<a><![CDATA[ ]]></a>'), ''))).toMatchObject({
      message: 'efa-forms: unexpected text in <a> at /',
      pointer: '',
    });
  });
});

describe('textContent', () => {
  it('joins text and CDATA and refuses child elements, naming the place', () => {
    expect(textContent(root('<a>x<![CDATA[<y>]]>z</a>'), '/a')).toBe('x<y>z');
    expect(textContent(root('<a/>'), '/a')).toBe('');
    expect(caught(() => textContent(root('<a>x<b/></a>'), '/feld'))).toMatchObject({
      message: 'efa-forms: <a> at /feld must contain text, not elements',
      pointer: '/feld',
    });
    expect(caught(() => textContent(root('<a><b/></a>'), '')).message).toBe(
      'efa-forms: <a> at / must contain text, not elements',
    );
  });
});

describe('checkXmlChars and checkDatatypeC', () => {
  it('names the character XML cannot carry by code point and index', () => {
    expect(caught(() => checkXmlChars('ab\u001f', '/name')).message).toBe(
      'efa-forms: the value at "/name" contains U+001F at index 2, which XML 1.0 cannot carry',
    );
    expect(caught(() => checkXmlChars('\uFFFE', '/x')).message).toContain('U+FFFE at index 0');
    expect(() => checkXmlChars('Ä\t\n😀', '/x')).not.toThrow();
  });

  it('refuses header values outside DIN 91379 datatype C, naming the value', () => {
    expect(caught(() => checkDatatypeC('Amt ☺', '/header/leser/name'))).toMatchObject({
      message:
        'efa-forms: the header value at "/header/leser/name" has characters outside DIN 91379 (datatype C)',
      pointer: '/header/leser/name',
    });
    expect(() => checkDatatypeC('Stadt Müßighausen, Ordnungsamt', '/x')).not.toThrow();
  });
});
