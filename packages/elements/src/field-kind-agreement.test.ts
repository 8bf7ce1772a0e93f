import { describe, expect, test } from 'vitest';
import {
  alternativesOf,
  isDiscriminated,
  optionList,
  schemaTypes,
  type JsonSchema,
  type JsonSchemaObject,
} from '@efa-forms/core';
import { corpusFields, corpusSchemas } from '../../core/src/test-support/schema-corpus.js';
import { fieldKind, hintsOf } from './field-kind.js';
import { fieldOptions } from './internal/display-value.js';
import { de } from './locales/de.js';

const discriminated = (view: JsonSchemaObject): boolean =>
  (['oneOf', 'anyOf'] as const).some(
    (keyword) =>
      Array.isArray(view[keyword]) && isDiscriminated({ schema: {} }, view[keyword] as JsonSchema[]),
  );

// The form picks a widget from the field's schema view alone (`match(schema, hints)`); these are the
// answers core's reader gives for the same view, over every field of the shared corpus and the
// examples, so the form cannot read a schema differently from the validator and the XML writer.
describe('fieldKind follows core`s schema reader', () => {
  test.each(corpusSchemas().map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const holder = { schema: entry.schema, strict: false };
    let checked = 0;
    for (const { view, pointer } of corpusFields(holder)) {
      const hints = hintsOf(view);
      if (typeof hints.widget === 'string' || view.readOnly === true) continue;
      const kind = fieldKind(view);
      const where = `${entry.name} ${pointer || '/'}`;
      const options = optionList(view, holder);
      const types = schemaTypes(view);
      expect(kind === 'choice', where).toBe(alternativesOf(view, holder) !== undefined);
      if (options && !types.includes('array') && !types.includes('object') && kind !== 'file') {
        expect(['radio', 'select', 'checkbox'], where).toContain(kind);
        expect(
          fieldOptions(view, de)?.map((option) => option.value),
          where,
        ).toEqual(options.map((option) => option.value));
      }
      if (alternativesOf(view, holder) === undefined && options === undefined && discriminated(view))
        expect(kind, where).toBe('object');
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
