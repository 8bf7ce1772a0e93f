import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { COMPILED_SERVICE_FORMAT, loadDefinition, standaloneValidators, type Locale } from '@efa-forms/core';
import { inlineRefs } from './internal/inline-refs.js';

/** Options of `compileService`. */
export interface CompileOptions {
  /**
   * A tenant configuration to build in. Leave it out to publish one service for every municipality:
   * each page then passes its own tenant (`<efa-form tenant>`), validated by the compiled tenant schema.
   */
  tenant?: unknown;
  /** Compile for this locale only. Leave it out and the page may choose `de` (default) or `en`. */
  locale?: Locale;
  /** Directory `$ref`s to files beside the definition (`../_bausteine/...`) are resolved from. */
  baseDir?: string;
}

/**
 * A service definition as one ES module that runs under a strict Content-Security-Policy: the
 * definition as `loadDefinition` prepares it (so the page does not lint) and ajv standalone code for
 * the whole-form validator, every condition and the tenant schema, bundled with esbuild. No ajv
 * compiler, no `new Function`, no `eval`. Its default export is a `CompiledService` for core's
 * `loadCompiledService` and `<efa-form .service>`. Throws core's `DefinitionError` for a bad definition.
 */
export async function compileService(
  definitionJson: unknown,
  options: CompileOptions = {},
): Promise<{ code: string }> {
  const json = await inlineRefs(definitionJson, options.baseDir);
  const definition = loadDefinition(json, {
    ...(options.tenant === undefined ? {} : { tenant: options.tenant }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  const validators = standaloneValidators(definition);
  const checks = Object.entries(validators.checks)
    .map(([pointer, name]) => `${JSON.stringify(pointer)}: data.${name}`)
    .join(',\n  ');
  const service = [
    `format: ${JSON.stringify(COMPILED_SERVICE_FORMAT)}`,
    `definition`,
    options.locale === undefined ? '' : `fixedLocale: ${JSON.stringify(options.locale)}`,
    `fixedTenant: ${options.tenant !== undefined}`,
    `autoSteps: ${!hasSteps(json)}`,
    `mode: ${JSON.stringify(definition.strict ? 'strict' : 'lenient')}`,
    `validate: data.validate`,
    `checks: {\n  ${checks}\n}`,
    validators.tenantCode === undefined ? '' : `validateTenant: tenant.validate`,
  ].filter(Boolean);
  const entry = [
    `// ${definition.id} ${definition.version}, compiled by efa compile.`,
    `import * as data from 'efa:data';`,
    validators.tenantCode === undefined ? '' : `import * as tenant from 'efa:tenant';`,
    `export const definition = ${JSON.stringify(definition)};`,
    `const service = {\n${service.join(',\n')}\n};`,
    `export default service;`,
  ].join('\n');

  const resolveDir = fileURLToPath(validators.resolveDir);
  const modules: Record<string, string> = {
    'efa:data': validators.code,
    [validators.formatsSpecifier]: validators.formatsCode,
  };
  if (validators.tenantCode !== undefined) modules['efa:tenant'] = validators.tenantCode;
  const virtual: Plugin = {
    name: 'efa-compiled-service',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^efa(:|-forms:)/ }, (args) => ({ path: args.path, namespace: 'efa' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'efa' }, (args) => ({
        contents: modules[args.path] ?? '',
        loader: 'js',
        resolveDir,
      }));
    },
  };
  const result = await build({
    stdin: { contents: entry, resolveDir, sourcefile: `${definition.id}.service.js`, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // ajv's runtime helpers and their dependencies are CommonJS packages with a `main` only.
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [virtual],
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('efa compile: esbuild produced no output');
  return {
    code: `// ${definition.id} ${definition.version}: compiled by efa compile (efa-forms).\n${output.text}`,
  };
}

function hasSteps(json: unknown): boolean {
  return typeof json === 'object' && json !== null && Array.isArray((json as { steps?: unknown }).steps);
}
