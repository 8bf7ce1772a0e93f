import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GenericodeError, parseGenericode, readGenericode } from './genericode.js';

const CODELISTS = fileURLToPath(new URL('../../../shared/codelists/', import.meta.url));

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

describe('readGenericode on the published lists', () => {
  it('reads Rechtsformen 2.4: listURI, version, key column and known codes', async () => {
    const list = await readGenericode(join(CODELISTS, 'Rechtsformen_2.4.xml'));
    expect(list.listURI).toBe('urn:xoev-de:xunternehmen:codeliste:rechtsformen');
    expect(list.listVersionID).toBe('2.4');
    expect(list.canonicalVersionUri).toBe('urn:xoev-de:xunternehmen:codeliste:rechtsformen_2.4');
    expect(list.keyColumn).toBe('Code');
    expect(list.rows).toHaveLength(174);
    const gmbh = list.rows.find((row) => row['Code'] === '221100');
    expect(gmbh?.['Bezeichnung-kurz-1']).toBe('GmbH');
    expect(gmbh?.['Bezeichnung-lang']).toBe('Gesellschaft mit beschränkter Haftung; auch gemeinnützige GmbH');
    expect(gmbh?.['Verwendung-in-XGewO']).toBe('ja');
  });

  it('reads the Destatis nationalities: "000" is deutsch', async () => {
    const list = await readGenericode(
      new URL('../../../shared/codelists/DESTATIS_Staatsangehoerigkeit_2024-08-01.xml', import.meta.url),
    );
    expect(list.listURI).toBe('urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit');
    expect(list.listVersionID).toBe('2024-08-01');
    expect(list.keyColumn).toBe('DESTATIS-Schluessel-Staatsangehoerigkeit');
    const german = list.rows.find((row) => row['DESTATIS-Schluessel-Staatsangehoerigkeit'] === '000');
    expect(german).toMatchObject({
      Staatsangehoerigkeit: 'deutsch',
      'ISO-2': 'DE',
      Suchbegriff: 'Deutschland',
    });
    // Optional columns without a value are absent, not empty strings.
    expect(german).not.toHaveProperty('Existenz-bis');
  });

  it('takes the key XÖV marks as the code column (Bundesland has a second key on the names)', async () => {
    const list = await readGenericode(join(CODELISTS, 'Bundesland_2010-04-01.xml'));
    expect(list.keyColumn).toBe('SCHLUESSEL');
    expect(list.rows[0]).toEqual({ SCHLUESSEL: '01', Bezeichnung: 'Schleswig-Holstein' });
  });

  it('reads every list in shared/codelists', async () => {
    const files = readdirSync(CODELISTS).filter((name) => name.endsWith('.xml'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const list = await readGenericode(join(CODELISTS, file));
      expect(list.rows.length, file).toBeGreaterThan(0);
      expect(list.listURI, file).toMatch(/^urn:/);
    }
  });
});

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
    expect(message).toMatch(/^liste\.xml: not well-formed XML: /);
    expect(message).toMatch(/Line: \d+/);
    expect(message).not.toContain('\n');
  });

  it('rejects a truncated file and a second root element, which sax lets through', () => {
    const xml = genericode();
    expect(problem(xml.slice(0, xml.indexOf('</SimpleCodeList>')))).toBe(
      'liste.xml: not well-formed XML: the file ends before </gc:CodeList> (truncated?)',
    );
    expect(problem(`${xml}<gc:CodeList/>`)).toBe(
      'liste.xml: not well-formed XML: 2 root elements, expected one',
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
    expect(problem(xml)).toBe('liste.xml: DOCTYPE declarations are not accepted in code lists');
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

describe('readGenericode on bad files', () => {
  const directory = mkdtempSync(join(tmpdir(), 'genericode-'));

  it('reports a missing file by name', async () => {
    const missing = join(directory, 'fehlt.xml');
    await expect(readGenericode(missing)).rejects.toThrow(`${missing}: file not found`);
  });

  it('reports a malformed file by name', async () => {
    const file = join(directory, 'kaputt.xml');
    writeFileSync(
      file,
      '<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/"><Identification>',
    );
    await expect(readGenericode(file)).rejects.toThrow(
      new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}: not well-formed XML`),
    );
  });
});
