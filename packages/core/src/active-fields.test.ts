import { beforeEach, describe, expect, it } from 'vitest';
import type { Definition, JsonSchemaObject } from './definition.js';
import { activeFields } from './active-fields.js';
import { describeObject } from './describe-object.js';
import { loadDefinition } from './load-definition.js';
import { prune } from './prune.js';
import { conditionsDefinition } from './test-support/sample-definitions.js';

// Built in `beforeEach`, not when the file loads: code that runs while tests are collected counts as
// "static" for StrykerJS, and each mutant in it then runs every test (docs/testing.md).
let definition: Definition;
beforeEach(() => {
  definition = loadDefinition(conditionsDefinition);
});
const sorted = (set: Set<string>) => [...set].sort();

describe('activeFields', () => {
  it('shows the else branch for a person and the then branch for a company', () => {
    const person = activeFields(definition, { art: 'person' });
    expect(person.visible.has('/geburtsdatum')).toBe(true);
    expect(person.visible.has('/register')).toBe(false);
    const company = activeFields(definition, { art: 'firma' });
    expect(company.visible.has('/register')).toBe(true);
    expect(company.required.has('/register')).toBe(true);
    expect(company.visible.has('/geburtsdatum')).toBe(false);
  });

  it('follows dependentRequired and dependentSchemas', () => {
    expect(activeFields(definition, { art: 'person' }).required.has('/email')).toBe(false);
    expect(activeFields(definition, { art: 'person', telefon: '030' }).required.has('/email')).toBe(true);
    expect(activeFields(definition, { art: 'person' }).visible.has('/kontoinhaber')).toBe(false);
    const withIban = activeFields(definition, { art: 'person', iban: 'DE89370400440532013000' });
    expect(withIban.visible.has('/kontoinhaber')).toBe(true);
    expect(withIban.required.has('/kontoinhaber')).toBe(true);
  });

  it('selects the oneOf branch by its const discriminator, showing only the choice before', () => {
    const none = activeFields(definition, { lieferung: {} });
    expect(none.visible.has('/lieferung/art')).toBe(true);
    expect(none.visible.has('/lieferung/strasse')).toBe(false);
    expect(none.visible.has('/lieferung/termin')).toBe(false);
    const post = activeFields(definition, { lieferung: { art: 'post' } });
    expect(post.visible.has('/lieferung/strasse')).toBe(true);
    expect(post.required.has('/lieferung/strasse')).toBe(true);
    expect(post.visible.has('/lieferung/termin')).toBe(false);
  });

  it('evaluates conditions per array item', () => {
    const fields = activeFields(definition, { kinder: [{ vorname: 'A' }, { vorname: 'B', betreut: true }] });
    expect(sorted(fields.required)).toEqual([
      '/art',
      '/kinder/0/vorname',
      '/kinder/1/schule',
      '/kinder/1/vorname',
      '/name',
    ]);
    expect(fields.visible.has('/kinder/0/schule')).toBe(true);
  });

  it('handles recursive schemas without running away', () => {
    const recursive = loadDefinition({
      id: 'r',
      version: '1.0.0',
      title: 'R',
      schema: {
        type: 'object',
        $defs: {
          person: {
            type: 'object',
            properties: { name: { type: 'string', title: 'Name' }, mutter: { $ref: '#/$defs/person' } },
          },
        },
        properties: { person: { $ref: '#/$defs/person' } },
      },
    });
    const fields = activeFields(recursive, { person: { name: 'A', mutter: { name: 'B' } } });
    expect(fields.visible.has('/person/mutter/name')).toBe(true);
    expect(fields.visible.has('/person/mutter/mutter/mutter/name')).toBe(false);
  });
});

describe('describeObject', () => {
  it('lists every property in schema order with its state', () => {
    const fields = describeObject(definition, definition.schema, { art: 'firma' });
    expect(fields.map((field) => field.name)).toEqual([
      'art',
      'name',
      'plz',
      'email',
      'telefon',
      'iban',
      'alter',
      'kinder',
      'lieferung',
      'bestaetigt',
      'register',
      'geburtsdatum',
      'kontoinhaber',
    ]);
    expect(fields.find((field) => field.name === 'register')).toMatchObject({
      active: true,
      required: true,
      conditional: true,
      label: 'Registernummer',
    });
    expect(fields.find((field) => field.name === 'geburtsdatum')).toMatchObject({
      active: false,
      required: false,
      conditional: true,
    });
  });

  it('labels from the referenced title, then from the property name', () => {
    const holder = {
      schema: {
        type: 'object',
        $defs: { address: { type: 'object', title: 'Anschrift', properties: {} } },
        properties: {
          postalAddress: { $ref: '#/$defs/address' },
          firstName: { type: 'string' },
          viaAllOf: { allOf: [{ $ref: '#/$defs/address' }] },
        },
      },
    };
    expect(describeObject(holder, holder.schema).map((field) => [field.label, field.schema.type])).toEqual([
      ['Anschrift', 'object'],
      ['First name', 'string'],
      ['Anschrift', 'object'],
    ]);
  });
});

