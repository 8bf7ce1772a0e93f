import { expect, test } from 'vitest';
import { de } from '../locales/de.js';
import { en } from '../locales/en.js';
import { displayValue } from './display-value.js';

test('answers as people read them', () => {
  expect(displayValue({ type: 'string', oneOf: [{ const: 'g', title: 'GmbH' }] }, 'g', de, 'de')).toBe(
    'GmbH',
  );
  expect(displayValue({ type: 'boolean' }, true, de, 'de')).toBe('Ja');
  expect(displayValue({ type: 'boolean', const: true, title: 'Zustimmung' }, true, en, 'en')).toBe('Yes');
  expect(displayValue({ type: 'number' }, 1234.5, de, 'de')).toBe('1.234,5');
  expect(displayValue({ type: 'number' }, 1234.5, en, 'en')).toBe('1,234.5');
  expect(displayValue({ type: 'string', format: 'date' }, '2025-03-01', de, 'de')).toBe('01.03.2025');
  expect(displayValue({ type: 'array', items: { enum: ['a', 'b'] } }, ['a', 'b'], de, 'de')).toBe('a, b');
  expect(displayValue({ type: 'string' }, '', de, 'de')).toBe('');
  expect(displayValue({ type: 'object' }, { a: 1 }, de, 'de')).toBe('{"a":1}');
});
