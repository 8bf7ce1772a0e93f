import { describe, expect, test } from 'vitest';
// Reading conditions compiles them: the run-time compiler the full @efa-forms/core registers.
import './internal/ajv-schema-compiler.js';
import type { JsonSchema, JsonSchemaObject, SchemaHolder } from './definition.js';
import { alternativesOf, discriminatorChoices, isDiscriminated } from './alternatives.js';
import { chosenBranch } from './branch-choice.js';
import { optionList } from './option-list.js';
import { isArraySchema, isObjectSchema } from './schema-types.js';
import { corpusFields, corpusSchemas } from './test-support/schema-corpus.js';

type Shape = 'options' | 'alternatives' | 'discriminated' | 'object' | 'array' | 'scalar';

/** How core's reader classifies a field: the one answer every consumer (form, XML, server) builds on. */
function shapeOf(holder: SchemaHolder, view: JsonSchemaObject): Shape {
  if (optionList(view, holder)) return 'options';
  if (alternativesOf(view, holder)) return 'alternatives';
  for (const keyword of ['oneOf', 'anyOf'] as const)
    if (Array.isArray(view[keyword]) && isDiscriminated(holder, view[keyword] as JsonSchema[]))
      return 'discriminated';
  if (isObjectSchema(view)) return 'object';
  if (isArraySchema(view)) return 'array';
  return 'scalar';
}

/** The invariants each field of each shape must keep; a consumer relying on one reads the same. */
function checkField(holder: SchemaHolder, raw: JsonSchema, view: JsonSchemaObject, shape: Shape): void {
  // The raw schema (with `$ref`s) and its view read as the same option list.
  const rawObject = typeof raw === 'object' ? (raw as JsonSchemaObject) : {};
  if (!('$ref' in rawObject) && !Array.isArray(rawObject.allOf))
    expect(optionList(rawObject, holder)).toEqual(optionList(view, holder));
  // A view needs no root to read its option list and its alternatives: bare `$ref` branches are followed.
  expect(optionList(view)).toEqual(optionList(view, holder));
  expect(alternativesOf(view) !== undefined).toBe(alternativesOf(view, holder) !== undefined);
  if (shape === 'alternatives') {
    const branches = alternativesOf(view, holder) as JsonSchema[];
    // Without a discriminator, the person's pick is the branch shown, validated and reviewed.
    branches.forEach((_branch, index) => expect(chosenBranch(holder, branches, {}, index)).toBe(index));
  }
  if (shape === 'discriminated') {
    const keyword = Array.isArray(view.oneOf) && isDiscriminated(holder, view.oneOf) ? 'oneOf' : 'anyOf';
    const branches = view[keyword] as JsonSchema[];
    const choices = discriminatorChoices(holder, view);
    expect(choices.size).toBeGreaterThan(0);
    for (const [name, choice] of choices) {
      const options = choice.schema.oneOf as JsonSchemaObject[];
      // Every branch can be chosen, and each option chooses the branch it came from.
      expect(new Set(choice.branches).size).toBe(branches.length);
      options.forEach((option, index) =>
        expect(chosenBranch(holder, branches, { [name]: option.const })).toBe(choice.branches[index]),
      );
    }
  }
}

const inline = (name: string, schema: JsonSchemaObject) => ({ name, schema, data: undefined });

/** Shapes the consumers once read differently (issue 7), beside the corpus. */
const shapes = [
  inline('discriminator by const here, enum there', {
    type: 'object',
    oneOf: [
      { properties: { typ: { const: 'a' }, nummer: { type: 'string' } } },
      { properties: { typ: { enum: ['b1', 'b2'] }, text: { type: 'string' } } },
    ],
  }),
  inline('oneOf of $refs to {const, title}', {
    $defs: { rot: { const: 'rot', title: 'Rot' }, blau: { const: 'blau', title: 'Blau' } },
    type: 'object',
    properties: { farbe: { oneOf: [{ $ref: '#/$defs/rot' }, { $ref: '#/$defs/blau' }] } },
  }),
  inline('discriminator inherited through allOf', {
    $defs: { basis: { properties: { art: { const: 'x' } } } },
    type: 'object',
    oneOf: [
      { allOf: [{ $ref: '#/$defs/basis' }], properties: { a: { type: 'string' } } },
      { properties: { art: { const: 'y' }, b: { type: 'string' } } },
    ],
  }),
  inline('alternatives of $ref objects', {
    $defs: {
      adresse: { type: 'object', properties: { strasse: { type: 'string' } } },
      postfach: { type: 'object', properties: { nummer: { type: 'string' } } },
    },
    type: 'object',
    properties: { ort: { oneOf: [{ $ref: '#/$defs/adresse' }, { $ref: '#/$defs/postfach' }] } },
  }),
];

/**
 * What core's reader finds in each schema, by shape. A change here is a change in how every form,
 * XML message and intake reads that schema: look at it, then update the table.
 */
