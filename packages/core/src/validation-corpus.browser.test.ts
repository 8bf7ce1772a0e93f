import { describe, expect, it } from 'vitest';
import { runCorpus, validationCorpus } from './test-support/validation-corpus.js';
import expected from './test-support/validation-corpus.expected.json' with { type: 'json' };

// The same corpus and the same recorded results as validation-corpus.test.ts, here in Chromium:
// ajv's compiled code, the format regexes and `toLocaleString('de-DE')` must agree with Node.
describe('validation corpus (Chromium)', () => {
  it('gives the results recorded in Node', () => {
    expect(validationCorpus.length).toBeGreaterThanOrEqual(40);
    expect(runCorpus()).toStrictEqual(expected);
  });
});
