import { describe, expect, it } from 'vitest';
import { isArraySchema, isObjectSchema, schemaTypes } from './schema-types.js';

describe('schemaTypes', () => {
  it('lists the declared types without null, also from a list', () => {
    expect(schemaTypes({ type: 'string' })).toEqual(['string']);
    expect(schemaTypes({ type: ['integer', 'null'] })).toEqual(['integer']);
    expect(schemaTypes({ type: 'null' })).toEqual([]);
    expect(schemaTypes({})).toEqual([]);
  });

  it('ignores entries of a type list that are no type name', () => {
    expect(schemaTypes({ type: [1, 'string', null] as unknown as string[] })).toEqual(['string']);
  });
});

describe('isObjectSchema', () => {
  it('follows a declared type', () => {
    expect(isObjectSchema({ type: ['object', 'null'] })).toBe(true);
    expect(isObjectSchema({ type: 'string', properties: { a: {} } })).toBe(false);
  });

  it('reads object keywords without a type', () => {
    expect(isObjectSchema({ properties: {} })).toBe(true);
    expect(isObjectSchema({ if: { required: ['a'] } })).toBe(true);
    expect(isObjectSchema({ dependentSchemas: {} })).toBe(true);
    expect(isObjectSchema({})).toBe(false);
  });

  it('counts `oneOf` and `anyOf` as an object when one branch has properties', () => {
    const branches = [{ const: 'a' }, { properties: { b: {} } }];
    expect(isObjectSchema({ oneOf: branches })).toBe(true);
    expect(isObjectSchema({ anyOf: branches })).toBe(true);
    expect(isObjectSchema({ oneOf: [{ const: 'a' }, { const: 'b' }] })).toBe(false);
    expect(isObjectSchema({ anyOf: [{ minLength: 1 }, true] })).toBe(false);
  });
});

describe('isArraySchema', () => {
  it('follows a declared type, else `items`', () => {
    expect(isArraySchema({ type: ['array', 'null'] })).toBe(true);
    expect(isArraySchema({ type: 'object', items: {} })).toBe(false);
    expect(isArraySchema({ items: { type: 'string' } })).toBe(true);
    expect(isArraySchema({})).toBe(false);
  });
});
