import { describe, expect, it } from 'vitest';
import { optimizeSchema } from './optimize-schema.js';

describe('optimizeSchema: option lists read as enum', () => {
  it('a oneOf or anyOf of {const, title, description, $comment, x-…} becomes the enum of the consts', () => {
    const schema = {
      type: 'object',
      properties: {
        staat: {
          type: 'string',
          title: 'Staat',
          oneOf: [
            { const: 'DE', title: 'Deutschland', description: 'Bundesrepublik', $comment: 'Code 000' },
            { const: 'AT', title: 'Österreich', 'x-code': '168' },
          ],
        },
        anzahl: { anyOf: [{ const: 1 }, { const: { n: 2 } }, { const: null }] },
      },
    };
    expect(optimizeSchema(schema)).toEqual({
      type: 'object',
      properties: {
        staat: { type: 'string', title: 'Staat', enum: ['DE', 'AT'] },
        anzahl: { enum: [1, { n: 2 }, null] },
      },
    });
  });

  it('finds option lists inside lists of schemas and leaves the input as it was', () => {
    const schema = { allOf: [{ oneOf: [{ const: 'a' }, { const: 'b' }] }] };
    expect(optimizeSchema(schema)).toEqual({ allOf: [{ enum: ['a', 'b'] }] });
    expect(schema).toEqual({ allOf: [{ oneOf: [{ const: 'a' }, { const: 'b' }] }] });
  });

  it('keeps an empty oneOf, and one with a branch that is a boolean or has no const', () => {
    for (const oneOf of [
      [],
      [true, { const: 'a' }],
      [{ const: 'a' }, false],
      [{ const: 'a' }, { title: 'Sonstiges' }],
    ]) {
      expect(optimizeSchema({ oneOf })).toEqual({ oneOf });
    }
  });

  it('keeps branches that check more than the const (another keyword than text and x-…)', () => {
    for (const extra of [{ type: 'string' }, { minLength: 2 }, { examples: ['a'] }]) {
      const schema = {
        oneOf: [
          { const: 'a', title: 'A' },
          { const: 'b', ...extra },
        ],
      };
      expect(optimizeSchema(schema)).toEqual(schema);
    }
  });

  it('keeps a list with two equal consts (oneOf rejects that value, an enum would accept it)', () => {
    const schema = { oneOf: [{ const: { a: 1, b: 2 } }, { const: 'x' }, { const: { b: 2, a: 1 } }] };
    expect(optimizeSchema(schema)).toEqual(schema);
  });

  it('keeps the oneOf when the schema already has an enum', () => {
    const schema = { enum: ['a'], oneOf: [{ const: 'a' }, { const: 'b' }] };
    expect(optimizeSchema(schema)).toEqual(schema);
  });
});
