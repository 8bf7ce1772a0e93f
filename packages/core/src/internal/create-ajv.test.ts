import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../definition.js';
import { createAjv, declaredDialect, dialectOf } from './create-ajv.js';

/** "bis" not before "von": ajv's `$data` with the date comparison of ajv-formats. */
const period: JsonSchemaObject = {
  type: 'object',
  properties: {
    von: { type: 'string', format: 'date' },
    bis: { type: 'string', format: 'date', formatMinimum: { $data: '1/von' } },
  },
};
const cases = [
  { von: '2025-06-02', bis: '2025-06-06' },
  { von: '2025-06-02', bis: '2025-06-02' },
  { von: '2025-06-02', bis: '2025-06-01' },
  { von: '2025-12-30', bis: '2026-01-02' },
  { bis: '2025-06-01' },
];

describe('createAjv: cross-field rules with $data', () => {
  it('compares two fields', () => {
    const validate = createAjv(period).compile(period);
    expect(cases.map((data) => validate(data))).toEqual([true, true, false, true, true]);
    validate(cases[2]);
    expect(
      validate.errors?.map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params })),
    ).toEqual([
      { instancePath: '/bis', keyword: 'formatMinimum', params: { comparison: '>=', limit: '2025-06-02' } },
    ]);
  });

  it('keeps the comparison in standalone code that runs without eval (the compiled path)', async () => {
    const ajv = createAjv(period, 'strict', { code: { source: true, esm: true } });
    const source = standaloneCode(ajv, ajv.compile(period));
    const dir = mkdtempSync(join(tmpdir(), 'efa-standalone-'));
    try {
      // The generated code requires ajv-formats' date format; bundled as `efa compile` bundles it.
      const entry = join(dir, 'validate.js');
      writeFileSync(entry, source);
      const bundled = join(dir, 'validate.bundle.mjs');
      await build({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        outfile: bundled,
        nodePaths: [fileURLToPath(new URL('../../../../node_modules/', import.meta.url))],
        logLevel: 'silent',
      });
      const script = `import(${JSON.stringify(bundled)}).then((m) => console.log(JSON.stringify(${JSON.stringify(cases)}.map((d) => m.validate(d)))))`;
      const run = spawnSync(
        process.execPath,
        ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script],
        {
          encoding: 'utf8',
        },
      );
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual([true, true, false, true, true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createAjv: vendor annotations in strict mode', () => {
  it('accepts an x-* keyword anywhere: at the root, in a nested schema, in a list of schemas', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      'x-behoerde': 'Bürgeramt',
      properties: { name: { type: 'string', 'x-feld': { id: 'F1' } } },
      allOf: [{ required: ['name'], 'x-regel': ['R1'] }],
    };
    const validate = createAjv(schema).compile(schema);
    expect([validate({ name: 'Ada' }), validate({})]).toEqual([true, false]);
  });

  it('still rejects an unknown keyword that is no x-* annotation', () => {
    const schema: JsonSchemaObject = { type: 'object', requried: ['name'] };
    expect(() => createAjv(schema).compile(schema)).toThrow('strict mode: unknown keyword: "requried"');
    // Lenient (a peer's schema, `strict: false`): the unknown keyword is ignored, as JSON Schema says.
    expect(createAjv(schema, 'lenient').compile(schema)({})).toBe(true);
  });
});

describe('createAjv: what strict mode refuses and what it leaves to real-world schemas', () => {
  it('never takes NaN or Infinity for a number, in strict or lenient mode (JSON would send null, XML "NaN")', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { betrag: { type: 'number' } } };
    for (const mode of ['strict', 'lenient'] as const) {
      const validate = createAjv(schema, mode).compile(schema);
      expect([
        validate({ betrag: Number.NaN }),
        validate({ betrag: Infinity }),
        validate({ betrag: 1.5 }),
      ]).toEqual([false, false, true]);
    }
  });

  it('compiles draft-07 tuples, union types and properties that also match patternProperties in strict mode', () => {
    // Each schema with an answer it accepts and one it refuses.
    const cases: [JsonSchemaObject, unknown, unknown][] = [
      [
        // A draft-07 tuple: `items` as a list (the type describes 2020-12's `items`).
        {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'array',
          items: [{ type: 'string' }],
        } as unknown as JsonSchemaObject,
        ['x'],
        [1],
      ],
      [{ type: 'object', properties: { a: { type: ['string', 'null'] } } }, { a: null }, { a: 1 }],
      [
        {
          type: 'object',
          properties: { a1: { type: 'string' } },
          patternProperties: { '^a': { minLength: 2 } },
        },
        { a1: 'xy' },
        { a1: 'x' },
      ],
    ];
    const answers = cases.map(([schema, accepted, refused]) => {
      const validate = createAjv(schema, 'strict').compile(schema);
      return [validate(accepted), validate(refused)];
    });
    expect(answers).toEqual([
      [true, false],
      [true, false],
      [true, false],
    ]);
  });
});

describe('dialectOf', () => {
  it('reads draft-07 and -06 URIs and the unversioned meta-schema URI (with or without "#") as draft-07', () => {
    expect(
      [
        'http://json-schema.org/draft-07/schema#',
        'http://json-schema.org/draft-06/schema',
        'http://json-schema.org/schema#',
        'http://json-schema.org/schema',
      ].map(($schema) => dialectOf({ $schema })),
    ).toEqual(['draft-07', 'draft-07', 'draft-07', 'draft-07']);
  });

  it('reads 2020-12 and any other URI, also one that only starts like the unversioned one, as 2020-12', () => {
    expect(
      [
        'https://json-schema.org/draft/2020-12/schema',
        'https://json-schema.org/schema/2020-12',
        'https://json-schema.org/schemas/antrag',
      ].map(($schema) => dialectOf({ $schema })),
    ).toEqual(['2020-12', '2020-12', '2020-12']);
  });
});

describe('declaredDialect', () => {
  it('knows the meta-schemas’ own ids with or without "#", and no other spelling (the linter refuses those)', () => {
    expect(
      [
        'http://json-schema.org/draft-07/schema#',
        'http://json-schema.org/draft-06/schema#',
        'http://json-schema.org/schema',
        'https://json-schema.org/draft/2020-12/schema#',
        'https://json-schema.org/draft/2020-12/schema',
      ].map(declaredDialect),
    ).toEqual(['draft-07', 'draft-07', 'draft-07', '2020-12', '2020-12']);
    expect(
      [
        'https://json-schema.org/draft-07/schema#',
        'http://json-schema.org/draft/2020-12/schema',
        'https://json-schema.org/schema#',
        'http://json-schema.org/draft-04/schema#',
        'http://json-schema.org/draft-07/schema#x',
        7,
      ].map(declaredDialect),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
