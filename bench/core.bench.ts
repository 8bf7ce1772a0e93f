// npm run bench:core — validate() against a bare compiled ajv function on the same schema.
// Not a test: prints ops/s and the wrapper's overhead, measured interleaved in one run.
import { readFileSync } from 'node:fs';
import { createValidator, loadDefinition, type JsonSchema, type ServiceDefinition } from '@efa-forms/core';
import { createAjv } from '../packages/core/src/internal/create-ajv.js';
import { optimizeSchema } from '../packages/core/src/internal/optimize-schema.js';
import { formatRate, measure } from './internal/measure.js';
import { exampleDefinition } from '../examples/load-example.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;

/** A 500-field service: 50 groups of 10 typed fields, with a condition per group. */
function generatedDefinition(groups = 50): {
  definition: ServiceDefinition;
  valid: unknown;
  invalid: unknown;
} {
  const properties: Record<string, unknown> = {};
  const valid: Record<string, unknown> = {};
  const invalid: Record<string, unknown> = {};
  for (let g = 0; g < groups; g++) {
    properties[`gruppe${g}`] = {
      type: 'object',
      title: `Gruppe ${g}`,
      required: ['name', 'plz'],
      unevaluatedProperties: false,
      properties: {
        name: { type: 'string', title: 'Name', minLength: 1, maxLength: 100, format: 'din-91379-a' },
        vorname: { type: 'string', title: 'Vorname', maxLength: 100 },
        plz: { type: 'string', title: 'PLZ', format: 'de-postcode' },
        email: { type: 'string', title: 'E-Mail', format: 'email' },
        datum: { type: 'string', title: 'Datum', format: 'date' },
        anzahl: { type: 'integer', title: 'Anzahl', minimum: 0, maximum: 1000 },
        betrag: { type: 'number', title: 'Betrag', minimum: 0 },
        art: {
          type: 'string',
          title: 'Art',
          oneOf: [
            { const: 'a', title: 'A' },
            { const: 'b', title: 'B' },
          ],
        },
        aktiv: { type: 'boolean', title: 'Aktiv' },
        text: { type: 'string', title: 'Text', maxLength: 2000 },
      },
      if: { properties: { aktiv: { const: true } }, required: ['aktiv'] },
      then: { required: ['datum'] },
    };
    valid[`gruppe${g}`] = {
      name: 'Müller',
      vorname: 'Erika',
      plz: '10115',
      email: 'erika@example.org',
      datum: '2024-03-01',
      anzahl: 3,
      betrag: 12.5,
      art: 'a',
      aktiv: true,
      text: 'Hallo',
    };
    invalid[`gruppe${g}`] = { name: '', plz: '1011', email: 'nope', anzahl: -1, art: 'c', aktiv: true };
  }
  const definition: ServiceDefinition = {
    id: 'gross',
    version: '1.0.0',
    title: 'Groß',
    schema: { type: 'object', properties: properties as Record<string, JsonSchema> },
  };
  return { definition, valid, invalid };
}

function compare(label: string, definition: ServiceDefinition, valid: unknown, invalid: unknown): void {
  const loaded = loadDefinition(definition);
  const validator = createValidator(loaded);
  // Bare ajv on the schema as written, and on the copy validate() compiles (option lists as enum):
  // the first shows what a plain ajv integration gets, the second the wrapper's own cost.
  const bare = createAjv(loaded.schema).compile(loaded.schema);
  const bareOptimized = createAjv(loaded.schema).compile(optimizeSchema(loaded.schema));
  if (!bare(valid) || !validator.validate(valid).valid)
    throw new Error(`${label}: the valid sample is not valid`);
  if (bare(invalid) || validator.validate(invalid).valid)
    throw new Error(`${label}: the invalid sample is valid`);
  for (const [kind, data] of [
    ['valid', valid],
    ['invalid', invalid],
  ] as const) {
    const rates = measure([
      { name: 'ajv', run: () => bare(data) },
      { name: 'ajv-enum', run: () => bareOptimized(data) },
      { name: 'efa', run: () => validator.validate(data) },
    ]);
    const ajv = rates.get('ajv') ?? 0;
    const ajvEnum = rates.get('ajv-enum') ?? 0;
    const efa = rates.get('efa') ?? 0;
    const overhead = ((ajvEnum / efa - 1) * 100).toFixed(1);
    const speedup = (efa / ajv).toFixed(2);
    console.log(
      `${label.padEnd(11)} ${kind.padEnd(8)} ajv as written ${formatRate(ajv)}  ajv same schema ${formatRate(ajvEnum)}  validate() ${formatRate(efa)} ops/s  cost ${overhead.padStart(7)} %  vs as written x${speedup}`,
    );
  }
}

const gewerbe: ServiceDefinition = await exampleDefinition('gewerbeanmeldung');
const gewerbeValid = read('../examples/gewerbeanmeldung/samples/valid-alle-felder.json');
const gewerbeInvalid = read('../examples/gewerbeanmeldung/samples/invalid-betrieb.json');
console.log(
  `node ${process.version}; median of 15 interleaved 100 ms samples; cost = time per call over bare ajv on the same compiled schema\n`,
);
compare('gewerbe', gewerbe, gewerbeValid, gewerbeInvalid);
const large = generatedDefinition();
compare('500 fields', large.definition, large.valid, large.invalid);
console.log('\nGoal: cost <= 10 % on valid data. Invalid data pays for collapsing, labels and messages.');
