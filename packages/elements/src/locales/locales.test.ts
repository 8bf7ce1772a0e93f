// <efa-form>'s languages: German built in, English added by `@efa-forms/elements/en` (UI strings and
// core's messages together), so the German page's bundle leaves English out.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.resetModules();
});

describe('UI locales', () => {
  it('has German built in and falls back to it for a locale that is not loaded', async () => {
    vi.resetModules();
    const { stringsFor, uiStrings } = await import('./index.js');
    const { messageLocales } = await import('@efa-forms/core/engine');
    expect(Object.keys(uiStrings)).toEqual(['de']);
    expect(stringsFor('en')).toBe(uiStrings.de);
    expect(stringsFor('fr')).toBe(uiStrings.de);
    expect(stringsFor(undefined).next).toBe('Weiter');
    expect(messageLocales.en).toBeUndefined();
  });

  it('adds English, UI strings and validation messages at once, by importing @efa-forms/elements/en', async () => {
    vi.resetModules();
    const { stringsFor } = await import('./index.js');
    const { messagesFor } = await import('@efa-forms/core/engine');
    const { enStrings } = await import('../en.js');
    expect(stringsFor('en')).toBe(enStrings);
    expect(stringsFor('en').next).toBe('Continue');
    expect(messagesFor('en').error({ keyword: 'required', params: {}, label: 'Name' })).toBe('Enter “Name”.');
    expect(stringsFor('de').next).toBe('Weiter');
  });
});
