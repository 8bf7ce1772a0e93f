import axe from 'axe-core';
import { expect } from 'vitest';

/** WCAG 2.0, 2.1 and 2.2 level A and AA rules: what BITV 2.0 requires. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on an element, its open shadow root included, and fails with a readable list of
 * violations (rule, impact, target, summary).
 */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  const report = results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? '?'}): ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`,
    ),
  );
  expect(report, report.join('\n')).toEqual([]);
}
