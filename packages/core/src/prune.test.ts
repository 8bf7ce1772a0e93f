import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from './definition.js';
import { prune } from './prune.js';
import { activeFields } from './active-fields.js';
// The modules alone are the bare engine; the full core registers ajv as the run-time compiler.
import './internal/ajv-schema-compiler.js';

// A hidden answer is never submitted, even when hiding it hides the next one: a chain of conditions
// must be followed to its end, whatever order the rules are written in.
const shows = (flag: string, field: string, type: 'boolean' | 'string'): JsonSchemaObject => ({
  if: { properties: { [flag]: { const: true } }, required: [flag] },
  then: { properties: { [field]: { type, title: field } } },
});

const chain = (rules: JsonSchemaObject[]) => ({
  schema: {
    type: 'object',
    properties: { a: { type: 'boolean', title: 'a' } },
    allOf: rules,
  } satisfies JsonSchemaObject,
});

describe('prune follows chains of conditions', () => {
  it('a -> b -> c: with a off, b is hidden, and so c (b no longer holds) is dropped too', () => {
    const holder = chain([shows('a', 'b', 'boolean'), shows('b', 'c', 'string')]);
    expect(prune(holder, { a: false, b: true, c: 'x' })).toEqual({ a: false });
  });

  it('the same chain written in reverse order', () => {
    const holder = chain([shows('b', 'c', 'string'), shows('a', 'b', 'boolean')]);
    expect(prune(holder, { a: false, b: true, c: 'x' })).toEqual({ a: false });
  });

  it('a chain of four steps is followed to the end', () => {
    const holder = chain([
      shows('a', 'b', 'boolean'),
      shows('b', 'c', 'boolean'),
      shows('c', 'd', 'boolean'),
      shows('d', 'e', 'string'),
    ]);
    expect(prune(holder, { a: false, b: true, c: true, d: true, e: 'x' })).toEqual({ a: false });
    expect(activeFields(holder, { a: false, b: true, c: true, d: true, e: 'x' }).visible.has('/e')).toBe(
      false,
    );
  });

  it('a chain of twelve steps written in reverse order is followed to the end (no round limit)', () => {
    // Written last link first, each pass drops one link only: a fixed number of rounds would submit
    // the tail of a long enough chain.
    const names = Array.from({ length: 13 }, (_, index) => `f${index}`);
    const holder = {
      schema: {
        type: 'object',
        properties: { f0: { type: 'boolean', title: 'f0' } },
        allOf: names
          .slice(1)
          .map((name, index) => shows(names[index] as string, name, index === 11 ? 'string' : 'boolean'))
          .reverse(),
      } satisfies JsonSchemaObject,
    };
    const data: Record<string, unknown> = Object.fromEntries(names.map((name) => [name, true]));
    data['f0'] = false;
    data['f12'] = 'x';
    expect(prune(holder, data)).toEqual({ f0: false });
  });

  it('keeps every answer of a chain that holds', () => {
    const holder = chain([shows('a', 'b', 'boolean'), shows('b', 'c', 'string')]);
    expect(prune(holder, { a: true, b: true, c: 'x' })).toEqual({ a: true, b: true, c: 'x' });
    expect(prune(holder, { a: true, b: false, c: 'x' })).toEqual({ a: true, b: false });
  });

  it('never changes the data it is given', () => {
    const holder = chain([shows('a', 'b', 'boolean'), shows('b', 'c', 'string')]);
    const data = { a: false, b: true, c: 'x' };
    prune(holder, data);
    expect(data).toEqual({ a: false, b: true, c: 'x' });
  });
});

describe('prune keeps what the form can show, and only that', () => {
  const holder = (schema: JsonSchemaObject) => ({ schema });

  it('keeps undeclared answers only where the schema allows them, and never empty ones', () => {
    const open = holder({
      type: 'object',
      properties: { a: { type: 'string' } },
      additionalProperties: true,
    });
    expect(prune(open, { a: 'x', extra: 'y', blank: '', nothing: null })).toEqual({ a: 'x', extra: 'y' });
    const patterned = holder({ type: 'object', patternProperties: { '^x-': { type: 'string' } } });
    expect(prune(patterned, { 'x-note': 'n' })).toEqual({ 'x-note': 'n' });
    const closed = holder({
      type: 'object',
      properties: { a: { type: 'string' } },
      additionalProperties: false,
    });
    expect(prune(closed, { a: 'x', extra: 'y' })).toEqual({ a: 'x' });
  });

  it('drops an optional group left empty, keeps a required one, and answers an object for no data', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      required: ['person'],
      properties: {
        person: { type: 'object', properties: { name: { type: 'string' } } },
        adresse: { type: 'object', properties: { ort: { type: 'string' } } },
        tags: { type: 'array', items: { type: 'string' } },
      },
    };
    expect(prune(holder(schema), { person: { name: '' }, adresse: { ort: '' }, tags: ['', ''] })).toEqual({
      person: {},
    });
    expect(prune(holder(schema), { person: {}, tags: ['a', '', 'b'] })).toEqual({
      person: {},
      tags: ['a', 'b'],
    });
    expect(prune(holder(schema), null)).toEqual({});
    expect(prune(holder(schema), '')).toEqual({});
  });

  it('keeps a list without an item schema as it is, in a copy', () => {
    const list = ['a', '', 3];
    const pruned = prune(holder({ type: 'object', properties: { any: { type: 'array' } } }), { any: list });
    expect(pruned).toEqual({ any: ['a', '', 3] });
    expect(pruned.any).not.toBe(list);
  });
});

