// Which message locales a validator speaks: German always, English once loaded (the full core and
// @efa-forms/elements/en load it; the engine of a German page does not).
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** The locale modules as a fresh page gets them: nothing but German loaded. */
async function freshLocales() {
  vi.resetModules();
  return import('./index.js');
}

const required = { keyword: 'required', params: {}, label: 'Name' } as const;

describe('message locales', () => {
  it('has German built in and English only once it is added', async () => {
    const { messageLocales, addMessageLocale, messagesFor } = await freshLocales();
    const { en } = await import('./en.js');
    expect(Object.keys(messageLocales)).toEqual(['de']);
    expect(messagesFor(undefined).error(required)).toBe('Bitte geben Sie „Name“ an.');
    addMessageLocale('en', en);
    expect(messagesFor('en')).toBe(en);
    expect(messagesFor('en').error(required)).toBe('Enter “Name”.');
  });

  it('answers a locale that is not loaded in German and says so once, naming what to load', async () => {
    const { messagesFor, messageLocales } = await freshLocales();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(messagesFor('en')).toBe(messageLocales.de);
    expect(messagesFor('en')).toBe(messageLocales.de);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(
      'the messages for locale "en" are not loaded, German ones are shown',
    );
    expect(warn.mock.calls[0]?.[0]).toContain(
      "Add them with addMessageLocale (core's English ones are enMessages",
    );
    expect(warn.mock.calls[0]?.[0]).toContain('@efa-forms/elements/en');
  });

  it('loads English with the full @efa-forms/core, not with the engine', async () => {
    vi.resetModules();
    const engine = await import('../engine.js');
    expect(engine.messageLocales.en).toBeUndefined();
    const core = await import('../index.js');
    expect(core.messageLocales.en).toBe(core.enMessages);
  });
});
