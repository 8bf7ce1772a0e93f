/**
 * The example services for Node tests that read them synchronously (at module level, in `describe`
 * bodies): the twins of `../load-example.ts` (which also runs in the browser, so it reads
 * asynchronously). Same rule: the definition with its shared blocks (`"$ref": "../_bausteine/..."`)
 * inlined by core's `inlineFileRefsSync`, the tenant from the example's own `tenant.musterstadt.json`.
 */
import { readFileSync } from 'node:fs';
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
