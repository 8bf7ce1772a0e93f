import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../definition.js';
import { lintDefinition } from '../lint-definition.js';
import { checkDataReferences } from './data-references.js';

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

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const date = { type: 'string', format: 'date' } as const;

const check = (schema: JsonSchemaObject) =>
  checkDataReferences({ id: 'zeitraum', version: '1.0.0', title: 'Zeitraum', schema });

const unresolved = (pointer: string, message: string) => ({
  pointer: `/schema${pointer}/formatMinimum/$data`,
  code: 'data-ref-unresolved',
  message,
});

/** An object whose `bis` must not be before the field `reference` names. */
const range = (reference: unknown): JsonSchemaObject => ({
  type: 'object',
  properties: { von: date, bis: { ...date, formatMinimum: { $data: reference } } },
});

describe('checkDataReferences: relative pointers', () => {
  it('a relative pointer from a top-level field starts at the root object', () => {
    expect(check(range('1/von'))).toEqual([]);
    expect(check(range('1/vn'))).toEqual([
      unresolved(
        '/properties/bis',
        '"1/vn" names no field: "its object" has no property "vn" (it has: von, bis).',
      ),
    ]);
  });

  it('follows every step of a relative pointer down through the properties', () => {
    const schema = (reference: string): JsonSchemaObject => ({
      type: 'object',
      properties: { zeitraum: range(reference) },
    });
    expect(check(schema('2/zeitraum/von'))).toEqual([]);
    expect(check(schema('2/zeitraum/vn'))).toEqual([
      unresolved(
        '/properties/zeitraum/properties/bis',
        '"2/zeitraum/vn" names no field: "/zeitraum" has no property "vn" (it has: von, bis).',
      ),
    ]);
  });

  it('reads ~0 and ~1 in a relative pointer and in the names on the way to the field', () => {
    const schema = (reference: string): JsonSchemaObject => ({
      type: 'object',
      properties: {
        'von/bis~': {
          type: 'object',
          properties: { 'beginn~/': date, ende: { ...date, formatMinimum: { $data: reference } } },
        },
      },
    });
    const at = '/properties/von~1bis~0/properties/ende';
    expect(check(schema('1/beginn~0~1'))).toEqual([]);
    expect(check(schema('1/beginn~1~0'))).toEqual([
      unresolved(
        at,
        '"1/beginn~1~0" names no field: "its object" has no property "beginn/~" (it has: beginn~/, ende).',
      ),
    ]);
  });

  it('leaves to ajv what is no JSON Pointer to a value or goes above the data; `""` (the whole data) always exists', () => {
    for (const reference of ['x1/vn', '01/vn', '1/vn~2', '1/vn~', '1#', '2/von', 1, ''])
      expect(check(range(reference))).toEqual([]);
  });

  it('does not check a relative pointer inside $defs or definitions: the place of use decides', () => {
    expect(
      check({
        type: 'object',
        properties: { zeitraum: { $ref: '#/$defs/zeitraum' } },
        $defs: { zeitraum: range('1/vn') },
      }),
    ).toEqual([]);
    expect(
      check({
        $schema: DRAFT_07,
        type: 'object',
        properties: { zeitraum: { $ref: '#/definitions/zeitraum' } },
        definitions: { zeitraum: range('1/vn') },
      }),
    ).toEqual([]);
  });
});