const expected: Record<string, Record<Shape, number>> = {
  'digiwf-all-inputs.json': {
    options: 4,
    alternatives: 0,
    discriminated: 0,
    object: 7,
    array: 7,
    scalar: 36,
  },
  'digiwf-formserver-parkausweis.json': {
    options: 0,
    alternatives: 0,
    discriminated: 0,
    object: 4,
    array: 0,
    scalar: 35,
  },
  'hhs-cd511.json': { options: 0, alternatives: 0, discriminated: 0, object: 2, array: 0, scalar: 11 },
  'hhs-project-performance-site-location.json': {
    options: 2,
    alternatives: 0,
    discriminated: 0,
    object: 5,
    array: 1,
    scalar: 15,
  },
  'hhs-sf424.json': { options: 7, alternatives: 0, discriminated: 0, object: 4, array: 2, scalar: 61 },
  'hhs-sflll.json': { options: 6, alternatives: 0, discriminated: 0, object: 13, array: 0, scalar: 24 },
  'jsonforms-allOf.json': { options: 1, alternatives: 0, discriminated: 0, object: 3, array: 0, scalar: 3 },
  'jsonforms-anyOf.json': { options: 0, alternatives: 3, discriminated: 0, object: 3, array: 3, scalar: 5 },
  'jsonforms-categorization.json': {
    options: 2,
    alternatives: 0,
    discriminated: 0,
    object: 3,
    array: 0,
    scalar: 11,
  },
  'jsonforms-conditional-schema-compositions.json': {
    options: 1,
    alternatives: 0,
    discriminated: 0,
    object: 2,
    array: 0,
    scalar: 3,
  },
  'jsonforms-enum.json': { options: 7, alternatives: 0, discriminated: 0, object: 1, array: 0, scalar: 0 },
  'jsonforms-huge.json': {
    options: 11,
    alternatives: 11,
    discriminated: 0,
    object: 55,
    array: 36,
    scalar: 54,
  },
  'jsonforms-ifthenelse.json': {
    options: 0,
    alternatives: 0,
    discriminated: 0,
    object: 1,
    array: 0,
    scalar: 2,
  },
  'jsonforms-multi-enum.json': {
    options: 2,
    alternatives: 0,
    discriminated: 0,
    object: 1,
    array: 2,
    scalar: 0,
  },
  'jsonforms-oneOf.json': { options: 0, alternatives: 1, discriminated: 0, object: 3, array: 0, scalar: 6 },
  'jsonforms-person.json': { options: 1, alternatives: 0, discriminated: 0, object: 2, array: 0, scalar: 8 },
  'jsonforms-special-property-names.json': {
    options: 0,
    alternatives: 0,
    discriminated: 0,
    object: 4,
    array: 0,
    scalar: 6,
  },
  'examples/gewerbeanmeldung/gewerbeanmeldung.service.json': {
    options: 12,
    alternatives: 0,
    discriminated: 0,
    object: 11,
    array: 2,
    // 42 before the example was built from examples/_bausteine: no field was lost (activeFields gives the
    // same 43 pointers, 48 with a Zweigniederlassung, for the old and the rebuilt file). corpusFields counts
    // each resolved schema once, and Betriebsstätte and Hauptniederlassung now `$ref` the one shared
    // `anschrift-inland/$defs/anschrift`: their strasse, hausnummer, postleitzahl, ort are the same schema
    // objects, counted once (hausnummer also equals the Wohnanschrift's, which has no autofill hint; the
    // other three of the Wohnanschrift differ by theirs). The five: /betriebsstaette/hausnummer and
    // /betrieb/hauptniederlassung/{strasse,hausnummer,postleitzahl,ort}.
    scalar: 37,
  },
  'examples/bewohnerparkausweis/bewohnerparkausweis.service.json': {
    options: 9,
    alternatives: 0,
    discriminated: 0,
    object: 8,
    array: 0,
    scalar: 16,
  },
  'examples/gewerbeabmeldung/gewerbeabmeldung.service.json': {
    options: 12,
    alternatives: 0,
    discriminated: 0,
    object: 9,
    array: 1,
    scalar: 28,
  },
  'examples/gewerbeummeldung/gewerbeummeldung.service.json': {
    options: 12,
    alternatives: 0,
    discriminated: 0,
    object: 12,
    array: 3,
    scalar: 36,
  },
  'examples/sondernutzung/sondernutzung.service.json': {
    options: 10,
    alternatives: 0,
    discriminated: 0,
    object: 9,
    array: 1,
    scalar: 24,
  },
  'discriminator by const here, enum there': {
    options: 2,
    alternatives: 0,
    discriminated: 1,
    object: 2,
    array: 0,
    scalar: 2,
  },
  'oneOf of $refs to {const, title}': {
    options: 1,
    alternatives: 0,
    discriminated: 0,
    object: 1,
    array: 0,
    scalar: 0,
  },
  'discriminator inherited through allOf': {
    options: 2,
    alternatives: 0,
    discriminated: 1,
    object: 2,
    array: 0,
    scalar: 2,
  },
  'alternatives of $ref objects': {
    options: 0,
    alternatives: 1,
    discriminated: 0,
    object: 3,
    array: 0,
    scalar: 2,
  },
};

describe('core reads every schema shape once, for every consumer', () => {
  const all = [...corpusSchemas(), ...shapes];
  test.each(all.map((entry) => [entry.name, entry] as const))('%s', (name, entry) => {
    const holder: SchemaHolder = { schema: entry.schema, strict: false };
    const counts: Record<Shape, number> = {
      options: 0,
      alternatives: 0,
      discriminated: 0,
      object: 0,
      array: 0,
      scalar: 0,
    };
    for (const field of corpusFields(holder)) {
      const shape = shapeOf(holder, field.view);
      counts[shape]++;
      checkField(holder, field.raw, field.view, shape);
    }
    expect(counts).toEqual(expected[name]);
  });
});
