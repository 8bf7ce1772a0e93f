/**
 * Test support: random data schemas (nesting, arrays, code lists, conditions, every leaf kind) with an
 * arbitrary of valid data for each, for property tests of the XML mapping.
 */
import fc from 'fast-check';
import { isDin91379A, isDin91379B, isDin91379C, type JsonSchemaObject } from '@efa-forms/core';

/** The structure a schema is built from; each kind knows its schema and its data. */
export type Shape =
  | { kind: 'string'; min: number; max: number }
  | { kind: 'din'; type: 'a' | 'b' | 'c'; max: number }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'dateTime' }
  | { kind: 'base64' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'code'; values: string[]; list: string }
  | { kind: 'object'; properties: Property[]; condition?: { flag: string; then: Property[] } }
  | { kind: 'array'; items: Shape; min: number; max: number };

export interface Property {
  name: string;
  element?: string;
  shape: Shape;
  required: boolean;
}

/** Patterns with generators (fast-check's `stringMatching`); some of them need widening in XSD. */
const PATTERNS = [
  '^[0-9]{5}$',
  '^[A-Z]{2}[0-9]{2}( ?[0-9]{4}){4}$',
  '^\\+?[0-9 ()/-]{3,20}$',
  '^[a-z]+(-[a-z]+)*$',
  '^\\S+@\\S+$',
  '^.{1,5}$',
  'ab',
  '^(?:x|yz)+$',
];

/** Characters of every kind: markup, whitespace, emoji, right-to-left marks, combining marks, any plane. */
const anyChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'abcXYZ09 äöüß'.split('')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      ']]>',
      '&amp;',
      '<![CDATA[',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '  ',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '😀',
      '👩‍👩‍👧',
      '\u200f',
      '\u202e',
      'א',
      'ع',
      'e\u0301',
      '\u0308',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u0085',
      '𝔘',
      '\u{10FFFD}',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0x20, max: 0x10ffff })
      .filter((code) => (code < 0xd800 || code > 0xdfff) && code !== 0xfffe && code !== 0xffff)
      .map((code) => String.fromCodePoint(code)),
  },
);

const din = {
  a: { chars: "abcXYZ äöüß-.'´ễł".split(''), check: isDin91379A },
  b: { chars: 'abcXYZ09 äöüß-.\'&<>"/;:@€]'.split('').concat([']]>']), check: isDin91379B },
  c: { chars: 'abcXYZ09 äöüß&<>"\'€]'.split('').concat(['\n', '\t', '\r\n', ']]>']), check: isDin91379C },
};

/** Code points, as JSON Schema counts string length. */
function text(chars: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> {
  return fc
    .array(chars, { minLength: min, maxLength: max })
    .map((parts) => [...parts.join('')].slice(0, max).join(''))
    .filter((value) => [...value].length >= min);
}

const name = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/);

const leafShape: fc.Arbitrary<Shape> = fc.oneof(
  fc
    .integer({ min: 1, max: 3 })
    .chain((min) => fc.integer({ min, max: 40 }).map((max): Shape => ({ kind: 'string', min, max }))),
  fc.record({
    kind: fc.constant('din' as const),
    type: fc.constantFrom('a' as const, 'b' as const, 'c' as const),
    max: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({ kind: fc.constant('pattern' as const), pattern: fc.constantFrom(...PATTERNS) }),
  fc
    .integer({ min: -1000, max: 1000 })
    .chain((min) =>
      fc.integer({ min, max: min + 5000 }).map((max): Shape => ({ kind: 'integer', min, max })),
    ),
  fc.constant<Shape>({ kind: 'number' }),
  fc.constant<Shape>({ kind: 'boolean' }),
  fc.constant<Shape>({ kind: 'date' }),
  fc.constant<Shape>({ kind: 'dateTime' }),
  fc.constant<Shape>({ kind: 'base64' }),
  fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 5 })
    .map((values): Shape => ({ kind: 'enum', values })),
  fc
    .tuple(
      fc.uniqueArray(fc.stringMatching(/^[A-Z0-9]{1,4}$/), { minLength: 1, maxLength: 6 }),
      fc.stringMatching(/^[a-z]{3,10}$/),
    )
    .map(([values, list]): Shape => ({ kind: 'code', values, list })),
);

