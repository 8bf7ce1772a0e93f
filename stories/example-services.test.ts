/**
 * The example-service stories for every service under examples/, each step, each sample and each
 * locale (the stories file itself runs them for the first service only). Each run is the full story
 * test: render, play function, axe (`a11y.test = 'error'`) and the console check of vitest.setup.ts.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { composeStory } from 'storybook/preview-api';
import meta, * as stories from './example-services.stories.js';
import type { ServiceArgs } from './example-services.stories.js';
import { exampleServices } from './internal/example-services.js';

// @storybook/web-components has no composeStories; the project annotations come from vitest.setup.ts.
const compose = (
  name: 'WholeForm' | 'Step' | 'ReviewFromValidSample' | 'ErrorsFromInvalidSample' | 'English',
) =>
  composeStory(
    // The story types carry the args; composeStory takes the renderer's loose ones.
    stories[name] as Parameters<typeof composeStory>[0],
    meta as Parameters<typeof composeStory>[1],
    undefined,
    undefined,
    name,
  );
const WholeForm = compose('WholeForm');
const Step = compose('Step');
const ReviewFromValidSample = compose('ReviewFromValidSample');
const ErrorsFromInvalidSample = compose('ErrorsFromInvalidSample');
const English = compose('English');

afterEach(() => document.body.replaceChildren());

/** Runs a composed story with its args changed, in a fresh canvas; fails on an axe violation. */
async function run(story: typeof WholeForm, args: Partial<ServiceArgs>): Promise<void> {
  const canvasElement = document.body.appendChild(document.createElement('div'));
  const known = story.reporting.reports.length;
  await story.run({ canvasElement, args: { ...story.args, ...args } });
  // Outside the storybook plugin the a11y addon reports instead of throwing.
  const a11y = story.reporting.reports.slice(known).filter((report) => report.type === 'a11y');
  expect(a11y.length, 'axe did not run').toBe(1);
  for (const report of a11y) {
    const result = report.result as { error?: unknown; violations?: { id: string; nodes: unknown[] }[] };
    if (result.error) throw result.error;
    expect(result.violations?.map((violation) => violation.id)).toEqual([]);
  }
}

for (const [id, service] of Object.entries(exampleServices)) {
  const tenantName = Object.keys(service.tenants)[0] ?? '';
  const base = { service: id, tenantName, step: '', sample: '' };
  describe(`${service.folder}`, () => {
    test.each(['de', 'en'] as const)('whole form (%s)', (locale) => run(WholeForm, { ...base, locale }));
    test('in English with a valid sample', () =>
      run(English, { ...base, sample: Object.keys(service.validSamples)[0] ?? '' }));
    for (const step of service.definition.steps ?? []) {
      test.each(Object.keys(service.validSamples))(`step ${step.id} with %s`, (sample) =>
        run(Step, { ...base, step: step.id, sample }),
      );
    }
    test.each(Object.keys(service.validSamples))('review page from %s', (sample) =>
      run(ReviewFromValidSample, { ...base, sample }),
    );
    test.each(Object.keys(service.invalidSamples))('errors from %s', (sample) =>
      run(ErrorsFromInvalidSample, { ...base, sample }),
    );
  });
}
