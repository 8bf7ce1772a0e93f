import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from './definition.js';
import { fromJsonSchema, loadDefinition } from './load-definition.js';
import { lintDefinition } from './lint-definition.js';
import { conditionsDefinition } from './test-support/sample-definitions.js';
import { problemsOf } from './test-support/problems-of.js';

const gewerbeUrl = new URL(
  '../../../examples/gewerbeanmeldung/gewerbeanmeldung.service.json',
  import.meta.url,
);
const tenantUrl = new URL('../../../examples/gewerbeanmeldung/tenant.musterstadt.json', import.meta.url);
const gewerbeText = readFileSync(gewerbeUrl, 'utf8');
/** The example refers to shared blocks in examples/_bausteine/: loadDefinition reads them with this loader. */
const files = { base: fileURLToPath(gewerbeUrl), read: (path: string) => readFileSync(path, 'utf8') };
const tenant = JSON.parse(readFileSync(tenantUrl, 'utf8')) as Record<string, unknown>;

const base: ServiceDefinition = {
  id: 'test',
  version: '1.0.0',
  title: 'Test',
  schema: { type: 'object', properties: { name: { type: 'string', title: 'Name' } } },
};

describe('loadDefinition', () => {
  it('loads the Gewerbe example with its tenant, filling placeholders', () => {
    const definition = loadDefinition(gewerbeText, { tenant, files });
    expect(definition.id).toBe('gewerbeanmeldung');
    expect(definition.steps.length).toBeGreaterThan(1);
    expect(JSON.stringify(definition)).not.toMatch(/\{tenant\./);
    expect(JSON.stringify(definition)).toContain((tenant.behoerde as { name: string }).name);
    expect(definition.tenantData).toEqual(tenant);
  });

  it('applies the English translations', () => {
    const english = loadDefinition(gewerbeText, { tenant, locale: 'en', files });
    const source = JSON.parse(gewerbeText) as ServiceDefinition;
    expect(english.title).toBe(source.translations?.en?.['/title']);
    expect(english.locale).toBe('en');
    expect(english.steps.map((step) => step.title)).not.toEqual(source.steps?.map((step) => step.title));
  });

  it('never modifies its input', () => {
    const input = JSON.parse(gewerbeText) as ServiceDefinition;
    const before = JSON.stringify(input);
    loadDefinition(input, { tenant, locale: 'en', files });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('adds one step with every field when there are none', () => {
    expect(loadDefinition(base).steps).toEqual([{ id: 'angaben', title: 'Test', fields: ['/name'] }]);
  });

  it('names line and column of broken JSON', () => {
    const problems = problemsOf(() => loadDefinition('{\n  "id": "x",\n  "title": oops\n}'));
    expect(problems).toEqual([
      { code: 'json-syntax', pointer: '', message: expect.stringMatching(/line 3, column 12/) },
    ]);
  });

  it('reports every problem at once, each with its pointer', () => {
    const broken = {
      ...base,
      id: 'Not Kebab',
      extra: 1,
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', title: 'Name', requried: true },
          'bad name': { type: 'string', title: 'Bad' },
          ref: { $ref: '#/$defs/missing' },
          external: { $ref: 'https://example.org/schema.json' },
          farbe: { type: 'string', title: 'Farbe', enum: ['rot', 'blau'] },
          hinweis: {
            type: 'string',
            title: 'Hinweis',
            'x-efa': { widgit: 'textarea', autocomplete: 'nickname-ish', rows: 0 },
          },
          zahl: { type: 'string', title: 'Zahl', format: 'no-such-format' },
        },
        allOf: [
          { if: { required: ['name'] }, then: { properties: { extra: { type: 'string', title: 'Extra' } } } },
        ],
      },
      steps: [
        { id: 'a', title: 'A', fields: ['/name', '/nope'] },
        { id: 'b', title: 'B', fields: ['/name', '/farbe'] },
      ],
      xoev: {
        message: 'test.nachricht.0001',
        namespace: 'urn:test',
        prefix: 't',
        standard: 'T',
        version: '1',
        nachrichtentyp: { listURI: 'urn:l', listVersionID: '1', code: '0001' },
      },
      translations: { en: { '/title': 'Test', '/schema/properties/missing/title': 'Missing' } },
    };
    const problems = problemsOf(() => loadDefinition(broken));
    const pointers = problems.map((problem) => problem.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/id',
        '/extra',
        '/schema/properties/name/requried',
        '/schema/properties/ref/$ref',
        '/schema/properties/external/$ref',
        '/schema/properties/farbe/enum',
        '/schema/properties/hinweis/x-efa/widgit',
        '/schema/properties/hinweis/x-efa/autocomplete',
        '/schema/properties/hinweis/x-efa/rows',
        '/schema/properties/zahl/format',
        '/steps/0/fields/1',
        '/steps/1/fields/0',
        '/translations/en/~1schema~1properties~1missing~1title',
      ]),
    );
    expect(
      problems.filter((problem) => problem.pointer === '/steps').map((problem) => problem.message),
    ).toContainEqual(expect.stringMatching(/"\/hinweis" is in no step/));
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
    expect(() => loadDefinition(broken)).toThrow(/has \d+ problems:\n {2}\/extra: /);
  });

  it('explains additionalProperties: false next to conditional properties', () => {
    const problems = lintDefinition({
      ...base,
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: { a: { type: 'boolean', title: 'A' } },
        if: { properties: { a: { const: true } } },
        then: { properties: { b: { type: 'string', title: 'B' } } },
      },
    });
    expect(problems).toEqual([
      {
        code: 'closed-object-hides-fields',
        pointer: '/schema/additionalProperties',
        message: expect.stringMatching(/"b".*unevaluatedProperties/),
      },
    ]);
  });

  it('rejects unsupported dialects and non-object roots with a problem, not an exception', () => {
    expect(
      lintDefinition({
        ...base,
        schema: { $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'object' },
      }),
    ).toEqual([
      {
        code: 'schema-dialect',
        pointer: '/schema/$schema',
        message: expect.stringMatching(/Unsupported JSON Schema dialect/),
      },
    ]);
    expect(lintDefinition({ ...base, steps: undefined, schema: { type: 'string' } })).toEqual([
      {
        code: 'schema-not-object',
        pointer: '/schema',
        message: expect.stringMatching(/must describe an object/),
      },
    ]);
  });

  it('reports invalid JSON Schema', () => {
    const problems = lintDefinition({
      ...base,
      schema: { type: 'object', properties: { a: { type: 'strng' } } },
    });
    expect(problems[0]?.pointer).toMatch(/^\/schema\/properties\/a\/type/);
  });

  it('checks the tenant object against the tenant schema', () => {
    const { behoerde: _behoerde, ...withoutAuthority } = tenant;
    const problems = problemsOf(() => loadDefinition(gewerbeText, { tenant: withoutAuthority, files }));
    expect(problems).toContainEqual({
      code: 'tenant-invalid',
      pointer: '/behoerde',
      message: expect.stringMatching(/lacks "behoerde"/),
      source: 'tenant',
    });
  });

  it('rejects placeholders that name no tenant property', () => {
    const problems = lintDefinition({
      ...base,
      description: 'An {tenant.behoerde.name}',
      tenant: { type: 'object', properties: { ags: { type: 'string' } } },
    });
    expect(problems).toEqual([
      {
        code: 'placeholder-unknown',
        pointer: '/description',
        message: expect.stringMatching(/names no property/),
      },
    ]);
  });

  it('does not let __proto__ keys in a definition touch prototypes', () => {
    const text =
      '{"id":"p","version":"1.0.0","title":"P","schema":{"type":"object","properties":{"__proto__":{"type":"string","title":"Proto"},"constructor":{"type":"string","title":"C"}}},"__proto__":{"polluted":true}}';
    const problems = problemsOf(() => loadDefinition(text));
    expect(problems).toEqual([
      {
        code: 'member-unknown',
        pointer: '/__proto__',
        message: expect.stringMatching(/not part of the format/),
      },
    ]);
    const clean = loadDefinition(text.replace(',"__proto__":{"polluted":true}', ''));
    expect(Object.keys(clean.schema.properties ?? {})).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives a clear error for absurdly deep or large definitions', () => {
    let deep: unknown = { type: 'string' };
    for (let i = 0; i < 5000; i++) deep = { type: 'object', properties: { a: deep } };
    expect(problemsOf(() => loadDefinition({ ...base, schema: deep }))).toEqual([
      {
        code: 'definition-too-large',
        pointer: '',
        message: expect.stringMatching(/too large.*deeper than 128/),
      },
    ]);
    expect(problemsOf(() => loadDefinition(null))).toEqual([
      { code: 'definition-not-object', pointer: '', message: expect.stringMatching(/JSON object; got null/) },
    ]);
    expect(problemsOf(() => loadDefinition('[1,2'))[0]?.message).toMatch(/Not valid JSON/);
  });
});

