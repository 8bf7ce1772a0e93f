/**
 * Property tests of the XML mapping: for generated valid data the message is well-formed, validates
 * against the generated XSD (which imports the official XÖV header schemas, so every header is checked
 * against them too), and `fromXml` gives the (pruned) data back.
 *
 * Cost: `toXml` and `fromXml` run for every case. XSD validation runs once per batch, not per message:
 * the 1,000 Gewerbe messages go through xmllint-wasm in one call (the engine a browser or server would
 * use), each generated schema's 40 messages through one `xmllint` command-line run (fast to start,
 * same libxml2). That keeps the whole file at a few seconds per thousand cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prune } from '@efa-forms/core';
import { fromXml } from './from-xml.js';
import { toXml } from './to-xml.js';
import { toXsd } from './to-xsd.js';
import { validateXml } from './validate-xml.js';
import { xoevDefinition } from './test-support/definitions.js';
import { gewerbe, gewerbeData } from './test-support/gewerbe.js';
import { libraryResolver, xmllintCli } from './test-support/library.js';
import { dataOf, rootShape, schemaOf } from './test-support/schema-arbitrary.js';

/** Cases per property; CI runs the default, `XOEV_PROPERTY_RUNS=10000` runs longer locally. */
const RUNS = Number(process.env.XOEV_PROPERTY_RUNS ?? 1000);

describe('round trip of the Gewerbeanmeldung', () => {
  it(`writes ${RUNS} valid messages that validate and parse back to the data`, async () => {
    const messages: string[] = [];
    fc.assert(
      fc.property(
        gewerbeData,
        fc.uuid({ version: 4 }),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (data, uuid, now) => {
          const xml = toXml(gewerbe, data, {
            uuid,
            now,
            timeZone: 'Europe/Berlin',
            indent: messages.length % 2 ? '' : '  ',
          });
          expect(fromXml(gewerbe, xml).data).toEqual(prune(gewerbe, data));
          messages.push(xml);
        },
      ),
      { numRuns: RUNS },
    );
    const result = await validateXml(messages, toXsd(gewerbe), { resolve: libraryResolver });
    expect(result.errors.slice(0, 5)).toEqual([]);
    expect(messages).toHaveLength(RUNS);
  }, 120_000);
});

describe('round trip of generated schemas', () => {
  const SCHEMAS = Math.max(5, Math.round(RUNS / 40));
  it(`writes 40 messages for each of ${SCHEMAS} schemas (nesting, arrays, code lists, conditions) that validate and parse back`, () => {
    let cases = 0;
    fc.assert(
      fc.property(
        rootShape.chain((shape) =>
          fc.tuple(fc.constant(shape), fc.array(dataOf(shape), { minLength: 40, maxLength: 40 })),
        ),
        ([shape, samples]) => {
          const definition = xoevDefinition(schemaOf(shape, 'Nachricht'));
          const messages = samples.map((data) => {
            const xml = toXml(definition, data);
            expect(fromXml(definition, xml).data).toEqual(prune(definition, data));
            return xml;
          });
          cases += messages.length;
          const result = xmllintCli(toXsd(definition), messages);
          expect(
            result.stderr
              .split('\n')
              .filter((line) => /error/i.test(line))
              .slice(0, 5),
          ).toEqual([]);
          expect(result.status).toBe(0);
        },
      ),
      { numRuns: SCHEMAS },
    );
    expect(cases).toBe(SCHEMAS * 40);
  }, 300_000);
});
