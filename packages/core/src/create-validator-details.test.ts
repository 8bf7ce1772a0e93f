// createValidator details: step scope, messages, order. Each case once went wrong.
import { describe, expect, it } from 'vitest';
import { createValidator } from './create-validator.js';
import { define } from './test-support/sample-definitions.js';

describe('validator details', () => {
  it('shows an error on a parent of a step field in that step', () => {
    const definition = define(
      {
        type: 'object',
        required: ['betrieb'],
        properties: {
          betrieb: {
            type: 'object',
            title: 'Betrieb',
            properties: { ort: { type: 'string', title: 'Ort' }, art: { type: 'string', title: 'Art' } },
          },
        },
      },
      {
        steps: [
          { id: 'eins', title: 'Eins', fields: ['/betrieb/ort'] },
          { id: 'zwei', title: 'Zwei', fields: ['/betrieb/art'] },
        ],
      },
    );
    expect(
      createValidator(definition)
        .validateStep({}, 'eins')
        .errors.map((error) => error.pointer),
    ).toEqual(['/betrieb']);
  });

  it('labels a shared data object by the schema of each place', () => {
    const definition = define({
      type: 'object',
      properties: {
        anschrift: {
          type: 'object',
          title: 'Anschrift',
          properties: { ort: { type: 'string', title: 'Wohnort', minLength: 3 } },
        },
        rechnung: {
          type: 'object',
          title: 'Rechnung',
          properties: { ort: { type: 'string', title: 'Rechnungsort', minLength: 3 } },
        },
      },
    });
    const shared = { ort: 'A' };
    expect(
      createValidator(definition)
        .validate({ anschrift: shared, rechnung: shared })
        .errors.map((error) => error.params.label),
    ).toEqual(['Wohnort', 'Rechnungsort']);
  });
});
