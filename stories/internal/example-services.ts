import { inlineFileRefsSync, type ServiceDefinition } from '@efa-forms/core';

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

// The shared blocks the definitions refer to (`"$ref": "../_bausteine/..."`), as text for core's inlining.
const blockFiles = import.meta.glob<string>('../../examples/_bausteine/*.json', {
  eager: true,
  import: 'default',
  query: '?raw',
});
const blocks = new Map(
  Object.entries(blockFiles).map(([path, text]) => [path.replace(/^\.\.\/\.\.\//, ''), text]),
);

/** The definition as a portal gets it: shared blocks inlined (the same as `efa compile` publishes). */
function published(folder: string, file: string, definition: ServiceDefinition): ServiceDefinition {
  return inlineFileRefsSync(definition, {
    base: `examples/${folder}/${file}`,
    read: (path) => {
      const text = blocks.get(path);
      if (text === undefined) throw Object.assign(new Error(`no block ${path}`), { code: 'ENOENT' });
      return text;
    },
  }) as ServiceDefinition;
}

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
    .filter(([path]) => !path.includes('/_'))
    .map(([path, raw]) => {
      const [folder, file] = split(path);
      const service: ExampleService = {
        folder: `examples/${folder}`,
        definition: published(folder, file, raw),
        tenants: collect(tenantFiles, folder, (rest) => /^tenant\.(.+)\.json$/.exec(rest)?.[1]),
        validSamples: collect(sampleFiles, folder, (rest) => /^samples\/(valid-.+\.json)$/.exec(rest)?.[1]),
        invalidSamples: collect(
          sampleFiles,
          folder,
          (rest) => /^samples\/(invalid-.+\.json)$/.exec(rest)?.[1],
        ),
      };
      return [service.definition.id, service];
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
