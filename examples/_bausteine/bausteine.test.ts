/**
 * Each shared block on its own: a small service that uses it (`$ref` to the file) loads clean in
 * strict mode, validates good and bad data where the block's rules say, has every text in English,
 * and its XÖV message passes the generated XSD (xmllint). The services in examples/ test the blocks
 * in use; this test covers what they do not use (the Bankverbindung, the fields in `$defs`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createValidator, inlineFileRefs, loadDefinition, type Definition } from '@efa-forms/core';
import { toXml, toXsd } from '@efa-forms/xoev';
import { xmllintCli } from '../../packages/xoev/src/test-support/library.js';
import { FIXED } from '../test-support/service-example.js';
import { musterstadt, readText } from '../load-example.js';

const here = new URL('./', import.meta.url);
const tenant = await musterstadt();

/** A service whose one field `x` is the block (or a part of it, with a fragment). */
async function serviceWith(ref: string, locale: 'de' | 'en' = 'de'): Promise<Definition> {
  const json = {
    id: 'baustein',
    version: '1.0.0',
    title: 'Baustein',
    schema: { type: 'object', required: ['x'], properties: { x: { title: 'Feld', $ref: ref } } },
    xoev: {
      message: 'test.baustein.0001',
      namespace: 'urn:efa-forms:test:baustein',
      prefix: 'bst',
      standard: 'Test',
      version: '1.0',
      nachrichtentyp: { listURI: 'urn:efa-forms:test:nachrichtentyp', listVersionID: '1', code: '0001' },
    },
    tenant: JSON.parse(
      readFileSync(new URL('../gewerbeanmeldung/gewerbeanmeldung.service.json', here), 'utf8'),
    ).tenant,
  };
  const base = new URL('baustein.service.json', here).href;
  return loadDefinition(await inlineFileRefs(json, { base, read: readText }), { tenant, locale });
}

/** Good data and bad data with the pointers (under /x) and keywords the validator must report. */
const cases: Record<string, { valid: unknown; invalid: unknown; errors: string[] }> = {
  'natuerliche-person.json': {
    valid: {
      familienname: 'Ødegård-Nuñez',
      vornamen: 'Zoë Ann',
      geschlecht: 'd',
      geburtsdatum: '1980-02-29',
      geburtsort: 'Lyon, Frankreich',
      staatsangehoerigkeit: '129',
    },
    invalid: {
      familienname: 'Meier2',
      vornamen: '',
      geburtsdatum: '1981-02-29',
      staatsangehoerigkeit: 'xyz',
    },
    errors: [
      '/x/familienname format',
      '/x/vornamen minLength',
      '/x/geburtsdatum format',
      '/x/geburtsort required',
      '/x/staatsangehoerigkeit enum',
    ],
  },
  'juristische-person.json': {
    valid: {
      firma: 'Beispiel AG',
      rechtsform: '222110',
      registerart: 'HRB',
      registernummer: '12345 B',
      registergericht: 'Amtsgericht Musterstadt',
    },
    invalid: { firma: 'Beispiel AG', registernummer: 'HRB 12345' },
    errors: [
      '/x/rechtsform required',
      '/x/registernummer pattern',
      '/x/registerart dependentRequired',
      '/x/registergericht dependentRequired',
    ],
  },
  'anschrift-inland.json': {
    valid: { strasse: 'Straße des 17. Juni', hausnummer: '135', postleitzahl: '10623', ort: 'Berlin' },
    invalid: { strasse: 'Hauptstraße', hausnummer: '', postleitzahl: '00999', land: 'DE' },
    errors: [
      '/x/hausnummer minLength',
      '/x/postleitzahl format',
      '/x/ort required',
      '/x/land additionalProperties',
    ],
  },
  'kontakt.json': {
    valid: { email: 'post@example.org', telefon: '+49 (0)30 1234-56', internet: 'https://example.org/' },
    invalid: { telefon: 'ruf an', internet: 'ftp://example.org' },
    errors: ['/x/email required', '/x/telefon pattern', '/x/internet pattern'],
  },
  'bankverbindung.json': {
    valid: {
      kontoinhaber: 'Erika Mustermann',
      iban: 'DE89 3704 0044 0532 0130 00',
      bic: 'COBADEFFXXX',
      kreditinstitut: 'Commerzbank',
    },
    invalid: { iban: 'DE89 3704 0044 0532 0130 01', bic: 'cobadeff' },
    errors: ['/x/kontoinhaber required', '/x/iban format', '/x/bic pattern'],
  },
};

describe('examples/_bausteine', () => {
  it('has a case here for every block file except the code lists', () => {
    const blocks = readdirSync(here).filter((name) => name.endsWith('.json') && name !== 'codelisten.json');
    expect(blocks.sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))(
    '%s: loads strict, validates, and its message passes the XSD',
    async (file, sample) => {
      const definition = await serviceWith(file);
      const validator = createValidator(definition);
      expect(validator.validate({ x: sample.valid }).errors).toEqual([]);
      const errors = validator.validate({ x: sample.invalid }).errors;
      expect(errors.map((error) => `${error.pointer} ${error.keyword}`).sort()).toEqual(
        [...sample.errors].sort(),
      );
      const xml = toXml(definition, { x: sample.valid }, FIXED);
      const result = xmllintCli(toXsd(definition), [xml]);
      expect(result.stderr.split('\n').filter((line) => /error/i.test(line))).toEqual([]);
      expect(result.status).toBe(0);
    },
  );

  it.each(Object.keys(cases))('%s: every text has an English translation in the block', async (file) => {
    const block = JSON.parse(readFileSync(new URL(file, here), 'utf8')) as Record<string, unknown>;
    const english = (block['x-translations'] as { en: Record<string, string> }).en;
    const texts: string[] = [];
    const visit = (node: unknown, pointer: string): void => {
      if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${pointer}/${index}`));
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'x-translations') continue;
          const at = `${pointer}/${key}`;
          if (
            typeof value === 'string' &&
            (key === 'title' || key === 'description' || /\/x-efa\/messages\/[^/]+$/.test(at))
          )
            texts.push(at);
          else visit(value, at);
        }
      }
    };
    visit(block, '');
    expect(texts.filter((pointer) => !(pointer in english))).toEqual([]);
    const en = await serviceWith(file);
    expect(en.locale).toBe('de');
    const translated = await serviceWith(file, 'en');
    const defs = translated.schema.$defs as Record<string, { title?: string }>;
    expect(defs[file.replace(/\.json$/, '')]?.title).toBe(english['/title']);
  });

  it('offers each field of a person without autofill tokens, for other people', async () => {
    const definition = await serviceWith('natuerliche-person.json#/$defs/familienname');
    const defs = definition.schema.$defs as Record<
      string,
      { properties: Record<string, object>; $defs: Record<string, object> }
    >;
    expect(definition.schema.properties?.['x']).toEqual({
      title: 'Feld',
      $ref: '#/$defs/natuerliche-person/$defs/familienname',
    });
    expect(defs['natuerliche-person']?.$defs['familienname']).not.toHaveProperty('x-efa');
    expect(defs['natuerliche-person']?.properties['familienname']).toEqual({
      $ref: '#/$defs/natuerliche-person/$defs/familienname',
      'x-efa': { autocomplete: 'family-name' },
    });
    expect(createValidator(definition).validate({ x: 'Мария' }).errors[0]?.keyword).toBe('format');
  });
});