describe('prune drops empty answers and keeps the shape of what is left', () => {
  const holder = (schema: JsonSchemaObject) => ({ schema });

  it('an emptied or cleared answer no longer shows the field that depends on it', () => {
    const form = holder({
      type: 'object',
      properties: { note: { type: 'string' } },
      dependentSchemas: { note: { properties: { detail: { type: 'string' } } } },
    });
    expect(prune(form, { note: 'n', detail: 'd' })).toStrictEqual({ note: 'n', detail: 'd' });
    expect(prune(form, { note: '', detail: 'd' })).toStrictEqual({});
    expect(prune(form, { note: null, detail: 'd' })).toStrictEqual({});
  });

  it('never sends a key without a value, and no undeclared copy of a hidden answer', () => {
    const open = holder({
      type: 'object',
      properties: {
        art: { type: 'string' },
        adresse: { type: 'object', properties: { ort: { type: 'string' } } },
      },
      dependentSchemas: { art: { properties: { firma: { type: 'string' } } } },
      additionalProperties: true,
    });
    expect(Object.keys(prune(open, { adresse: { ort: '' }, extra: undefined }))).toEqual([]);
    expect(Object.keys(prune(open, { art: 'x', adresse: { ort: '' } }))).toEqual(['art']);
    expect(Object.keys(prune(open, { firma: 'hidden' }))).toEqual([]);
  });

  it('drops blank and cleared entries from a list of strings', () => {
    const list = holder({
      type: 'object',
      properties: { tags: { type: 'array', items: { type: 'string' } } },
    });
    expect(prune(list, { tags: ['a', null, 'b', ''] })).toStrictEqual({ tags: ['a', 'b'] });
  });

  it('keeps a list with `items: true` as it is', () => {
    const list = holder({ type: 'object', properties: { any: { type: 'array', items: true } } });
    expect(prune(list, { any: ['a', '', 3] })).toStrictEqual({ any: ['a', '', 3] });
  });

  it('keeps a value of the wrong type as it is, so validation can name it', () => {
    const form = holder({ type: 'object', properties: { name: { type: 'string' } } });
    expect(prune(form, { name: { first: 'x' } })).toStrictEqual({ name: { first: 'x' } });
  });

  it('answers an empty list for an empty list at the root', () => {
    expect(prune(holder({ type: 'array', items: { type: 'string' } }), [''])).toStrictEqual([]);
  });
});

describe('prune stops at the nesting limit (64 levels) of untrusted data', () => {
  // A node nests by an object (one level) or by a list entry (two levels: the list and its entry).
  const node: JsonSchemaObject = {
    type: 'object',
    properties: {
      v: { type: 'string' },
      next: { $ref: '#/$defs/node' },
      kids: { type: 'array', items: { $ref: '#/$defs/node' } },
    },
  };
  const holder = { schema: { ...node, $defs: { node } } satisfies JsonSchemaObject };
  // Each node answers `v` one level below itself: node k sits at level k (by `next`) or 2k (by `kids`).
  const nested = (nodes: number, key: 'next' | 'kids'): Record<string, unknown> => {
    let value: Record<string, unknown> = { v: 'x' };
    for (let i = 1; i < nodes; i++) value = { v: 'x', [key]: key === 'next' ? value : [value] };
    return value;
  };
  const answers = (value: unknown): number => JSON.stringify(value).split('"v"').length - 1;

  it('keeps the answers up to level 64 and drops the deeper ones', () => {
    expect(answers(nested(64, 'next'))).toBe(64);
    expect(answers(prune(holder, nested(64, 'next')))).toBe(64);
    expect(answers(prune(holder, nested(70, 'next')))).toBe(64);
  });

  it('counts a list and its entry as a level each', () => {
    expect(answers(prune(holder, nested(40, 'kids')))).toBe(32);
  });
});
