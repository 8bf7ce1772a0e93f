// isStaticSchema: which object schemas give the same fields for any data (so they may be described once).
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from './definition.js';
import { describeObject } from './describe-object.js';
import { isStaticSchema } from './is-static-schema.js';
import { define } from './test-support/sample-definitions.js';

describe('isStaticSchema', () => {
  it('is true for plain properties and static allOf members', () => {
    expect(isStaticSchema({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] })).toBe(
      true,
    );
    expect(isStaticSchema({ allOf: [{ properties: { a: {} } }, { required: ['a'] }] })).toBe(true);
  });

  it('is false for every keyword whose effect depends on the data', () => {
    for (const keyword of ['if', 'dependentSchemas', 'dependentRequired', 'dependencies', 'oneOf', 'anyOf'])
      expect(
        isStaticSchema({ properties: { a: {} }, [keyword]: keyword.endsWith('Of') ? [] : {} }),
        keyword,
      ).toBe(false);
    // A reference is not followed, so it may lead anywhere.
    for (const keyword of ['$ref', '$dynamicRef'])
      expect(isStaticSchema({ properties: { a: {} }, [keyword]: '#meta' }), keyword).toBe(false);
  });

  it('is false when an allOf member, however deep, is conditional or a $ref', () => {
    expect(isStaticSchema({ allOf: [{ allOf: [{ if: { required: ['a'] }, then: {} }] }] })).toBe(false);
    expect(isStaticSchema({ allOf: [{ $ref: '#/$defs/x' }] })).toBe(false);
    expect(isStaticSchema({ $ref: '#/$defs/x' })).toBe(false);
    expect(isStaticSchema({ allOf: [true] })).toBe(false);
  });

  it('ends on an allOf that contains itself', () => {
    const schema: JsonSchemaObject = { properties: { a: {} } };
    schema.allOf = [schema];
    expect(isStaticSchema(schema)).toBe(false);
  });
});

describe('describeObject of a static schema', () => {
  it('answers the same for any data, and a caller changing an answer does not change the next', () => {
    const definition = define({
      type: 'object',
      properties: { a: { type: 'string', title: 'A' }, b: { type: 'number' } },
      required: ['a'],
    });
    const first = describeObject(definition, definition.schema, { a: 'x' });
    first[0]!.label = 'changed';
    first.pop();
    const second = describeObject(definition, definition.schema, { b: 1 });
    expect(second.map(({ name, label, required, active }) => [name, label, required, active])).toEqual([
      ['a', 'A', true, true],
      ['b', 'B', false, true],
    ]);
  });
});
