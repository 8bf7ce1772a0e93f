// FieldLookup keeps answers across validations where the data cannot change them. Each case compares
// the answer of a long-lived definition (its caches warmed by other data first) with the answer of a
// fresh copy of the definition (nothing cached) for the same data: caching must never change an answer.
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../definition.js';
import { define } from '../test-support/sample-definitions.js';
import { FieldLookup, MAX_KEPT } from './field-lookup.js';

const taxNumber = {
  oneOf: [
    {
      properties: { art: { const: 'hr' }, nummer: { type: 'string', title: 'HR-Nummer' } },
      required: ['art'],
    },
    {
      properties: { art: { const: 'st' }, nummer: { type: 'string', title: 'Steuernummer' } },
      required: ['art'],
    },
  ],
};

const schema = {
  type: 'object',
  $defs: {
    adresse: {
      type: 'object',
      title: 'Adresse',
      properties: { strasse: { type: 'string', title: 'Straße' }, ort: { type: 'string' } },
    },
    firma: {
      type: 'object',
      properties: { art: { type: 'string' } },
      ...taxNumber,
    },
  },
  properties: {
    person: {
      type: 'object',
      properties: {
        typ: { type: 'string' },
        name: { type: 'string' },
        anschrift: { $ref: '#/$defs/adresse' },
      },
      allOf: [
        {
          if: { properties: { typ: { const: 'firma' } }, required: ['typ'] },
          then: { properties: { name: { title: 'Firmenname' } } },
          else: { properties: { name: { title: 'Familienname' } } },
        },
      ],
    },
    kennung: { type: 'object', properties: { art: { type: 'string' } }, ...taxNumber },
    firma: { $ref: '#/$defs/firma' },
    liste: {
      type: 'array',
      items: { type: 'object', properties: { art: { type: 'string' } }, ...taxNumber },
    },
    orte: { type: 'array', items: { $ref: '#/$defs/adresse' } },
    statisch: {
      type: 'object',
      properties: { innen: { type: 'object', properties: { wert: { type: 'string', title: 'Wert' } } } },
    },
  },
} as const;

const pointers = [
  '',
  '/person/name',
  '/person/anschrift',
  '/person/anschrift/strasse',
  '/person/anschrift/ort',
  '/kennung/nummer',
  '/firma/nummer',
  '/liste/0/nummer',
  '/liste/1/nummer',
  '/orte/2/strasse',
  '/statisch/innen/wert',
  '/statisch/innen/fremd',
  '/statisch/innen/wert/tiefer',
  '/nicht~2gueltig',
];

