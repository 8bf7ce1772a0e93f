/**
 * The proof that a portal under a strict Content-Security-Policy can run a service: a page served from
 * 127.0.0.1 with `Content-Security-Policy: default-src 'self'` (no 'unsafe-eval', no inline scripts)
 * loads dist/efa-forms.js and the Gewerbe service compiled by `compileService` (`<efa-form
 * src="/gewerbeanmeldung.service.js">`), shows the errors the run-time validator gives, is completed by
 * keyboard and submits, and Chromium reports no CSP violation. The same page with the runtime bundle
 * and the raw definition is blocked (the check has teeth).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/build-package.js';
import type { ServedFile } from '../../../scripts/serve-files.js';
import { formPage, startTestPages, type TestPages } from '../../../scripts/test-pages.js';
import { compileService } from './compile-service.js';
import { readExample } from '../../../examples/test-support/read-example.js';
import { repoRoot } from './test-support/fixtures.js';

const { json, tenant, samples } = readExample('gewerbeanmeldung');
const minimal = samples.find(([name]) => name === 'valid-natuerliche-person-minimal.json')?.[1];
const CSP = "default-src 'self'";

let pages: TestPages | undefined;
const openTab = () => (pages as TestPages).openTab();
let origin: string;

beforeAll(async () => {
  await ensureBuilt([
    ['core', 'packages/core/dist/engine.js'],
    ['elements', 'packages/elements/dist/efa-forms.js'],
    ['elements', 'packages/elements/dist/efa-forms-en.js'],
  ]);
  const compiled = await compileService(json);
  const englishOnly = await compileService(json, { locale: 'en' });
  const service = '/gewerbeanmeldung.service.js';
  const english = { locale: 'en' };
  const dist = new URL('packages/elements/dist/', repoRoot);
  const js = 'text/javascript; charset=utf-8';
  const html = 'text/html; charset=utf-8';
  const runtimePage = formPage('/efa-forms-runtime.js', '/gewerbeanmeldung.service.json', tenant);
  const files: Record<string, ServedFile> = {
    '/': { type: html, body: formPage('/efa-forms.js', service, tenant) },
    '/runtime': { type: html, body: runtimePage },
    '/runtime-without-csp': {
      type: html,
      body: runtimePage,
      headers: { 'content-security-policy': false },
    },
    // efa-forms-en.js alone: it imports ./efa-forms.js, one script brings both.
    '/english': { type: html, body: formPage('/efa-forms-en.js', service, tenant, english) },
    '/english-not-loaded': { type: html, body: formPage('/efa-forms.js', service, tenant, english) },
    '/english-only-not-loaded': {
      type: html,
      body: formPage('/efa-forms.js', '/english-only.service.js', tenant, english),
    },
    '/english-only.service.js': { type: js, body: englishOnly.code },
    '/efa-forms.js': { type: js, body: readFileSync(new URL('efa-forms.js', dist)) },
    '/efa-forms-en.js': { type: js, body: readFileSync(new URL('efa-forms-en.js', dist)) },
    '/efa-forms-runtime.js': { type: js, body: readFileSync(new URL('efa-forms-runtime.js', dist)) },
    '/gewerbeanmeldung.service.js': { type: js, body: compiled.code },
    '/gewerbeanmeldung.service.json': {
      type: 'application/json; charset=utf-8',
      body: JSON.stringify(json),
    },
  };
  pages = await startTestPages(files, { 'content-security-policy': CSP });
  origin = pages.origin;
}, 180_000);

afterAll(async () => {
  await pages?.close();
});

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
    const { tab, violations, errors, submissions } = await openTab();
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

    expect(await submissions()).toEqual([
      { serviceId: 'gewerbeanmeldung', version: json.version, data: minimal },
    ]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(pages?.server.unknownRequests).toEqual([]);
    await tab.close();
  }, 120_000);

  it('blocks the runtime bundle with a raw definition (ajv needs unsafe-eval), and reports the violation', async () => {
    const { tab, violations } = await openTab();
    await tab.goto(`${origin}/runtime`);
    await expect.poll(violations, { timeout: 10_000 }).toContainEqual(expect.stringMatching(/^script-src/));
    await tab.close();
  }, 60_000);

  it('speaks English with dist/efa-forms-en.js (which brings dist/efa-forms.js), all German with a warning without it', async () => {
    const english = await openTab();
    await english.tab.goto(`${origin}/english`);
    // The compiled service's own English texts, the English UI strings and core's English messages.
    await english.tab.getByRole('button', { name: 'Continue', exact: true }).click();
    await english.tab
      .getByRole('heading', { level: 3, name: 'Please correct your answers' })
      .waitFor({ timeout: 10_000 });
    const links = (await english.tab.getByRole('link').allTextContents()).map((text) => text.trim());
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((text) => text.startsWith('Enter “') || text.startsWith('Choose'))).toBe(true);
    expect(
      await english.tab.evaluate(() =>
        document.querySelector('efa-form')?.shadowRoot?.querySelector('.base')?.getAttribute('lang'),
      ),
    ).toBe('en');
    expect(english.errors).toEqual([]);
    expect(await english.violations()).toEqual([]);
    await english.tab.close();

    const german = await openTab();
    const warnings: string[] = [];
    german.tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await german.tab.goto(`${origin}/english-not-loaded`);
    await german.tab.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectHeading(german.tab, 'Bitte korrigieren Sie Ihre Angaben');
    // German UI and messages, marked as German for assistive technology, and the page is told why.
    expect(
      await german.tab.evaluate(() =>
        document.querySelector('efa-form')?.shadowRoot?.querySelector('.base')?.getAttribute('lang'),
      ),
    ).toBe('de');
    // The definition's own texts are German too: no English label among German messages.
    expect(await german.tab.getByRole('link', { name: /Der Betrieb gehört/ }).count()).toBe(1);
    expect(warnings.filter((text) => text.includes('<efa-form locale="en"> shows German'))).toHaveLength(1);
    expect(warnings.some((text) => text.includes('efa-forms-en.js'))).toBe(true);
    expect(german.errors).toEqual([]);

    // A service compiled for English only cannot fall back: its load error shows until English comes.
    await german.tab.goto(`${origin}/english-only-not-loaded`);
    await german.tab.getByText(/compiled for locale "en" only/).waitFor({ timeout: 10_000 });
    await german.tab.evaluate(`import('/efa-forms-en.js')`);
    await german.tab.getByRole('button', { name: 'Continue', exact: true }).waitFor({ timeout: 10_000 });
    expect(await german.tab.getByText(/compiled for locale "en" only/).count()).toBe(0);
    await german.tab.close();
  }, 60_000);
});
