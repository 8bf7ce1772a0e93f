import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGenericode } from './genericode.js';

const CODELISTS = fileURLToPath(new URL('../../../shared/codelists/', import.meta.url));

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
      new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}: XML not well-formed`),
    );
  });
});
