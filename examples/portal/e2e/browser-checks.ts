import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import type AxeCore from 'axe-core';

const axeSource = readFileSync(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** WCAG 2.0 to 2.2 A and AA, what BITV 2.0 requires (as packages/elements/src/test-support/axe.ts). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core on the whole page, shadow roots included; returns one line per violation. Injected
 * through Playwright (a CDP script, not a page script), so the portal's CSP stays as it is.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id}: ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`,
      ),
    );
  }, WCAG_TAGS);
}

/** Collects what the page reports as going wrong: CSP violations, script errors, console errors. */
export function watchProblems(page: Page): { violations: string[]; errors: string[] } {
  const watched = { violations: [] as string[], errors: [] as string[] };
  // The listener is added before any page script runs; it reports through a binding.
  void page.exposeBinding('reportCspViolation', (_source, text: string) => watched.violations.push(text));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  return watched;
}
