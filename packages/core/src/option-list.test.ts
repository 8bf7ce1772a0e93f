// optionList / optionBranches: which schemas a form shows as a choice of values, and with which texts.
// toStrictEqual: an option without a title or description has no such key at all.
import { describe, expect, it } from 'vitest';
import type { SchemaHolder } from './definition.js';
import { optionBranches, optionList } from './option-list.js';

describe('optionList', () => {
  it('lists the values of an enum in order', () => {
    expect(optionList({ type: 'string', enum: ['a', 'b', null] })).toStrictEqual([
      { value: 'a' },
      { value: 'b' },
      { value: null },
    ]);
  });

  it('lists a oneOf of consts, each with its non-empty title and its description', () => {
    const options = optionList({
      type: 'string',
      oneOf: [
        { const: 'post', title: 'Post', description: 'Zustellung per Brief' },
        { const: 'abholung', title: '', description: '' },
        { const: 'email' },
      ],
    });
    expect(options).toStrictEqual([
      { value: 'post', title: 'Post', description: 'Zustellung per Brief' },
      { value: 'abholung', description: '' },
      { value: 'email' },
    ]);
  });

  it('lists an anyOf of consts, and follows $ref branches with the holder', () => {
    const holder: SchemaHolder = {
      schema: {
        type: 'object',
        $defs: { ja: { const: true, title: 'Ja' }, nein: { const: false, title: 'Nein' } },
      },
    };
    expect(optionList({ anyOf: [{ const: 1, title: 'Eins' }, { const: 2 }] })).toStrictEqual([
      { value: 1, title: 'Eins' },
      { value: 2 },
    ]);
    expect(optionList({ oneOf: [{ $ref: '#/$defs/ja' }, { $ref: '#/$defs/nein' }] }, holder)).toStrictEqual([
      { value: true, title: 'Ja' },
      { value: false, title: 'Nein' },
    ]);
  });

  it('lists a lone const as the one value', () => {
    expect(optionList({ type: 'string', const: 'ja' })).toStrictEqual([{ value: 'ja' }]);
    expect(optionList({ const: null })).toStrictEqual([{ value: null }]);
  });

  it('is no option list where one branch has no const', () => {
    expect(
      optionList({
        oneOf: [
          { const: 'a', title: 'A' },
          { type: 'string', title: 'Sonstiges' },
        ],
      }),
    ).toBe(undefined);
    expect(optionList({ anyOf: [{ const: 'a' }, true] })).toBe(undefined);
  });

  it('reads an empty oneOf as no option list, so a const beside it still counts', () => {
    expect(optionList({ oneOf: [] })).toBe(undefined);
    expect(optionList({ oneOf: [], const: 'x' })).toStrictEqual([{ value: 'x' }]);
    expect(optionList({ oneOf: [], anyOf: [{ const: 'y' }] })).toStrictEqual([{ value: 'y' }]);
  });

  it('is none for a schema without enum, const or const branches', () => {
    expect(optionList({ type: 'string', title: 'Name' })).toBe(undefined);
  });
});

describe('optionBranches', () => {
  it('gives the const branches, $refs followed, and nothing for no branches', () => {
    const holder: SchemaHolder = { schema: { type: 'object', $defs: { ja: { const: 'ja', title: 'Ja' } } } };
    expect(optionBranches([{ $ref: '#/$defs/ja' }, { const: 'nein' }], holder)).toStrictEqual([
      { const: 'ja', title: 'Ja' },
      { const: 'nein' },
    ]);
    expect(optionBranches([], holder)).toBe(undefined);
    expect(optionBranches(undefined, holder)).toBe(undefined);
    expect(optionBranches([{ const: 'ja' }, { type: 'string' }], holder)).toBe(undefined);
  });
});
