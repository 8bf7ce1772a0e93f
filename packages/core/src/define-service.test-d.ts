// Type-level test: `npm run lint` (tsc over the whole project) checks it. Each wrong assignment
// below carries an expect-error directive, and tsc fails when one no longer fires.
import { describe, expectTypeOf, it } from 'vitest';
import { defineService, type DataOf } from './define-service.js';

// Only its type is used: DataOf reads the literal type that defineService keeps.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const service = defineService({
  id: 'hundesteuer',
  version: '1.0.0',
  title: 'Hund anmelden',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['halter', 'hunde'],
    properties: {
      halter: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', title: 'Name', 'x-efa': { autocomplete: 'name' } },
          geburtsdatum: { type: 'string', format: 'date' },
        },
      },
      hunde: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['rasse'],
          properties: {
            rasse: {
              type: 'string',
              oneOf: [
                { const: 'dackel', title: 'Dackel' },
                { const: 'sonstige', title: 'Sonstige' },
              ],
            },
            gefaehrlich: { type: 'boolean' },
            alter: { type: 'integer' },
          },
        },
      },
    },
  },
} as const);

type Antrag = DataOf<typeof service>;

describe('DataOf', () => {
  it('derives the submitted data type from the schema', () => {
    expectTypeOf<Antrag['halter']['name']>().toEqualTypeOf<string>();
    expectTypeOf<Antrag['halter']['geburtsdatum']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Antrag['hunde'][number]['rasse']>().toEqualTypeOf<'dackel' | 'sonstige'>();
    expectTypeOf<Antrag['hunde'][number]['alter']>().toEqualTypeOf<number | undefined>();
  });

  it('rejects wrong field names and types at compile time', () => {
    // A correct answer compiles as it is written (satisfies checks the literal, not a declared type).
    const ok = {
      halter: { name: 'Erika' },
      hunde: [{ rasse: 'dackel', gefaehrlich: false }],
    } satisfies Antrag;
    // @ts-expect-error: "nachname" is not a field of "halter"
    const wrongName: Antrag = { halter: { name: 'Erika', nachname: 'M' }, hunde: [] };
    // @ts-expect-error: "alter" is an integer, not a string
    const wrongType: Antrag = { halter: { name: 'Erika' }, hunde: [{ rasse: 'dackel', alter: 'drei' }] };
    // @ts-expect-error: "pudel" is not one of the options
    const wrongOption: Antrag = { halter: { name: 'Erika' }, hunde: [{ rasse: 'pudel' }] };
    // @ts-expect-error: "halter" is required
    const missing: Antrag = { hunde: [] };
    // Not a type that accepts anything: the fields are exactly the schema's.
    expectTypeOf<Antrag>().not.toBeAny();
    expectTypeOf<keyof Antrag>().toEqualTypeOf<'halter' | 'hunde'>();
    expectTypeOf<keyof Antrag['halter']>().toEqualTypeOf<'name' | 'geburtsdatum'>();
    void [ok, wrongName, wrongType, wrongOption, missing];
  });
});
