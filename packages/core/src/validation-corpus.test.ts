import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { germanFormats } from './formats/german-formats.js';
import { corpusStandardFormats, runCorpus, validationCorpus } from './test-support/validation-corpus.js';
import type { ValidationResult } from './validation-error.js';
import { changedCases } from '../../../scripts/internal/recorded-file.js';

const expectedFile = new URL('./test-support/validation-corpus.expected.json', import.meta.url);

/**
 * `UPDATE_CORPUS=1 npx vitest run --project node validation-corpus` rewrites the expected results and
 * names the cases whose result changed. A re-record is a reviewed change (docs/testing.md), never a way
 * to make this test pass.
 */
async function writeExpected(results: { name: string }[]): Promise<void> {
  const before = JSON.parse(await readFile(expectedFile, 'utf8')) as { name: string }[];
  const prettier = await import('prettier');
  const options = await prettier.resolveConfig(expectedFile);
  const text = await prettier.format(JSON.stringify(results), { ...options, parser: 'json' });
  await writeFile(expectedFile, text);
  const changed = changedCases(before, results);
  process.stderr.write(
    `re-recorded validation-corpus.expected.json: ${changed.length} case(s) changed${changed.length ? ': ' + changed.join(', ') : ''}\n`,
  );
}

describe('validation corpus (Node)', () => {
  // Loading the definitions compiles their schemas, most of the run time: run the corpus once, in the
  // first test that asks (not while the file loads: StrykerJS would count the whole corpus as "static").
  let corpus: ReturnType<typeof runCorpus> | undefined;
  const corpusResults = () => (corpus ??= runCorpus());

  it('gives the recorded results', async () => {
    const actual = corpusResults();
    if (process.env.UPDATE_CORPUS === '1') await writeExpected(actual);
    const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as unknown;
    expect(actual).toStrictEqual(expected);
  });

  it('has at least 40 cases with unique names', () => {
    expect(validationCorpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(validationCorpus.map((entry) => entry.name)).size).toBe(validationCorpus.length);
  });

  it('sees every format accepted and rejected', () => {
    const results = new Map(corpusResults().map(({ name, result }) => [name, result]));
    const rejects = (result: ValidationResult, format: string) =>
      result.errors.some((error) => error.keyword === 'format' && error.params.format === format);
    for (const format of [...Object.keys(germanFormats), ...corpusStandardFormats]) {
      const outcomes = validationCorpus
        .filter((entry) => entry.format === format)
        .map((entry) => results.get(entry.name) as ValidationResult);
      expect(
        outcomes.some((result) => result.valid),
        `a valid case for ${format}`,
      ).toBe(true);
      expect(
        outcomes.some((result) => rejects(result, format)),
        `a case rejected by ${format}`,
      ).toBe(true);
    }
  });
});
