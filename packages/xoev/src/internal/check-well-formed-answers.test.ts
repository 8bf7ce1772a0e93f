import { describe, expect, it } from 'vitest';
import { XmlError } from '../xml-error.js';
import { checkWellFormed } from './check-well-formed.js';

// What a sender of untrusted XML is told: the first problem, named, at its line and column (columns
// count characters, a surrogate pair once). Each row is one rule of XML 1.0 or of Namespaces in XML.
const limits = { maxDepth: 3 };
const answer = (xml: string): string => {
  try {
    checkWellFormed(xml, limits);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(XmlError);
    const { line, column, message } = error as XmlError;
    const prefix = `efa-forms: XML not accepted at line ${line}, column ${column}: `;
    expect(message.startsWith(prefix)).toBe(true);
    return `${line}:${column} ${message.slice(prefix.length)}`;
  }
};

describe('checkWellFormed answers each problem with its rule and place', () => {
  it.each([
    // characters and the declaration
    ['\u0001<a/>', '1:1 character U+0001 is not allowed in XML 1.0'],
    ['<a>\uFFFE</a>', '1:4 character U+FFFE is not allowed in XML 1.0'],
    ['<?xml version="1.1"?><a/>', '1:1 malformed XML declaration (only version="1.0" is accepted)'],
    ['<?xml version="1.0" encoding="UTF8"?><a/>', 'accepted'],
    ['<?xml version="1.0" encoding="xutf-8"?><a/>', '1:1 encoding "xutf-8" is not supported; send UTF-8'],
    ['<?xml version="1.0" encoding="utf-88"?><a/>', '1:1 encoding "utf-88" is not supported; send UTF-8'],
    ['<?xml-stylesheet href="a b"?><a/>', 'accepted'],
    // the document as a whole
    ['', '1:1 no root element'],
    ['  \n ', '2:2 no root element'],
    ['x<a/>', '1:1 text before the root element'],
    ['<a/><b/>', '1:5 a second root element'],
    ['<a/>x', '1:5 text after the root element'],
    ['\n<a></b>', '2:4 end tag </b> does not match <a>'],
    ['<a>😀😀</b>', '1:6 end tag </b> does not match <a>'],
    // comments and processing instructions
    ['<!-- c --><a/>', 'accepted'],
    ['<!-- c -->x', '1:11 text before the root element'],
    ['<?pi x?><a/><?pi?>', 'accepted'],
    ['<a><!----></a>', 'accepted'],
    ['<a><!-- x', '1:4 unterminated comment'],
    ['<a><!----x--></a>', '1:8 "--" inside a comment'],
    ['<a><!-- a -- b --></a>', '1:11 "--" inside a comment'],
    ['<a>--><!-- c --></a>', 'accepted'],
    ['<a><!-- x ---></a>', '1:11 "--" inside a comment'],
    ['<?pi', '1:1 malformed processing instruction'],
    ['<a><?pi x</a>', '1:4 unterminated processing instruction'],
    ['<a>?><?p b</a>', '1:6 unterminated processing instruction'],
    ['<a/><?xml version="1.0"?>', '1:5 XML declaration not at the start of the document'],
    ['<!ELEMENT a ANY><a/>', '1:1 a markup declaration is not allowed (no DTDs, no entity declarations)'],
    // elements, text and CDATA
    ['<a><b><c/></b></a>', 'accepted'],
    ['<a><b><c><d/></c></b></a>', '1:10 elements nested deeper than 3'],
    ['<a>]]></a>', '1:4 "]]>" in text'],
    ['<a><![CDATA[x]]>y</a>', 'accepted'],
    ['<a><![CDATA[x</a>', '1:4 unterminated CDATA section'],
    ['<a b="]]>"><![CDATA[x</a>', '1:12 unterminated CDATA section'],
    ['<a></a b>', '1:4 malformed end tag'],
    ['<a><1/></a>', '1:4 malformed start tag'],
    ['<a b="1"', '1:9 unexpected end of document in <a>'],
    ['<a b="1" c>', '1:10 malformed start tag <a>'],
    ['<a>', '1:4 unexpected end of document: element <a> is not closed'],
    // attributes and references
    ['<a b="1" b="2"/>', '1:10 duplicate attribute "b"'],
    ['<a b="x&y"/>', '1:8 undefined entity or malformed character reference in an attribute value'],
    ['<a b="x&#1;"/>', '1:8 character reference to a character not allowed in XML 1.0'],
    [
      '<a>&foo;</a>',
      '1:4 undefined entity or malformed character reference (only &lt; &gt; &amp; &quot; &apos; and &#...; are allowed)',
    ],
    ['<a>&#0065;&#00000000065;&#1114111;</a>', 'accepted'],
    ['<a>&#10000000;</a>', '1:4 character reference to a character not allowed in XML 1.0'],
    // namespaces
    ['<a xml:lang="de"/>', 'accepted'],
    ['<a b="1" c="2"/>', 'accepted'],
    ['<a><ä/></a>', 'accepted'],
    ['<straße größe="1"></straße>', 'accepted'],
    ['<a>\n<ä></ö></a>', '2:4 end tag </ö> does not match <ä>'],
    ['<a><?prüfung x?><𐀀/></a>', 'accepted'],
    ['<a xmlns:ü="u" ü:x="1"/>', 'accepted'],
    ['<a abcdefp="u" p:x="1"/>', '1:16 namespace prefix "p" is not declared'],
    ['<a xmlns="http://www.w3.org/XML/1998/namespace"/>', '1:4 reserved namespace prefix or name in "xmlns"'],
    ['<a xmlns="u"/>', 'accepted'],
    ['<a xmlns=""/>', 'accepted'],
    ['<a xmlns:xml="http://www.w3.org/XML/1998/namespace"/>', 'accepted'],
    ['<a xmlns:xml="http://www.w3.org/XML/1998/&#110;amespace"/>', 'accepted'],
    ['<a xmlns:xmlns="u"/>', '1:4 reserved namespace prefix or name in "xmlns:xmlns"'],
    ['<a xmlns:xml="u"/>', '1:4 reserved namespace prefix or name in "xmlns:xml"'],
    [
      '<a xmlns:p="http://www.w3.org/XML/1998/namespace"/>',
      '1:4 reserved namespace prefix or name in "xmlns:p"',
    ],
    ['<a xmlns:p="http://www.w3.org/2000/xmlns/"/>', '1:4 reserved namespace prefix or name in "xmlns:p"'],
    ['<a xmlns="http://www.w3.org/2000/xmlns/"/>', '1:4 reserved namespace prefix or name in "xmlns"'],
    ['<a xmlns:p=""/>', '1:4 prefix "p" cannot be undeclared in XML 1.0'],
    ['<p:a/>', '1:2 namespace prefix "p" is not declared'],
    ['<a p:b="1"/>', '1:4 namespace prefix "p" is not declared'],
    ['<a b:c:d="1"/>', '1:4 "b:c:d" is not a valid qualified name'],
    ['<a><b xmlns:p="u"/><p:c/></a>', '1:21 namespace prefix "p" is not declared'],
    ['<a xmlns:p="u"><b xmlns:q="v"></b><q:c/></a>', '1:36 namespace prefix "q" is not declared'],
    ['<a xmlns="u" xmlns:p="u" x="1" p:x="2"/>', 'accepted'],
    ['<a xmlns:p="u" xmlns:q="v" p:x="1" q:y="2"/>', 'accepted'],
    [
      '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>',
      '1:36 duplicate attribute "q:x" (same namespace and name)',
    ],
  ])('%j', (xml, expected) => {
    expect(answer(xml)).toBe(expected);
  });

  it.each([
    ['lt', '<', '&#60;'],
    ['gt', '>', '&#x3E;'],
    ['amp', '&', '&#38;'],
    ['quot', '"', '&#34;'],
    ['apos', "'", '&#39;'],
  ])('&%s; in a namespace name is the character it stands for (%s)', (name, _character, reference) => {
    // Two prefixes bound to the same name make the two attributes the same one.
    const xml = `<a xmlns:p="x&${name};" xmlns:q="x${reference}" p:y="1" q:y="2"/>`;
    expect(answer(xml)).toMatch(/duplicate attribute "q:y" \(same namespace and name\)$/);
  });

  it.each([
    ['&#9;&#10;&#13;&#32;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;', 'accepted'],
    ...['&#8;', '&#x1F;', '&#xD800;', '&#xDFFF;', '&#xFFFE;', '&#xFFFF;', '&#x110000;'].map((reference) => [
      reference,
      '1:4 character reference to a character not allowed in XML 1.0',
    ]),
  ])('character reference %s', (references, expected) => {
    expect(answer(`<a>${references}</a>`)).toBe(expected);
  });
});
