// The apps of the render benchmark: which bundle each uses, what input it gets, and how they are built
// (esbuild, production mode, one IIFE per app) into a folder the page server serves.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { benchGroups, benchSchema } from '../render/generate.js';
import { efaDefinition, formioForm, initialData, jsonFormsInput, surveyJson } from '../render/formats.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every app, in the order the tables show them. */
export const APPS = [
  'plain',
  'efa-compiled',
  'efa-raw',
  'rjsf',
  'jsonforms',
  'surveyjs',
  'surveyjs-typing',
  'formio',
] as const;
export type AppName = (typeof APPS)[number];

export const LABELS: Record<AppName, string> = {
  plain: 'plain DOM (floor)',
  'efa-compiled': 'efa-forms compiled',
  'efa-raw': 'efa-forms raw schema',
  rjsf: 'rjsf 6',
  jsonforms: 'JSON Forms 3.8',
  surveyjs: 'SurveyJS 2.5 (on blur)',
  'surveyjs-typing': 'SurveyJS 2.5 (on typing)',
  formio: 'Form.io 5.6',
};

/** The bundle (entry under bench/render/apps/) each app runs; both SurveyJS modes share one. */
export const BUNDLE: Record<AppName, string> = {
  plain: 'plain',
  'efa-compiled': 'efa-compiled',
  'efa-raw': 'efa-raw',
  rjsf: 'rjsf',
  jsonforms: 'jsonforms',
  surveyjs: 'surveyjs',
  'surveyjs-typing': 'surveyjs',
  formio: 'formio',
};

/** What each bundle is made of, for the size table. */
export interface BundleSize {
  bundle: string;
  js: { min: number; gzip: number };
  css: { min: number; gzip: number };
  /** Largest contributors to the minified JS, by package (bytes in the output). */
  contributors: { name: string; bytes: number }[];
  /** Where the contributors were measured when not from this bundle itself. */
  note?: string;
}

const gzip = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

/** `node_modules/@scope/name/...` -> `@scope/name`; sources of this repository by folder. */
function owner(input: string): string {
  const modules = input.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = input.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? input);
  }
  const local = /^(?:\.\.\/)*(packages\/[^/]+|bench\/render)/.exec(input);
  return local?.[1] ?? input;
}

function contributors(metafile: Metafile, output: string): { name: string; bytes: number }[] {
  const byOwner = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[output]?.inputs ?? {}))
    byOwner.set(owner(input), (byOwner.get(owner(input)) ?? 0) + bytesInOutput);
  return [...byOwner]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
}

const common = {
  bundle: true,
  minify: true,
  format: 'iife' as const,
  target: 'es2022',
  platform: 'browser' as const,
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  conditions: ['browser', 'production'],
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' } as const,
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  metafile: true,
  legalComments: 'none' as const,
  logLevel: 'error' as const,
};

/** The floor's stylesheet: efa's default theme for light DOM (`:host` becomes `.plain-form`). */
async function plainCss(): Promise<string> {
  const { efaFormStyles } = (await import('../../packages/elements/src/efa-form.styles.js')) as {
    efaFormStyles: { cssText: string };
  };
  return efaFormStyles.cssText.replace(/:host\b/g, '.plain-form');
}

/** Core from its sources instead of dist/ (the contributors and the readable build). */
const coreFromSources = {
  '@efa-forms/core/engine': join(root, 'packages/core/src/engine.ts'),
  '@efa-forms/core': join(root, 'packages/core/src/index.ts'),
};

/**
 * For profiles (`npm run bench:profile`): not minified, with source maps, and efa's one-file bundles
 * built from the sources, so a profile names efa's functions and files. Not what is measured: the
 * template minifier of the package build does not run.
 */
const readable = {
  minify: false,
  sourcemap: 'external' as const,
  alias: {
    '@efa-forms/elements/efa-forms.js': join(root, 'packages/elements/src/bundle.ts'),
    '@efa-forms/elements/efa-forms-runtime.js': join(root, 'packages/elements/src/bundle-runtime.ts'),
    ...coreFromSources,
  },
};

/**
 * Builds every bundle the chosen apps need, and the harness, into `out/apps/`; returns their sizes.
 * `{ readable: true }` builds them for a profile instead (see `readable`).
 */
