import { describe, expect, test } from 'vitest';
import { alternativesOf, type JsonSchemaObject } from '@efa-forms/core';
import { fieldKind, RADIO_LIMIT } from './field-kind.js';
import { fieldOptions as optionsOf, optionIndex } from './internal/display-value.js';
import { de } from './locales/de.js';

const options = (count: number) =>
  Array.from({ length: count }, (_unused, index) => ({ const: index, title: `O${index}` }));

describe('fieldKind: every schema gets exactly one built-in kind', () => {
  const table: [string, JsonSchemaObject, string][] = [
    ['plain string', { type: 'string' }, 'text'],
    ['nullable string', { type: ['string', 'null'] }, 'text'],
    ['no type at all', {}, 'text'],
    ['long text', { type: 'string', maxLength: 2000 }, 'textarea'],
    ['textarea hint', { type: 'string', 'x-efa': { widget: 'textarea' } }, 'textarea'],
    ['email', { type: 'string', format: 'email' }, 'email'],
    ['uri', { type: 'string', format: 'uri' }, 'url'],
    ['tel by autocomplete', { type: 'string', 'x-efa': { autocomplete: 'work tel' } }, 'tel'],
    ['integer', { type: 'integer' }, 'integer'],
    ['nullable number', { type: ['number', 'null'] }, 'number'],
    ['date', { type: 'string', format: 'date' }, 'date'],
    ['date-time', { type: 'string', format: 'date-time' }, 'date-time'],
    ['time', { type: 'string', format: 'time' }, 'time'],
    ['short enum', { type: 'string', enum: ['a', 'b'] }, 'radio'],
    ['oneOf const, at the radio limit', { type: 'integer', oneOf: options(RADIO_LIMIT) }, 'radio'],
    ['oneOf const, beyond the limit', { oneOf: options(RADIO_LIMIT + 1) }, 'select'],
    ['anyOf const', { anyOf: options(3) }, 'radio'],
    ['select hint on a short enum', { enum: ['a', 'b'], 'x-efa': { widget: 'select' } }, 'select'],
    ['radio hint on free text is ignored', { type: 'string', 'x-efa': { widget: 'radio' } }, 'text'],
    ['boolean', { type: 'boolean' }, 'checkbox'],
    ['consent', { type: 'boolean', const: true }, 'checkbox'],
    ['lone const', { const: 'x' }, 'checkbox'],
    ['multi-select', { type: 'array', items: { enum: ['a', 'b'] } }, 'checkboxes'],
    ['list of objects', { type: 'array', items: { type: 'object', properties: {} } }, 'array'],
    ['list without type', { items: { type: 'string' } }, 'array'],
    ['tuple', { type: 'array', items: [{ type: 'string' }] as unknown as JsonSchemaObject }, 'json'],
    ['prefixItems', { type: 'array', prefixItems: [{ type: 'string' }] }, 'json'],
    ['object', { type: 'object', properties: { a: { type: 'string' } } }, 'object'],
    ['object without type', { properties: { a: { type: 'string' } } }, 'object'],
    ['map', { type: 'object', additionalProperties: { type: 'integer' } }, 'json'],
    ['alternatives', { oneOf: [{ $ref: '#/$defs/a' }, { $ref: '#/$defs/b' }] }, 'choice'],
    [
      'object with conditional oneOf is an object',
      { type: 'object', properties: { a: {} }, oneOf: [{ required: ['a'] }, { required: ['b'] }] },
      'object',
    ],
    ['mixed union', { type: ['object', 'array'] }, 'json'],
    ['file', { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/pdf' }, 'file'],
    ['read-only', { type: 'string', readOnly: true }, 'readonly'],
    ['read-only object stays a group', { type: 'object', readOnly: true, properties: {} }, 'object'],
  ];
  test.each(table)('%s', (_name, schema, kind) => {
    expect(fieldKind(schema)).toBe(kind);
  });
});

describe('options', () => {
  test('from enum, oneOf/anyOf const with titles, or a lone const', () => {
    expect(optionsOf({ enum: ['a', 1, null] }, de)?.map((option) => option.label)).toEqual([
      'a',
      '1',
      'null',
    ]);
    expect(optionsOf({ oneOf: [{ const: 'x', title: 'Ix', description: 'd' }] }, de)).toEqual([
      { value: 'x', label: 'Ix', description: 'd' },
    ]);
    expect(optionsOf({ const: true, title: 'Ja bitte' }, de)).toEqual([{ value: true, label: 'Ja bitte' }]);
    expect(optionsOf({ type: 'string' }, de)).toBeUndefined();
  });
  test('object constants compare by value', () => {
    const list = optionsOf({ enum: [{ a: 1 }, [1, 2]] }, de) ?? [];
    expect(optionIndex(list, { a: 1 })).toBe(0);
    expect(optionIndex(list, [1, 2])).toBe(1);
    expect(optionIndex(list, undefined)).toBe(-1);
  });
  test('alternatives are not options and not plain conditions', () => {
    expect(alternativesOf({ oneOf: options(2) })).toBeUndefined();
    expect(alternativesOf({ anyOf: [{ if: {}, then: {} }, { required: ['a'] }] })).toBeUndefined();
    expect(alternativesOf({ anyOf: [{ type: 'string' }, { type: 'number' }] })).toHaveLength(2);
  });
});
