import { describe, expect, it } from 'vitest';
import { resolveRef } from './resolve-schema.js';
import { localRefTargets, walkSchema } from './walk-schema.js';

describe('walkSchema', () => {
  it('visits every subschema of every keyword, in schema order, with its pointer', () => {
    const leaf = () => ({ type: 'string' });
    const schema = {
      items: leaf(),
      additionalItems: leaf(),
      additionalProperties: leaf(),
      unevaluatedItems: leaf(),
      unevaluatedProperties: leaf(),
      contains: leaf(),
      propertyNames: leaf(),
      not: leaf(),
      if: leaf(),
      then: leaf(),
      else: leaf(),
      allOf: [leaf()],
      anyOf: [leaf()],
      oneOf: [leaf(), true],
      prefixItems: [leaf()],
      properties: { 'a/b': leaf() },
      patternProperties: { '^x': leaf() },
      $defs: { d: leaf() },
      definitions: { e: leaf() },
      dependentSchemas: { f: leaf() },
      dependencies: { g: leaf(), h: ['f'] },
    };
    const visited: string[] = [];
    walkSchema(schema, (_node, pointer) => visited.push(pointer), '#');
    expect(visited).toEqual([
      '#',
      '#/items',
      '#/additionalItems',
      '#/additionalProperties',
      '#/unevaluatedItems',
      '#/unevaluatedProperties',
      '#/contains',
      '#/propertyNames',
      '#/not',
      '#/if',
      '#/then',
      '#/else',
      '#/allOf/0',
      '#/anyOf/0',
      '#/oneOf/0',
      '#/prefixItems/0',
      '#/properties/a~1b',
      '#/patternProperties/^x',
      '#/$defs/d',
      '#/definitions/e',
      '#/dependentSchemas/f',
      '#/dependencies/g',
    ]);
  });

  it('walks draft-07 tuple `items` and nested schemas depth first', () => {
    const visited: string[] = [];
    walkSchema({ items: [{ properties: { a: { not: {} } } }, { type: 'string' }] }, (_node, pointer) =>
      visited.push(pointer),
    );
    expect(visited).toEqual([
      '',
      '/items/0',
      '/items/0/properties/a',
      '/items/0/properties/a/not',
      '/items/1',
    ]);
  });
});

describe('localRefTargets', () => {
  it('follows local $refs through the nodes they reach, across cycles, and skips what is no pointer', () => {
    const schema = {
      properties: { a: { $ref: '#/x-parts/person' }, b: { $ref: '#' }, c: { $ref: 'other.json#/x' } },
      'x-parts': {
        person: {
          properties: { land: { $ref: '#/components/land%20neu' }, selbst: { $ref: '#/x-parts/person' } },
        },
      },
      components: { 'land neu': { $ref: '#/%E0%A4%A' } },
    };
    expect([...localRefTargets(schema)].sort()).toEqual(['/components/land neu', '/x-parts/person']);
  });

  it('reads a $ref as resolveRef does: an encoded slash is a pointer, an anchor is none', () => {
    const schema = {
      properties: { a: { $ref: '#%2Fx-teile%2Fperson' }, b: { $ref: '#anschrift' } },
      'x-teile': { person: { type: 'object' } },
      $defs: { anschrift: { $anchor: 'anschrift', type: 'object' } },
    };
    expect([...localRefTargets(schema)]).toEqual(['/x-teile/person']);
    const holder = { schema };
    expect(resolveRef(holder, '#%2Fx-teile%2Fperson')).toBe(schema['x-teile'].person);
    expect(resolveRef(holder, '#anschrift')).toBe(schema.$defs.anschrift);
  });
});
