// describeObject and activeFields on conditional schemas: which fields apply, with which schema and label. Each case once went wrong.
import { describe, expect, it } from 'vitest';
import { activeFields } from './active-fields.js';
import { createValidator } from './create-validator.js';
import { describeObject } from './describe-object.js';
import { prune } from './prune.js';
import { define } from './test-support/sample-definitions.js';

describe('conditions', () => {
  it('takes schema and label from the branch that applies', () => {
    const definition = define({
      type: 'object',
      properties: {
        art: {
          type: 'string',
          title: 'Art',
          oneOf: [
            { const: 'hr', title: 'HR' },
            { const: 'st', title: 'St' },
          ],
        },
      },
      oneOf: [
        {
          properties: {
            art: { const: 'hr' },
            nummer: { type: 'string', title: 'HR-Nummer', pattern: '^HR' },
          },
        },
        {
          properties: {
            art: { const: 'st' },
            nummer: { type: 'string', title: 'Steuernummer', pattern: '^[0-9]+$' },
          },
        },
      ],
    });
    const field = describeObject(definition, definition.schema, { art: 'st' }).find(
      (candidate) => candidate.name === 'nummer',
    );
    expect(field).toMatchObject({ label: 'Steuernummer', active: true });
    expect(createValidator(definition).validate({ art: 'st', nummer: 'x' }).errors[0]?.message).toBe(
      '„Steuernummer“ hat nicht das erwartete Format.',
    );
  });

  it('finds discriminators as multi-value enums and inside allOf', () => {
    const definition = define({
      type: 'object',
      $defs: { basis: { properties: { x: { type: 'string', title: 'X' } } } },
      properties: {
        typ: {
          type: 'string',
          title: 'Typ',
          oneOf: [
            { const: 'a', title: 'A' },
            { const: 'b1', title: 'B1' },
            { const: 'b2', title: 'B2' },
          ],
        },
      },
      oneOf: [
        { allOf: [{ $ref: '#/$defs/basis' }, { properties: { typ: { const: 'a' } }, required: ['x'] }] },
        { properties: { typ: { enum: ['b1', 'b2'] }, y: { type: 'string', title: 'Y' } }, required: ['y'] },
      ],
    });
    const b = activeFields(definition, { typ: 'b1' });
    expect([...b.visible]).toEqual(['/typ', '/y']);
    expect(b.required.has('/y')).toBe(true);
    const a = activeFields(definition, { typ: 'a' });
    expect([...a.visible]).toEqual(['/typ', '/x']);
  });

  it('requires neither of "Telefon or E-Mail" alone', () => {
    const definition = define({
      type: 'object',
      properties: {
        telefon: { type: 'string', title: 'Telefon' },
        email: { type: 'string', title: 'E-Mail' },
      },
      anyOf: [{ required: ['telefon'] }, { required: ['email'] }],
    });
    expect([...activeFields(definition, {}).required]).toEqual([]);
  });

  it('judges conditions on the answers that will be sent (chains, emptied triggers)', () => {
    const chain = define({
      type: 'object',
      unevaluatedProperties: false,
      properties: { a: { type: 'boolean', title: 'A' } },
      if: { properties: { a: { const: true } }, required: ['a'] },
      then: {
        properties: { b: { type: 'boolean', title: 'B' } },
        if: { properties: { b: { const: true } }, required: ['b'] },
        then: { properties: { c: { type: 'string', title: 'C' } }, required: ['c'] },
      },
    });
    const data = { a: false, b: true, c: 'x' };
    expect(prune(chain, data)).toEqual({ a: false });
    expect(prune(chain, prune(chain, data))).toEqual({ a: false });
    expect(activeFields(chain, data).required.has('/c')).toBe(false);

    const trigger = define({
      type: 'object',
      unevaluatedProperties: false,
      properties: { firma: { type: 'string', title: 'Firma' } },
      dependentSchemas: { firma: { properties: { hr: { type: 'string', title: 'HR' } }, required: ['hr'] } },
    });
    expect(prune(trigger, { firma: '', hr: 'HRB 1' })).toEqual({});
    expect(activeFields(trigger, { firma: '' }).visible.has('/hr')).toBe(false);
  });
});

