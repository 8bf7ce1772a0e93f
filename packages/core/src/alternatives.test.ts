// How core reads the branches of a oneOf/anyOf: alternatives a person chooses between, discriminator
// properties that tell branches apart, and the questions a form asks for them.
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from './definition.js';
import {
  alternativesOf,
  branchProperties,
  discriminatorChoices,
  discriminatorsOf,
  isDiscriminated,
} from './alternatives.js';

/**
 * The choices of an object that is its own root, as `[name, choice]` entries: `toStrictEqual` tells a
 * key set to `undefined` from a missing one in them, not in a Map.
 */
const choicesOf = (object: JsonSchemaObject) => [...discriminatorChoices({ schema: object }, object)];

describe('alternativesOf', () => {
  it('object branches that only declare properties are alternatives', () => {
    const schema: JsonSchemaObject = {
      oneOf: [
        { properties: { strasse: { type: 'string' } } },
        { properties: { postfach: { type: 'string' } } },
      ],
    };
    expect(alternativesOf(schema, { schema })).toEqual([
      { properties: { strasse: { type: 'string' } } },
      { properties: { postfach: { type: 'string' } } },
    ]);
  });

  it('array branches that only declare items are alternatives', () => {
    const schema: JsonSchemaObject = {
      anyOf: [{ items: { type: 'string' } }, { items: { type: 'number' } }],
    };
    expect(alternativesOf(schema, { schema })).toEqual([
      { items: { type: 'string' } },
      { items: { type: 'number' } },
    ]);
  });

  it('bare $ref branches of a schema not yet resolved are alternatives', () => {
    const root: JsonSchemaObject = {
      $defs: {
        adresse: { type: 'object', properties: { strasse: { type: 'string' } } },
        postfach: { type: 'object', properties: { nummer: { type: 'string' } } },
      },
      type: 'object',
      properties: { ort: { oneOf: [{ $ref: '#/$defs/adresse' }, { $ref: '#/$defs/postfach' }] } },
    };
    const ort = (root.properties as Record<string, JsonSchemaObject>).ort as JsonSchemaObject;
    expect(alternativesOf(ort, { schema: root })).toEqual([
      { $ref: '#/$defs/adresse' },
      { $ref: '#/$defs/postfach' },
    ]);
  });

  it('a lone branch is no choice, and the anyOf beside it still is', () => {
    const schema: JsonSchemaObject = {
      oneOf: [{ type: 'object', properties: { a: { type: 'string' } } }],
      anyOf: [
        { type: 'object', properties: { b: { type: 'string' } } },
        { type: 'object', properties: { c: { type: 'string' } } },
      ],
    };
    expect(alternativesOf({ oneOf: schema.oneOf }, { schema })).toBeUndefined();
    expect(alternativesOf(schema, { schema })).toEqual([
      { type: 'object', properties: { b: { type: 'string' } } },
      { type: 'object', properties: { c: { type: 'string' } } },
    ]);
  });

  it('typed branches with a const are an option list, not alternatives', () => {
    const schema: JsonSchemaObject = {
      oneOf: [
        { type: 'string', const: 'rot', title: 'Rot' },
        { type: 'string', const: 'blau', title: 'Blau' },
      ],
    };
    expect(alternativesOf(schema, { schema })).toBeUndefined();
  });

  it('branches that only add conditions to the object are not alternatives', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: { email: { type: 'string' }, telefon: { type: 'string' } },
      oneOf: [{ required: ['email'] }, { required: ['telefon'] }],
    };
    expect(alternativesOf(schema, { schema })).toBeUndefined();
  });

  it('a const only one branch has tells nothing apart: the branches stay alternatives', () => {
    const schema: JsonSchemaObject = {
      oneOf: [
        { properties: { typ: { const: 'a' }, nummer: { type: 'string' } } },
        { properties: { typ: { type: 'string' }, text: { type: 'string' } } },
      ],
    };
    expect(isDiscriminated({ schema }, schema.oneOf as JsonSchemaObject[])).toBe(false);
    expect(alternativesOf(schema, { schema })).toEqual([
      { properties: { typ: { const: 'a' }, nummer: { type: 'string' } } },
      { properties: { typ: { type: 'string' }, text: { type: 'string' } } },
    ]);
  });
});

describe('isDiscriminated', () => {
  it('no branches are not discriminated', () => {
    expect(isDiscriminated({ schema: {} }, [])).toBe(false);
  });
});

describe('discriminatorsOf', () => {
  it('with no siblings given, every const and enum property of the branch counts', () => {
    const branch: JsonSchemaObject = {
      properties: {
        typ: { const: 'a' },
        name: { type: 'string' },
        art: { enum: ['x', 'y'] },
      },
    };
    expect(discriminatorsOf({ schema: branch }, branch)).toEqual([
      { name: 'typ', values: ['a'] },
      { name: 'art', values: ['x', 'y'] },
    ]);
  });
});

describe('branchProperties', () => {
  it('a branch that includes itself through allOf lists its properties once', () => {
    const root: JsonSchemaObject = {
      $defs: {
        person: {
          properties: { vorname: { type: 'string' } },
          allOf: [{ $ref: '#/$defs/person' }, { properties: { nachname: { type: 'string' } } }],
        },
      },
    };
    const person = (root.$defs as Record<string, JsonSchemaObject>).person as JsonSchemaObject;
    expect(branchProperties({ schema: root }, person)).toEqual([
      ['vorname', { type: 'string' }],
      ['nachname', { type: 'string' }],
    ]);
  });
});

