import { beforeEach, describe, expect, it } from 'vitest';
import { createValidator, type Validator } from './create-validator.js';
import type { Definition } from './definition.js';
import { fromJsonSchema, loadDefinition } from './load-definition.js';
import { prune } from './prune.js';
// English as the full @efa-forms/core loads it (this file imports the modules, not the entry).
import './locales/english.js';
import { conditionsDefinition } from './test-support/sample-definitions.js';

// Built in `beforeEach`, not when the file loads: code that runs while tests are collected counts as
// "static" for StrykerJS, and each mutant in it then runs every test (docs/testing.md).
let definition: Definition;
let validator: Validator;
beforeEach(() => {
  definition = loadDefinition(conditionsDefinition);
  validator = createValidator(definition);
});
const valid = { art: 'person', name: 'Erika Mustermann', bestaetigt: true };
const errorsOf = (data: unknown) =>
  validator.validate(data).errors.map((error) => [error.pointer, error.keyword]);

describe('createValidator', () => {
  it('accepts valid data', () => {
    expect(validator.validate(valid)).toEqual({ valid: true, errors: [] });
  });

  it('points required errors at the missing field and names its label', () => {
    const result = validator.validate({ art: 'person', bestaetigt: true });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      {
        pointer: '/name',
        keyword: 'required',
        message: 'Bitte geben Sie „Name“ an.',
        params: { missingProperty: 'name', label: 'Name' },
      },
    ]);
  });

  it('speaks English when asked', () => {
    const english = createValidator(definition, { locale: 'en' });
    expect(english.validate({ art: 'person', bestaetigt: true }).errors[0]?.message).toBe('Enter “Name”.');
  });

  it('collapses if/then wrappers to the real cause', () => {
    expect(errorsOf({ ...valid, art: 'firma' })).toEqual([['/register', 'required']]);
  });

  it('collapses an option list (oneOf const) to one enum error', () => {
    const errors = validator.validate({ ...valid, art: 'verein' }).errors;
    expect(errors.map((error) => [error.pointer, error.keyword])).toEqual([['/art', 'enum']]);
    const [first] = errors;
    expect(first?.keyword === 'enum' && first.params.allowedValues).toEqual(['person', 'firma']);
  });

  it('keeps only the errors of the oneOf branch the discriminator selects', () => {
    expect(errorsOf({ ...valid, lieferung: { art: 'post' } })).toEqual([['/lieferung/strasse', 'required']]);
    expect(errorsOf({ ...valid, lieferung: { art: 'abholung', termin: '31.02.2024' } })).toEqual([
      ['/lieferung/termin', 'format'],
    ]);
  });

  it('reports dependentRequired and dependentSchemas at the dependent field', () => {
    expect(errorsOf({ ...valid, telefon: '0301234' })).toEqual([['/email', 'dependentRequired']]);
    expect(errorsOf({ ...valid, iban: 'DE89370400440532013000' })).toEqual([['/kontoinhaber', 'required']]);
  });

  it('validates inside arrays with conditions per item', () => {
    expect(errorsOf({ ...valid, kinder: [{ vorname: 'Anna' }, { vorname: 'Ben', betreut: true }] })).toEqual([
      ['/kinder/1/schule', 'required'],
    ]);
  });

  it('uses per-field message overrides from x-efa.messages', () => {
    const errors = validator.validate({ ...valid, art: 'firma', register: '12345' }).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('„Registernummer“ wie HRB 12345 angeben.');
  });

  it('checks the German formats', () => {
    expect(errorsOf({ ...valid, plz: '1234', iban: 'DE00370400440532013000', kontoinhaber: 'E' })).toEqual([
      ['/plz', 'format'],
      ['/iban', 'format'],
    ]);
    expect(errorsOf({ ...valid, kinder: [{ vorname: 'Anna😀' }] })).toEqual([
      ['/kinder/0/vorname', 'format'],
    ]);
  });

  it('asks to confirm a const-true checkbox', () => {
    expect(validator.validate({ ...valid, bestaetigt: false }).errors[0]?.message).toBe(
      'Bitte bestätigen Sie „Richtigkeit bestätigt“.',
    );
  });

  it('validates one step only', () => {
    const data = { art: 'firma', plz: '1' };
    expect(validator.validateStep(data, 'person').errors.map((error) => error.pointer)).toEqual([
      '/name',
      '/register',
    ]);
    expect(validator.validateStep(data, 'kontakt').errors.map((error) => error.pointer)).toEqual(['/plz']);
    expect(() => validator.validateStep(data, 'nope')).toThrow(/no step "nope"/);
  });

  it('calls a step valid when its own fields are, whatever another step still lacks', () => {
    // `plz` (step kontakt) is wrong; the person step is complete.
    const data = { art: 'person', name: 'Erika Mustermann', plz: '1' };
    expect(validator.validateStep(data, 'person')).toEqual({ valid: true, errors: [] });
    expect(validator.validateStep(data, 'kontakt').valid).toBe(false);
  });

  it('cuts a flood of errors at maxErrors with one limit error, and only when it cuts', () => {
    const empty = {}; // art and name are missing
    const all = validator.validate(empty).errors;
    expect(all.map((error) => error.pointer)).toEqual(['/art', '/name']);
    const exact = createValidator(definition, { limits: { maxErrors: 2 } }).validate(empty).errors;
    expect(exact).toEqual(all);
    const cut = createValidator(definition, { limits: { maxErrors: 1 } }).validate(empty).errors;
    expect(cut[0]).toEqual(all[0]);
    expect(cut.slice(1).map((error) => [error.pointer, error.keyword, error.params])).toEqual([
      ['', 'limit', { limit: 'maxErrors', max: 1, label: '' }],
    ]);
    expect(cut[1]?.message).toMatch(/\S/);
  });

  it('keeps errors about the whole data in every step', () => {
    const result = createValidator(definition, { limits: { maxStringLength: 10 } }).validateStep(
      { name: 'x'.repeat(11), art: 1 },
      'kontakt',
    );
    expect(
      result.errors.map((error) => [
        error.pointer,
        error.keyword,
        'limit' in error.params ? error.params.limit : undefined,
      ]),
    ).toEqual([['', 'limit', 'maxStringLength']]);
    expect(result.valid).toBe(false);
  });

  it('names an undeclared property by its key', () => {
    const [error] = validator.validate({ ...valid, kinder: [{ vorname: 'A', spitzname: 'B' }] }).errors;
    expect(error).toMatchObject({
      pointer: '/kinder/0/spitzname',
      keyword: 'additionalProperties',
      message: 'Die Angabe „Spitzname“ ist hier nicht vorgesehen.',
    });
  });

  it('validates draft-07 schemas too', () => {
    const draft07 = loadDefinition({
      id: 'alt',
      version: '1.0.0',
      title: 'Alt',
      schema: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        type: 'object',
        definitions: { name: { type: 'string', title: 'Name', minLength: 2 } },
        properties: {
          name: { $ref: '#/definitions/name' },
          a: { type: 'string', title: 'A' },
          b: { type: 'string', title: 'B' },
        },
        dependencies: { a: ['b'] },
      },
    });
    expect(
      createValidator(draft07)
        .validate({ name: 'x', a: 'y' })
        .errors.map((error) => [error.pointer, error.keyword, error.params.label]),
    ).toEqual([
      ['/name', 'minLength', 'Name'],
      ['/b', 'dependentRequired', 'B'],
    ]);
  });

  it('validates draft-06 schemas as draft-07, which the docs promise', () => {
    // ajv's draft-07 class brings no draft-06 meta-schema: loading this threw "no schema with key or ref".
    const draft06 = loadDefinition({
      id: 'alt',
      version: '1.0.0',
      title: 'Alt',
      schema: {
        $schema: 'http://json-schema.org/draft-06/schema#',
        type: 'object',
        properties: {
          name: { type: 'string', title: 'Name', minLength: 2 },
          a: { type: 'string', title: 'A' },
        },
        dependencies: { name: ['a'] },
      },
    });
    expect(
      createValidator(draft06)
        .validate({ name: 'x' })
        .errors.map((error) => [error.pointer, error.keyword]),
    ).toEqual([
      ['/name', 'minLength'],
      ['/a', 'dependentRequired'],
    ]);
  });

  it('rejects characters XML cannot carry when the definition has xoev', () => {
    const xml = loadDefinition({
      ...conditionsDefinition,
      xoev: {
        message: 'test.nachricht.0001',
        namespace: 'urn:test',
        prefix: 't',
        standard: 'T',
        version: '1',
        nachrichtentyp: { listURI: 'urn:l', listVersionID: '1', code: '0001' },
      },
    });
    const errors = createValidator(xml).validate({ ...valid, name: 'Erika\u0007' }).errors;
    expect(errors).toEqual([
      expect.objectContaining({
        pointer: '/name',
        keyword: 'xmlChar',
        params: expect.objectContaining({ position: 6, codePoint: 7 }),
      }),
    ]);
    expect(validator.validate({ ...valid, name: 'Erika\u0007' }).valid).toBe(true);
  });

  it('answers hostile data with a clear error, not a crash', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    const result = validator.validate(deep);
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatchObject({ pointer: '', keyword: 'limit' });
    expect(result.errors[0]?.message).toBe('Die Angaben sind zu tief verschachtelt (mehr als 64 Ebenen).');
    const wide = validator.validate({ ...valid, kinder: Array.from({ length: 300_000 }, () => 1) });
    expect(wide.errors[0]?.keyword).toBe('limit');
  });

  it('never lets __proto__ in data touch a prototype', () => {
    const data = JSON.parse(
      '{"art":"person","name":"E","bestaetigt":true,"__proto__":{"polluted":true},"kinder":[{"vorname":"A","__proto__":{"x":1}}]}',
    );
    const result = validator.validate(data);
    // ajv tracks properties evaluated inside if/then in a plain object, where "__proto__" always
    // looks evaluated, so unevaluatedProperties lets that one key through. prune() drops it.
    expect(result.errors.map((error) => [error.pointer, error.keyword])).toEqual([
      ['/kinder/0/__proto__', 'additionalProperties'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(prune(definition, data))).toEqual(['art', 'name', 'kinder', 'bestaetigt']);
  });
});

describe('createValidator mode', () => {
  it('is strict unless the definition was read leniently', () => {
    const definition = fromJsonSchema({
      type: 'object',
      properties: { a: { type: 'string', unbekannt: 1 } },
    });
    expect(createValidator(definition).validate({ a: 'x' })).toEqual({ valid: true, errors: [] });
    expect(() => createValidator({ ...definition, strict: undefined }).validate({ a: 'x' })).toThrow(
      'strict mode: unknown keyword: "unbekannt"',
    );
    expect(() => createValidator(definition, { mode: 'strict' }).validate({ a: 'x' })).toThrow(
      'strict mode: unknown keyword: "unbekannt"',
    );
  });
});
