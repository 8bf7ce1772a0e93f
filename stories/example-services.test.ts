/**
 * The example-service stories for every service under examples/, each step, each sample and each
 * locale (the stories file itself runs them for the first service only). Each run is the full story
 * test: render, play function, axe (`a11y.test = 'error'`) and the console check of vitest.setup.ts.
 */
import { afterEach, describe, test } from 'vitest';
import meta, * as stories from './example-services.stories.js';
import { exampleServices } from './internal/example-services.js';
import { composed, runStory } from './internal/run-story.js';

const WholeForm = composed(stories.WholeForm, meta, 'WholeForm');
const Step = composed(stories.Step, meta, 'Step');
const ReviewFromValidSample = composed(stories.ReviewFromValidSample, meta, 'ReviewFromValidSample');
const ErrorsFromInvalidSample = composed(stories.ErrorsFromInvalidSample, meta, 'ErrorsFromInvalidSample');
const English = composed(stories.English, meta, 'English');

afterEach(() => document.body.replaceChildren());

for (const [id, service] of Object.entries(exampleServices)) {
  const base = { service: id, tenantName: Object.keys(service.tenants)[0] ?? '', step: '', sample: '' };
  const valid = Object.keys(service.validSamples);
  describe(service.folder, () => {
    test.each(['de', 'en'] as const)('whole form (%s)', (locale) => runStory(WholeForm, { ...base, locale }));
    test('in English with a valid sample', () => runStory(English, { ...base, sample: valid[0] ?? '' }));
    for (const step of service.definition.steps ?? []) {
      test.each(valid)(`step ${step.id} with %s`, (sample) =>
        runStory(Step, { ...base, step: step.id, sample }),
      );
    }
    test.each(valid)('review page from %s', (sample) => runStory(ReviewFromValidSample, { ...base, sample }));
    test.each(Object.keys(service.invalidSamples))('errors from %s', (sample) =>
      runStory(ErrorsFromInvalidSample, { ...base, sample }),
    );
  });
}
