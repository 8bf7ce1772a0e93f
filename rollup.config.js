// One factory for every package (after lit's rollup-common.js): each package gets an ESM build of
// src/index.ts with its dependencies left external, plus any one-file bundles it asks for.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';

const esbuildOptions = {
  target: 'es2022',
  tsconfig: 'tsconfig.base.json',
  // The definition format's JSON Schema is shipped as a file and imported by the linter.
  loaders: { '.json': 'json' },
  // Lit decorators are compiled the legacy way (see ../shared/TOOLCHAIN.md: Vite does not lower TC39 decorators).
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
};

/**
 * Rollup options for one package.
 * @param {string} name folder under packages/
 * @param {{entries?: string[], bundles?: {input: string, file: string, uses?: {module: string, file: string}}[]}} [options]
 *   more public entry modules beside src/index.ts (package `exports`), and self-contained, minified
 *   extra outputs; a bundle that `uses` another one imports `module` (a source file) from that bundle's
 *   `file` instead of carrying a copy, so both share one instance (efa-forms-en.js adds to efa-forms.js)
 */
export function packageConfig(name, options = {}) {
  const dir = `packages/${name}`;
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  // Lit's html/css templates lose their indentation (the minifiers leave template text alone).
  const minifyTemplates = minifyTemplatesPlugin({ include: `${dir}/src/` });
  const isExternal = (id) =>
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');
  const library = {
    input: [`${dir}/src/index.ts`, ...(options.entries ?? []).map((entry) => `${dir}/${entry}`)],
    output: {
      dir: `${dir}/dist`,
      format: 'esm',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `${dir}/src`,
    },
    external: isExternal,
    plugins: [minifyTemplates, esbuild(esbuildOptions)],
  };
  const bundles = (options.bundles ?? []).map(({ input, file, uses }) => ({
    input: `${dir}/${input}`,
    output: {
      file: `${dir}/${file}`,
      format: 'esm',
      sourcemap: true,
      ...(uses ? { paths: (id) => (sharedModule(id, dir, uses) ? uses.file : id) } : {}),
    },
    ...(uses ? { external: (id, importer) => sharedModule(id, dir, uses, importer) } : {}),
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      // ajv and ajv-formats are CommonJS and require JSON meta-schemas.
      commonjs(),
      json(),
      minifyTemplates,
      esbuild(esbuildOptions),
      terser({ format: { comments: false } }),
    ],
  }));
  return [library, ...bundles];
}

/** Whether an import (resolved, or relative to `importer`) is the module a bundle `uses` from another. */
function sharedModule(id, dir, uses, importer) {
  const path = importer && id.startsWith('.') ? resolve(dirname(importer), id) : resolve(id);
  return path.replace(/\.[jt]s$/, '') === resolve(dir, uses.module).replace(/\.ts$/, '');
}

const only = process.env.EFA_PACKAGE;
const packages = {
  // engine: the compiler-free entry. Compiled services' formats modules import formats/german-formats.js,
  // which the engine brings along.
  core: () => packageConfig('core', { entries: ['src/engine.ts'] }),
  xoev: () => packageConfig('xoev'),
  fim: () => packageConfig('fim'),
  server: () => packageConfig('server'),
  // main: what bin/efa.js starts.
  cli: () => packageConfig('cli', { entries: ['src/main.ts'] }),
  elements: () =>
    packageConfig('elements', {
      entries: ['src/define.ts', 'src/runtime.ts', 'src/react.ts', 'src/en.ts'],
      // efa-forms.js runs compiled services (no ajv, strict CSP), in German; efa-forms-en.js adds English
      // to it; efa-forms-runtime.js also takes raw definitions and speaks both.
      bundles: [
        { input: 'src/bundle.ts', file: 'dist/efa-forms.js' },
        {
          input: 'src/en.ts',
          file: 'dist/efa-forms-en.js',
          uses: { module: 'src/locales/index.ts', file: './efa-forms.js' },
        },
        { input: 'src/bundle-runtime.ts', file: 'dist/efa-forms-runtime.js' },
      ],
    }),
};

export default Object.entries(packages)
  .filter(([name]) => !only || name === only)
  .flatMap(([, config]) => config());
