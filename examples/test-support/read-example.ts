/**
 * The example services for Node tests that read them synchronously (at module level, in `describe`
 * bodies): the twins of `../load-example.ts` (which also runs in the browser, so it reads
 * asynchronously). Same rule: the definition with its shared blocks (`"$ref": "../_bausteine/..."`)
 * inlined by core's `inlineFileRefsSync`, the tenant from the example's own `tenant.musterstadt.json`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inlineFileRefsSync, type ServiceDefinition } from '@efa-forms/core';
import { exampleUrl } from '../load-example.js';

/** A definition file as published: its `$ref`s to files beside it inlined. */
export function readDefinitionFile(url: URL): ServiceDefinition {
  return inlineFileRefsSync(readFileSync(url, 'utf8'), {
    base: fileURLToPath(url),
    read: (path) => readFileSync(path, 'utf8'),
  }) as ServiceDefinition;
}

/** The self-contained definition JSON of an example (`exampleDefinition` of load-example.ts). */
export function readExampleDefinition(id: string): ServiceDefinition {
  return readDefinitionFile(exampleUrl(id));
}

/** The Musterstadt tenant configuration in the example's own folder. */
export function readExampleTenant(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(exampleUrl(id, 'tenant.musterstadt.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** The ids of the example services: the folders of `examples/` that hold an `<id>.service.json`. */
export function exampleIds(): string[] {
  const examples = new URL('../', import.meta.url);
  return readdirSync(examples, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(exampleUrl(entry.name)))
    .map((entry) => entry.name)
    .sort();
}

/** One example as tests that run every example need it. */
export interface ExampleFiles {
  id: string;
  /** The example's folder. */
  dir: URL;
  /** The definition, blocks inlined. */
  json: ServiceDefinition;
  tenant: Record<string, unknown>;
  /** `samples/valid-*.json` and `samples/invalid-*.json` by file name, sorted. */
  samples: [name: string, data: unknown][];
}

/** Reads an example: definition, tenant and samples. */
export function readExample(id: string): ExampleFiles {
  const samplesDir = exampleUrl(id, 'samples/');
  const samples = readdirSync(samplesDir)
    .filter((name) => /^(in)?valid-.*\.json$/.test(name))
    .sort()
    .map((name): [string, unknown] => [name, JSON.parse(readFileSync(new URL(name, samplesDir), 'utf8'))]);
  return {
    id,
    dir: exampleUrl(id, ''),
    json: readExampleDefinition(id),
    tenant: readExampleTenant(id),
    samples,
  };
}