describe('discriminatorChoices', () => {
  it('const branches with titles: the branches title the options, the property name the question', () => {
    const object: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { title: 'Privatperson', properties: { art: { const: 'privat' }, vorname: { type: 'string' } } },
        { title: 'Unternehmen', properties: { art: { const: 'firma' }, firma: { type: 'string' } } },
      ],
    };
    expect(choicesOf(object)).toStrictEqual([
      [
        'art',
        {
          schema: {
            oneOf: [
              { const: 'privat', title: 'Privatperson' },
              { const: 'firma', title: 'Unternehmen' },
            ],
          },
          label: 'Art',
          branches: [0, 1],
        },
      ],
    ]);
  });

  it('a property title every branch gives titles the question; the branches still title the options', () => {
    const object: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        {
          title: 'Privatperson',
          properties: {
            name: { type: 'string', title: 'Name' },
            art: { title: 'Antragsart', const: 'privat' },
          },
        },
        {
          title: 'Unternehmen',
          properties: {
            name: { type: 'string', title: 'Name' },
            art: { title: 'Antragsart', const: 'firma' },
          },
        },
      ],
    };
    expect(choicesOf(object)).toStrictEqual([
      [
        'art',
        {
          schema: {
            title: 'Antragsart',
            oneOf: [
              { const: 'privat', title: 'Privatperson' },
              { const: 'firma', title: 'Unternehmen' },
            ],
          },
          label: 'Antragsart',
          branches: [0, 1],
        },
      ],
    ]);
  });

  it('property titles that differ title their options; a branch without one gives its own title', () => {
    const object: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { title: 'Zweig A', properties: { typ: { title: 'Person', const: 'p' } } },
        { title: 'Zweig B', properties: { typ: { title: 'Firma', const: 'f' } } },
        { title: 'Verein', properties: { typ: { const: 'v' } } },
      ],
    };
    expect(choicesOf(object)).toStrictEqual([
      [
        'typ',
        {
          schema: {
            oneOf: [
              { const: 'p', title: 'Person' },
              { const: 'f', title: 'Firma' },
              { const: 'v', title: 'Verein' },
            ],
          },
          label: 'Typ',
          branches: [0, 1, 2],
        },
      ],
    ]);
  });

  it('with an enum branch among them, no option has a title', () => {
    const object: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { title: 'Einzeln', properties: { typ: { const: 'a' }, nummer: { type: 'string' } } },
        { title: 'Mehrere', properties: { typ: { enum: ['b1', 'b2'] }, text: { type: 'string' } } },
      ],
    };
    expect(choicesOf(object)).toStrictEqual([
      [
        'typ',
        {
          schema: { oneOf: [{ const: 'a' }, { const: 'b1' }, { const: 'b2' }] },
          label: 'Typ',
          branches: [0, 1, 1],
        },
      ],
    ]);
  });

  it('a value two branches accept is offered once, choosing the first of them', () => {
    const object: JsonSchemaObject = {
      type: 'object',
      anyOf: [
        { properties: { typ: { enum: ['a', 'b'] }, x: { type: 'string' } } },
        { properties: { typ: { enum: ['b', 'c'] }, y: { type: 'string' } } },
      ],
    };
    expect(choicesOf(object)).toStrictEqual([
      [
        'typ',
        {
          schema: { oneOf: [{ const: 'a' }, { const: 'b' }, { const: 'c' }] },
          label: 'Typ',
          branches: [0, 0, 1],
        },
      ],
    ]);
  });

  it('each discriminator of the branches is a question of its own', () => {
    const object: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { properties: { typ: { const: 'a' }, art: { const: 'x' } } },
        { properties: { typ: { const: 'b' }, art: { const: 'y' } } },
      ],
    };
    expect(choicesOf(object)).toStrictEqual([
      ['typ', { schema: { oneOf: [{ const: 'a' }, { const: 'b' }] }, label: 'Typ', branches: [0, 1] }],
      ['art', { schema: { oneOf: [{ const: 'x' }, { const: 'y' }] }, label: 'Art', branches: [0, 1] }],
    ]);
  });

  it('a const that only some branches give is no question', () => {
    const object: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { properties: { typ: { const: 'a' }, art: { const: 'x' } } },
        { properties: { typ: { const: 'b' }, art: { type: 'string' } } },
      ],
    };
    expect(choicesOf(object)).toStrictEqual([
      ['typ', { schema: { oneOf: [{ const: 'a' }, { const: 'b' }] }, label: 'Typ', branches: [0, 1] }],
    ]);
  });

  it('a branch title that is not a string titles no option', () => {
    const object = {
      type: 'object',
      oneOf: [
        { title: 1, properties: { typ: { const: 'a' } } },
        { title: 'B', properties: { typ: { const: 'b' } } },
      ],
    } as unknown as JsonSchemaObject;
    expect(choicesOf(object)).toStrictEqual([
      [
        'typ',
        {
          schema: { oneOf: [{ const: 'a' }, { const: 'b', title: 'B' }] },
          label: 'Typ',
          branches: [0, 1],
        },
      ],
    ]);
  });

  it('asking again for the same object gives the same answer object', () => {
    const object: JsonSchemaObject = {
      type: 'object',
      oneOf: [{ properties: { typ: { const: 'a' } } }, { properties: { typ: { const: 'b' } } }],
    };
    const holder = { schema: object };
    expect(discriminatorChoices(holder, object)).toBe(discriminatorChoices(holder, object));
  });
});
