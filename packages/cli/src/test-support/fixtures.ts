// Definitions and data for the compiled-vs-runtime tests: every example with its samples, tenant and
// both locales, and every definition of core's cross-environment validation corpus with its cases.
import type { Locale, ServiceDefinition } from '@efa-forms/core';
import { validationCorpus } from '../../../core/src/test-support/validation-corpus.js';
import { exampleIds, readExample } from '../../../../examples/test-support/read-example.js';

export const repoRoot = new URL('../../../../', import.meta.url);

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

/** Every example (`examples/<id>/`), with its tenant, both locales and the samples (and `{}`). */
export function exampleFixtures(): Fixture[] {
  return exampleIds().map((id) => {
    const { dir, json, tenant, samples } = readExample(id);
    return {
      name: `${id}.service.json`,
      dir,
      json,
      tenant,
      compileWithTenant: JSON.stringify(json).includes('"optionsFrom"'),
      locales: ['de', 'en'] as Locale[],
      data: [{}, ...samples.map(([, data]) => data)],
    };
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
