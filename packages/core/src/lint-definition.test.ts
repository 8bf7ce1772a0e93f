import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from './definition.js';
import { lintDefinition } from './lint-definition.js';

const service = (schema: JsonSchemaObject, more: Record<string, unknown> = {}) => ({
  id: 'beispiel',
  version: '1.0.0',
  title: 'Beispiel',
  schema,
  ...more,
});

const codes = (definition: unknown, tenant?: unknown) =>
  lintDefinition(definition, tenant === undefined ? {} : { tenant }).map(
    (problem) => `${problem.pointer} ${problem.code}`,
  );

describe('lintDefinition: a field named like a keyword is a field', () => {
  it('asks for labels of the options of fields named if, not, contains and propertyNames', () => {
    const untitled = { type: 'string', title: 'Feld', enum: ['a', 'b'] };
    const schema = {
      type: 'object',
      properties: { if: untitled, not: untitled, contains: untitled, propertyNames: untitled },
    };
    expect(codes(service(schema))).toEqual([
      '/schema/properties/if/enum enum-without-labels',
      '/schema/properties/not/enum enum-without-labels',
      '/schema/properties/contains/enum enum-without-labels',
      '/schema/properties/propertyNames/enum enum-without-labels',
    ]);
  });

  it('still leaves alone the options of subschemas that only test data, however deep', () => {
    const schema = {
      type: 'object',
      properties: {
        art: { type: 'string', title: 'Art', oneOf: [{ const: 'a', title: 'A' }] },
        liste: {
          type: 'array',
          title: 'Liste',
          items: { type: 'string', title: 'Eintrag' },
          contains: { type: 'string', enum: ['x', 'y'] },
        },
        gruppe: {
          type: 'object',
          title: 'Gruppe',
          properties: { not: { type: 'string', title: 'Nicht' } },
          propertyNames: { enum: ['not', 'sonst'], type: 'string' },
        },
      },
      if: { properties: { art: { type: 'string', enum: ['a', 'b'] } } },
      then: { required: ['art'] },
      allOf: [{ not: { properties: { art: { type: 'string', oneOf: [{ const: 'c' }] } } } }],
    };
    expect(codes(service(schema))).toEqual([]);
  });

  it('reads a keyword inside the schema of a field named like a keyword map', () => {
    // "properties" here is a field; its own `not` is the keyword and only tests data.
    const schema = {
      type: 'object',
      properties: {
        properties: {
          type: 'string',
          title: 'Eigenschaften',
          not: { type: 'string', enum: ['x', 'y'] },
        },
      },
    };
    expect(codes(service(schema))).toEqual([]);
  });

  it('names a closed object inside a field named not that hides a branch’s field', () => {
    const closed = {
      type: 'object',
      title: 'Geschlossen',
      properties: { a: { type: 'string', title: 'A' } },
      additionalProperties: false,
      oneOf: [{ properties: { b: { type: 'string', title: 'B' } } }],
    };
    expect(codes(service({ type: 'object', properties: { not: closed } }))).toEqual([
      '/schema/properties/not/additionalProperties closed-object-hides-fields',
    ]);
  });
});

describe('lintDefinition: names are own properties, never inherited ones', () => {
  const tenant = { type: 'object', properties: { name: { type: 'string' } } };

  it('reports a placeholder that names a property every object inherits', () => {
    for (const inherited of ['toString', 'constructor', 'hasOwnProperty']) {
      const definition = service(
        { type: 'object', properties: {} },
        { description: `Bei {tenant.${inherited}}`, tenant },
      );
      expect(lintDefinition(definition, { tenant: { name: 'Musterstadt' } })).toEqual([
        {
          pointer: '/description',
          code: 'placeholder-unknown',
          message: `{tenant.${inherited}} names no property of the "tenant" schema.`,
        },
      ]);
    }
  });

  it('reports options taken from an inherited name of the tenant', () => {
    const schema = {
      type: 'object',
      properties: { zone: { type: 'string', title: 'Zone', 'x-efa': { optionsFrom: 'tenant.constructor' } } },
    };
    expect(codes(service(schema, { tenant }), { name: 'x' })).toEqual([
      '/schema/properties/zone/x-efa/optionsFrom hint-options-from',
    ]);
  });

  it('names a branch field called constructor that a closed object rejects', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string', title: 'A' } },
      additionalProperties: false,
      oneOf: [{ properties: { constructor: { type: 'string', title: 'Konstrukteur' } } }],
    };
    expect(lintDefinition(service(schema))).toEqual([
      expect.objectContaining({
        pointer: '/schema/additionalProperties',
        code: 'closed-object-hides-fields',
        message: expect.stringContaining('rejects "constructor"'),
      }),
    ]);
  });
});

describe('lintDefinition: step fields', () => {
  it('names the place a step field goes astray as a JSON Pointer, escaped like the field', () => {
    const schema = {
      type: 'object',
      properties: {
        'von/bis': { type: 'string', title: 'Von/bis' },
        rest: { type: 'string', title: 'Rest' },
      },
    };
    const definition = service(schema, {
      steps: [{ id: 'daten', title: 'Daten', fields: ['/von~1bis/tag', '/rest'] }],
    });
    expect(lintDefinition(definition)).toEqual([
      {
        pointer: '/steps/0/fields/0',
        code: 'step-field-missing',
        message: '"/von~1bis/tag" goes into "/von~1bis", which is not an object.',
      },
      {
        pointer: '/steps',
        code: 'field-without-step',
        message: 'The field "/von~1bis" is in no step; add it to the "fields" of one step.',
      },
    ]);
  });
});
