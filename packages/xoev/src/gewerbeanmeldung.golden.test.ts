/**
 * Golden files of the Gewerbeanmeldung example: each valid sample as XML message, and the message XSD,
 * with a fixed UUID and clock, in examples/gewerbeanmeldung/expected/. `UPDATE_GOLDEN=1` rewrites them and
 * prints what changed: review the diff, it is the XML the back office gets (docs/testing.md).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromXml } from './from-xml.js';
import { toXml } from './to-xml.js';
import { toXsd } from './to-xsd.js';
import { EXAMPLE_DIR, FIXED, gewerbe, validSamples } from './test-support/gewerbe.js';
import { xmllintCli } from './test-support/library.js';
import { prune } from '@efa-forms/core';
import { recordedText } from '../../../scripts/internal/recorded-file.js';

const EXPECTED = new URL('expected/', EXAMPLE_DIR);
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const recorded = recordedText(fileURLToPath(new URL(name, EXPECTED)), actual, update);
  expect(recorded, `${name} is missing; run with UPDATE_GOLDEN=1`).toBeDefined();
  expect(actual).toBe(recorded);
}

describe('Gewerbeanmeldung golden files', () => {
  it('XSD: expected/gewerbeanmeldung.xsd', () => {
    golden('gewerbeanmeldung.xsd', toXsd(gewerbe));
  });

  it.each(validSamples)('message of samples/%s', (name, sample) => {
    const xml = toXml(gewerbe, sample, FIXED);
    golden(name.replace(/\.json$/, '.xml'), xml);
    expect(fromXml(gewerbe, xml).data).toEqual(prune(gewerbe, sample));
  });

  it('the golden messages validate against the golden XSD (xmllint command line)', () => {
    const xsd = readFileSync(new URL('gewerbeanmeldung.xsd', EXPECTED), 'utf8');
    const messages = validSamples.map(([name]) =>
      readFileSync(new URL(name.replace(/\.json$/, '.xml'), EXPECTED), 'utf8'),
    );
    const result = xmllintCli(xsd, messages);
    expect(result.stderr.split('\n').filter((line) => /error/i.test(line))).toEqual([]);
    expect(result.status).toBe(0);
  });
});
