import { expect } from 'vitest';
import { composeStory } from 'storybook/preview-api';

type Annotations = Parameters<typeof composeStory>;

/**
 * A story composed with its meta (@storybook/web-components has no `composeStories`); the project
 * annotations (preview.ts, the a11y addon) come from `setProjectAnnotations` in vitest.setup.ts.
 */
export function composed(story: unknown, meta: unknown, name: string): ReturnType<typeof composeStory> {
  // The story types carry their args; composeStory takes the renderer's loose ones.
  return composeStory(story as Annotations[0], meta as Annotations[1], undefined, undefined, name);
}

/**
 * Runs a composed story (render, play, axe) with some args changed, in a fresh canvas, and fails on
 * an axe violation: outside the storybook vitest plugin the a11y addon reports instead of throwing.
 */
export async function runStory(
  story: ReturnType<typeof composeStory>,
  args: Record<string, unknown>,
): Promise<void> {
  const canvasElement = document.body.appendChild(document.createElement('div'));
  const known = story.reporting.reports.length;
  await story.run({ canvasElement, args: { ...story.args, ...args } });
  const a11y = story.reporting.reports.slice(known).filter((report) => report.type === 'a11y');
  expect(a11y.length, 'axe did not run').toBe(1);
  for (const report of a11y) {
    const result = report.result as {
      error?: unknown;
      violations?: { id: string; nodes: { target: unknown }[] }[];
    };
    if (result.error) throw result.error;
    expect(
      result.violations?.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} ${JSON.stringify(node.target)}`),
      ),
    ).toEqual([]);
  }
}
