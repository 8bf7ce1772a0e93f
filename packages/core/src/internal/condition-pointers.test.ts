import { describe, expect, it } from 'vitest';
import { conditionPointers } from './condition-pointers.js';

describe('conditionPointers', () => {
  it('lists each `if` and each `oneOf`/`anyOf` branch object, sorted', () => {
    const schema = {
      properties: {
        b: { if: { required: ['x'] }, then: {} },
        c: { oneOf: [true, { required: ['y'] }], anyOf: [{ required: ['z'] }, false] },
      },
      $defs: { a: { if: { required: ['x'] }, else: {} } },
    };
    expect(conditionPointers(schema)).toEqual([
      '/$defs/a/if',
      '/properties/b/if',
      '/properties/c/anyOf/0',
      '/properties/c/oneOf/1',
    ]);
  });

  it('follows local references, also escaped ones and those back to the root, each place once', () => {
    const schema = {
      properties: {
        self: { $ref: '#' },
        again: { $ref: '#/x-parts/a%20b' },
        twice: { $ref: '#/x-parts/a%20b' },
      },
      'x-parts': { 'a b': { if: { required: ['x'] }, then: { $ref: '#/x-parts/a%20b' } } },
    };
    expect(conditionPointers(schema)).toEqual(['/x-parts/a b/if']);
  });

  it('does not follow references to other documents, anchors or no place', () => {
    const schema = {
      properties: {
        remote: { $ref: 'https://example.org/person.json#/if' },
        anchor: { $ref: '#person' },
        broken: { $ref: '#/%E0%A4%A' },
        missing: { $ref: '#/nowhere/at/all' },
      },
    };
    expect(conditionPointers(schema)).toEqual([]);
  });
});
