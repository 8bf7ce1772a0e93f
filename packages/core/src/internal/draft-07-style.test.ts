import { describe, expect, it } from 'vitest';
import { looksLikeDraft07 } from './draft-07-style.js';

describe('looksLikeDraft07', () => {
  it('each draft-07 sign alone is enough: array-form items, additionalItems, dependencies, definitions', () => {
    const signs = [
      { items: [{ type: 'string' }] },
      { additionalItems: { type: 'string' } },
      { additionalItems: false },
      { dependencies: { kreditkarte: ['rechnungsanschrift'] } },
      { definitions: { name: { type: 'string' } } },
      { properties: { liste: { type: 'array', items: [true], additionalItems: false } } },
    ];
    expect(signs.map((schema) => looksLikeDraft07(schema))).toEqual([true, true, true, true, true, true]);
  });

  it('a keyword that says nothing (additionalItems: true) or no draft-07 keyword at all is no sign', () => {
    const schemas = [
      { additionalItems: true },
      { type: 'object', properties: { name: { type: 'string' } } },
      { items: { type: 'string' } },
    ];
    expect(schemas.map((schema) => looksLikeDraft07(schema))).toEqual([false, false, false]);
  });

  it('a keyword only 2019-09/2020-12 has settles it the other way, wherever it is', () => {
    const schemas = [
      { definitions: { name: { type: 'string' } }, $defs: { ort: { type: 'string' } } },
      { items: [{ type: 'string' }], properties: { p: { type: 'array', prefixItems: [true] } } },
      { properties: { p: { $anchor: 'p' } }, dependencies: { p: ['q'] } },
    ];
    expect(schemas.map((schema) => looksLikeDraft07(schema))).toEqual([false, false, false]);
  });
});
