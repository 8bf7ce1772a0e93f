import { describe, expect, it } from 'vitest';
import { pickLocale } from './accept-language.js';

describe('pickLocale', () => {
  it.each([
    [undefined, 'de'],
    ['', 'de'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7', 'en'],
    ['fr, de;q=0.1', 'de'],
    ['de;q=0.5, en;q=0.6', 'en'],
    ['en;q=0, de', 'de'],
    ['fr', 'de'],
    ['*', 'de'],
    ['EN-us', 'en'],
  ] as const)('%s -> %s', (header, locale) => {
    expect(pickLocale(header)).toBe(locale);
  });
});