describe('prune', () => {
  it('drops values of inactive branches, unknown keys and empty values', () => {
    const data = {
      art: 'person',
      name: 'Erika',
      register: 'HRB 1',
      geburtsdatum: '1980-01-01',
      plz: '',
      email: null,
      unbekannt: 'x',
      kinder: [],
      lieferung: { art: 'post', strasse: 'Hauptstr. 1', termin: '2024-01-01' },
    };
    expect(prune(definition, data)).toEqual({
      art: 'person',
      name: 'Erika',
      lieferung: { art: 'post', strasse: 'Hauptstr. 1' },
      geburtsdatum: '1980-01-01',
    });
    expect(data.register).toBe('HRB 1');
  });

  it('keeps repeat-group items so validation can point into them', () => {
    expect(prune(definition, { kinder: [{ vorname: '' }, { vorname: 'B', schule: 'S' }] })).toEqual({
      kinder: [{}, { vorname: 'B', schule: 'S' }],
    });
  });

  it('switching back removes what was entered in the other branch', () => {
    expect(prune(definition, { art: 'firma', register: 'HRB 1', geburtsdatum: '1980-01-01' })).toEqual({
      art: 'firma',
      register: 'HRB 1',
    });
  });
});

describe('resolveSchema', () => {
  it('merges annotation objects beside a $ref with the target ones', async () => {
    const { resolveSchema } = await import('./resolve-schema.js');
    const holder = {
      schema: {
        type: 'object',
        $defs: { land: { type: 'string', 'x-xoev': { codeList: { listURI: 'urn:l', listVersionID: '1' } } } },
        properties: { land: { $ref: '#/$defs/land', title: 'Land', 'x-xoev': { element: 'staat' } } },
      },
    };
    const resolved = resolveSchema(holder, holder.schema.properties.land);
    expect(resolved).toEqual({
      type: 'string',
      title: 'Land',
      'x-xoev': { element: 'staat', codeList: { listURI: 'urn:l', listVersionID: '1' } },
    });
    expect(resolveSchema(holder, holder.schema.properties.land)).toBe(resolved);
  });

  it('stops on schemas that include themselves', async () => {
    const { resolveSchema } = await import('./resolve-schema.js');
    const holder = {
      schema: {
        $defs: { a: { title: 'A', allOf: [{ $ref: '#/$defs/a' }] } },
        type: 'object',
        properties: { x: { $ref: '#/$defs/a' } },
      },
    };
    expect(resolveSchema(holder, holder.schema.properties.x).title).toBe('A');
  });
});

describe('activeFields walks only into what the data can fill', () => {
  it('lists no fields inside an answer of the wrong type (validation names the answer itself)', () => {
    const holder = {
      schema: {
        type: 'object',
        properties: {
          adresse: { type: 'object', required: ['ort'], properties: { ort: { type: 'string' } } },
        },
      } satisfies JsonSchemaObject,
    };
    expect([...activeFields(holder, {}).visible]).toEqual(['/adresse', '/adresse/ort']);
    const wrong = activeFields(holder, { adresse: 'Bahnhofstr. 1' });
    expect([...wrong.visible]).toEqual(['/adresse']);
    expect([...wrong.required]).toEqual([]);
  });

  it('lists the list itself, and no entries, for a list without an item schema', () => {
    for (const items of [undefined, true, false]) {
      const holder = {
        schema: {
          type: 'object',
          properties: { any: items === undefined ? { type: 'array' } : { type: 'array', items } },
        } satisfies JsonSchemaObject,
      };
      expect([...activeFields(holder, { any: [{ a: 'x' }, 'y'] }).visible]).toEqual(['/any']);
    }
  });

  it('follows nested fields down to the nesting limit (64 levels) and no further', () => {
    // 70 distinct nested groups, nothing filled in: each level shows the next one.
    let schema: JsonSchemaObject = { type: 'object', properties: { v: { type: 'string' } } };
    for (let i = 0; i < 70; i++) schema = { type: 'object', properties: { g: schema } };
    const deepest = Math.max(
      ...[...activeFields({ schema }, {}).visible].map((p) => p.split('/').length - 1),
    );
    expect(deepest).toBe(65);
  });
});
