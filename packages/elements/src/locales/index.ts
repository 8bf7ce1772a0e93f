import { addMessageLocale, type Locale, type MessageLocale } from '@efa-forms/core/engine';
import { de } from './de.js';
import type { UiStrings } from './ui-strings.js';

/**
 * UI strings per loaded locale: German built in (the default); English once `@efa-forms/elements/en`
 * is imported (or, on a page with the one-file `dist/efa-forms.js`, `dist/efa-forms-en.js` loaded), so
 * a German page does not carry English (after Shoelace's translations, one module per language).
 */
export const uiStrings: Partial<Record<Locale, UiStrings>> = { de };

const listeners = new Set<(locale: Locale) => void>();

/**
 * Adds a locale to `<efa-form>`: its UI strings and core's validation messages in one call, so the two
 * never disagree. Forms already on the page that ask for it switch to it at once.
 */
export function addLocale(locale: Locale, texts: { strings: UiStrings; messages: MessageLocale }): void {
  uiStrings[locale] = texts.strings;
  addMessageLocale(locale, texts.messages);
  for (const listener of listeners) listener(locale);
}

/** Calls `listener` with every locale added from now on; returns the function that stops it. */
export function onLocaleAdded(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const warned = new Set<string>();

/**
 * The locale a form shows for the one asked for: that one when it is loaded, else German (the default)
 * for everything, texts, messages, dates and `lang` alike, never a mix. Asked for but not loaded, it
 * says so on the console once, with what to load.
 */
export function shownLocale(requested: string | undefined): Locale {
  if (requested === undefined || requested === 'de') return 'de';
  if (requested === 'en' && uiStrings.en) return 'en';
  if (!warned.has(requested)) {
    warned.add(requested);
    console.warn(
      `efa-forms: <efa-form locale="${requested}"> shows German: ` +
        (requested === 'en'
          ? `the English texts are not loaded. Import "@efa-forms/elements/en" (a page with dist/efa-forms.js: load dist/efa-forms-en.js).`
          : `efa-forms speaks "de" and "en".`),
    );
  }
  return 'de';
}

/** The UI strings of a locale; unknown or not loaded locales get German, the default. */
export function stringsFor(locale: string | undefined): UiStrings {
  return (locale === 'en' ? uiStrings.en : undefined) ?? de;
}

export type { UiStrings };
