/**
 * The proof that a portal under a strict Content-Security-Policy can run a service: a page served from
 * 127.0.0.1 with `Content-Security-Policy: default-src 'self'` (no 'unsafe-eval', no inline scripts)
 * loads dist/efa-forms.js and the Gewerbe service compiled by `compileService` (`<efa-form
 * src="/gewerbeanmeldung.service.js">`), shows the errors the run-time validator gives, is completed by
 * keyboard and submits, and Chromium reports no CSP violation. The same page with the runtime bundle
 * and the raw definition is blocked (the check has teeth).
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.js';
import { ensureBuilt } from '../../../scripts/build-package.js';
import { serveFiles, type FileServer, type ServedFile } from '../../../scripts/serve-files.js';
import { compileService } from './compile-service.js';
import { readExample } from '../../../examples/test-support/read-example.js';
import { repoRoot } from './test-support/fixtures.js';

const { json, tenant, samples } = readExample('gewerbeanmeldung');
const minimal = samples.find(([name]) => name === 'valid-natuerliche-person-minimal.json')?.[1];
const CSP = "default-src 'self'";

const attribute = (text: string): string => text.replaceAll('&', '&amp;').replaceAll("'", '&#39;');
const page = (bundle: string, src: string): string => `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="/favicon.ico" />
    <title>Gewerbe anmelden – Stadt Musterstadt</title>
    <script type="module" src="${bundle}"></script>
    <script type="module" src="/portal.js"></script>
  </head>
  <body>
    <h1>Stadt Musterstadt</h1>
    <efa-form src="${src}" tenant='${attribute(JSON.stringify(tenant))}'></efa-form>
  </body>
</html>
`;
// The portal's own script is a file too: under script-src 'self' nothing inline runs.
const portalScript = `window.submissions = [];
document.querySelector('efa-form').addEventListener('efa-submit', (event) => window.submissions.push(event.detail));
`;

let server: FileServer | undefined;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  await ensureBuilt([
    ['core', 'packages/core/dist/engine.js'],
    ['elements', 'packages/elements/dist/efa-forms.js'],
  ]);
  const compiled = await compileService(json);
  const dist = new URL('packages/elements/dist/', repoRoot);
  const js = 'text/javascript; charset=utf-8';
  const files: Record<string, ServedFile> = {
    '/': { type: 'text/html; charset=utf-8', body: page('/efa-forms.js', '/gewerbeanmeldung.service.js') },
    '/runtime': {
      type: 'text/html; charset=utf-8',
      body: page('/efa-forms-runtime.js', '/gewerbeanmeldung.service.json'),
    },
    '/runtime-without-csp': {
      type: 'text/html; charset=utf-8',
      body: page('/efa-forms-runtime.js', '/gewerbeanmeldung.service.json'),
      headers: { 'content-security-policy': false },
    },
    '/portal.js': { type: js, body: portalScript },
    '/favicon.ico': { type: 'image/x-icon', body: '' },
    '/efa-forms.js': { type: js, body: readFileSync(new URL('efa-forms.js', dist)) },
    '/efa-forms-runtime.js': { type: js, body: readFileSync(new URL('efa-forms-runtime.js', dist)) },
    '/gewerbeanmeldung.service.js': { type: js, body: compiled.code },
    '/gewerbeanmeldung.service.json': {
      type: 'application/json; charset=utf-8',
      body: JSON.stringify(json),
    },
  };
  server = await serveFiles(files, { 'content-security-policy': CSP });
  origin = server.origin;
  browser = await chromium.launch(chromiumLaunchOptions);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A tab that records CSP violations (listener installed before any page script) and console errors. */
