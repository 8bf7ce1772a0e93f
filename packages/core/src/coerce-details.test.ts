// coerce details: untyped option lists, integer-or-number. Each case once went wrong.
import { describe, expect, it } from 'vitest';
import { coerce, toIsoDate } from './coerce.js';

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

  it.each([
    ['+5', 5],
    ['-1,5', -1.5],
    ['+1,5', 1.5],
    ['12,5', 12.5],
    ['1,25', 1.25],
    ['12.5', 12.5],
    ['.25', 0.25],
    ['7.', 7],
    ['1e-3', 0.001],
    ['2.5e-10', 2.5e-10],
  ])('reads the number %j as %j', (text, value) => {
    expect(coerce({ type: 'number' }, text)).toEqual({ ok: true, value });
  });

  it.each(['0x10', '0b1', '1e999', '1,5,5', '1.5.5', 'e5', '1e'])('refuses %j as a number', (text) => {
    expect(coerce({ type: 'number' }, text)).toMatchObject({ ok: false, params: { type: 'number', text } });
  });

  it.each(['1.0', '1e3', '0x10', '١٢'])('refuses %j as an integer', (text) => {
    expect(coerce({ type: 'integer' }, text)).toMatchObject({ ok: false, params: { type: 'integer', text } });
  });

  it('reads every yes and no word, in any case', () => {
    for (const text of ['true', 'JA', 'yes', 'On', '1'])
      expect(coerce({ type: 'boolean' }, text), text).toEqual({ ok: true, value: true });
    for (const text of ['FALSE', 'nein', 'No', 'off', '0'])
      expect(coerce({ type: 'boolean' }, text), text).toEqual({ ok: true, value: false });
  });

  it('passes text through for schemas without a scalar type, and leaves dates alone outside date fields', () => {
    expect(coerce({ type: 'object' }, 'x')).toEqual({ ok: true, value: 'x' });
    expect(coerce({}, '1,5')).toEqual({ ok: true, value: '1,5' });
    expect(coerce(true, 'ja')).toEqual({ ok: true, value: 'ja' });
    expect(coerce({ type: 'string' }, '01.03.2024')).toEqual({ ok: true, value: '01.03.2024' });
    // Values of mixed kinds give no type to convert to.
    expect(coerce({ oneOf: [{ const: 1 }, { const: true }] }, 'ja')).toEqual({ ok: true, value: 'ja' });
    expect(coerce({ enum: ['a', 1] }, '1')).toEqual({ ok: true, value: '1' });
    expect(coerce({ enum: [true, false] }, 'ja')).toEqual({ ok: true, value: true });
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['1.3.2024', '2024-03-01'],
    ['01.12.2024', '2024-12-01'],
    ['31.01.2024', '2024-01-31'],
    ['01.01.0999', '0999-01-01'],
  ])('reads %j as %j', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each([
    'kein Datum',
    '2024-3-1',
    '2024-03-1',
    '24-03-01',
    'x2024-03-01',
    '2024-03-01T10:00',
    'x1.3.2024',
    '1.3.2024x',
    '01.13.2024',
    '01.00.2024',
    '00.01.2024',
    '32.01.2024',
    '30.02.2024',
    '2023-02-29',
  ])('refuses %j', (text) => {
    expect(toIsoDate(text)).toBeUndefined();
  });
});
