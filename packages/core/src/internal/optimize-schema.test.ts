import { describe, expect, it } from 'vitest';
import { createAjv } from './create-ajv.js';
import { optimizeSchema } from './optimize-schema.js';

describe('optimizeSchema: option lists read as enum', () => {
  it('a oneOf or anyOf of {const, title, description, $comment, x-…} becomes the enum of the consts, without the texts', () => {
    const schema = {
      type: 'object',
      properties: {
        staat: {
          type: 'string',
          title: 'Staat',
          oneOf: [
            { const: 'DE', title: 'Deutschland', description: 'Bundesrepublik', $comment: 'Code 000' },
            { const: 'AT', title: 'Österreich', 'x-code': '168' },
          ],
        },
        anzahl: { anyOf: [{ const: 1 }, { const: { n: 2 } }, { const: null }] },
      },
    };
    expect(optimizeSchema(schema)).toEqual({
      type: 'object',
      properties: {
        staat: { type: 'string', enum: ['DE', 'AT'] },
        anzahl: { enum: [1, { n: 2 }, null] },
      },
    });
  });

  it('finds option lists inside lists of schemas and leaves the input as it was', () => {
    const schema = { allOf: [{ oneOf: [{ const: 'a' }, { const: 'b' }] }] };
    expect(optimizeSchema(schema)).toEqual({ allOf: [{ enum: ['a', 'b'] }] });
    expect(schema).toEqual({ allOf: [{ oneOf: [{ const: 'a' }, { const: 'b' }] }] });
  });

  it('keeps an empty oneOf, and one with a branch that is a boolean or has no const', () => {
    for (const oneOf of [
      [],
      [true, { const: 'a' }],
      [{ const: 'a' }, false],
      [{ const: 'a' }, { type: 'null' }],
    ]) {
      expect(optimizeSchema({ oneOf })).toEqual({ oneOf });
    }
    expect(optimizeSchema({ oneOf: [{ const: 'a' }, { title: 'Sonstiges' }] })).toEqual({
      oneOf: [{ const: 'a' }, {}],
    });
  });

  it('keeps branches that check more than the const (another keyword than annotations)', () => {
    for (const extra of [{ type: 'string' }, { minLength: 2 }]) {
      const schema = {
        oneOf: [
          { const: 'a', title: 'A' },
          { const: 'b', ...extra },
        ],
      };
      expect(optimizeSchema(schema)).toEqual({ oneOf: [{ const: 'a' }, { const: 'b', ...extra }] });
    }
  });

  it('keeps a list with two equal consts (oneOf rejects that value, an enum would accept it)', () => {
    const schema = { oneOf: [{ const: { a: 1, b: 2 } }, { const: 'x' }, { const: { b: 2, a: 1 } }] };
    expect(optimizeSchema(schema)).toEqual(schema);
  });

  it('keeps the oneOf when the schema already has an enum', () => {
    const schema = { enum: ['a'], oneOf: [{ const: 'a' }, { const: 'b' }] };
    expect(optimizeSchema(schema)).toEqual(schema);
  });
});

