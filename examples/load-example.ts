/**
 * The example services as a portal gets them: `examples/<id>/<id>.service.json` with its shared
 * blocks (`"$ref": "../_bausteine/..."`) inlined by core's `inlineFileRefs`. Tests, benchmarks and
 * stories use these helpers instead of reading the definition file, which is not self-contained.
 * They run in Node (files) and in the browser (fetch; vitest's browser mode serves the repository).
 */
import {
  inlineFileRefs,
  loadDefinition,
  type Definition,
  type LoadOptions,
  type ServiceDefinition,
} from '@efa-forms/core';

/** The example services, in the order the portal offers them. */
export const EXAMPLE_IDS = [
  'gewerbeanmeldung',
  'gewerbeummeldung',
  'gewerbeabmeldung',
  'bewohnerparkausweis',
  'sondernutzung',
] as const;

/** The fictional municipality every example is configured for (one tenant file for all Gewerbe services). */
export const MUSTERSTADT = new URL('gewerbeanmeldung/tenant.musterstadt.json', import.meta.url);

/** The URL of a file of an example: its definition by default. */
export function exampleUrl(id: string, file = `${id}.service.json`): URL {
  return new URL(`${id}/${file}`, import.meta.url);
}

/** Reads a file of the repository as text: from disk in Node, over HTTP in the browser. */
export async function readText(location: string | URL): Promise<string> {
  const url = new URL(location);
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** The self-contained definition JSON of an example, blocks inlined: what `efa compile` would publish. */
export async function exampleDefinition(id: string): Promise<ServiceDefinition> {
  const url = exampleUrl(id);
  return (await inlineFileRefs(await readText(url), { base: url.href, read: readText })) as ServiceDefinition;
}

/** Examples with a tenant file of their own; the Gewerbe services share the Anmeldung's. */
const OWN_TENANT = new Set(['bewohnerparkausweis', 'sondernutzung']);

/** The Musterstadt tenant configuration of an example (the Gewerbe one by default). */
export async function musterstadt(id = 'gewerbeanmeldung'): Promise<Record<string, unknown>> {
  const file = OWN_TENANT.has(id) ? exampleUrl(id, 'tenant.musterstadt.json') : MUSTERSTADT;
  return JSON.parse(await readText(file)) as Record<string, unknown>;
}

/** `loadDefinition` of an example, for Musterstadt unless `options.tenant` says otherwise. */
export async function loadExample(id: string, options: LoadOptions = {}): Promise<Definition> {
  const [json, tenant] = await Promise.all([exampleDefinition(id), musterstadt(id)]);
  return loadDefinition(json, { tenant, ...options });
}
