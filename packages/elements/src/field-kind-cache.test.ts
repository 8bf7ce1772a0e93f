import { describe, expect, test } from 'vitest';
import { fieldKind } from './field-kind.js';

// fieldKind remembers the kind per schema view for the schema's own hints (every widget's `match`
// asks for it); hints passed from elsewhere must still decide, before and after the cached answer.
describe('fieldKind per schema view', () => {
  test('other hints decide for themselves; the cached kind stays the schema own', () => {
    const schema = { type: 'string' as const };
    expect(fieldKind(schema)).toBe('text');
    expect(fieldKind(schema, { widget: 'textarea' })).toBe('textarea');
    expect(fieldKind(schema)).toBe('text');
    expect(fieldKind(schema, {})).toBe('text');
  });

  test('a schema with its own x-efa hints: they count, an empty hints object does not reuse them', () => {
    const schema = { type: 'string' as const, 'x-efa': { widget: 'textarea' } };
    expect(fieldKind(schema)).toBe('textarea');
    expect(fieldKind(schema, schema['x-efa'])).toBe('textarea');
    expect(fieldKind(schema, {})).toBe('text');
    expect(fieldKind(schema)).toBe('textarea');
  });
});
