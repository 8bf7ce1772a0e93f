import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createValidator, loadDefinition } from '@efa-forms/core';
import { GenericodeError, codeListOptions, codeListSchema, parseGenericode } from './index.js';

const CODELISTS = fileURLToPath(new URL('../../../../shared/codelists/', import.meta.url));
const read = (name: string): string => readFileSync(`${CODELISTS}${name}`, 'utf8');

/** The first option each shared list gets with the default columns. */
const FIRST: Record<string, { const: string; title: string }> = {
  'Anschrifttyp_2.0.xml': { const: '001', title: 'Hausanschrift' },
  'Bundesland_2010-04-01.xml': { const: '01', title: 'Schleswig-Holstein' },
  'XInneres_Geschlecht_1.xml': { const: 'm', title: 'männlich' },
  'Namensart_1.xml': { const: 'e', title: 'Eigenname' },
};

describe('codeListSchema on every list in shared/codelists', () => {
  const files = readdirSync(CODELISTS).filter((name) => name.endsWith('.xml'));

  test('the corpus is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    test(`${file}: a code-list enum a definition can use`, () => {
      const xml = read(file);
      const list = parseGenericode(xml, file);
      const schema = codeListSchema(xml, { fileName: file });
      expect(schema).toMatchObject({
        type: 'string',
        'x-xoev': { codeList: { listURI: list.listURI, listVersionID: list.listVersionID } },
      });
      const options = schema.oneOf as { const: string; title: string }[];
      expect(options).toHaveLength(list.rows.length);
      expect(new Set(options.map((option) => option.title)).size).toBe(options.length);
      if (FIRST[file]) expect(options[0]).toEqual(FIRST[file]);

      const definition = loadDefinition({
        id: 'liste',
        version: '1.0.0',
        title: 'Liste',
        schema: {
          type: 'object',
          properties: { wert: { $ref: '#/$defs/liste', title: 'Wert' } },
          $defs: { liste: schema },
        },
      });
      const validator = createValidator(definition);
      expect(validator.validate({ wert: options[0]?.const }).valid).toBe(true);
      expect(validator.validate({ wert: '§ kein Code' }).valid).toBe(false);
    });
  }
});

describe('codeListOptions', () => {
  const nationalities = parseGenericode(read('DESTATIS_Staatsangehoerigkeit_2024-08-01.xml'));

  test('takes the code, label, filter and order it is told', () => {
    const options = codeListOptions(nationalities, {
      title: 'Staatsangehoerigkeit',
      include: (row) => !row['Existenz-bis'] && row['DESTATIS-Schluessel-Staatsangehoerigkeit'] !== '910',
      first: ['DE'],
      code: 'ISO-2',
    });
    expect(options[0]).toEqual({ const: 'DE', title: 'deutsch' });
  });

  test('labels several codes share get the code added by default, and are an error for a named column', () => {
    const dvdv = parseGenericode(read('DVDV.Praefixe_51.xml'));
    const options = codeListOptions(dvdv);
    expect(options.find((option) => option.const === 'ag')?.title).toBe('Leitstelle Planung / XBau (ag)');
    expect(new Set(options.map((option) => option.title)).size).toBe(options.length);
    expect(() => codeListOptions(dvdv, { title: 'vergebendestelle', fileName: 'dvdv.xml' })).toThrow(
      /^dvdv\.xml: codes "ag" and "aik" have the same label "Leitstelle Planung \/ XBau"$/,
    );
  });

  test('names the list in its errors', () => {
    expect(() => codeListOptions(nationalities, { title: 'Farbe', fileName: 'staaten.xml' })).toThrow(
      /^staaten\.xml: has no column "Farbe" \(columns: /,
    );
    expect(() => codeListOptions(nationalities, { include: () => false })).toThrow(
      'code list: no row is left after filtering',
    );
    expect(() => codeListOptions(nationalities, { title: 'Suchbegriff', first: ['XYZ'] })).toThrow(
      /code "XYZ", which is to be listed first, is not among the options/,
    );
  });

  test('a malformed genericode file is a GenericodeError with line and element', () => {
    try {
      codeListSchema(read('Bundesland_2010-04-01.xml').replace('</Identification>', ''), {
        fileName: 'land.xml',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GenericodeError);
      expect(error).toMatchObject({ file: 'land.xml', element: 'Identification' });
      expect((error as GenericodeError).line).toBeGreaterThan(1);
    }
  });
});
