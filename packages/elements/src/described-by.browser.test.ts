import { describe, expect, test } from 'vitest';
import { describedBy } from './described-by.js';
import { fieldId, fieldIds } from './internal/ids.js';

describe('describedBy', () => {
  test('orders hint, error, counter, extras', () => {
    expect(describedBy({ hint: 'h', error: 'e', counter: 'c', extra: ['x'] })).toBe('h e c x');
  });
  test('leaves out missing and repeated ids', () => {
    expect(describedBy({ hint: undefined, error: 'e', extra: [undefined, 'e', ''] })).toBe('e');
  });
  test('is undefined when nothing describes the control', () => {
    expect(describedBy({})).toBeUndefined();
    expect(describedBy({ hint: '', extra: [] })).toBeUndefined();
  });
});

describe('field ids', () => {
  test('are unique per pointer and contain no spaces or selector characters', () => {
    const pointers = ['/a', '/a~1b', '/a/b', '/property[0]', '/15', '/dashed-key/15', '/a b', '/"x"', '/ä'];
    const ids = pointers.map((pointer) => fieldId(pointer));
    expect(new Set(ids).size).toBe(pointers.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
    const parts = fieldIds('/a b');
    expect(parts.control).toBe(fieldId('/a b'));
    expect(new Set(Object.values(parts)).size).toBe(4);
    for (const id of Object.values(parts)) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
  });
});