describe('fromJsonSchema', () => {
  it('accepts third-party schemas with unknown keywords and bare enums', () => {
    const definition = fromJsonSchema({
      type: 'object',
      title: 'Fremd',
      properties: { a: { type: 'string', enum: ['x', 'y'], widget: 'radio' } },
    });
    expect(definition.strict).toBe(false);
    expect(definition.title).toBe('Fremd');
    expect(definition.steps[0]?.fields).toEqual(['/a']);
  });

  it('still rejects what would break validation', () => {
    expect(
      problemsOf(() => fromJsonSchema({ type: 'object', properties: { a: { $ref: '#/definitions/none' } } })),
    ).toEqual([
      {
        code: 'ref-unresolved',
        pointer: '/schema/properties/a/$ref',
        message: expect.stringMatching(/does not resolve/),
      },
    ]);
  });
});

describe('the sample definition', () => {
  it('is clean', () => {
    expect(lintDefinition(conditionsDefinition)).toEqual([]);
  });
});

describe('the definition format', () => {
  // lintDefinition compiles the format's schema without meta-validation (the 2020-12 meta-schema's
  // validator would stay in every page that loads a definition): this is where it is checked.
  it('is valid JSON Schema 2020-12, checked by ajv in strict mode', () => {
    const format = JSON.parse(
      readFileSync(new URL('../service-definition.schema.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    expect(ajv.validateSchema(format), JSON.stringify(ajv.errors)).toBe(true);
    // Strict mode also refuses unknown keywords and formats, which meta-validation alone lets through.
    expect(() => ajv.compile(format)).not.toThrow();
  });

  it('still reports a definition of the wrong shape with the place and the fix', () => {
    expect(lintDefinition({ ...base, version: 'eins' })).toContainEqual(
      expect.objectContaining({ pointer: '/version', code: 'member-pattern' }),
    );
    expect(lintDefinition({ ...base, colour: 'blue' })).toContainEqual(
      expect.objectContaining({ pointer: '/colour', code: 'member-unknown' }),
    );
  });
});
