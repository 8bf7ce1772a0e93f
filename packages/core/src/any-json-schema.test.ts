import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createValidator,
  describeObject,
  fromJsonSchema,
  lintDefinition,
  loadDefinition,
  resolveRef,
  resolveSchema,
  type JsonSchemaObject,
} from './index.js';

const PEERS = fileURLToPath(new URL('../../../../shared/peer-schemas/', import.meta.url));

describe('a schema without $schema written draft-07 style is read as draft-07', () => {
  const draft07: JsonSchemaObject = {
    type: 'object',
    definitions: { name: { type: 'string', minLength: 1 } },
    properties: {
      name: { $ref: '#/definitions/name', title: 'Name' },
      punkt: {
        title: 'Punkt',
        type: 'array',
        items: [
          { type: 'number', title: 'x' },
          { type: 'number', title: 'y' },
        ],
        additionalItems: false,
      },
      kreditkarte: { type: 'string', title: 'Kreditkarte' },
      rechnungsanschrift: { type: 'string', title: 'Rechnungsanschrift' },
    },
    dependencies: { kreditkarte: ['rechnungsanschrift'] },
  };

  it('fromJsonSchema accepts it and validates with draft-07 meaning', () => {
    const definition = fromJsonSchema(draft07);
    const validator = createValidator(definition);
    expect(validator.validate({ name: 'A', punkt: [1, 2] }).valid).toBe(true);
    // additionalItems: false forbids a third coordinate (2020-12 would not know the keyword).
    expect(validator.validate({ name: 'A', punkt: [1, 2, 3] }).valid).toBe(false);
    // dependencies (array form) requires the billing address with a card.
    const result = validator.validate({ name: 'A', kreditkarte: '4111' });
    expect(result.errors.map((error) => error.pointer)).toEqual(['/rechnungsanschrift']);
    expect(validator.validate({ name: '' }).errors[0]?.keyword).toBe('minLength');
  });

  it('loadDefinition accepts it too, and each sign alone is enough', () => {
    const wrap = (schema: JsonSchemaObject) => ({ id: 'd7', version: '1.0.0', title: 'D7', schema });
    expect(lintDefinition(wrap(draft07))).toEqual([]);
    const tuple = {
      type: 'object',
      properties: { p: { title: 'P', type: 'array', items: [{ type: 'string', title: 'a' }] } },
    };
    expect(lintDefinition(wrap(tuple))).toEqual([]);
    const deps = {
      type: 'object',
      properties: { a: { type: 'string', title: 'A' } },
      dependencies: { a: { required: ['a'] } },
    };
    expect(lintDefinition(wrap(deps))).toEqual([]);
  });

  it('a 2020-12 keyword keeps the schema 2020-12, and so array-form items is then an error', () => {
    const mixed = {
      id: 'mixed',
      version: '1.0.0',
      title: 'Mixed',
      schema: {
        type: 'object',
        $defs: { a: { type: 'string' } },
        properties: { p: { title: 'P', type: 'array', items: [{ type: 'string', title: 'a' }] } },
      },
    };
    const problems = lintDefinition(mixed);
    expect(problems.map((problem) => problem.pointer)).toContain('/schema/properties/p/items');
  });
});

