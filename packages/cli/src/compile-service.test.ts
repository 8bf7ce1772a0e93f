// `compileService` (the code behind `efa compile`): the module it writes gives the same activeFields,
// prune, validate and validateStep results as the run-time validator on every example and on core's
// validation corpus, and runs under `node --disallow-code-generation-from-strings`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCompiledService, loadDefinition, type CompiledService } from '@efa-forms/core';
import { compileService } from './compile-service.js';
import { corpusFixtures, exampleFixtures, repoRoot, type Fixture } from './test-support/fixtures.js';
import { results } from './test-support/results.js';

const scratch = mkdtempSync(join(tmpdir(), 'efa-compile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
async function compiledModule(
  json: unknown,
  options = {},
): Promise<{ file: string; service: CompiledService }> {
  const { code } = await compileService(json, options);
  const file = join(scratch, `service-${counter++}.js`);
  writeFileSync(file, code);
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: CompiledService };
  return { file, service: module.default };
}

const fixtures: Fixture[] = [...exampleFixtures(), ...corpusFixtures()];

describe('compileService: compiled and run-time validation agree', () => {
  it('has examples and corpus definitions to compare', () => {
    expect(exampleFixtures().length).toBeGreaterThanOrEqual(1);
    expect(corpusFixtures().length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s: same activeFields, prune, validate and validateStep',
    async (_name, fixture) => {
      const { service } = await compiledModule(
        fixture.json,
        fixture.compileWithTenant ? { tenant: fixture.tenant } : {},
      );
      for (const locale of fixture.locales) {
        const runtime = loadDefinition(fixture.json, { tenant: fixture.tenant, locale });
        const compiled = loadCompiledService(service, { tenant: fixture.tenant, locale });
        expect(compiled).toEqual(runtime);
        const expected = results(runtime, fixture.data, locale);
        expect(results(compiled, fixture.data, locale)).toEqual(expected);
        // The data exercise both outcomes: the comparison is not between empty results.
        expect(new Set(expected.map((result) => result.validate.valid))).toEqual(new Set([true, false]));
      }
    },
    60_000,
  );

  it('builds in a tenant and a locale when asked, and refuses to switch away from them', async () => {
    const gewerbe = exampleFixtures().find((fixture) => fixture.name === 'gewerbeanmeldung.service.json');
    if (!gewerbe) throw new Error('no example');
    const { service } = await compiledModule(gewerbe.json, { tenant: gewerbe.tenant, locale: 'en' });
    expect(service.definition).toEqual(
      loadDefinition(gewerbe.json, { tenant: gewerbe.tenant, locale: 'en' }),
    );
    expect(loadCompiledService(service)).toBe(service.definition);
    expect(() => loadCompiledService(service, { locale: 'de' })).toThrow(/compiled for locale "en" only/);
  }, 60_000);

  it('throws DefinitionError for a definition loadDefinition rejects', async () => {
    await expect(
      compileService({ id: 'x', version: '1.0.0', title: 'X', schema: { type: 'objekt' } }),
    ).rejects.toThrow(/problem/);
  });
});

describe('the compiled module', () => {
  it('contains no ajv compiler, no eval and no new Function', async () => {
    const gewerbe = exampleFixtures().find((fixture) => fixture.name === 'gewerbeanmeldung.service.json');
    const { code } = await compileService(gewerbe?.json);
    expect(code).not.toMatch(/new Function|\beval\(|Function\(/);
    expect(code).not.toMatch(/ajv\/dist\/(core|compile)/);
  }, 60_000);

  it('carries the formats it uses and no others', async () => {
    const withFormat = (format: string) => ({
      id: 'formate',
      version: '1.0.0',
      title: 'Formate',
      schema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: { feld: { title: 'Feld', type: 'string', format } },
      },
    });
    // ajv-formats (CommonJS, so whole when it comes: its `fastFormats` table), core's date check
    // (the month lengths) and an entry of the IBAN country table, as esbuild writes them.
    const markers = (code: string) =>
      [/fastFormats/, /\[0,31,28,31,30,31,30,31,31,30,31,30,31\]/, /AD:24,AE:23/].map((marker) => marker.test(code));
    expect(markers((await compileService(withFormat('date'))).code)).toEqual([false, true, false]);
    expect(markers((await compileService(withFormat('iban'))).code)).toEqual([false, false, true]);
    expect(markers((await compileService(withFormat('email'))).code)).toEqual([false, false, false]);
    const { service } = await compiledModule(withFormat('iban'));
    expect([
      service.validate({ feld: 'DE89370400440532013000' }),
      service.validate({ feld: 'DE89' }),
    ]).toEqual([true, false]);
    const dated = (await compiledModule(withFormat('date'))).service;
    expect([dated.validate({ feld: '2024-02-29' }), dated.validate({ feld: '2023-02-29' })]).toEqual([true, false]);
  }, 60_000);

  it('runs under node --disallow-code-generation-from-strings with the bare engine', async () => {
    const gewerbe = exampleFixtures().find((fixture) => fixture.name === 'gewerbeanmeldung.service.json');
    if (!gewerbe) throw new Error('no example');
    const { file } = await compiledModule(gewerbe.json);
    // The engine from the sources, bundled the way a page would load it (no TypeScript loader at run time).
    const driver = join(scratch, 'driver.mjs');
    await build({
      stdin: {
        contents: `
          import { readFileSync } from 'node:fs';
          import { loadCompiledService } from ${JSON.stringify(fileURLToPath(new URL('packages/core/src/engine.ts', repoRoot)))};
          import { results } from ${JSON.stringify(fileURLToPath(new URL('./test-support/results.ts', import.meta.url)))};
          import service from ${JSON.stringify(file)};
          const { tenant, data } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
          const out = results(loadCompiledService(service, { tenant }), data, 'de');
          process.stdout.write(JSON.stringify(out));
        `,
        resolveDir: scratch,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: driver,
      logLevel: 'silent',
    });
    const input = join(scratch, 'input.json');
    writeFileSync(input, JSON.stringify({ tenant: gewerbe.tenant, data: gewerbe.data }));
    const run = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', driver, input], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const runtime = loadDefinition(gewerbe.json, { tenant: gewerbe.tenant });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(results(runtime, gewerbe.data, 'de'))));
  }, 60_000);

  it('the flag does stop run-time ajv (so the test above proves something)', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--disallow-code-generation-from-strings',
        '-e',
        'const Ajv = require("ajv"); new Ajv().compile({type: "string"})',
      ],
      { encoding: 'utf8', cwd: fileURLToPath(repoRoot) },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/Code generation from strings disallowed/);
  });
});
