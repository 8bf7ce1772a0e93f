import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../definition.js';
import { lintDefinition } from '../lint-definition.js';

const lint = (schema: JsonSchemaObject) =>
  lintDefinition({ id: 'zeitraum', version: '1.0.0', title: 'Zeitraum', schema });

const period = (reference: unknown, extra: JsonSchemaObject = {}): JsonSchemaObject => ({
  type: 'object',
  properties: {
    zeitraum: {
      title: 'Zeitraum',
      type: 'object',
      properties: {
        von: { title: 'Von', type: 'string', format: 'date' },
        bis: { title: 'Bis', type: 'string', format: 'date', formatMinimum: { $data: reference } },
      },
      ...extra,
    },
    liste: {
      title: 'Termine',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          tag: { title: 'Tag', type: 'string', format: 'date', formatMinimum: { $data: '3/zeitraum/von' } },
        },
      },
    },
  },
});

describe('lint: $data references name a field', () => {
  it('accepts a sibling, a field two levels up through an array, an absolute pointer and a branch field', () => {
    expect(lint(period('1/von'))).toEqual([]);
    expect(lint(period('/zeitraum/von'))).toEqual([]);
    const branch = period('1/beginn', {
      if: { properties: { von: { const: '2025-01-01' } }, required: ['von'] },
      then: { properties: { beginn: { title: 'Beginn', type: 'string', format: 'date' } } },
    });
    expect(lint(branch)).toEqual([]);
  });

  it('names a misspelt field and a malformed pointer; ajv refuses a pointer above the data', () => {
    const at = '/schema/properties/zeitraum/properties/bis/formatMinimum/$data';
    expect(lint(period('1/vn'))).toEqual([
      {
        pointer: at,
        code: 'data-ref-unresolved',
        message: '"1/vn" names no field: "its object" has no property "vn" (it has: von, bis).',
      },
    ]);
    expect(lint(period('3/von'))[0]?.message).toMatch(/does not compile: Cannot access data 3 levels up/);
    // What is no pointer at all, or goes above the data, ajv itself refuses to compile.
    expect(lint(period('von'))[0]?.message).toMatch(/does not compile: .*von/);
    expect(lint(period('/zeitraum/vn'))[0]?.message).toBe(
      '"/zeitraum/vn" names no field: "/zeitraum" has no property "vn" (it has: von, bis).',
    );
  });
});
