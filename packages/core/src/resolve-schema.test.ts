import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from './definition.js';
import { resolveRef, resolveSchema, rootOf } from './resolve-schema.js';

const holderOf = (schema: JsonSchemaObject) => ({ schema });

describe('resolveRef', () => {
  it('a plain-name fragment finds the schema with that $anchor or draft-07 `$id: "#name"`, also inside lists', () => {
    const adresse = { $anchor: 'adresse', title: 'Adresse' };
    const bank = { $id: '#bank', title: 'Bank' };
    const holder = holderOf({
      type: 'object',
      allOf: [{ properties: { adresse } }],
      $defs: { bank, konto: { $id: 'bank', title: 'Konto' } },
    });
    expect(resolveRef(holder, '#adresse')).toBe(adresse);
    expect(resolveRef(holder, '#bank')).toBe(bank);
    expect(resolveRef(holder, '#fehlt')).toBeUndefined();
  });

  it('an empty fragment is the root, a pointer fragment is decoded and followed', () => {
    const strasse = { type: 'string', title: 'Straße' };
    const holder = holderOf({ type: 'object', $defs: { 'Straße/Nr': strasse } });
    expect(resolveRef(holder, '#')).toBe(holder.schema);
    expect(resolveRef(holder, '#/$defs/Stra%C3%9Fe~1Nr')).toBe(strasse);
  });

  it('a fragment with broken percent-encoding resolves to nothing', () => {
    expect(resolveRef(holderOf({ $defs: { a: {} } }), '#/$defs/%E0%A4%A')).toBeUndefined();
  });

  it('a boolean schema resolves to itself; a value that is no schema, or none, to nothing', () => {
    const holder = holderOf({ title: 'Titel', $defs: { nie: false, immer: true, liste: [{}] } });
    expect(resolveRef(holder, '#/$defs/nie')).toBe(false);
    expect(resolveRef(holder, '#/$defs/immer')).toBe(true);
    expect(resolveRef(holder, '#/title')).toBeUndefined();
    expect(resolveRef(holder, '#/$defs/liste')).toBeUndefined();
    expect(resolveRef(holder, '#/$defs/fehlt')).toBeUndefined();
  });
});

describe('resolveSchema: $ref', () => {
  it('follows a chain of $refs to its end; the sibling nearest the field wins', () => {
    const holder = holderOf({
      type: 'object',
      properties: { name: { $ref: '#/$defs/name', title: 'Name' } },
      $defs: {
        name: { $ref: '#/$defs/text', title: 'Nachname', description: 'wie im Pass' },
        text: { type: 'string', title: 'Text', maxLength: 50 },
      },
    });
    expect(resolveSchema(holder, holder.schema.properties?.name)).toStrictEqual({
      type: 'string',
      title: 'Name',
      description: 'wie im Pass',
      maxLength: 50,
    });
  });

  it('merges annotation objects beside a $ref key by key; one that is no object replaces the target’s', () => {
    const holder = holderOf({
      type: 'object',
      properties: {
        plz: { $ref: '#/$defs/plz', 'x-efa': { placeholder: '12345' }, 'x-xoev': null },
      },
      $defs: {
        plz: {
          type: 'string',
          'x-efa': { inputmode: 'numeric', placeholder: '00000' },
          'x-xoev': { element: 'postleitzahl' },
          'x-fim': { id: 'F60000247' },
        },
      },
    });
    expect(resolveSchema(holder, holder.schema.properties?.plz)).toStrictEqual({
      type: 'string',
      'x-efa': { inputmode: 'numeric', placeholder: '12345' },
      'x-xoev': null,
      'x-fim': { id: 'F60000247' },
    });
  });

  it('a $ref cycle stops at the first repeat, also when its members have siblings', () => {
    const a = { $ref: '#/$defs/b' };
    const holder = holderOf({
      type: 'object',
      properties: { kreis: { $ref: '#/$defs/a' }, selbst: { $ref: '#/$defs/selbst' } },
      $defs: { a, b: { $ref: '#/$defs/a' }, selbst: { $ref: '#/$defs/selbst', title: 'Selbst' } },
    });
    expect(resolveSchema(holder, holder.schema.properties?.kreis)).toBe(a);
    expect(resolveSchema(holder, a)).toBe(a);
    expect(resolveSchema(holder, holder.schema.properties?.selbst)).toStrictEqual({
      $ref: '#/$defs/selbst',
      title: 'Selbst',
    });
  });
});