const samples: unknown[] = [
  {},
  {
    person: { typ: 'firma' },
    kennung: { art: 'hr' },
    firma: { art: 'st' },
    liste: [{ art: 'st' }, { art: 'hr' }],
  },
  {
    person: { typ: 'privat' },
    kennung: { art: 'st' },
    firma: { art: 'hr' },
    liste: [{ art: 'hr' }, { art: 'st' }],
  },
  'not an object',
];

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('FieldLookup', () => {
  it('gives the answer of an uncached lookup for every sample, whatever was asked before', () => {
    // The uncached answers: each sample against its own fresh copy of the definition.
    const expected = samples.map((data) => {
      const uncached = new FieldLookup(define(plain(schema) as JsonSchemaObject), data);
      return pointers.map((pointer) => plain(uncached.at(pointer)));
    });
    const kept = define(schema as unknown as JsonSchemaObject);
    // Every sample twice, forwards and backwards: answers kept from one sample must not leak into another.
    for (const index of [0, 1, 2, 3, 3, 2, 1, 0]) {
      const lookup = new FieldLookup(kept, samples[index]);
      pointers.forEach((pointer, at) =>
        expect(plain(lookup.at(pointer)), `${pointer} of sample ${index}`).toEqual(expected[index]![at]),
      );
    }
  });

  it('follows the data where it decides: if/then in allOf, oneOf branches, per list entry, behind a $ref', () => {
    const definition = define(schema as unknown as JsonSchemaObject);
    const labels = (data: unknown) => {
      const lookup = new FieldLookup(definition, data);
      return ['/person/name', '/kennung/nummer', '/firma/nummer', '/liste/0/nummer', '/liste/1/nummer'].map(
        (pointer) => lookup.at(pointer)?.label,
      );
    };
    const firma = ['Firmenname', 'HR-Nummer', 'Steuernummer', 'Steuernummer', 'HR-Nummer'];
    const privat = ['Familienname', 'Steuernummer', 'HR-Nummer', 'HR-Nummer', 'Steuernummer'];
    // Back and forth: what one sample answered is not kept for the other.
    for (const [data, expected] of [
      [samples[1], firma],
      [samples[2], privat],
      [samples[1], firma],
    ] as const)
      expect(labels(data)).toEqual(expected);
  });

  it('answers static places, list entries and $refs with labels and positions', () => {
    const lookup = new FieldLookup(define(schema as unknown as JsonSchemaObject), {});
    expect(lookup.at('/person/anschrift/strasse')).toMatchObject({ label: 'Straße', order: [0, 2, 0] });
    expect(lookup.at('/orte/2/strasse')).toMatchObject({ label: 'Straße', order: [4, 2, 0] });
    expect(lookup.at('/orte/2')).toMatchObject({ label: 'Adresse', order: [4, 2] });
    expect(lookup.at('/statisch/innen/wert')).toMatchObject({ label: 'Wert', order: [5, 0, 0] });
    expect(lookup.at('/statisch/innen/fremd')).toMatchObject({
      label: 'Fremd',
      order: [5, 0, Number.MAX_SAFE_INTEGER],
    });
    // Asked again (now from the kept answers): the same.
    expect(lookup.at('/statisch/innen/wert')).toMatchObject({ label: 'Wert', order: [5, 0, 0] });
  });

  it('keeps the answer for a pointer through static objects across validations, not one the data decides', () => {
    const definition = define(plain(schema) as JsonSchemaObject);
    const first = new FieldLookup(definition, {});
    const second = new FieldLookup(definition, {});
    for (const pointer of ['', '/statisch/innen/wert', '/statisch/innen/fremd', '/orte/2/strasse'])
      expect(second.at(pointer), pointer).toBe(first.at(pointer));
    // `person` has an if/then: its answer is found again for each validation (and is the same).
    const decided = first.at('/person/name');
    expect(second.at('/person/name')).not.toBe(decided);
    expect(second.at('/person/name')).toEqual(decided);
  });

  it(`keeps ${MAX_KEPT} answers per schema and starts over with the next one`, () => {
    const definition = define(plain(schema) as JsonSchemaObject);
    const first = new FieldLookup(definition, {}).at('/orte/0/strasse');
    const filling = new FieldLookup(definition, {});
    for (let index = 1; index < MAX_KEPT; index++) filling.at(`/orte/${index}/strasse`);
    expect(new FieldLookup(definition, {}).at('/orte/0/strasse')).toBe(first);
    filling.at(`/orte/${MAX_KEPT}/strasse`);
    const again = new FieldLookup(definition, {}).at('/orte/0/strasse');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('answers a list entry with the list itself where the list has no item schema', () => {
    const lookup = new FieldLookup(
      define({
        type: 'object',
        properties: { anhaenge: { type: 'array', title: 'Anhänge' }, name: { type: 'string' } },
      }),
      { anhaenge: ['a'] },
    );
    expect(lookup.at('/anhaenge/0')).toEqual({
      label: 'Anhänge',
      schema: { type: 'array', title: 'Anhänge' },
      order: [0],
    });
  });

  it('names a list entry by the list where the item title is empty or blank', () => {
    const lookup = new FieldLookup(
      define({
        type: 'object',
        properties: {
          schlagworte: { type: 'array', title: 'Schlagworte', items: { type: 'string', title: '  ' } },
          namen: { type: 'array', title: 'Namen', items: { type: 'string', title: '' } },
        },
      }),
      {},
    );
    expect(lookup.at('/schlagworte/3')).toEqual({
      label: 'Schlagworte',
      schema: { type: 'string', title: '  ' },
      order: [0, 3],
    });
    expect(lookup.at('/namen/0')).toEqual({
      label: 'Namen',
      schema: { type: 'string', title: '' },
      order: [1, 0],
    });
  });

  it('answers a pointer below a field that is no list with that field, though it carries `items`', () => {
    const kennzeichen = { type: 'string', title: 'Kennzeichen', items: { type: 'string', title: 'Zeichen' } };
    const lookup = new FieldLookup({ schema: { type: 'object', properties: { kennzeichen } } }, {});
    expect(lookup.at('/kennzeichen/0')).toEqual({ label: 'Kennzeichen', schema: kennzeichen, order: [0] });
  });

  it('names an entry of an untitled root list by nothing, i.e. the whole form', () => {
    const lookup = new FieldLookup({ schema: { type: 'array', items: { type: 'string' } } }, ['x']);
    expect(lookup.at('/0')).toEqual({ label: '', schema: { type: 'string' }, order: [0] });
  });

  it('answers the whole form, and no field below it, for a root that is no object schema', () => {
    // A JavaScript caller may pass any JSON Schema; `false` (refusing all data) has no fields.
    const lookup = new FieldLookup({ schema: false as unknown as JsonSchemaObject }, {});
    expect(lookup.at('')).toEqual({ label: '', schema: {}, order: [] });
    expect(lookup.at('/name')).toBeUndefined();
    const text = new FieldLookup({ schema: { type: 'string', title: 'Text' } }, 'x');
    expect(text.at('/0')).toBeUndefined();
  });
});
