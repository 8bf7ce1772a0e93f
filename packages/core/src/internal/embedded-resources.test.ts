import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../definition.js';
import { resolveRef } from '../resolve-schema.js';

const holderOf = (schema: JsonSchemaObject) => ({ schema });

describe('resolveRef: bundled resources named by their $id', () => {
  it('finds a resource relative to the root $id, absolute, and with an empty fragment on either side', () => {
    const anschrift = { $id: 'anschrift.json', type: 'object', title: 'Anschrift' };
    const person = { $id: 'https://example.org/person.json#', type: 'object', title: 'Person' };
    const holder = holderOf({ $id: 'https://example.org/antrag.json', $defs: { anschrift, person } });
    expect(resolveRef(holder, 'anschrift.json')).toBe(anschrift);
    expect(resolveRef(holder, 'https://example.org/anschrift.json')).toBe(anschrift);
    expect(resolveRef(holder, 'anschrift.json#')).toBe(anschrift);
    // `person.json#` and `person.json` name the same resource.
    expect(resolveRef(holder, 'person.json')).toBe(person);
    expect(resolveRef(holder, 'person.json#')).toBe(person);
    expect(resolveRef(holder, 'fehlt.json')).toBeUndefined();
  });

  it('finds resources inside lists (allOf, anyOf, prefixItems) and nested $id relative to the resource around them', () => {
    const strasse = { $id: 'teile/strasse.json', type: 'string', title: 'Straße' };
    const ort = { $id: 'ort.json', type: 'string', title: 'Ort' };
    const holder = holderOf({
      $id: 'https://example.org/antrag.json',
      allOf: [{ $id: 'https://example.org/adresse/', anyOf: [{ properties: { strasse } }] }],
      prefixItems: [ort],
    });
    expect(resolveRef(holder, 'adresse/teile/strasse.json')).toBe(strasse);
    expect(resolveRef(holder, 'ort.json')).toBe(ort);
  });

  it('resolves absolute $id and references under a urn: root', () => {
    const ort = { $id: 'urn:example:ort', type: 'string', title: 'Ort' };
    const holder = holderOf({ $id: 'urn:example:antrag', $defs: { ort } });
    expect(resolveRef(holder, 'urn:example:ort')).toBe(ort);
    expect(resolveRef(holder, 'ort.json')).toBeUndefined();
  });

  it('the root keeps its $id when a nested schema repeats it', () => {
    const root: JsonSchemaObject = {
      $id: 'https://example.org/antrag.json',
      title: 'Antrag',
      $defs: { kopie: { $id: 'https://example.org/antrag.json', title: 'Kopie' } },
    };
    expect(resolveRef(holderOf(root), 'https://example.org/antrag.json')).toBe(root);
  });

  it('an $id inside enum, const, default or examples is data and names no resource', () => {
    const data = { $id: 'https://example.org/daten.json', type: 'string' };
    for (const keyword of ['enum', 'const', 'default', 'examples']) {
      const value = keyword === 'enum' || keyword === 'examples' ? [data] : data;
      const holder = holderOf({
        $id: 'https://example.org/antrag.json',
        properties: { x: { [keyword]: value } },
      });
      expect({ keyword, target: resolveRef(holder, 'daten.json') }).toEqual({ keyword, target: undefined });
    }
  });

  it('a plain-name $id ("#name") names an anchor in the resource around it', () => {
    const bank = { $id: '#bank', title: 'Bank' };
    const holder = holderOf({ $id: 'https://example.org/antrag.json', $defs: { bank } });
    expect(resolveRef(holder, 'https://example.org/antrag.json#bank')).toBe(bank);
  });
});

describe('resolveRef: fragments inside a bundled resource', () => {
  it('a plain-name fragment finds the $anchor inside that resource', () => {
    const iban = { $anchor: 'iban', type: 'string', title: 'IBAN' };
    const holder = holderOf({
      $id: 'https://example.org/antrag.json',
      $defs: { bank: { $id: 'bank.json', properties: { iban } } },
    });
    expect(resolveRef(holder, 'bank.json#iban')).toBe(iban);
    expect(resolveRef(holder, 'bank.json#bic')).toBeUndefined();
  });

  it('a pointer fragment is decoded and followed to a schema, also to a boolean schema', () => {
    const strasse = { type: 'string', title: 'Straße' };
    const holder = holderOf({
      $id: 'https://example.org/antrag.json',
      $defs: {
        anschrift: {
          $id: 'anschrift.json',
          title: 'Anschrift',
          properties: { 'Straße/Nr': strasse, frei: true, gesperrt: false },
        },
      },
    });
    expect(resolveRef(holder, 'anschrift.json#/properties/Stra%C3%9Fe~1Nr')).toBe(strasse);
    expect(resolveRef(holder, 'anschrift.json#/properties/frei')).toBe(true);
    expect(resolveRef(holder, 'anschrift.json#/properties/gesperrt')).toBe(false);
  });

  it('a pointer to something that is not a schema, to nothing, or a broken encoding resolves to nothing', () => {
    const holder = holderOf({
      $id: 'https://example.org/antrag.json',
      $defs: {
        anschrift: { $id: 'anschrift.json', title: 'Anschrift', required: ['ort'], minProperties: 1 },
      },
    });
    expect(resolveRef(holder, 'anschrift.json#/title')).toBeUndefined();
    expect(resolveRef(holder, 'anschrift.json#/minProperties')).toBeUndefined();
    expect(resolveRef(holder, 'anschrift.json#/required')).toBeUndefined();
    expect(resolveRef(holder, 'anschrift.json#/properties/ort')).toBeUndefined();
    expect(resolveRef(holder, 'anschrift.json#/%E0%A4%A')).toBeUndefined();
  });

  it('without a root $id only absolute references find resources', () => {
    const ort = { $id: 'https://example.org/ort.json', type: 'string' };
    const holder = holderOf({ $defs: { ort } });
    expect(resolveRef(holder, 'https://example.org/ort.json')).toBe(ort);
    expect(resolveRef(holder, 'ort.json')).toBeUndefined();
  });
});