describe('optimizeSchema: annotations left out', () => {
  it('drops titles, descriptions, examples, defaults, comments and x-… at every schema position', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Antrag',
      'x-efa': { steps: [] },
      type: 'object',
      properties: {
        name: {
          type: 'string',
          title: 'Name',
          description: 'Wie im Ausweis',
          examples: ['Erika'],
          default: '',
        },
        liste: {
          type: 'array',
          items: { type: 'integer', $comment: 'Stück', deprecated: true },
          prefixItems: [{ readOnly: true, writeOnly: false, minimum: 1 }],
        },
      },
      $defs: { anschrift: { type: 'object', 'x-xoev': { name: 'Anschrift' }, required: ['ort'] } },
      allOf: [
        { if: { title: 'Firma', required: ['firma'] }, then: { description: 'x', required: ['register'] } },
      ],
      dependencies: { a: ['b'], c: { title: 'C', required: ['d'] } },
    };
    expect(optimizeSchema(schema)).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        name: { type: 'string' },
        liste: { type: 'array', items: { type: 'integer' }, prefixItems: [{ minimum: 1 }] },
      },
      $defs: { anschrift: { type: 'object', required: ['ort'] } },
      allOf: [{ if: { required: ['firma'] }, then: { required: ['register'] } }],
      dependencies: { a: ['b'], c: { required: ['d'] } },
    });
  });

  it('leaves data alone: const, enum, $data and properties named like keywords', () => {
    const schema = {
      type: 'object',
      properties: {
        title: { type: 'string', title: 'Titel' },
        'x-feld': { const: { title: 'kein Titel', oneOf: [{ const: 1 }] } },
        art: { enum: [{ description: 'Daten' }, 'b'] },
        bis: { type: 'string', format: 'date', formatMinimum: { $data: '1/von' } },
      },
      required: ['title', 'x-feld'],
    };
    expect(optimizeSchema(schema)).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string' },
        'x-feld': { const: { title: 'kein Titel', oneOf: [{ const: 1 }] } },
        art: { enum: [{ description: 'Daten' }, 'b'] },
        bis: { type: 'string', format: 'date', formatMinimum: { $data: '1/von' } },
      },
      required: ['title', 'x-feld'],
    });
  });

  it('keeps a property named __proto__ as a property, and leaves the input as it was', () => {
    const schema = JSON.parse('{"properties":{"__proto__":{"type":"string","title":"P"}}}') as object;
    const copy = optimizeSchema(schema) as { properties: object };
    expect(Object.keys(copy.properties)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(copy.properties)).toBe(Object.prototype);
    expect(JSON.stringify(copy)).toBe('{"properties":{"__proto__":{"type":"string"}}}');
    expect(JSON.stringify(schema)).toBe('{"properties":{"__proto__":{"type":"string","title":"P"}}}');
  });
});

describe('optimizeSchema: $ref targets outside the schema keywords', () => {
  const schema = {
    type: 'object',
    'x-efa': { widget: 'fieldset' },
    'x-parts': {
      person: {
        type: 'object',
        title: 'Person',
        properties: { land: { $ref: '#/components/land' } },
        if: { required: ['firma'] },
        then: { required: ['register'] },
      },
    },
    components: {
      land: {
        title: 'Staat',
        oneOf: [
          { const: 'DE', title: 'Deutschland' },
          { const: 'AT', title: 'Österreich' },
        ],
      },
      unused: { oneOf: [{ const: 1, title: 'Eins' }] },
    },
    properties: { antragsteller: { $ref: '#/x-parts/person' } },
  };

  it('keeps what a $ref points into and reads the targets as schemas, wherever they sit', () => {
    expect(optimizeSchema(schema)).toEqual({
      type: 'object',
      'x-parts': {
        person: {
          type: 'object',
          properties: { land: { $ref: '#/components/land' } },
          if: { required: ['firma'] },
          then: { required: ['register'] },
        },
      },
      components: { land: { enum: ['DE', 'AT'] }, unused: { oneOf: [{ const: 1, title: 'Eins' }] } },
      properties: { antragsteller: { $ref: '#/x-parts/person' } },
    });
  });

  it('compiles and validates through those $refs', () => {
    const validate = createAjv(schema, 'lenient', { messages: false }).compile(optimizeSchema(schema));
    expect([
      validate({ antragsteller: { land: 'DE' } }),
      validate({ antragsteller: { land: 'FR' } }),
      validate({ antragsteller: { firma: 'x' } }),
    ]).toEqual([true, false, false]);
    validate({ antragsteller: { land: 'FR' } });
    expect(validate.errors?.map(({ keyword, schemaPath }) => [keyword, schemaPath])).toEqual([
      ['enum', '#/components/land/enum'],
    ]);
  });
});
