/**
 * The one-file bundle as docs/elements.md promises it ("A plain HTML page, one script"): a static page
 * with one `<script type="module" src="/efa-forms.js">` and an `<efa-form src tenant>` gets a working
 * form in Debian's Chromium. Runs against dist/efa-forms.js (rebuilt here when stale), not the sources,
 * so it catches what only the rollup bundle can break: a dependency left out, CommonJS ajv not wrapped,
 * a side effect tree-shaken away so `<efa-form>` is never defined.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.js';
import { isStale } from '../../../scripts/internal/stale-build.js';

const root = new URL('../../../', import.meta.url);
const bundleUrl = new URL('packages/elements/dist/efa-forms.js', root);
const example = new URL('examples/gewerbeanmeldung/', root);

/** Runs `npx rollup -c rollup.config.js` for one package from the repository root. */
function buildPackage(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['rollup', '-c', 'rollup.config.js'], {
      cwd: fileURLToPath(root),
      env: { ...process.env, EFA_PACKAGE: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`rollup for ${name} exited with ${code}:\n${output}`)),
    );
  });
}

/** The value of a single-quoted HTML attribute. */
const attribute = (text: string): string => text.replaceAll('&', '&amp;').replaceAll("'", '&#39;');

const tenant = JSON.stringify(JSON.parse(readFileSync(new URL('tenant.musterstadt.json', example), 'utf8')));

// The page as a portal would write it. No Content-Security-Policy: ajv compiles validators with
// `new Function`, so a strict CSP (no 'unsafe-eval') needs validators compiled at build time, which
// efa-forms does not offer yet. The data: favicon keeps Chromium from requesting /favicon.ico, whose
// 404 would be a console error.
const indexPage = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Gewerbe anmelden – Stadt Musterstadt</title>
    <script type="module" src="/efa-forms.js"></script>
  </head>
  <body>
    <h1>Stadt Musterstadt</h1>
    <efa-form src="/gewerbeanmeldung.service.json" tenant='${attribute(tenant)}'></efa-form>
    <script type="module">
      window.submissions = [];
      document.querySelector('efa-form').addEventListener('efa-submit', (event) => {
        window.submissions.push(event.detail);
      });
    </script>
  </body>
</html>
`;

let server: Server;
let origin: string;
let browser: Browser;
/** Paths the page asked for that the server does not have. */
const unknownRequests: string[] = [];

beforeAll(async () => {
  // Rebuilt when missing or older than its sources, so the test never runs against yesterday's code.
  // The bundle resolves @efa-forms/core through its package exports, i.e. core's dist/.
  const source = (name: string) => fileURLToPath(new URL(`packages/${name}/src`, root));
  const coreBuilt = fileURLToPath(new URL('packages/core/dist/index.js', root));
  if (isStale(coreBuilt, [source('core')])) await buildPackage('core');
  if (isStale(fileURLToPath(bundleUrl), [source('core'), source('elements')])) await buildPackage('elements');
  const files: Record<string, { type: string; body: Buffer | string }> = {
    '/': { type: 'text/html; charset=utf-8', body: indexPage },
    '/efa-forms.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(bundleUrl) },
    '/gewerbeanmeldung.service.json': {
      type: 'application/json; charset=utf-8',
      body: readFileSync(new URL('gewerbeanmeldung.service.json', example)),
    },
  };
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files[path];
    if (!file) {
      unknownRequests.push(path);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe('dist/efa-forms.js on a plain HTML page', () => {
  it('defines <efa-form>, renders the first step and shows the error summary on Weiter', async () => {
    const tab = await browser.newPage();
    // Warnings (such as Lit's dev-mode notice) are not failures; errors are.
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    tab.on('pageerror', (error) => pageErrors.push(error.message));

    await tab.goto(origin);

    expect(await tab.evaluate(() => customElements.get('efa-form') !== undefined)).toBe(true);

    // Lands once the definition is fetched and loaded; getByRole pierces the open shadow root.
    const stepHeading = tab.getByRole('heading', {
      level: 3,
      name: 'Angaben zur Inhaberin oder zum Inhaber',
    });
    await stepHeading.waitFor({ timeout: 10_000 });
    expect(await tab.getByRole('heading', { level: 2, name: 'Gewerbe anmelden' }).isVisible()).toBe(true);
    expect(await tab.getByText('Schritt 1 von 5').isVisible()).toBe(true);
    const person = tab.getByLabel('Natürliche Person');
    expect(await person.isVisible()).toBe(true);
    expect(await person.getAttribute('type')).toBe('radio');
    expect(await tab.getByRole('group', { name: /Der Betrieb gehört/ }).count()).toBe(1);

    await tab.getByRole('button', { name: 'Weiter', exact: true }).click();

    const summary = tab.getByRole('heading', { level: 3, name: 'Bitte korrigieren Sie Ihre Angaben' });
    await summary.waitFor({ timeout: 5_000 });
    expect(await tab.getByRole('link', { name: /Der Betrieb gehört/ }).count()).toBe(1);
    // The summary takes focus (GOV.UK pattern), and the step did not change.
    expect(await tab.evaluate(() => document.querySelector('efa-form')?.shadowRoot?.activeElement?.id)).toBe(
      'error-summary',
    );
    expect(await stepHeading.isVisible()).toBe(true);
    expect(await person.getAttribute('aria-invalid')).toBe('true');
    expect(await tab.evaluate(() => (window as unknown as { submissions: unknown[] }).submissions)).toEqual(
      [],
    );

    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(unknownRequests).toEqual([]);
    await tab.close();
  }, 30_000);
});
