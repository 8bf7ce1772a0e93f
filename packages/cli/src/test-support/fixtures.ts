// Definitions and data for the compiled-vs-runtime tests: every example with its samples, tenant and
// both locales, and every definition of core's cross-environment validation corpus with its cases.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inlineFileRefsSync } from '@efa-forms/core';
import type { Locale, ServiceDefinition } from '@efa-forms/core';
import { validationCorpus } from '../../../core/src/test-support/validation-corpus.js';

export const repoRoot = new URL('../../../../', import.meta.url);
export const examplesDir = new URL('examples/', repoRoot);

export interface Fixture {
  name: string;
  json: ServiceDefinition;
  tenant?: unknown;
  locales: Locale[];
  data: unknown[];
  dir?: URL;
  /**
   * Options from the tenant (`x-efa.optionsFrom`) change what is validated: such a service is compiled
   * for its tenant (`efa compile --tenant`), as a portal does.
   */
  compileWithTenant?: boolean;
}

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

/** An example definition as published: its shared blocks (`../_bausteine/`) inlined. */
export function readDefinition(url: URL): ServiceDefinition {
  return inlineFileRefsSync(readFileSync(url, 'utf8'), {
    base: fileURLToPath(url),
    read: (path) => readFileSync(path, 'utf8'),
  }) as ServiceDefinition;
}

/** Example folders (`examples/<service>/` with a `.service.json`); `_bausteine` and the portal are not services. */
export function exampleFixtures(): Fixture[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => new URL(`${entry.name}/`, examplesDir))
    .flatMap((dir) => {
      const files = readdirSync(dir);
      const file = files.find((name) => name.endsWith('.service.json'));
      if (!file) return [];
      const tenantFile = files.find((name) => /^tenant\..*\.json$/.test(name));
      const json = readDefinition(new URL(file, dir));
      const samplesDir = new URL('samples/', dir);
      const samples = files.includes('samples')
        ? readdirSync(samplesDir).filter((name) => /^(in)?valid-.*\.json$/.test(name))
        : [];
      return [
        {
          name: file,
          dir,
          json,
          tenant: tenantFile ? readJson(new URL(tenantFile, dir)) : undefined,
          compileWithTenant: JSON.stringify(json).includes('"optionsFrom"'),
          locales: ['de', 'en'] as Locale[],
          data: [{}, ...samples.map((name) => readJson(new URL(name, samplesDir)))],
        },
      ];
    });
}

/** The corpus grouped by definition, with the locales its cases use. */
export function corpusFixtures(): Fixture[] {
  const byDefinition = new Map<ServiceDefinition, Fixture>();
  for (const entry of validationCorpus) {
    let fixture = byDefinition.get(entry.definition);
    if (!fixture) {
      fixture = { name: `corpus ${entry.definition.id}`, json: entry.definition, locales: [], data: [{}] };
      byDefinition.set(entry.definition, fixture);
    }
    const locale = entry.locale ?? 'de';
    if (!fixture.locales.includes(locale)) fixture.locales.push(locale);
    fixture.data.push(entry.data);
  }
  return [...byDefinition.values()];
}
