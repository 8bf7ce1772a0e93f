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
