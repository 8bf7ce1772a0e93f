// The Gewerbe example through @efa-forms/core: loading, validation with messages, conditions, pruning.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activeFields,
  createValidator,
  firstInvalidXmlChar,
  joinPointer,
  lintDefinition,
  loadDefinition,
  prune,
} from '@efa-forms/core';
import { exampleDefinition } from '../load-example.js';

const here = new URL('./', import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(new URL(name, here), 'utf8')) as unknown;
const tenant = read('tenant.musterstadt.json');
/** The definition as published: its shared blocks (../_bausteine/) inlined. */
const json = await exampleDefinition('gewerbeanmeldung');
const definition = loadDefinition(json, { tenant });
const validator = createValidator(definition);
const expectations = read('samples/expectations.json') as Record<
  string,
  { errors: { pointer: string; keyword: string }[] }
>;
/** Every string in `data` with its JSON Pointer. */
function stringsOf(data: unknown, pointer = ''): [string, string][] {
  if (typeof data === 'string') return [[pointer, data]];
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) => stringsOf(value, joinPointer(pointer, key)));
}
const samples = readdirSync(new URL('samples/', here)).filter((name) => /^(in)?valid-.*\.json$/.test(name));

describe('gewerbeanmeldung through @efa-forms/core', () => {
  it('lints clean', () => {
    expect(lintDefinition(json, { tenant })).toEqual([]);
  });

  it.each(samples.filter((name) => name.startsWith('valid-')))('%s is valid, also after pruning', (name) => {
    const data = read(`samples/${name}`);
    expect(validator.validate(data).errors).toEqual([]);
    expect(prune(definition, data)).toEqual(data);
  });

  it.each(samples.filter((name) => name.startsWith('invalid-')))(
    '%s gives the expected errors with messages',
    (name) => {
      // expectations.json is written for plain ajv; core reports a wrong option of an option list
      // (oneOf of {const, title}) as the one `enum` error it is.
      const data = read(`samples/${name}`);
      const expected = [
        ...(expectations[name]?.errors ?? []).map((error) =>
          error.keyword === 'oneOf' ? { ...error, keyword: 'enum' } : error,
        ),
        // and, the definition having xoev settings, every string with a character XML cannot carry.
        ...stringsOf(data)
          .filter(([, text]) => firstInvalidXmlChar(text) >= 0)
          .map(([pointer]) => ({ pointer, keyword: 'xmlChar' })),
      ];
      const result = validator.validate(data);
      expect(expected.length).toBeGreaterThan(0);
      // Exactly the expected errors, no more: core collapses wrapper noise (if, oneOf branches).
      const byPlace = (a: { pointer: string; keyword: string }, b: { pointer: string; keyword: string }) =>
        `${a.pointer} ${a.keyword}`.localeCompare(`${b.pointer} ${b.keyword}`);
      expect(result.errors.map(({ pointer, keyword }) => ({ pointer, keyword })).sort(byPlace)).toEqual(
        [...expected].sort(byPlace),
      );
      for (const error of result.errors) {
        expect(error.message).not.toMatch(/„“|undefined/);
        expect(error.params.label).not.toBe('');
      }
    },
  );

  it('shows and requires the entity fields only for a legal entity', () => {
    const person = activeFields(definition, { inhaber: { art: 'natuerlich' } });
    const entity = activeFields(definition, { inhaber: { art: 'juristisch' } });
    expect(person.required.has('/inhaber/familienname')).toBe(true);
    expect(entity.visible.has('/inhaber/familienname')).toBe(false);
    expect(
      [...entity.required].some((pointer) => pointer.startsWith('/inhaber/') && pointer !== '/inhaber/art'),
    ).toBe(true);
  });

  it('validates one step at a time', () => {
    const step = definition.steps[0];
    if (!step) throw new Error('no steps');
    const errors = validator.validateStep({}, step.id).errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors)
      expect(step.fields.some((field) => error.pointer.startsWith(field))).toBe(true);
  });
});
