import type { ServiceDefinition } from '@efa-forms/core';

/** One example service under examples/<folder>/ with what lies beside it. */
export interface ExampleService {
  /** `examples/<folder>`. */
  folder: string;
  definition: ServiceDefinition;
  /** `tenant.<name>.json` files by name (`musterstadt`). */
  tenants: Record<string, Record<string, unknown>>;
  /** `samples/valid-*.json` by file name. */
  validSamples: Record<string, Record<string, unknown>>;
  /** `samples/invalid-*.json` by file name. */
  invalidSamples: Record<string, Record<string, unknown>>;
}

// Found by vite at build time: a service added under examples/ appears in the stories without a new file.
const definitions = import.meta.glob<ServiceDefinition>('../../examples/*/*.service.json', {
  eager: true,
  import: 'default',
});
const tenantFiles = import.meta.glob<Record<string, unknown>>('../../examples/*/tenant.*.json', {
  eager: true,
  import: 'default',
});
const sampleFiles = import.meta.glob<Record<string, unknown>>('../../examples/*/samples/*valid-*.json', {
  eager: true,
  import: 'default',
});

/** `../../examples/<folder>/<rest>` -> [folder, rest]. */
const split = (path: string): [string, string] => {
  const [, folder = '', rest = ''] = /^\.\.\/\.\.\/examples\/([^/]+)\/(.+)$/.exec(path) ?? [];
  return [folder, rest];
};

function collect(
  files: Record<string, Record<string, unknown>>,
  folder: string,
  name: (rest: string) => string | undefined,
): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const [path, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const [own, rest] = split(path);
    const key = own === folder ? name(rest) : undefined;
    if (key !== undefined) result[key] = content;
  }
  return result;
}

/** Every example service, by id, in folder order. */
export const exampleServices: Record<string, ExampleService> = Object.fromEntries(
  Object.entries(definitions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, definition]) => {
      const [folder] = split(path);
      const service: ExampleService = {
        folder: `examples/${folder}`,
        definition,
        tenants: collect(tenantFiles, folder, (rest) => /^tenant\.(.+)\.json$/.exec(rest)?.[1]),
        validSamples: collect(sampleFiles, folder, (rest) => /^samples\/(valid-.+\.json)$/.exec(rest)?.[1]),
        invalidSamples: collect(
          sampleFiles,
          folder,
          (rest) => /^samples\/(invalid-.+\.json)$/.exec(rest)?.[1],
        ),
      };
      return [definition.id, service];
    }),
);

/** Ids of the example services. */
export const serviceIds = Object.keys(exampleServices);

/** The example service with this id (throws for an unknown one: a story names a service that is gone). */
export function exampleService(id: string): ExampleService {
  const service = exampleServices[id];
  if (!service)
    throw new Error(`no example service "${id}" under examples/ (have: ${serviceIds.join(', ')})`);
  return service;
}
