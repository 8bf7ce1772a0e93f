import { describe, expect, it } from 'vitest';
import { coerce, toIsoDate } from './coerce.js';
// English as the full @efa-forms/core loads it (this file imports the modules, not the entry).
import './locales/english.js';

describe('coerce', () => {
  it.each([
    [{ type: 'integer' }, '42', 42],
    [{ type: 'integer' }, ' -7 ', -7],
    [{ type: 'number' }, '1,5', 1.5],
    [{ type: 'number' }, '1.25e3', 1250],
    [{ type: 'boolean' }, 'ja', true],
    [{ type: 'boolean' }, 'false', false],
    [{ type: 'string', format: 'date' }, '01.03.2024', '2024-03-01'],
    [{ type: 'string', format: 'date' }, '2024-02-29', '2024-02-29'],
    [{ type: 'string' }, ' text ', ' text '],
    [{ type: 'integer' }, '', undefined],
  ])('%j turns %j into %j', (schema, text, value) => {
    expect(coerce(schema, text)).toEqual({ ok: true, value });
  });

  it.each([
    [{ type: 'integer' }, '4.5', 'integer'],
    [{ type: 'integer' }, '12abc', 'integer'],
    [{ type: 'integer' }, '99999999999999999999', 'integer'],
    [{ type: 'number' }, 'zwölf', 'number'],
    [{ type: 'number' }, '1.000,5', 'number'],
    [{ type: 'number' }, 'Infinity', 'number'],
    [{ type: 'boolean' }, 'vielleicht', 'boolean'],
  ])('%j refuses %j with a field error', (schema, text, type) => {
    const result = coerce(schema, text, { label: 'Anzahl' });
    expect(result).toMatchObject({ ok: false, keyword: 'coerce', params: { type, text } });
    if (!result.ok) expect(result.message).toMatch(/^„Anzahl“ muss /);
  });

  it('keeps an impossible date as typed so the format rule reports it', () => {
    expect(coerce({ type: 'string', format: 'date' }, '31.02.2024')).toEqual({
      ok: true,
      value: '31.02.2024',
    });
    expect(toIsoDate('29.02.2023')).toBeUndefined();
    expect(toIsoDate('1.3.2024')).toBe('2024-03-01');
  });

  it('speaks English when asked', () => {
    const result = coerce({ type: 'number' }, 'x', { label: 'Amount', locale: 'en' });
    expect(result.ok ? '' : result.message).toBe('“Amount” must be a number.');
  });
});
