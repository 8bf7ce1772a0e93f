// coerce details: untyped option lists, integer-or-number. Each case once went wrong.
import { describe, expect, it } from 'vitest';
import { coerce } from './coerce.js';

describe('coerce details', () => {
  it('coerces untyped numeric option lists and integer-or-number', () => {
    expect(
      coerce(
        {
          oneOf: [
            { const: 1, title: 'Eins' },
            { const: 2, title: 'Zwei' },
          ],
        },
        '1',
      ),
    ).toEqual({ ok: true, value: 1 });
    expect(coerce({ type: ['integer', 'number'] }, '1,5')).toEqual({ ok: true, value: 1.5 });
    const result = coerce({ type: 'number' }, 'x');
    expect(result.ok ? '' : result.message).toBe('„Ihre Angaben“ muss eine Zahl sein.');
  });
});