describe('describeObject, what each field says', () => {
  // What a form reads of each field besides its schema: applies now, must be answered now, may come and go.
  const flags = (schema: Parameters<typeof define>[0], data: unknown) => {
    const definition = define(schema);
    return describeObject(definition, definition.schema, data).map(
      ({ name, active, required, conditional }) => ({
        name,
        active,
        required,
        conditional,
      }),
    );
  };

  it('marks the root’s own properties as unconditional and branch properties as conditional', () => {
    const schema = {
      type: 'object',
      properties: { art: { type: 'string', title: 'Art' } },
      required: ['art'],
      anyOf: [{ properties: { hinweis: { type: 'string', title: 'Hinweis' } } }],
    };
    expect(flags(schema, {})).toEqual([
      { name: 'art', active: true, required: true, conditional: false },
      { name: 'hinweis', active: true, required: false, conditional: true },
    ]);
  });

  it('takes a field’s schema from the first declaration that says something', () => {
    const definition = define({
      type: 'object',
      properties: { name: {} },
      allOf: [{ properties: { name: { type: 'string', maxLength: 5 } } }],
    });
    expect(describeObject(definition, definition.schema, {})[0]?.schema).toEqual({
      type: 'string',
      maxLength: 5,
    });
  });

  it('reads draft-07 `dependencies`: a list requires, a schema adds fields', () => {
    const schema = {
      type: 'object',
      properties: { firma: { type: 'string', title: 'Firma' }, hr: { type: 'string', title: 'HR' } },
      dependencies: {
        firma: ['hr'],
        hr: { properties: { gericht: { type: 'string', title: 'Registergericht' } }, required: ['gericht'] },
      },
    };
    expect(flags(schema, {})).toEqual([
      { name: 'firma', active: true, required: false, conditional: false },
      { name: 'hr', active: true, required: false, conditional: false },
      { name: 'gericht', active: false, required: false, conditional: true },
    ]);
    expect(flags(schema, { firma: 'Muster GmbH', hr: 'HRB 1' })).toEqual([
      { name: 'firma', active: true, required: false, conditional: false },
      { name: 'hr', active: true, required: true, conditional: false },
      { name: 'gericht', active: true, required: true, conditional: true },
    ]);
  });

  it('reads `if` with only `else`', () => {
    const schema = {
      type: 'object',
      properties: { inland: { type: 'boolean', title: 'Inland' } },
      if: { properties: { inland: { const: true } }, required: ['inland'] },
      else: { properties: { staat: { type: 'string', title: 'Staat' } }, required: ['staat'] },
    };
    expect(flags(schema, { inland: true })[1]).toEqual({
      name: 'staat',
      active: false,
      required: false,
      conditional: true,
    });
    expect(flags(schema, { inland: false })[1]).toEqual({
      name: 'staat',
      active: true,
      required: true,
      conditional: true,
    });
  });

  it('requires a field that every taken `anyOf` branch requires', () => {
    const schema = {
      type: 'object',
      properties: { name: { type: 'string', title: 'Name' }, telefon: { type: 'string', title: 'Telefon' } },
      anyOf: [{ required: ['name', 'telefon'] }, { required: ['name'] }],
    };
    expect(flags(schema, {})).toEqual([
      { name: 'name', active: true, required: true, conditional: false },
      { name: 'telefon', active: true, required: false, conditional: false },
    ]);
  });

  it('shows the discriminator of a choice not made yet, and only the chosen branch’s fields after', () => {
    const schema = {
      type: 'object',
      oneOf: [
        {
          properties: {
            art: { const: 'person', title: 'Person' },
            vorname: { type: 'string', title: 'Vorname' },
          },
          required: ['art', 'vorname'],
        },
        {
          properties: { art: { const: 'firma', title: 'Firma' }, firma: { type: 'string', title: 'Firma' } },
          required: ['art', 'firma'],
        },
      ],
    };
    expect(flags(schema, {})).toEqual([
      { name: 'art', active: true, required: false, conditional: true },
      { name: 'vorname', active: false, required: false, conditional: true },
      { name: 'firma', active: false, required: false, conditional: true },
    ]);
    expect(flags(schema, { art: 'firma' })).toEqual([
      { name: 'art', active: true, required: true, conditional: true },
      { name: 'vorname', active: false, required: false, conditional: true },
      { name: 'firma', active: true, required: true, conditional: true },
    ]);
  });

  it('does not show the discriminator of a choice inside a part that does not apply', () => {
    const schema = {
      type: 'object',
      properties: { gewerbe: { type: 'boolean', title: 'Gewerbe' } },
      if: { properties: { gewerbe: { const: true } }, required: ['gewerbe'] },
      then: {
        oneOf: [
          { properties: { form: { const: 'einzel', title: 'Einzelunternehmen' } }, required: ['form'] },
          { properties: { form: { const: 'gmbh', title: 'GmbH' } }, required: ['form'] },
        ],
      },
    };
    expect(flags(schema, { gewerbe: false })[1]).toEqual({
      name: 'form',
      active: false,
      required: false,
      conditional: true,
    });
    expect(flags(schema, { gewerbe: true })[1]).toEqual({
      name: 'form',
      active: true,
      required: false,
      conditional: true,
    });
  });
});
