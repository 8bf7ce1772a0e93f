/**
 * `efa pack` end to end, as an IT provider publishes and a municipality reuses a service: the folder is
 * `npm pack`ed, installed from the tarball into a scratch project under /tmp (offline: the workspace
 * packages and their dependencies are packed as tarballs too), imported by its package name, and
 * rendered in Chromium from node_modules under a strict Content-Security-Policy.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.js';
import { ensureBuilt } from '../../../scripts/build-package.js';
import { serveFiles, type FileServer } from '../../../scripts/serve-files.js';
import { repoRoot } from './test-support/fixtures.js';

const root = fileURLToPath(repoRoot);
const bin = join(root, 'packages/cli/bin/efa.js');
const example = join(root, 'examples/gewerbeanmeldung');
const scratch = mkdtempSync(join(tmpdir(), 'efa-pack-'));
const tarballs = join(scratch, 'tarballs');
const project = join(scratch, 'project');

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  return result.stdout;
}

let server: FileServer | undefined;
afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

beforeAll(async () => {
  await ensureBuilt([
    ['core', 'packages/core/dist/engine.js'],
    ['xoev', 'packages/xoev/dist/index.js'],
    ['fim', 'packages/fim/dist/index.js'],
    ['elements', 'packages/elements/dist/efa-forms.js'],
    ['cli', 'packages/cli/dist/main.js'],
  ]);
}, 300_000);

describe('efa pack', () => {
  it('writes a package folder with everything a reusing municipality needs', () => {
    run(
      process.execPath,
      [bin, 'pack', join(example, 'gewerbeanmeldung.service.json'), '--out', join(scratch, 'pkg')],
      scratch,
    );
    const files = readdirSync(join(scratch, 'pkg')).sort();
    expect(files).toEqual([
      'README.md',
      'data.schema.json',
      'gewerbeanmeldung.service.json',
      'message.xsd',
      'package.json',
      'service.d.ts',
      'service.js',
      'tenant.schema.json',
    ]);
    const readme = readFileSync(join(scratch, 'pkg/README.md'), 'utf8');
    // What it asks (every step), which tenant settings, which XML message.
    for (const step of [
      'Angaben zur Inhaberin oder zum Inhaber',
      'Angaben zum Betrieb',
      'Erlaubnisse und Erklärung',
    ])
      expect(readme).toContain(`### ${step}`);
    expect(readme).toMatch(/`behoerde\.name` \(required\)/);
    expect(readme).toContain('`gew:gewerbe.anmeldung.0100`');
    expect(readme).toContain("default-src 'self'");
    const manifest = JSON.parse(readFileSync(join(scratch, 'pkg/package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      name: 'efa-service-gewerbeanmeldung',
      version: '1.0.0',
      type: 'module',
    });
  }, 120_000);

  it('installs from its npm tarball and renders from node_modules under CSP', async () => {
    mkdirSync(tarballs, { recursive: true });
    run('npm', ['pack', '--pack-destination', tarballs], join(scratch, 'pkg'));
    run(
      'npm',
      [
        'pack',
        '--workspace',
        'packages/core',
        '--workspace',
        'packages/elements',
        '--pack-destination',
        tarballs,
      ],
      root,
    );
    // Offline: the workspace packages' dependencies come as tarballs of the installed copies.
    const dependencies = run(
      'npm',
      [
        'ls',
        '--workspace',
        'packages/elements',
        '--workspace',
        'packages/core',
        '--omit=dev',
        '--all',
        '--parseable',
      ],
      root,
    )
      .split('\n')
      .filter((path) => path.includes('/node_modules/') && !/node_modules\/@efa-forms\//.test(path));
    for (const path of new Set(dependencies))
      run('npm', ['pack', path, '--pack-destination', tarballs], root);
    mkdirSync(project, { recursive: true });
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'portal', private: true, type: 'module' }),
    );
    const tgz = readdirSync(tarballs).map((name) => join(tarballs, name));
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tgz], project);

    // The package resolves by name and its default export is the compiled service.
    const imported = run(
      process.execPath,
      [
        '--disallow-code-generation-from-strings',
        '--input-type=module',
        '-e',
        "import s from 'efa-service-gewerbeanmeldung'; console.log(s.format, s.definition.id);",
      ],
      project,
    );
    expect(imported.trim()).toBe('efa-forms/compiled-service@1 gewerbeanmeldung');

    const modules = join(project, 'node_modules');
    const tenant = readFileSync(join(example, 'tenant.musterstadt.json'), 'utf8');
    const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="/favicon.ico">
<title>Portal</title><script type="module" src="/efa-forms.js"></script></head>
<body><efa-form src="/service.js" tenant='${JSON.stringify(JSON.parse(tenant)).replaceAll("'", '&#39;')}'></efa-form></body></html>`;
    server = await serveFiles(
      {
        '/': { type: 'text/html; charset=utf-8', body: html },
        '/favicon.ico': { type: 'image/x-icon', body: '' },
        '/efa-forms.js': {
          type: 'text/javascript',
          body: readFileSync(join(modules, '@efa-forms/elements/dist/efa-forms.js')),
        },
        '/service.js': {
          type: 'text/javascript',
          body: readFileSync(join(modules, 'efa-service-gewerbeanmeldung/service.js')),
        },
      },
      { 'content-security-policy': "default-src 'self'" },
    );
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await tab.goto(`${server.origin}/`);
      await tab
        .getByRole('heading', { level: 3, name: 'Angaben zur Inhaberin oder zum Inhaber' })
        .waitFor({ timeout: 15_000 });
      await tab.getByRole('button', { name: 'Weiter', exact: true }).click();
      await tab.getByRole('link', { name: /Der Betrieb gehört/ }).waitFor({ timeout: 10_000 });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 300_000);
});