export async function buildBundles(
  out: string,
  apps: readonly AppName[],
  options: { readable?: boolean } = {},
): Promise<BundleSize[]> {
  mkdirSync(join(out, 'apps'), { recursive: true });
  const settings = options.readable ? { ...common, ...readable } : common;
  await build({
    ...settings,
    entryPoints: [join(root, 'bench/render/harness.ts')],
    outfile: join(out, 'apps/harness.js'),
  });
  const sizes: BundleSize[] = [];
  for (const bundle of [...new Set(apps.map((app) => BUNDLE[app]))]) {
    const outfile = join(out, 'apps', `${bundle}.js`);
    const result = await build({
      ...settings,
      entryPoints: [join(root, 'bench/render/apps', `${bundle}.ts`)],
      outfile,
    });
    if (bundle === 'plain') writeFileSync(join(out, 'apps/plain.css'), await plainCss());
    let note: string | undefined;
    if (bundle === 'formio') note = serveTimezones(out);
    const cssFile = join(out, 'apps', `${bundle}.css`);
    const js = readFileSync(outfile);
    const css = existsSync(cssFile) ? readFileSync(cssFile) : Buffer.alloc(0);
    const size: BundleSize = {
      bundle,
      js: { min: js.length, gzip: gzip(js) },
      css: { min: css.length, gzip: css.length ? gzip(css) : 0 },
      contributors: contributors(result.metafile as Metafile, relative(root, outfile)),
      ...(note ? { note } : {}),
    };
    if (bundle.startsWith('efa')) Object.assign(size, await efaContributors(bundle));
    sizes.push(size);
  }
  return sizes;
}

/**
 * Form.io fetches moment-timezone's data from its CDN at run time (apps/formio.ts points its CDN base
 * at this origin): the same file from npm, served at the path it asks for.
 */
function serveTimezones(out: string): string {
  const source = join(root, 'node_modules/moment-timezone/data/packed/latest.json');
  const target = join(out, 'cdn/moment-timezone/data/packed');
  mkdirSync(target, { recursive: true });
  copyFileSync(source, join(target, 'latest.json'));
  return `plus moment-timezone data fetched at run time, ${kbText(gzip(readFileSync(source)))} KB min+gzip, not counted`;
}

const kbText = (bytes: number): string => (bytes / 1024).toFixed(1);

/**
 * The efa apps bundle the built one-file bundles from dist/ (one input for esbuild), so what is in
 * them is measured on the same entry built from the sources.
 */
async function efaContributors(bundle: string): Promise<Pick<BundleSize, 'contributors' | 'note'>> {
  const entry = bundle === 'efa-raw' ? 'bundle-runtime.ts' : 'bundle.ts';
  const result = await build({
    ...common,
    entryPoints: [join(root, 'packages/elements/src', entry)],
    write: false,
    outfile: join(root, 'contributors.js'),
    alias: coreFromSources,
  });
  return {
    contributors: contributors(result.metafile as Metafile, 'contributors.js'),
    note: `contributors measured on packages/elements/src/${entry} built from the sources`,
  };
}

/** An app's input for one size (the form, not the runtime): its size, for the size table. */
export interface InputSize {
  app: AppName;
  count: number;
  bytes: number;
  gzip: number;
}

/** Writes every app's input for `count` fields into `out/data/`; returns the URL path and size per app. */
export async function writeInputs(
  out: string,
  apps: readonly AppName[],
  count: number,
): Promise<{ urls: Record<string, string>; sizes: InputSize[] }> {
  mkdirSync(join(out, 'data'), { recursive: true });
  const urls: Record<string, string> = {};
  const sizes: InputSize[] = [];
  let app: AppName;
  const write = (name: string, content: string): string => {
    writeFileSync(join(out, 'data', name), content);
    sizes.push({ app, count, bytes: Buffer.byteLength(content), gzip: gzip(content) });
    return `/data/${name}`;
  };
  for (app of apps) {
    switch (app) {
      case 'plain':
        urls[app] = write(`plain-${count}.json`, JSON.stringify(benchGroups(count)));
        break;
      case 'efa-raw':
        urls[app] = write(`schema-${count}.json`, JSON.stringify(benchSchema(count)));
        break;
      case 'efa-compiled': {
        const { compileService } = await import('@efa-forms/cli');
        const { code } = await compileService(efaDefinition(count), { locale: 'de' });
        urls[app] = write(`efa-compiled-${count}.js`, code);
        break;
      }
      case 'rjsf':
        urls[app] = write(
          `rjsf-${count}.json`,
          JSON.stringify({ schema: benchSchema(count), data: initialData(count) }),
        );
        break;
      case 'jsonforms':
        urls[app] = write(`jsonforms-${count}.json`, JSON.stringify(jsonFormsInput(count)));
        break;
      case 'surveyjs':
        urls[app] = write(`survey-blur-${count}.json`, JSON.stringify(surveyJson(count, 'onBlur')));
        break;
      case 'surveyjs-typing':
        urls[app] = write(`survey-typing-${count}.json`, JSON.stringify(surveyJson(count, 'onTyping')));
        break;
      case 'formio':
        urls[app] = write(`formio-${count}.json`, JSON.stringify(formioForm(count)));
        break;
    }
  }
  return { urls, sizes };
}
