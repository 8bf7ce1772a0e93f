import { describe, expect, it } from 'vitest';
import { GenericodeError, parseGenericode } from './index.js';

/** A minimal genericode list; `rows` and `columns` replace the defaults. */
function genericode({
  identification = '<ShortName>test</ShortName><Version>1</Version><CanonicalUri>urn:test:liste</CanonicalUri>',
  columns = '<Column Id="code" Use="required"><ShortName>code</ShortName></Column><Column Id="name" Use="optional"><ShortName>name</ShortName></Column><Key Id="k"><ShortName>k</ShortName><ColumnRef Ref="code"/></Key>',
  rows = '<Row><Value ColumnRef="code"><SimpleValue>a</SimpleValue></Value><Value ColumnRef="name"><SimpleValue>Alpha</SimpleValue></Value></Row>',
  root = 'gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/"',
} = {}): string {
  const close = root.split(' ')[0];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}><Identification>${identification}</Identification><ColumnSet>${columns}</ColumnSet><SimpleCodeList>${rows}</SimpleCodeList></${close}>`;
}

/** The message of the GenericodeError `xml` causes; it also carries the line and element. */
const problem = (xml: string): string => {
  try {
    parseGenericode(xml, 'liste.xml');
  } catch (error) {
    expect(error).toBeInstanceOf(GenericodeError);
    expect((error as GenericodeError).file).toBe('liste.xml');
    return (error as Error).message;
  }
  throw new Error('expected a GenericodeError');
};

describe('parseGenericode', () => {
  it('reads values without ColumnRef by position, as genericode allows', () => {
    const list = parseGenericode(
      genericode({
        rows: '<Row><Value><SimpleValue>b</SimpleValue></Value><Value><SimpleValue>Beta</SimpleValue></Value></Row>',
      }),
      'liste.xml',
    );
    expect(list.rows).toEqual([{ code: 'b', name: 'Beta' }]);
    expect(list.columns).toEqual([
      { id: 'code', shortName: 'code', required: true },
      { id: 'name', shortName: 'name', required: false },
    ]);
  });

  it('names the file and the position of XML that is not well-formed', () => {
    const message = problem(genericode().replace('</SimpleCodeList>', ''));
    expect(message).toMatch(
      /^liste\.xml: XML not well-formed: end tag <\/gc:CodeList> does not match <SimpleCodeList>/,
    );
    expect(message).toMatch(/\(line 2, column \d+\)$/);
    expect(message).not.toContain('\n');
  });

  it('rejects a truncated file and a second root element, which sax lets through', () => {
    const xml = genericode();
    expect(problem(xml.slice(0, xml.indexOf('</SimpleCodeList>')))).toMatch(
      /^liste\.xml: XML not well-formed: the text ends before <\/SimpleCodeList> \(truncated\?\) \(line 2, column \d+\)$/,
    );
    expect(problem(`${xml}<gc:CodeList/>`)).toMatch(
      /^liste\.xml: XML not well-formed: a second root element \(line 2, column \d+\)$/,
    );
    // Comments and whitespace after the root are fine.
    expect(parseGenericode(`${xml}\n<!-- Ende -->\n`, 'liste.xml').rows).toHaveLength(1);
  });

  it('rejects a document that is not a genericode code list', () => {
    expect(problem('<html><body/></html>')).toBe(
      'liste.xml: root element is <html>, expected a genericode <gc:CodeList>',
    );
    expect(problem(genericode({ root: 'gc:CodeList xmlns:gc="urn:falsch"' }))).toMatch(
      /namespace urn:falsch/,
    );
  });

  it('rejects a DOCTYPE', () => {
    const xml = genericode().replace(
      '<gc:CodeList',
      '<!DOCTYPE gc:CodeList [<!ENTITY x "y">]>\n<gc:CodeList',
    );
    expect(problem(xml)).toBe(
      'liste.xml: XML not accepted: a DOCTYPE is not allowed (no DTDs, no entity declarations) (line 2, column 1)',
    );
  });

  it('requires listURI and version', () => {
    expect(problem(genericode({ identification: '<ShortName>t</ShortName><Version>1</Version>' }))).toBe(
      'liste.xml: missing or empty <CanonicalUri> in <Identification>',
    );
    expect(
      problem(genericode({ identification: '<ShortName>t</ShortName><CanonicalUri>urn:x</CanonicalUri>' })),
    ).toBe('liste.xml: missing or empty <Version> in <Identification>');
  });

  it('rejects unknown columns, missing keys, repeated codes and empty lists', () => {
    expect(
      problem(genericode({ rows: '<Row><Value ColumnRef="nix"><SimpleValue>a</SimpleValue></Value></Row>' })),
    ).toBe('liste.xml: <Row> number 1 has a value for unknown column "nix"');
    expect(
      problem(genericode({ columns: '<Column Id="code"><ShortName>code</ShortName></Column>' })),
    ).toMatch(/no <Key>/);
    const row = '<Row><Value ColumnRef="code"><SimpleValue>a</SimpleValue></Value></Row>';
    expect(problem(genericode({ rows: row + row }))).toBe(
      'liste.xml: <Row> number 2 repeats the code "a" of key column "code"',
    );
    expect(
      problem(
        genericode({ rows: '<Row><Value ColumnRef="name"><SimpleValue>x</SimpleValue></Value></Row>' }),
      ),
    ).toBe('liste.xml: <Row> number 1 has no value in the key column "code"');
    expect(problem(genericode({ rows: '' }))).toBe('liste.xml: <SimpleCodeList> has no <Row>');
  });
});
