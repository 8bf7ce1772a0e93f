/**
 * What a portal's own bundler makes of the npm packages: @efa-forms/core and @efa-forms/elements laid
 * out as `npm install` lays them out (real directories under node_modules, each with its package.json
 * and dist/, not the workspace's symlinks), bundled by esbuild from `import '@efa-forms/elements/define'`.
 * A value imported from the full '@efa-forms/core' once brought its side effects along, ajv as the
 * run-time compiler (274 KB minified instead of 113), and only this layout showed it: in the
 * workspace the bundlers left them out. English is a module of its own, added by
 * `@efa-forms/elements/en`.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/build-package.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let app: string;

beforeAll(async () => {
  await ensureBuilt([
    ['core', 'packages/core/dist/engine.js'],
    ['elements', 'packages/elements/dist/define.js'],
  ]);
  app = mkdtempSync(join(tmpdir(), 'efa-installed-'));
  const modules = join(app, 'node_modules');
  for (const name of ['core', 'elements']) {
    const target = join(modules, '@efa-forms', name);
    mkdirSync(target, { recursive: true });
    cpSync(join(root, 'packages', name, 'package.json'), join(target, 'package.json'));
    cpSync(join(root, 'packages', name, 'dist'), join(target, 'dist'), { recursive: true });
  }
  // Everything else as installed: the workspace's packages, linked (no registry in a test).
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '@efa-forms' && name !== '.bin')
      symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
}, 180_000);

afterAll(() => {
  rmSync(app, { recursive: true, force: true });
});

/** The bundle of a page with these imports: the packages it holds and the text. */
async function bundle(source: string): Promise<{ inputs: string[]; code: string }> {
  const entry = join(app, `page-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: app,
    preserveSymlinks: false,
  });
  const inputs = Object.keys(
    (Object.values((result.metafile as Metafile).outputs)[0] as { inputs: object }).inputs,
  );
  return { inputs, code: result.outputFiles[0]?.text ?? '' };
}

describe('@efa-forms/elements bundled from an npm install', () => {
  it('carries no ajv and no English for a German page that runs compiled services', async () => {
    const { inputs, code } = await bundle("import '@efa-forms/elements/define';\n");
    expect(inputs.some((file) => file.includes('@efa-forms/elements/dist/efa-form.js'))).toBe(true);
    expect(inputs.filter((file) => /node_modules\/(ajv|ajv-formats|fast-uri)\//.test(file))).toEqual([]);
    expect(inputs.filter((file) => /locales\/(en|english)\.js$/.test(file))).toEqual([]);
    expect(code).not.toMatch(/new Function/);
  });

  it('adds English with @efa-forms/elements/en, and ajv only with the runtime', async () => {
    const english = await bundle("import '@efa-forms/elements/define';\nimport '@efa-forms/elements/en';\n");
    expect(english.inputs.filter((file) => /locales\/en\.js$/.test(file))).toHaveLength(2);
    expect(english.inputs.some((file) => file.includes('node_modules/ajv/'))).toBe(false);
    const runtime = await bundle("import '@efa-forms/elements/runtime';\n");
    expect(runtime.inputs.some((file) => file.includes('node_modules/ajv/'))).toBe(true);
  });
});
