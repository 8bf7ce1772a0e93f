/**
 * The test page of the bundle and CSP tests, written once: a static page as a portal writes it (one
 * bundle script, an `<efa-form src tenant>`, the portal's own script that records `efa-submit`),
 * served from 127.0.0.1 with the files it needs, opened in Debian's Chromium in tabs that record
 * console errors, page errors and Content-Security-Policy violations from the first script on.
 */
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from './chromium.js';
import { serveFiles, type FileServer, type ServedFile } from './serve-files.js';

/** The value of a single-quoted HTML attribute. */
const attribute = (text: string): string => text.replaceAll('&', '&amp;').replaceAll("'", '&#39;');

/**
 * The page: `bundle` is the script that defines `<efa-form>` (or the scripts, in order), `src` the
 * service it loads, `locale` the form's `locale` attribute when given. The icon
 * and the portal script are files (`startTestPages` serves them): under `default-src 'self'` neither a
 * `data:` icon nor an inline script would run, and a missing icon would be a console error.
 */
export function formPage(
  bundle: string | readonly string[],
  src: string,
  tenant: unknown,
  options: { locale?: string } = {},
): string {
  const scripts = (typeof bundle === 'string' ? [bundle] : bundle)
    .map((file) => `<script type="module" src="${file}"></script>`)
    .join('\n    ');
  const locale = options.locale === undefined ? '' : ` locale='${attribute(options.locale)}'`;
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="/favicon.ico" />
    <title>Gewerbe anmelden – Stadt Musterstadt</title>
    ${scripts}
    <script type="module" src="/portal.js"></script>
  </head>
  <body>
    <h1>Stadt Musterstadt</h1>
    <efa-form src="${src}"${locale} tenant='${attribute(JSON.stringify(tenant))}'></efa-form>
  </body>
</html>
`;
}

/** The portal's own script: every submission in `window.submissions`. */
const PORTAL_SCRIPT = `window.submissions = [];
document.querySelector('efa-form').addEventListener('efa-submit', (event) => window.submissions.push(event.detail));
`;

/** A tab of `TestPages`, with what went wrong in it so far. */
export interface TestTab {
  tab: Page;
  /** Console errors and uncaught exceptions (warnings, such as Lit's dev-mode notice, are not errors). */
  errors: string[];
  /** The CSP violations the page reported: directive, blocked URI, sample and source location. */
  violations(): Promise<string[]>;
  /** What the portal script recorded. */
  submissions(): Promise<unknown[]>;
}

/** The running server and browser. */
export interface TestPages {
  origin: string;
  server: FileServer;
  browser: Browser;
  openTab(path?: string): Promise<TestTab>;
  close(): Promise<void>;
}

/**
 * Serves `files` (plus `/favicon.ico` and `/portal.js`) with `headers` on every response (e.g. a
 * Content-Security-Policy) and launches Chromium.
 */
export async function startTestPages(
  files: Record<string, ServedFile>,
  headers: Record<string, string> = {},
): Promise<TestPages> {
  const server = await serveFiles(
    {
      '/favicon.ico': { type: 'image/x-icon', body: '' },
      '/portal.js': { type: 'text/javascript; charset=utf-8', body: PORTAL_SCRIPT },
      ...files,
    },
    headers,
  );
  let browser: Browser;
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    origin: server.origin,
    server,
    browser,
    async openTab(path) {
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
      if (path !== undefined) await tab.goto(`${server.origin}${path}`);
      return {
        tab,
        errors,
        violations: () => tab.evaluate(() => (window as unknown as { violations: string[] }).violations),
        submissions: () => tab.evaluate(() => (window as unknown as { submissions: unknown[] }).submissions),
      };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