async function openTab(): Promise<{ tab: Page; violations: () => Promise<string[]>; errors: string[] }> {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  return {
    tab,
    errors,
    violations: () => tab.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

/** What a screen reader would call the focused element inside <efa-form>: its label, else its text. */
async function focusedName(tab: Page): Promise<{ id: string; name: string }> {
  return tab.evaluate(() => {
    const active = document.querySelector('efa-form')?.shadowRoot?.activeElement as HTMLInputElement | null;
    if (!active) return { id: '', name: '' };
    const labels = active.labels;
    const text = labels && labels.length > 0 ? (labels[0]?.textContent ?? '') : (active.textContent ?? '');
    return { id: active.id, name: text.replace(/\s+/g, ' ').trim() };
  });
}

async function tabTo(tab: Page, name: string, shift = false): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    await tab.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    if ((await focusedName(tab)).name.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function fill(tab: Page, name: string, text: string): Promise<void> {
  await tabTo(tab, name);
  await tab.keyboard.type(text);
}

async function expectHeading(tab: Page, text: string): Promise<void> {
  await tab.getByRole('heading', { level: 3, name: text }).waitFor({ timeout: 10_000 });
}

/** The error summary's links after Weiter on the empty first step, and after choosing "Natürliche Person". */
async function firstStepErrors(tab: Page): Promise<{ empty: string[]; person: string[] }> {
  const summary = async () => {
    await expectHeading(tab, 'Bitte korrigieren Sie Ihre Angaben');
    return (await tab.getByRole('link').allTextContents()).map((text) => text.trim());
  };
  await tab.getByRole('button', { name: 'Weiter', exact: true }).click();
  const empty = await summary();
  await tab.getByLabel('Natürliche Person').check();
  await tab.getByRole('button', { name: 'Weiter', exact: true }).click();
  await tab.getByRole('link', { name: /Familienname/ }).waitFor({ timeout: 10_000 });
  return { empty, person: await summary() };
}

describe(`a page under Content-Security-Policy: ${CSP}`, () => {
  it('runs the compiled Gewerbe service: same errors as the run-time validator, completed and submitted', async () => {
    const { tab, violations, errors } = await openTab();
    await tab.goto(origin);
    await expectHeading(tab, 'Angaben zur Inhaberin oder zum Inhaber');
    // The tenant came from the page (the service was compiled without one).
    expect(await tab.getByText('Stadt Musterstadt').count()).toBeGreaterThan(0);

    // The errors a person sees on the first step, empty and with a branch chosen, are those the same
    // page shows with the run-time compiler (served without CSP).
    const compiledErrors = await firstStepErrors(tab);
    const runtimeTab = await openTab();
    await runtimeTab.tab.goto(`${origin}/runtime-without-csp`);
    await expectHeading(runtimeTab.tab, 'Angaben zur Inhaberin oder zum Inhaber');
    const runtimeErrors = await firstStepErrors(runtimeTab.tab);
    await runtimeTab.tab.close();
    expect(compiledErrors).toEqual(runtimeErrors);
    expect(compiledErrors.empty).toContain('Bitte geben Sie „Der Betrieb gehört“ an.');
    expect(compiledErrors.person).toContain('Bitte geben Sie „Familienname“ an.');
    await tab.reload();
    await expectHeading(tab, 'Angaben zur Inhaberin oder zum Inhaber');

    // Completed by keyboard, as a person would (the same path as the keyboard test of the elements).
    await tabTo(tab, 'Natürliche Person');
    await tab.keyboard.press('Space');
    await fill(tab, 'Familienname', 'Mustermann');
    await fill(tab, 'Vornamen', 'Erika');
    await fill(tab, 'Geburtsdatum', '04121985');
    await fill(tab, 'Geburtsort', 'Musterstadt');
    await tabTo(tab, 'Staatsangehörigkeit');
    await tab.keyboard.press('ArrowDown');
    await tabTo(tab, 'Weiter');
    await tab.keyboard.press('Enter');
    await expectHeading(tab, 'Vertretungsberechtigte Personen');
    await tabTo(tab, 'Weiter');
    await tab.keyboard.press('Enter');
    await expectHeading(tab, 'Anschrift und Kontakt');
    await fill(tab, 'Straße', 'Lindenweg');
    await fill(tab, 'Hausnummer', '7');
    await fill(tab, 'Postleitzahl', '12345');
    await fill(tab, 'Ort', 'Musterstadt');
    await fill(tab, 'E-Mail-Adresse', 'erika.mustermann@example.org');
    await tabTo(tab, 'Weiter');
    await tab.keyboard.press('Enter');
    await expectHeading(tab, 'Angaben zum Betrieb');
    await fill(tab, 'Straße', 'Lindenweg');
    await fill(tab, 'Hausnummer', '7');
    await fill(tab, 'Postleitzahl', '12345');
    await fill(tab, 'Ort', 'Musterstadt');
    await tabTo(tab, 'eine Hauptniederlassung');
    await tab.keyboard.press('Space');
    await tabTo(tab, 'Neuerrichtung');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowUp');
    await tabTo(tab, 'Handel');
    await tab.keyboard.press('Space');
    await fill(tab, 'Angemeldete Tätigkeit', 'Onlinehandel mit gebrauchten Büchern');
    await fill(tab, 'Beginn der angemeldeten Tätigkeit', '03012025');
    await tabTo(tab, 'Ja');
    await tab.keyboard.press('Space');
    await fill(tab, 'Zahl der bei Geschäftsaufnahme', '0');
    await tabTo(tab, 'Weiter');
    await tab.keyboard.press('Enter');
    await expectHeading(tab, 'Erlaubnisse und Erklärung');
    await tabTo(tab, 'Ja');
    await tab.keyboard.press('ArrowDown');
    await tabTo(tab, 'Ja');
    await tab.keyboard.press('ArrowDown');
    await tabTo(tab, 'Ich versichere');
    await tab.keyboard.press('Space');
    await tabTo(tab, 'Ich habe die Hinweise');
    await tab.keyboard.press('Space');
    await tabTo(tab, 'Weiter zur Übersicht');
    await tab.keyboard.press('Enter');
    await expectHeading(tab, 'Angaben prüfen');
    await tab.getByRole('button', { name: 'Absenden' }).click();
    await expectHeading(tab, 'Vielen Dank');

    const submissions = await tab.evaluate(
      () => (window as unknown as { submissions: unknown[] }).submissions,
    );
    expect(submissions).toEqual([{ serviceId: 'gewerbeanmeldung', version: json.version, data: minimal }]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(server?.unknownRequests).toEqual([]);
    await tab.close();
  }, 120_000);

  it('blocks the runtime bundle with a raw definition (ajv needs unsafe-eval), and reports the violation', async () => {
    const { tab, violations } = await openTab();
    await tab.goto(`${origin}/runtime`);
    await expect.poll(violations, { timeout: 10_000 }).toContainEqual(expect.stringMatching(/^script-src/));
    await tab.close();
  }, 60_000);
});
