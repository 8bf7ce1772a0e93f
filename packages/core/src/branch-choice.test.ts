// chosenBranch: the validator reports the errors of the branch the form shows. Each case once went wrong.
import { describe, expect, it } from 'vitest';
import { activeFields } from './active-fields.js';
import { createValidator } from './create-validator.js';
import { define } from './test-support/sample-definitions.js';

describe('errors speak of the branch the form shows', () => {
  it('reports the fields of the default variant when no variant is chosen', () => {
    const definition = define({
      type: 'object',
      properties: {
        antragsteller: {
          type: 'object',
          title: 'Antragsteller',
          oneOf: [
            {
              properties: {
                vorname: { type: 'string', title: 'Vorname' },
                nachname: { type: 'string', title: 'Nachname' },
              },
              required: ['vorname', 'nachname'],
            },
            { properties: { firma: { type: 'string', title: 'Firma' } }, required: ['firma'] },
          ],
        },
      },
    });
    const visible = [...activeFields(definition, { antragsteller: {} }).visible];
    const errors = createValidator(definition)
      .validate({ antragsteller: {} })
      .errors.map((error) => error.pointer);
    expect(errors).toEqual(['/antragsteller/vorname', '/antragsteller/nachname']);
    for (const pointer of errors) expect(visible).toContain(pointer);
  });

  it('reports the unticked consent of the chosen branch, not a variant mismatch', () => {
    const definition = define({
      type: 'object',
      properties: {
        typ: {
          type: 'string',
          title: 'Typ',
          oneOf: [
            { const: 'a', title: 'A' },
            { const: 'b', title: 'B' },
          ],
        },
      },
      oneOf: [
        {
          properties: { typ: { const: 'a' }, ok1: { type: 'boolean', title: 'Zustimmung A', const: true } },
          required: ['ok1'],
        },
        {
          properties: { typ: { const: 'b' }, ok2: { type: 'boolean', title: 'Zustimmung B', const: true } },
          required: ['ok2'],
        },
      ],
    });
    const errors = createValidator(definition).validate({ typ: 'b', ok2: false }).errors;
    expect(errors.map((error) => [error.pointer, error.message])).toEqual([
      ['/ok2', 'Bitte bestätigen Sie „Zustimmung B“.'],
    ]);
  });
});