describe('resolveSchema: allOf', () => {
  it('folds in what members say and the schema does not, but not their structure keywords', () => {
    const member: JsonSchemaObject = {
      $id: 'teil.json',
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: { a: { type: 'string' } },
      definitions: { b: { type: 'string' } },
      allOf: [{ description: 'aus dem Teil' }],
      if: { required: ['name'] },
      then: { required: ['vorname'] },
      else: { required: [] },
      type: 'object',
      title: 'Teil',
      properties: { name: { type: 'string' } },
    };
    const holder = holderOf({
      type: 'object',
      properties: { person: { title: 'Person', allOf: [member, { $ref: '#/$defs/kreis' }] } },
      $defs: { kreis: { $ref: '#/$defs/ring' }, ring: { $ref: '#/$defs/kreis' } },
    });
    expect(resolveSchema(holder, holder.schema.properties?.person)).toStrictEqual({
      title: 'Person',
      allOf: [member, { $ref: '#/$defs/kreis' }],
      type: 'object',
      properties: { name: { type: 'string' } },
      description: 'aus dem Teil',
    });
  });
});

describe('resolveSchema: oneOf and anyOf branches', () => {
  it('reads bare $ref branches as their targets; a $ref with siblings and one that does not resolve stay', () => {
    const ja = { const: 'j', title: 'Ja' };
    const nein = { const: 'n', title: 'Nein' };
    const mitTitel = { $ref: '#/$defs/ja', title: 'Jawohl' };
    const fehlt = { $ref: '#/$defs/fehlt' };
    const holder = holderOf({
      type: 'object',
      properties: {
        antwort: { oneOf: [{ $ref: '#/$defs/ja' }, nein] },
        frage: { anyOf: [mitTitel, fehlt, { $ref: '#/$defs/nein' }] },
        offen: { anyOf: [false, { $ref: '#/$defs/ja' }] },
      },
      $defs: { ja, nein },
    });
    const properties = holder.schema.properties ?? {};
    const antwort = resolveSchema(holder, properties.antwort);
    expect(antwort.oneOf).toEqual([ja, nein]);
    expect(antwort.oneOf?.[0]).toBe(ja);
    const frage = resolveSchema(holder, properties.frage);
    expect(frage.anyOf).toEqual([mitTitel, fehlt, nein]);
    expect(frage.anyOf?.[2]).toBe(nein);
    expect(resolveSchema(holder, properties.offen)).toStrictEqual({ anyOf: [false, ja] });
  });

  it('a schema with nothing to follow is its own view (no copy)', () => {
    const frage: JsonSchemaObject = {
      oneOf: [{ $ref: '#/$defs/ja', title: 'Jawohl' }, { $ref: '#/$defs/fehlt' }],
      anyOf: [{ const: 'n' }],
    };
    const holder = holderOf({ type: 'object', properties: { frage }, $defs: { ja: { const: 'j' } } });
    expect(resolveSchema(holder, frage)).toBe(frage);
  });
});

describe('rootOf', () => {
  it('a view keeps the root it was first resolved against, so its $refs still resolve with it', () => {
    // A shared block: nothing to follow at its top, so the block is its own view in every root.
    const anschrift: JsonSchemaObject = { type: 'object', properties: { land: { $ref: '#/$defs/land' } } };
    const form = holderOf({
      type: 'object',
      properties: { anschrift },
      $defs: { land: { enum: ['DE', 'AT'] } },
    });
    expect(rootOf(resolveSchema(form, anschrift))).toBe(form);
    // Read later as a document of its own (where `#/$defs/land` resolves to nothing).
    resolveSchema(holderOf(anschrift), anschrift);
    expect(rootOf(anschrift)).toBe(form);
    expect(rootOf({ type: 'string' })).toBeUndefined();
  });
});
