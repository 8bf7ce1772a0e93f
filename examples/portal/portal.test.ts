/**
 * The demo portal end to end: the real portal server with the real intake on 127.0.0.1, Debian's
 * Chromium, a person filling in every service with keyboard and mouse, and the back office's side:
 * exactly one XML message in the outbox, valid against the service's XSD and the official XÖV
 * header schemas (xmllint), with the data that was typed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDefinition, prune } from '@efa-forms/core';
import { fromXml } from '@efa-forms/xoev';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { LIBRARY_DIR, xmllintCli } from '../../packages/xoev/src/test-support/library.js';
import { axeViolations, watchProblems } from './e2e/browser-checks.js';
import { field } from './e2e/person.js';
import { scenarios, withoutScenario } from './e2e/scenarios.js';
import { resultCountText } from './client/service-search.js';
import { CONTENT_SECURITY_POLICY } from './server/security-headers.js';
import { startPortal, type RunningPortal } from './server/start-portal.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let scratch = '';
let outboxDir = '';
describe('Serviceportal Musterstadt end to end', () => {
  let portal: RunningPortal;
  let browser: Browser;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'efa-portal-'));
    outboxDir = join(scratch, 'outbox');
    portal = await startPortal({
      root,
      port: 0,
      outboxDir,
      buildDir: join(scratch, 'build'),
      xsdLibraryDir: LIBRARY_DIR,
      log: () => {},
    });
    browser = await chromium.launch(chromiumLaunchOptions);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** A fresh tab in German, with problems watched from the first script on. */
  async function open(path: string): Promise<{ page: Page; problems: ReturnType<typeof watchProblems> }> {
    const page = await browser.newPage({ locale: 'de-DE' });
    page.setDefaultTimeout(10_000);
    const problems = watchProblems(page);
    await page.goto(`${portal.origin}${path}`);
    return { page, problems };
  }

  /** The XML files in the outbox for a service. */
  function outboxMessages(serviceId: string): string[] {
    try {
      return readdirSync(join(outboxDir, serviceId))
        .filter((name) => name.endsWith('.xml'))
        .map((name) => readFileSync(join(outboxDir, serviceId, name), 'utf8'));
    } catch {
      return [];
    }
  }

  describe('start page', () => {
    test('strict CSP and security headers on every page and asset', async () => {
      for (const path of ['/', '/leistungen/gewerbeanmeldung', '/assets/portal/portal.js', '/nirgends']) {
        const response = await fetch(`${portal.origin}${path}`);
        expect(response.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      }
      expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
      expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)/);
      expect((await fetch(`${portal.origin}/nirgends`)).status).toBe(404);
    });

    test('lists the services by Themenfeld; the search filters and announces the count; axe clean', async () => {
      const { page, problems } = await open('/');
      expect(await page.title()).toBe('Startseite – Serviceportal Musterstadt');
      for (const role of ['banner', 'main', 'contentinfo', 'search'] as const)
        expect(await page.getByRole(role).count(), role).toBe(1);
      expect(
        await page.getByRole('heading', { level: 2, name: 'Unternehmensführung & -entwicklung' }).count(),
      ).toBe(1);
      const links = page.getByRole('main').getByRole('link');
      expect(await links.count()).toBe(portal.services.length);
      expect(await page.getByRole('status').textContent()).toBe(resultCountText(portal.services.length, ''));

      // The skip link is the first stop of the keyboard and moves focus to the content.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');

      await page.getByLabel('Leistung suchen').fill('gewerbe anmelden');
      await page.getByRole('status').filter({ hasText: 'gefunden' }).waitFor();
      expect(await page.getByRole('status').textContent()).toBe('1 Leistung gefunden für „gewerbe anmelden“');
      expect(await links.filter({ visible: true }).allTextContents()).toEqual(['Gewerbe anmelden']);
      await page.getByLabel('Leistung suchen').fill('hundesteuer');
      await page.getByRole('status').filter({ hasText: 'Keine' }).waitFor();
      expect(await page.getByRole('heading', { level: 2 }).filter({ visible: true }).count()).toBe(0);

      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ violations: [], errors: [] });
      await page.close();
      // A browser tab, typing and axe: 4-5 s on a busy machine, past vitest's default of 5 s.
    }, 60_000);

    test('the search works without JavaScript (/?q=)', async () => {
      const html = await (await fetch(`${portal.origin}/?q=${encodeURIComponent('<gewerbe>')}`)).text();
      expect(html).toContain('value="&lt;gewerbe&gt;"');
      expect(html).toContain('Keine Leistungen gefunden für „&lt;gewerbe&gt;“');
      // Gewerbe anmelden, ummelden and abmelden.
      const found = await (await fetch(`${portal.origin}/?q=Gewerbe`)).text();
      expect(found).toContain('3 Leistungen gefunden für „Gewerbe“');
      const one = await (await fetch(`${portal.origin}/?q=${encodeURIComponent('Gewerbe abmelden')}`)).text();
      expect(one).toContain('1 Leistung gefunden für „Gewerbe abmelden“');
    });
  });

  test('every service the portal offers has an end-to-end scenario, or is listed as still owing one', () => {
    const missing = portal.services.map((service) => service.id).filter((id) => !(id in scenarios));
    expect(missing.sort()).toEqual([...withoutScenario].sort());
  });

  describe.each(Object.keys(scenarios).map((id) => [id]))('%s end to end', (id) => {
    test('every step filled in by a person, submitted, stored once, valid XML with the typed data', async () => {
      const scenario = scenarios[id];
      const service = portal.services.find((candidate) => candidate.id === id);
      expect(service, `the portal offers ${id}`).toBeDefined();
      if (!scenario || !service) return;
      const { page, problems } = await open('/');
      const scripts: string[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script')
          void response.text().then(
            (text) => scripts.push(text),
            () => {},
          );
      });
      await page.getByRole('link', { name: service.title, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: service.title }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await scenario.fill(page);
      expect(await axeViolations(page)).toEqual([]);

      // The first attempt meets a server error, the second a broken connection: each is announced,
      // takes focus, and keeps the answers; the third reaches the intake. All three carry one key.
      const keys: string[] = [];
      let attempt = 0;
      await page.route('**/api/services/*/submissions', async (route) => {
        keys.push(route.request().headers()['idempotency-key'] ?? '');
        attempt++;
        if (attempt === 1)
          await route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: '{"message":"Wartung"}',
          });
        else if (attempt === 2) await route.abort('connectionreset');
        else await route.continue();
      });
      await page.getByRole('button', { name: 'Absenden' }).click();
      const alert = page.getByRole('alert');
      await alert.getByText('Der Server hat mit Fehler 503 geantwortet: Wartung').waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('uebermittlung');
      expect(await page.getByRole('heading', { name: 'Angaben prüfen' }).isVisible()).toBe(true);
      await alert.getByRole('button', { name: 'Erneut senden' }).click();
      await alert.getByText('Die Verbindung zum Server ist fehlgeschlagen.').waitFor();
      expect(outboxMessages(id)).toEqual([]);
      await alert.getByRole('button', { name: 'Erneut senden' }).click();

      await page.getByRole('heading', { level: 1, name: 'Ihr Antrag ist eingegangen' }).waitFor();
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
      const vorgangsnummer = (await page.locator('.confirmation__number').textContent()) ?? '';
      expect(vorgangsnummer.length).toBeGreaterThan(0);
      const code = page.locator('#xml-nachricht');
      await code.filter({ hasText: '<?xml' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      // The back office: exactly one message, valid, with what was typed.
      const messages = outboxMessages(id);
      expect(messages).toHaveLength(1);
      const xml = messages[0] ?? '';
      const xsd = readFileSync(join(root, 'examples', id, 'expected', `${id}.xsd`), 'utf8');
      const lint = xmllintCli(xsd, [xml]);
      expect(lint.stderr).toContain('validates');
      expect(lint.status).toBe(0);
      const definition = loadDefinition(service.definition, { tenant: service.tenant });
      // The sample the scenario types, pruned as the form prunes before sending (inactive answers go).
      const typed = prune(definition, scenario.data);
      expect(fromXml(definition, xml).data).toEqual(typed);
      // The confirmation page shows the same message, pretty-printed, and offers it for download.
      const shown = (await code.textContent()) ?? '';
      expect(shown.split('\n').length).toBeGreaterThan(20);
      expect(fromXml(definition, shown).data).toEqual(typed);
      const download = page.getByRole('link', { name: 'XML-Nachricht herunterladen' });
      expect(await download.getAttribute('download')).toBe(`${vorgangsnummer}.xml`);
      expect(await (await fetch(`${portal.origin}${await download.getAttribute('href')}`)).text()).toBe(xml);

      // Strict CSP held: no violation, no ajv compiler in any script the pages loaded. The only console
      // errors are Chromium's own lines for the two failed attempts above.
      expect(problems.violations).toEqual([]);
      expect(problems.errors.filter((text) => !/^Failed to load resource/.test(text))).toEqual([]);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((text) => text.includes('schema with key or id'))).toEqual([]);
      await page.close();
    }, 120_000);

    test("the intake's field errors (422) appear at the field; once corrected the application goes through", async () => {
      const scenario = scenarios[id];
      const service = portal.services.find((candidate) => candidate.id === id);
      if (!scenario || !service) return;
      const { page, problems } = await open(`/leistungen/${id}`);
      await page.getByRole('heading', { level: 1, name: service.title }).waitFor();
      // The answers of a person who came back to the form (a portal's prefill through `data`).
      await page.evaluate((data) => {
        (document.querySelector('efa-form') as HTMLElementTagNameMap['efa-form']).data = data;
      }, scenario.data);
      while (!(await page.getByRole('heading', { name: 'Angaben prüfen', exact: true }).isVisible()))
        await page.getByRole('button', { name: /^Weiter/ }).click();
      const message = 'Diese Angabe kennt die Verwaltung nicht.';
      let answered = false;
      await page.route('**/api/services/*/submissions', async (route) => {
        if (answered) return route.continue();
        answered = true;
        await route.fulfill({
          status: 422,
          contentType: 'application/json',
          body: JSON.stringify({
            errors: [{ pointer: scenario.serverErrorAt.pointer, message, keyword: 'server' }],
          }),
        });
      });
      await page.getByRole('button', { name: 'Absenden' }).click();
      // The form goes to the field's step, shows the message there and in its summary.
      await page.getByRole('heading', { name: scenario.serverErrorAt.step, exact: true }).waitFor();
      await page.getByRole('link', { name: message }).waitFor();
      await page.getByRole('alert').getByText('hat eine Angabe beanstandet').waitFor();
      const flagged = field(page, scenario.serverErrorAt.label);
      expect(await flagged.getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      // The person looks at the value and confirms it: an edit clears the server's error.
      const value = await flagged.inputValue();
      await flagged.fill('');
      await flagged.fill(value);
      await flagged.press('Tab');
      // The form re-renders after the edit: wait for the attribute to go instead of reading it at once.
      await expect.poll(() => flagged.getAttribute('aria-invalid')).toBeNull();
      await page
        .getByRole('button', { name: /^Weiter/ })
        .first()
        .click();
      await page.getByRole('heading', { name: 'Angaben prüfen', exact: true }).waitFor();
      const before = outboxMessages(id).length;
      await page.getByRole('button', { name: 'Absenden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ihr Antrag ist eingegangen' }).waitFor();
      expect(outboxMessages(id)).toHaveLength(before + 1);
      expect(problems.violations).toEqual([]);
      await page.close();
    }, 120_000);
  });
});