function properties(shape: fc.Arbitrary<Shape>, max: number): fc.Arbitrary<Property[]> {
  return fc
    .uniqueArray(
      fc.record({
        name,
        element: fc.option(fc.stringMatching(/^[a-z][a-z0-9.]{0,6}$/), { nil: undefined, freq: 5 }),
        shape,
        required: fc.boolean(),
      }),
      { minLength: 1, maxLength: max, selector: (property) => property.name },
    )
    .filter((list) => new Set(list.map((property) => property.element ?? property.name)).size === list.length)
    .map((list) => list.map(({ element, ...rest }) => (element === undefined ? rest : { ...rest, element })));
}

/** A shape of `depth` levels of objects and arrays at most. */
export function shapeArbitrary(depth: number): fc.Arbitrary<Shape> {
  if (depth === 0) return leafShape;
  const inner = shapeArbitrary(depth - 1);
  const object = fc
    .tuple(properties(inner, 5), fc.option(fc.tuple(name, properties(leafShape, 3)), { nil: undefined }))
    .map(([props, condition]): Shape => {
      if (!condition) return { kind: 'object', properties: props };
      const [flag, then] = condition;
      const names = new Set(props.map((property) => property.element ?? property.name));
      const free = then.filter(
        (property) =>
          !names.has(property.element ?? property.name) &&
          property.name !== flag &&
          // The flag is an element of its own: a then-field renamed to it would clash (toXml refuses that).
          property.element !== flag &&
          !props.some((p) => p.name === property.name),
      );
      if (props.some((property) => property.name === flag || property.element === flag) || free.length === 0)
        return { kind: 'object', properties: props };
      return {
        kind: 'object',
        properties: [...props, { name: flag, shape: { kind: 'boolean' }, required: true }],
        condition: { flag, then: free },
      };
    });
  const array = fc
    .tuple(fc.oneof(leafShape, inner), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 4 }))
    .map(([items, min, extra]): Shape => ({ kind: 'array', items, min, max: min + extra }));
  return fc.oneof(
    { weight: 3, arbitrary: leafShape },
    { weight: 2, arbitrary: object },
    { weight: 1, arbitrary: array },
  );
}

/** The root of a data schema: an object with a few properties. */
export const rootShape: fc.Arbitrary<Shape & { kind: 'object' }> = properties(shapeArbitrary(2), 6).map(
  (props) => ({ kind: 'object', properties: props }),
);

/** The JSON Schema of a shape. */
export function schemaOf(shape: Shape, title = 'Feld'): JsonSchemaObject {
  switch (shape.kind) {
    case 'string':
      return { type: 'string', title, minLength: shape.min, maxLength: shape.max };
    case 'din':
      return { type: 'string', title, format: `din-91379-${shape.type}`, minLength: 1, maxLength: shape.max };
    case 'pattern':
      return { type: 'string', title, pattern: shape.pattern };
    case 'integer':
      return { type: 'integer', title, minimum: shape.min, maximum: shape.max };
    case 'number':
      return { type: 'number', title };
    case 'boolean':
      return { type: 'boolean', title };
    case 'date':
      return { type: 'string', title, format: 'date' };
    case 'dateTime':
      return { type: 'string', title, format: 'date-time' };
    case 'base64':
      return { type: 'string', title, contentEncoding: 'base64' };
    case 'enum':
      return {
        type: 'string',
        title,
        oneOf: shape.values.map((value) => ({ const: value, title: `Wert ${value}` })),
      };
    case 'code':
      return {
        type: 'string',
        title,
        'x-xoev': { codeList: { listURI: `urn:efa-forms:test:codeliste:${shape.list}`, listVersionID: '1' } },
        oneOf: shape.values.map((value) => ({ const: value, title: `Code ${value} <&>` })),
      };
    case 'object': {
      const schema: JsonSchemaObject = {
        type: 'object',
        title,
        properties: Object.fromEntries(
          shape.properties.map((property) => [property.name, propertySchema(property)]),
        ),
        required: shape.properties.filter((property) => property.required).map((property) => property.name),
        additionalProperties: false,
      };
      if (shape.condition) {
        delete schema.additionalProperties;
        schema.unevaluatedProperties = false;
        schema.if = {
          properties: { [shape.condition.flag]: { const: true } },
          required: [shape.condition.flag],
        };
        schema.then = {
          properties: Object.fromEntries(
            shape.condition.then.map((property) => [property.name, propertySchema(property)]),
          ),
          required: shape.condition.then
            .filter((property) => property.required)
            .map((property) => property.name),
        };
      }
      return schema;
    }
    case 'array':
      return {
        type: 'array',
        title,
        minItems: shape.min,
        maxItems: shape.max,
        items: schemaOf(shape.items, 'Eintrag'),
      };
  }
}

