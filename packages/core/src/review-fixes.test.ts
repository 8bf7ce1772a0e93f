// Regression tests for the findings of the core review: each case once went wrong.
import { describe, expect, it } from 'vitest';
import { activeFields } from './active-fields.js';
import { coerce } from './coerce.js';
import { createValidator } from './create-validator.js';
import type { ServiceDefinition } from './definition.js';
import { describeObject } from './describe-object.js';
import { lintDefinition } from './lint-definition.js';
import { loadDefinition } from './load-definition.js';
import { prune } from './prune.js';

const define = (schema: ServiceDefinition['schema'], extra: Partial<ServiceDefinition> = {}) =>
  loadDefinition({ id: 't', version: '1.0.0', title: 'T', schema, ...extra });

describe('hostile data', () => {
  const recursive = define({
    type: 'object',
    properties: { name: { type: 'string', title: 'Name' }, eltern: { $ref: '#' } },
  });
  let deep: unknown = { name: 'x' };
  for (let i = 0; i < 20_000; i++) deep = { eltern: deep };

  it('bounds validate, validateStep, prune and activeFields on 20,000-deep data', () => {
    const validator = createValidator(recursive);
    expect(validator.validate(deep).errors[0]).toMatchObject({
      keyword: 'limit',
      params: { limit: 'maxDepth' },
    });
    expect(validator.validateStep(deep, 'angaben').errors[0]).toMatchObject({ keyword: 'limit' });
    expect(() => prune(recursive, deep)).not.toThrow();
    expect(() => activeFields(recursive, deep)).not.toThrow();
  });

  it('refuses a huge array before ajv compares its items', () => {
    const tags = define({
      type: 'object',
      properties: {
        tags: {
          type: 'array',
          title: 'Tags',
          uniqueItems: true,
          maxItems: 20,
          items: { type: 'object', title: 'Tag' },
        },
      },
    });
    const result = createValidator(tags).validate({
      tags: Array.from({ length: 60_000 }, (_, i) => ({ i })),
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        keyword: 'limit',
        params: expect.objectContaining({ limit: 'maxArrayLength', max: 10_000 }),
      }),
    ]);
  });

  it('cuts a flood of errors and says so', () => {
    const list = define({
      type: 'object',
      properties: { zahlen: { type: 'array', title: 'Zahlen', items: { type: 'integer', title: 'Zahl' } } },
    });
    const errors = createValidator(list).validate({
      zahlen: Array.from({ length: 5_000 }, () => 'x'),
    }).errors;
    expect(errors).toHaveLength(201);
    expect(errors[200]).toMatchObject({
      keyword: 'limit',
      message: 'Es gibt weitere Fehler; die ersten 200 sind aufgeführt.',
    });
  });

  it('does not count inherited properties as answers', () => {
    const proto = define({
      type: 'object',
      required: ['constructor', 'toString'],
      properties: { constructor: { type: 'string', title: 'C' }, toString: { type: 'string', title: 'T' } },
    });
    expect(
      createValidator(proto)
        .validate({})
        .errors.map((error) => [error.pointer, error.keyword]),
    ).toEqual([
      ['/constructor', 'required'],
      ['/toString', 'required'],
    ]);
  });
});

describe('hostile definitions', () => {
  it('reports a pattern with nested quantifiers', () => {
    const problems = lintDefinition({
      id: 't',
      version: '1.0.0',
      title: 'T',
      schema: { type: 'object', properties: { a: { type: 'string', title: 'A', pattern: '^(a+)+$' } } },
    });
    expect(problems).toEqual([
      {
        code: 'pattern-backtracking',
        pointer: '/schema/properties/a/pattern',
        message: expect.stringMatching(/exponential time/),
      },
    ]);
  });

  it('does not throw on self-including schemas or 150,000-value enums', () => {
    expect(() =>
      lintDefinition({
        id: 't',
        version: '1.0.0',
        title: 'T',
        schema: {
          type: 'object',
          allOf: [{ $ref: '#' }],
          properties: { a: { allOf: [{ $ref: '#/properties/a' }] } },
        },
      }),
    ).not.toThrow();
    const values = Array.from({ length: 150_000 }, (_, i) => i);
    expect(() =>
      lintDefinition({
        id: 't',
        version: '1.0.0',
        title: 'T',
        schema: { type: 'object', properties: { n: { type: 'integer', title: 'N', enum: values } } },
      }),
    ).not.toThrow();
  });

  it('loads a 3,000-option code list', () => {
    const oneOf = Array.from({ length: 3_000 }, (_, i) => ({
      const: String(i).padStart(5, '0'),
      title: `Gemeinde ${i}`,
    }));
    const definition = define({
      type: 'object',
      properties: { gemeinde: { type: 'string', title: 'Gemeinde', oneOf } },
    });
    expect(createValidator(definition).validate({ gemeinde: '00042' }).valid).toBe(true);
  });

  it('only lets translations replace texts, never rules', () => {
    const problems = lintDefinition({
      id: 't',
      version: '1.0.0',
      title: 'T',
      schema: {
        type: 'object',
        properties: { plz: { type: 'string', title: 'PLZ', pattern: '^[0-9]{5}$' } },
      },
      translations: {
        en: { '/schema/properties/plz/title': 'Postcode', '/schema/properties/plz/pattern': '^.*$' },
      },
    });
    expect(problems).toEqual([
      {
        code: 'translation-not-text',
        pointer: '/translations/en/~1schema~1properties~1plz~1pattern',
        message: expect.stringMatching(/not a text people read/),
      },
    ]);
  });

  it('checks the keywords of x-efa.messages', () => {
    const problems = lintDefinition({
      id: 't',
      version: '1.0.0',
      title: 'T',
      schema: {
        type: 'object',
        properties: { a: { type: 'string', title: 'A', 'x-efa': { messages: { patern: 'x' } } } },
      },
    });
    expect(problems).toEqual([
      {
        code: 'message-keyword-unknown',
        pointer: '/schema/properties/a/x-efa/messages/patern',
        message: expect.stringMatching(/No error has the keyword "patern"/),
      },
    ]);
  });
});

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

describe('coerce details', () => {
  it('coerces untyped numeric option lists and integer-or-number', () => {
    expect(
      coerce(
        {
          oneOf: [
            { const: 1, title: 'Eins' },
            { const: 2, title: 'Zwei' },
          ],
        },
        '1',
      ),
    ).toEqual({ ok: true, value: 1 });
    expect(coerce({ type: ['integer', 'number'] }, '1,5')).toEqual({ ok: true, value: 1.5 });
    const result = coerce({ type: 'number' }, 'x');
    expect(result.ok ? '' : result.message).toBe('„Ihre Angaben“ muss eine Zahl sein.');
  });
});
