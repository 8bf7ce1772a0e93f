/**
 * The three ways to embed a service (docs/embedding.md), each in Chromium against the example server
 * with the real intake on 127.0.0.1: the answers arrive at the intake and end up as one XÖV message
 * in the outbox with exactly the data the form held.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDefinition } from '@efa-forms/core';
import { fromXml } from '@efa-forms/xoev';
import { exampleDefinition } from '../load-example.js';
import tenant from '../gewerbeanmeldung/tenant.musterstadt.json';
import sample from '../gewerbeanmeldung/samples/valid-natuerliche-person-minimal.json';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { LIBRARY_DIR } from '../../packages/xoev/src/test-support/library.js';
import { axeViolations } from '../portal/e2e/browser-checks.js';
import { startEmbeddingServer, type EmbeddingServer } from './embedding-server.js';

/** The published definition: shared blocks inlined. */
const definitionJson = await exampleDefinition('gewerbeanmeldung');

let scratch = '';
describe('embedding (Chromium, real intake)', () => {
  let server: EmbeddingServer;
  let browser: Browser;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'efa-embedding-'));
    server = await startEmbeddingServer({ outboxDir: scratch, xsdLibraryDir: LIBRARY_DIR });
    browser = await chromium.launch(chromiumLaunchOptions);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Messages stored since the test began. */
  function stored(): string[] {
    try {
      const dir = join(scratch, 'gewerbeanmeldung');
      return readdirSync(dir)
        .filter((name) => name.endsWith('.xml'))
        .map((name) => readFileSync(join(dir, name), 'utf8'));
    } catch {
      return [];
    }
  }

  /**
   * Opens the example, hands the form the sample's answers (its `data` property: a portal's prefill)
   * and goes through every step to the review page with the buttons, then submits.
   */
  async function submitSample(path: string): Promise<Page> {
    const page = await browser.newPage({ locale: 'de-DE' });
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}${path}`);
    await page.getByRole('heading', { name: 'Angaben zur Inhaberin oder zum Inhaber' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate((data) => {
      (document.querySelector('efa-form') as HTMLElementTagNameMap['efa-form']).data = data;
    }, sample);
    while (!(await page.getByRole('heading', { name: 'Angaben prüfen' }).isVisible())) {
      await page.getByRole('button', { name: /^Weiter/ }).click();
    }
    await page.getByRole('button', { name: 'Absenden' }).click();
    page.on('close', () => expect(errors).toEqual([]));
    return page;
  }

  /** The one new message has the sample's data. */
  function expectStored(before: number): string {
    const messages = stored();
    expect(messages).toHaveLength(before + 1);
    const xml = messages.find((message) => message.includes('Mustermann')) ?? '';
    const definition = loadDefinition(definitionJson, { tenant });
    expect(fromXml(definition, xml).data).toEqual(sample);
    return xml;
  }

  describe('embedding', () => {
    test('1. plain HTML page, one module script, no build step', async () => {
      const html = readFileSync(new URL('plain-html/index.html', import.meta.url), 'utf8');
      expect(html.match(/<script\b/g)).toHaveLength(1);
      const before = stored().length;
      const page = await submitSample('/plain-html/');
      await page.getByRole('status').filter({ hasText: 'Vorgangsnummer' }).waitFor();
      expectStored(before);
      await page.close();
    }, 60_000);

    test('2. React 19 app with @efa-forms/elements/react (bundled by esbuild)', async () => {
      const before = stored().length;
      const page = await submitSample('/react/');
      await page.getByRole('status').filter({ hasText: 'Vorgangsnummer' }).waitFor();
      // The app's onEfaSubmit handler replaced the form with its confirmation.
      expect(await page.locator('efa-form').count()).toBe(0);
      expectStored(before);
      await page.close();
    }, 60_000);

    test('3. native <form method=post>: the form-associated <efa-form name=antrag> posts its JSON', async () => {
      const before = stored().length;
      const page = await submitSample('/native-form/');
      // The browser navigated to the backend's answer to the POST.
      await page.getByRole('heading', { name: 'Ihre Anzeige ist eingegangen' }).waitFor();
      expect(page.url()).toBe(`${server.origin}/native-form/antrag`);
      const number = await page.locator('#vorgangsnummer').textContent();
      expect(number?.length).toBeGreaterThan(0);
      expectStored(before);
      // Posting the same form again (reload, double click) stores nothing new: same Idempotency-Key.
      await page.reload();
      await page.getByRole('heading', { name: 'Ihre Anzeige ist eingegangen' }).waitFor();
      expect(await page.locator('#vorgangsnummer').textContent()).toBe(number);
      expect(stored()).toHaveLength(before + 1);
      await page.close();
    }, 60_000);

    test('3. native form: what is not a posted form gets a clear 400 page, nothing stored', async () => {
      const before = stored().length;
      const response = await fetch(`${server.origin}/native-form/antrag`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Erwartet wird ein Formular');
      expect(stored()).toHaveLength(before);
    });
  });
});
