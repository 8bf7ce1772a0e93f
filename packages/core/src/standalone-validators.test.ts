// The standalone code `efa compile` bundles: bundled here the same way (esbuild, the formats mapped
// to core's module) and run, it must answer like the run-time validator and the condition checks.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { createValidator } from './create-validator.js';
import { conditionPointers } from './internal/condition-pointers.js';
import { loadDefinition } from './load-definition.js';
import { standaloneValidators, type StandaloneValidators } from './standalone-validators.js';
import { conditionsDefinition } from './test-support/sample-definitions.js';

type Check = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; keyword: string; params: unknown }[] | null;
};

let directory: string | undefined;
afterEach(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
  directory = undefined;
});

/** Bundles one of the generated modules and imports it. */
async function run(validators: StandaloneValidators, code: string): Promise<Record<string, Check>> {
  const resolveDir = fileURLToPath(validators.resolveDir);
  const output = await build({
    stdin: { contents: code, resolveDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'formats',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^efa-forms:/ }, (args) => ({ path: args.path, namespace: 'efa' }));
          esbuild.onLoad({ filter: /.*/, namespace: 'efa' }, (args) =>
            args.path === validators.formatsSpecifier
              ? { contents: validators.formatsCode, loader: 'js', resolveDir }
              : undefined,
          );
        },
      },
    ],
  });
  directory ??= await mkdtemp(join(tmpdir(), 'efa-standalone-'));
  const file = join(directory, `module-${Math.random().toString(36).slice(2)}.mjs`);
  await writeFile(file, output.outputFiles[0]?.text ?? '');
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, Check>;
}