describe('checkDataReferences: each keyword that describes a deeper level of the data', () => {
  // The container of `range` under `keyword`, and the pointer of its `bis`.
  const cases: [string, (inner: JsonSchemaObject) => JsonSchemaObject, string][] = [
    ['items', (inner) => ({ type: 'array', items: inner }), '/items'],
    ['prefixItems', (inner) => ({ type: 'array', prefixItems: [date, inner] }), '/prefixItems/1'],
    ['contains', (inner) => ({ type: 'array', contains: inner }), '/contains'],
    [
      'additionalProperties',
      (inner) => ({ type: 'object', properties: { name: date }, additionalProperties: inner }),
      '/additionalProperties',
    ],
    [
      'unevaluatedProperties',
      (inner) => ({ type: 'object', properties: { name: date }, unevaluatedProperties: inner }),
      '/unevaluatedProperties',
    ],
    [
      'unevaluatedItems',
      (inner) => ({ type: 'array', prefixItems: [date], unevaluatedItems: inner }),
      '/unevaluatedItems',
    ],
    [
      'patternProperties',
      (inner) => ({ type: 'object', properties: { name: date }, patternProperties: { '^z': inner } }),
      '/patternProperties/^z',
    ],
  ];
  for (const [keyword, container, inside] of cases) {
    it(`a relative pointer inside ${keyword} starts at the level ${keyword} describes`, () => {
      const schema = (reference: string): JsonSchemaObject => ({
        type: 'object',
        properties: { liste: container(range(reference)) },
      });
      expect(check(schema('1/von'))).toEqual([]);
      expect(check(schema('1/vn'))).toEqual([
        unresolved(
          `/properties/liste${inside}/properties/bis`,
          '"1/vn" names no field: "its object" has no property "vn" (it has: von, bis).',
        ),
      ]);
    });
  }

  it('a relative pointer inside a draft-07 tuple (items as a list) or additionalItems starts at the item', () => {
    const schema = (reference: string): JsonSchemaObject => ({
      $schema: DRAFT_07,
      type: 'object',
      properties: {
        paar: {
          type: 'array',
          items: [date, range(reference), date, date, date, date, date, date, date, date, range(reference)],
          additionalItems: range(reference),
        },
      },
    });
    expect(check(schema('1/von'))).toEqual([]);
    const message = '"1/vn" names no field: "its object" has no property "vn" (it has: von, bis).';
    expect(check(schema('1/vn'))).toEqual([
      unresolved('/properties/paar/additionalItems/properties/bis', message),
      unresolved('/properties/paar/items/1/properties/bis', message),
      unresolved('/properties/paar/items/10/properties/bis', message),
    ]);
  });

  it('an item counts as one level: a sibling inside an item and the root three levels up', () => {
    const schema = (sibling: string, root: string): JsonSchemaObject => ({
      type: 'object',
      properties: {
        beginn: date,
        termine: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              tag: { ...date, formatMinimum: { $data: root } },
              ende: { ...date, formatMinimum: { $data: sibling } },
            },
          },
        },
      },
    });
    expect(check(schema('1/tag', '3/beginn'))).toEqual([]);
    const at = '/properties/termine/items/properties';
    expect(check(schema('1/tg', '3/begin'))).toEqual([
      unresolved(
        `${at}/tag`,
        '"3/begin" names no field: "its object" has no property "begin" (it has: beginn, termine).',
      ),
      unresolved(
        `${at}/ende`,
        '"1/tg" names no field: "its object" has no property "tg" (it has: tag, ende).',
      ),
    ]);
  });
  it('a relative pointer inside allOf, a condition or a branch starts at the level of the object', () => {
    const bis = (reference: string): JsonSchemaObject => ({
      properties: { bis: { ...date, formatMinimum: { $data: reference } } },
    });
    const schema = (reference: string): JsonSchemaObject => ({
      type: 'object',
      properties: { von: date, bis: date },
      allOf: [bis(reference)],
      if: bis(reference),
      then: bis(reference),
      else: bis(reference),
      oneOf: [bis(reference), {}],
      not: bis(reference),
    });
    expect(check(schema('1/von'))).toEqual([]);
    const message = '"1/vn" names no field: "its object" has no property "vn" (it has: von, bis).';
    expect(check(schema('1/vn'))).toEqual(
      ['/not', '/if', '/then', '/else', '/allOf/0', '/oneOf/0'].map((at) =>
        unresolved(`${at}/properties/bis`, message),
      ),
    );
  });
  it('a property named like a keyword in dependentSchemas or dependencies is no level of the data', () => {
    for (const [dialect, keyword] of [
      [undefined, 'dependentSchemas'],
      [DRAFT_07, 'dependencies'],
    ] as const) {
      const schema = (reference: string): JsonSchemaObject => ({
        ...(dialect ? { $schema: dialect } : {}),
        type: 'object',
        properties: { von: date, items: { type: 'string' }, contains: { type: 'string' } },
        [keyword]: {
          items: { properties: { bis: { ...date, formatMinimum: { $data: reference } } } },
          contains: { properties: { ende: { ...date, formatMinimum: { $data: reference } } } },
        },
      });
      expect(check(schema('1/von'))).toEqual([]);
      expect(check(schema('1/vn'))).toEqual([
        unresolved(
          `/${keyword}/items/properties/bis`,
          '"1/vn" names no field: "its object" has no property "vn" (it has: von, items, contains, bis, ende).',
        ),
        unresolved(
          `/${keyword}/contains/properties/ende`,
          '"1/vn" names no field: "its object" has no property "vn" (it has: von, items, contains, bis, ende).',
        ),
      ]);
    }
  });

  it('checks a $data object with other keys too: ajv reads it as a reference all the same', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: { von: date, bis: { const: { $data: '1/vn', note: 'wie von' } } },
    };
    expect(check(schema)).toEqual([
      {
        pointer: '/schema/properties/bis/const/$data',
        code: 'data-ref-unresolved',
        message: '"1/vn" names no field: "its object" has no property "vn" (it has: von, bis).',
      },
    ]);
  });

  it('skips a property named $data: only a string is a pointer', () => {
    expect(
      check({ type: 'object', properties: { $data: date, bis: { ...date, formatMinimum: { $data: 7 } } } }),
    ).toEqual([]);
  });
});

describe('checkDataReferences: absolute pointers', () => {
  const schema = (reference: string): JsonSchemaObject => ({
    type: 'object',
    properties: {
      termine: { type: 'array', items: { type: 'object', properties: { tag: date } } },
      frist: { ...date, formatMinimum: { $data: reference } },
    },
  });

  it('steps into an array by an index without leading zeros', () => {
    for (const reference of ['/termine/0/tag', '/termine/1/tag', '/termine/10/tag', '/termine/29/tag'])
      expect(check(schema(reference))).toEqual([]);
  });

  it('names the step that is no index of an array', () => {
    for (const token of ['x0', '0x', '01', 'tag'])
      expect(check(schema(`/termine/${token}/tag`))).toEqual([
        unresolved(
          '/properties/frist',
          `"/termine/${token}/tag" names no field: "/termine" has no property "${token}" (it has: none).`,
        ),
      ]);
  });

  it('names the whole path walked before the missing property', () => {
    expect(check(schema('/termine/0/tag/x'))).toEqual([
      unresolved(
        '/properties/frist',
        '"/termine/0/tag/x" names no field: "/termine/0/tag" has no property "x" (it has: none).',
      ),
    ]);
  });
});
