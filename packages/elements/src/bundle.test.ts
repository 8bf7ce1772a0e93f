/**
 * The one-file bundle as docs/elements.md promises it ("A plain HTML page, one script"): a static page
 * with one `<script type="module" src="/efa-forms.js">` and an `<efa-form src tenant>` gets a working
 * form in Debian's Chromium. Runs against dist/efa-forms.js (rebuilt here when stale), not the sources,
 * so it catches what only the rollup bundle can break: a dependency left out, CommonJS ajv not wrapped,
 * a side effect tree-shaken away so `<efa-form>` is never defined.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../../examples/load-example.js';
import { ensureBuilt } from '../../../scripts/build-package.js';
import type { ServedFile } from '../../../scripts/serve-files.js';
import { formPage, startTestPages, type TestPages } from '../../../scripts/test-pages.js';

const root = new URL('../../../', import.meta.url);
const bundleUrl = new URL('packages/elements/dist/efa-forms-runtime.js', root);
const compiledOnlyUrl = new URL('packages/elements/dist/efa-forms.js', root);
const example = new URL('examples/gewerbeanmeldung/', root);

const tenant = JSON.parse(readFileSync(new URL('tenant.musterstadt.json', example), 'utf8')) as unknown;

// The page as a preview would write it, with the runtime bundle and the raw definition. No
// Content-Security-Policy: ajv compiles validators with `new Function`; pages under a strict CSP use
// dist/efa-forms.js with a compiled service (packages/cli/src/csp.test.ts).
const indexPage = formPage('/efa-forms-runtime.js', '/gewerbeanmeldung.service.json', tenant);

// The compiled-services bundle handed a raw definition: it has no compiler, and says so.
const compiledOnlyPage = formPage('/efa-forms.js', '/gewerbeanmeldung.service.json', tenant);

let pages: TestPages | undefined;
let origin: string;

beforeAll(async () => {
  // Rebuilt when missing or older than its sources, so the test never runs against yesterday's code.
  // The bundles resolve @efa-forms/core through its package exports, i.e. core's dist/.
  await ensureBuilt([
    ['core', 'packages/core/dist/engine.js'],
    ['elements', 'packages/elements/dist/efa-forms-runtime.js'],
  ]);
  const files: Record<string, ServedFile> = {
    '/': { type: 'text/html; charset=utf-8', body: indexPage },
    '/efa-forms-runtime.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(bundleUrl) },
    '/efa-forms.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(compiledOnlyUrl) },
    '/compiled-only': { type: 'text/html; charset=utf-8', body: compiledOnlyPage },
    '/gewerbeanmeldung.service.json': {
      type: 'application/json; charset=utf-8',
      // Published self-contained, as `efa compile`/`efa pack` would: the shared blocks inlined.
      body: JSON.stringify(await exampleDefinition('gewerbeanmeldung')),
    },
  };
  pages = await startTestPages(files);
  origin = pages.origin;
}, 120_000);

afterAll(async () => {
  await pages?.close();
});

describe('dist/efa-forms-runtime.js on a plain HTML page', () => {
  it('defines <efa-form>, renders the first step and shows the error summary on Weiter', async () => {
    // Console errors and uncaught exceptions are recorded; warnings (Lit's dev-mode notice) are not failures.
    const { tab, errors, submissions } = await (pages as TestPages).openTab();

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
    expect(await submissions()).toEqual([]);

    expect(errors).toEqual([]);
    expect(pages?.server.unknownRequests).toEqual([]);
    await tab.close();
  }, 30_000);

  it("has the sources' stylesheet: the build's template minifier changed no rule", async () => {
    // scripts/minify-templates.js strips whitespace from the css template; Chromium must read the
    // same rules from both texts (its serialisation of a rule is canonical).
    const source = readFileSync(new URL('packages/elements/src/efa-form.styles.ts', root), 'utf8');
    const original = /css`([^`]*)`/.exec(source)?.[1] ?? '';
    const { tab } = await (pages as TestPages).openTab();
    await tab.goto(`${origin}/compiled-only`);
    // A string, not a function: vitest would rewrite a dynamic import() inside the callback.
    const [before, after, bundled] = (await tab.evaluate(`(async () => {
      const bundle = await import('/efa-forms.js');
      const rules = (css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return [...sheet.cssRules].map((rule) => rule.cssText);
      };
      const text = ${JSON.stringify(original)};
      return [rules(text), rules(bundle.efaFormStyles.cssText), bundle.efaFormStyles.cssText.length];
    })()`)) as [string[], string[], number];
    expect(before.length).toBeGreaterThan(50);
    expect(after).toEqual(before);
    expect(bundled).toBeLessThan(original.length * 0.9);
    await tab.close();
  }, 30_000);

  it('dist/efa-forms.js has no compiler and says so when handed a raw definition', async () => {
    const code = readFileSync(compiledOnlyUrl, 'utf8');
    expect(code).not.toMatch(/new Function|strict mode: unknown keyword/);
    expect(readFileSync(bundleUrl, 'utf8')).toMatch(/new Function/);
    const { tab } = await (pages as TestPages).openTab();
    // efa-load-error bubbles out of the element (composed): the page hears it on the document.
    await tab.addInitScript(() => {
      const seen: string[] = ((window as unknown as { loadErrors: string[] }).loadErrors = []);
      document.addEventListener('efa-load-error', (event) =>
        seen.push((event as unknown as { detail: { message: string } }).detail.message),
      );
    });
    await tab.goto(`${origin}/compiled-only`);
    const message = tab.getByText(/takes compiled services only \(efa compile\)/);
    await message.waitFor({ timeout: 10_000 });
    expect(await tab.getByText(/efa-forms-runtime\.js/).count()).toBeGreaterThan(0);
    // The load-error event reports it too, as data a portal can act on.
    const loadErrors = await tab.evaluate(() => (window as unknown as { loadErrors: string[] }).loadErrors);
    expect(loadErrors.some((text) => /takes compiled services only/.test(text))).toBe(true);
    await tab.close();
  }, 30_000);
});