describe('a bundled schema document resolves $refs by the $id of its $defs', () => {
  const bundled: JsonSchemaObject = {
    $id: 'https://example.org/schemas/antrag.json',
    type: 'object',
    properties: {
      anschrift: { $ref: 'anschrift.json', title: 'Anschrift' },
      person: { $ref: 'https://example.org/schemas/person.json#/properties/name' },
    },
    required: ['anschrift'],
    $defs: {
      anschrift: {
        $id: 'anschrift.json',
        type: 'object',
        properties: { ort: { type: 'string', title: 'Ort', minLength: 2 } },
        required: ['ort'],
      },
      person: {
        $id: 'https://example.org/schemas/person.json',
        type: 'object',
        properties: { name: { type: 'string', title: 'Name' } },
      },
    },
  };

  it('resolveRef finds the embedded resources, relative and absolute, with a fragment', () => {
    const holder = { schema: bundled };
    expect(resolveRef(holder, 'anschrift.json')).toBe(
      bundled.$defs && (bundled.$defs as Record<string, unknown>)['anschrift'],
    );
    expect(resolveRef(holder, 'https://example.org/schemas/anschrift.json')).toBeDefined();
    expect(resolveRef(holder, 'https://example.org/schemas/person.json#/properties/name')).toEqual({
      type: 'string',
      title: 'Name',
    });
    expect(resolveRef(holder, 'elsewhere.json')).toBeUndefined();
    expect(resolveRef(holder, 'https://example.org/schemas/antrag.json#/properties/anschrift')).toBeDefined();
  });

  it('loads, validates and describes the referenced object', () => {
    const definition = loadDefinition({ id: 'bundle', version: '1.0.0', title: 'Bundle', schema: bundled });
    const validator = createValidator(definition);
    expect(validator.validate({ anschrift: { ort: 'Ulm' }, person: 'Anna' }).valid).toBe(true);
    expect(validator.validate({ anschrift: { ort: 'U' } }).errors.map((error) => error.pointer)).toEqual([
      '/anschrift/ort',
    ]);
    const anschrift = describeObject(definition, resolveSchema(definition, bundled)).find(
      (field) => field.name === 'anschrift',
    );
    expect(
      describeObject(definition, resolveSchema(definition, anschrift?.schema)).map((field) => field.name),
    ).toEqual(['ort']);
    expect(fromJsonSchema(bundled).schema).toEqual(bundled);
  });

  it('a reference to a document that is not bundled is still refused, naming it', () => {
    const problems = lintDefinition({
      id: 'x',
      version: '1.0.0',
      title: 'X',
      schema: { $id: 'https://example.org/a.json', type: 'object', properties: { b: { $ref: 'b.json' } } },
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        pointer: '/schema/properties/b/$ref',
        message: expect.stringMatching(/"b\.json"/),
      }),
    );
  });
});

describe('lintDefinition reports everything it can check in one pass', () => {
  it('a bad type and a step naming a missing field are both reported', () => {
    const problems = lintDefinition({
      id: 'zwei-fehler',
      version: '1.0.0',
      title: 'Zwei Fehler',
      schema: {
        type: 'object',
        properties: {
          name: { type: 'strin', title: 'Name' },
          ort: { type: 'string', title: 'Ort', 'x-efa': { widgt: 'x' } },
        },
      },
      steps: [{ id: 'a', title: 'A', fields: ['/name', '/ort', '/fehlt'] }],
    });
    const pointers = problems.map((problem) => problem.pointer);
    expect(pointers).toContain('/schema/properties/name/type');
    expect(pointers).toContain('/steps/0/fields/2');
    expect(pointers).toContain('/schema/properties/ort/x-efa/widgt');
  });

  it('unknown keywords and formats are reported beside a meta-schema error', () => {
    const problems = lintDefinition({
      id: 'drei',
      version: '1.0.0',
      title: 'Drei',
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', title: 'A', minLength: -1 },
          b: { type: 'string', title: 'B', maxLenght: 3 },
          c: { type: 'string', title: 'C', format: 'plz' },
        },
      },
    });
    const pointers = problems.map((problem) => problem.pointer);
    expect(pointers).toContain('/schema/properties/a/minLength');
    expect(pointers).toContain('/schema/properties/b/maxLenght');
    expect(pointers).toContain('/schema/properties/c/format');
  });
});

describe('the peer schemas still load', { timeout: 60_000 }, () => {
  const files = readdirSync(PEERS).filter((name) => name.endsWith('.json'));
  it('all 17 are there', () => {
    expect(files).toHaveLength(17);
  });
  for (const file of files) {
    it(file, () => {
      const { schema } = JSON.parse(readFileSync(`${PEERS}${file}`, 'utf8')) as { schema: JsonSchemaObject };
      expect(fromJsonSchema(schema).schema).toEqual(schema);
    });
  }
});