function propertySchema(property: Property): JsonSchemaObject {
  const schema = schemaOf(property.shape, `Feld ${property.name}`);
  return property.element
    ? { ...schema, 'x-xoev': { ...(schema['x-xoev'] as object | undefined), element: property.element } }
    : schema;
}

/** Valid data for a shape (before pruning: may hold empty optional values that prune removes). */
export function dataOf(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.kind) {
    case 'string':
      return text(anyChar, shape.min, shape.max);
    case 'din':
      return text(fc.constantFrom(...din[shape.type].chars), 1, shape.max).filter((value) =>
        din[shape.type].check(value),
      );
    case 'pattern': {
      const regex = new RegExp(shape.pattern, 'u');
      // Replace what XML cannot carry; keep only what still matches.
      return fc
        .stringMatching(regex)
        .map((value) => value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, 'x'))
        .filter((value) => regex.test(value));
    }
    case 'integer':
      return fc.integer({ min: shape.min, max: shape.max });
    case 'number':
      // Decimals as forms have them. libxml2 checks xs:decimal with at most 24 digits, so values like
      // 1e-30 (valid xs:decimal, 31 digits) are kept out of what xmllint must accept.
      return fc
        .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
        .map(([digits, scale]) => digits / 10 ** scale);
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc
        .date({
          min: new Date('0001-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString().slice(0, 10));
    case 'dateTime':
      return fc
        .tuple(
          fc.date({
            min: new Date('1900-01-01T00:00:00Z'),
            max: new Date('2100-01-01T00:00:00Z'),
            noInvalidDate: true,
          }),
          fc.constantFrom('Z', '+01:00', '-05:30', '+14:00'),
          fc.boolean(),
        )
        .map(([date, zone, millis]) => date.toISOString().slice(0, millis ? 23 : 19) + zone);
    case 'base64':
      return fc
        .uint8Array({ minLength: 1, maxLength: 40 })
        .map((bytes) => btoa(String.fromCharCode(...bytes)));
    case 'enum':
    case 'code':
      return fc.constantFrom(...shape.values);
    case 'object': {
      const record = (list: Property[]) =>
        fc.record(Object.fromEntries(list.map((property) => [property.name, dataOf(property.shape)])), {
          requiredKeys: list.filter((property) => property.required).map((property) => property.name),
        });
      const base = record(shape.properties);
      const condition = shape.condition;
      if (!condition) return base;
      return base.chain((value) =>
        (value as Record<string, unknown>)[condition.flag] === true
          ? record(condition.then).map((extra) => ({ ...value, ...extra }))
          : fc.constant(value),
      );
    }
    case 'array':
      // Items of arrays are never empty strings: prune drops those, and the item count would change.
      return fc.array(
        dataOf(shape.items).filter((item) => item !== ''),
        { minLength: shape.min, maxLength: shape.max },
      );
  }
}