describe('standaloneValidators', () => {
  it('validates the whole form like the run-time validator, German formats included', async () => {
    const definition = loadDefinition(conditionsDefinition);
    const validators = standaloneValidators(definition);
    const module = await run(validators, validators.code);
    const runtime = createValidator(definition);
    const cases = [
      {
        art: 'person',
        name: 'Erika Mustermann',
        plz: '10115',
        iban: 'DE89370400440532013000',
        kontoinhaber: 'E',
      },
      { art: 'person', name: 'Erika', plz: '1011' },
      { art: 'person', name: 'Erika', iban: 'DE5137040044053201300', kontoinhaber: 'E' },
      { art: 'firma', name: 'Muster GmbH' },
      { art: 'firma', name: 'Muster GmbH', register: 'HRB 12345' },
      { name: '' },
    ];
    const answers = cases.map((data) => module.validate?.(data));
    expect(answers).toEqual(cases.map((data) => runtime.validate(data).valid));
    expect(answers).toEqual([true, false, false, false, true, false]);
    module.validate?.({ art: 'person', name: 'Erika', plz: '1011' });
    expect(module.validate?.errors?.map(({ instancePath, keyword }) => [instancePath, keyword])).toEqual([
      ['/plz', 'format'],
    ]);
  });

  it('exports one check per condition, under the name `checks` gives, answering like the condition', async () => {
    const definition = loadDefinition(conditionsDefinition);
    const validators = standaloneValidators(definition);
    const pointers = conditionPointers(definition.schema);
    expect(Object.keys(validators.checks)).toEqual(pointers);
    expect(Object.values(validators.checks)).toEqual(pointers.map((_pointer, index) => `c${index}`));
    const module = await run(validators, validators.code);
    const firma = module[validators.checks['/allOf/0/if'] as string];
    expect([firma?.({ art: 'firma' }), firma?.({ art: 'person' }), firma?.({})]).toEqual([
      true,
      false,
      false,
    ]);
    const post = module[validators.checks['/properties/lieferung/oneOf/0'] as string];
    expect([post?.({ art: 'post', strasse: 'Hauptstr. 1' }), post?.({ art: 'post' })]).toEqual([true, false]);
    // An option list is compiled as an enum: its branches are no schemas of their own, so never met,
    // as the run-time compiler treats them.
    const person = module[validators.checks['/properties/art/oneOf/0'] as string];
    expect([person?.('person'), person?.('firma'), person?.errors]).toEqual([false, false, null]);
  });

  it('has tenant code only for a definition with a tenant schema, compiled leniently (a tenant’s own keywords pass)', async () => {
    const definition = loadDefinition(conditionsDefinition);
    expect(Object.keys(standaloneValidators(definition))).not.toContain('tenantCode');
    const tenant = {
      type: 'object',
      properties: { gebuehr: { type: 'number', minimum: 0, unbekannt: true } },
      required: ['gebuehr'],
    };
    const validators = standaloneValidators({ schema: definition.schema, tenant });
    const module = await run(validators, validators.tenantCode ?? '');
    expect([
      module.default?.({ gebuehr: 5 }),
      module.default?.({ gebuehr: -1 }),
      module.default?.({}),
    ]).toEqual([true, false, false]);
  });

  it('ships the data validator without ajv’s English messages, the tenant validator with them (tenant problems quote them)', async () => {
    const definition = loadDefinition(conditionsDefinition);
    const tenant = { type: 'object', properties: { gebuehr: { type: 'number' } }, required: ['gebuehr'] };
    const validators = standaloneValidators({ schema: definition.schema, tenant });
    expect(validators.code).not.toMatch(/message:/);
    const data = await run(validators, validators.code);
    expect(data.validate?.({})).toBe(false);
    expect(data.validate?.errors?.[0]).not.toHaveProperty('message');
    const tenantCheck = await run(validators, validators.tenantCode ?? '');
    expect(tenantCheck.default?.({})).toBe(false);
    expect(tenantCheck.default?.errors?.[0]).toHaveProperty(
      'message',
      "must have required property 'gebuehr'",
    );
  });

  it('checks a long required list in a loop, reporting every missing name in order', async () => {
    const names = Array.from({ length: 8 }, (_, index) => `feld${index}`);
    const schema = {
      type: 'object',
      properties: Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
      required: names,
    };
    const validators = standaloneValidators({ schema });
    // Unrolled, every name would sit in the code as its own `missingProperty: "feld…"` error.
    expect(validators.code).not.toMatch(/missingProperty:\s*"feld/);
    const data = await run(validators, validators.code);
    expect(data.validate?.({ feld3: 'da' })).toBe(false);
    expect(data.validate?.errors?.map((error) => error.params)).toEqual(
      names.filter((name) => name !== 'feld3').map((name) => ({ missingProperty: name })),
    );
  });

  it('writes the schema it refers to without its annotations (the service carries the texts once, in the definition)', () => {
    const names = Array.from({ length: 8 }, (_, index) => `feld${index}`);
    const schema = {
      type: 'object',
      title: 'Antrag auf Sondernutzung',
      properties: Object.fromEntries(
        names.map((name) => [
          name,
          { type: 'string', title: `Titel ${name}`, 'x-efa': { hint: `Hinweis ${name}` } },
        ]),
      ),
      required: names,
    };
    const { code } = standaloneValidators({ schema });
    // The loop over `required` reads the list from the schema literal, so the literal is there.
    expect(code).toContain('"required":["feld0","feld1"');
    expect(code).not.toMatch(/Antrag auf Sondernutzung|Titel feld|Hinweis feld|x-efa/);
  });

  it('compiles strictly unless the definition is lenient or the caller says so', () => {
    const schema = { type: 'object', properties: { a: { type: 'string', unbekannt: 1 } } };
    expect(() => standaloneValidators({ schema })).toThrow('strict mode: unknown keyword: "unbekannt"');
    expect(() => standaloneValidators({ schema, strict: false })).not.toThrow();
    expect(() => standaloneValidators({ schema }, { mode: 'lenient' })).not.toThrow();
    expect(() => standaloneValidators({ schema, strict: false }, { mode: 'strict' })).toThrow(
      'strict mode: unknown keyword: "unbekannt"',
    );
  });

  it('names the formats specifier and the directory ajv’s helpers resolve from', () => {
    const validators = standaloneValidators(loadDefinition(conditionsDefinition));
    expect(validators.formatsSpecifier).toBe('efa-forms:standalone-formats');
    expect(validators.resolveDir).toBe(new URL('./', import.meta.url).href);
    expect(validators.code).toContain('require("efa-forms:standalone-formats").standaloneFormats');
  });
});

describe('standaloneValidators: the formats module', () => {
  const withFormats = (formats: Record<string, object>) => ({
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(formats).map(([name, format]) => [name, { type: 'string', ...format }]),
    ),
  });

  it('imports only the formats the code looks up, each on its own (a regular-expression format is in the code)', async () => {
    const validators = standaloneValidators({
      schema: withFormats({
        plz: { format: 'de-postcode' },
        am: { format: 'date' },
        mail: { format: 'email' },
      }),
    });
    expect(validators.formatsCode).toBe(
      [
        'import { dePostcodeFormat } from "./formats/german-formats.ts";',
        'import { dateFormat } from "./formats/standard-formats.ts";',
        'export const standaloneFormats = { "date": dateFormat, "de-postcode": dePostcodeFormat };',
      ].join('\n'),
    );
    const module = await run(validators, validators.code);
    const answers = [
      { plz: '10115', am: '2026-02-28', mail: 'a@b.de' },
      { plz: '1011' },
      { am: '2026-02-30' },
      { mail: 'a@' },
    ].map((data) => module.validate?.(data));
    expect(answers).toEqual([true, false, false, false]);
  });

  it('leaves the standard formats out when only German formats are used, and German ones when only standard ones are', () => {
    const german = standaloneValidators({ schema: withFormats({ iban: { format: 'iban' } }) });
    expect(german.formatsCode).not.toContain('standard-formats');
    expect(german.formatsCode).toContain('import { ibanFormat } from "./formats/german-formats.ts";');
    const standard = standaloneValidators({
      schema: withFormats({ zeit: { format: 'date-time' }, web: { format: 'uri' } }),
    });
    expect(standard.formatsCode).toBe(
      [
        'import { dateTimeFormat, uriFormat } from "./formats/standard-formats.ts";',
        'export const standaloneFormats = { "date-time": dateTimeFormat, "uri": uriFormat };',
      ].join('\n'),
    );
  });

  it('exports nothing for a schema without formats, and the tenant’s formats beside the data’s', () => {
    expect(standaloneValidators({ schema: withFormats({ name: {} }) }).formatsCode).toBe(
      'export const standaloneFormats = {  };',
    );
    const validators = standaloneValidators({
      schema: withFormats({ name: {} }),
      tenant: withFormats({ steuer: { format: 'de-steuer-id' } }),
    });
    expect(validators.formatsCode).toBe(
      [
        'import { deSteuerIdFormat } from "./formats/german-formats.ts";',
        'export const standaloneFormats = { "de-steuer-id": deSteuerIdFormat };',
      ].join('\n'),
    );
  });

  it('brings the formats of condition checks and of a date range compared with `$data`', async () => {
    const schema = {
      type: 'object',
      properties: {
        von: { type: 'string' },
        bis: { type: 'string', format: 'date', formatMinimum: { $data: '1/von' } },
        art: { type: 'string' },
      },
      if: { properties: { art: { format: 'iban' } }, required: ['art'] },
      then: { required: ['von'] },
    };
    const validators = standaloneValidators({ schema });
    expect(validators.formatsCode).toBe(
      [
        'import { ibanFormat } from "./formats/german-formats.ts";',
        'import { dateFormat } from "./formats/standard-formats.ts";',
        'export const standaloneFormats = { "date": dateFormat, "iban": ibanFormat };',
      ].join('\n'),
    );
    const module = await run(validators, validators.code);
    const iban = module[validators.checks['/if'] as string];
    expect([iban?.({ art: 'DE89370400440532013000' }), iban?.({ art: 'DE89' })]).toEqual([true, false]);
    expect([
      module.validate?.({ von: '2026-01-02', bis: '2026-01-01' }),
      module.validate?.({ von: '2026-01-02', bis: '2026-01-03' }),
    ]).toEqual([false, true]);
  });

  it('exports every format when the format itself is `$data`, looked up by name at run time', async () => {
    const schema = {
      type: 'object',
      properties: {
        art: { type: 'string' },
        von: { type: 'string' },
        bis: { type: 'string', format: { $data: '1/art' }, formatMinimum: { $data: '1/von' } },
      },
    };
    const validators = standaloneValidators({ schema }, { mode: 'lenient' });
    expect(validators.formatsCode).toContain('"date": dateFormat');
    expect(validators.formatsCode).toContain('"iban": ibanFormat');
    // The regular-expression formats written out, the always-true ones as `true`; never ajv-formats.
    expect(validators.formatsCode).toContain('"uuid": /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i');
    expect(validators.formatsCode).toContain('"password": true');
    expect(validators.formatsCode).not.toContain('ajv-formats');
    const module = await run(validators, validators.code);
    const answers = [
      { art: 'date', von: '2026-01-02', bis: '2026-01-03' },
      { art: 'date', von: '2026-01-02', bis: '2026-01-01' },
      { art: 'iban', bis: 'DE89370400440532013000' },
      { art: 'email', bis: 'a@b.de' },
      { art: 'email', bis: 'a@' },
      { art: 'password', bis: 'geheim' },
    ].map((data) => module.validate?.(data));
    expect(answers).toEqual([true, false, true, true, false, true]);
  });
});
