import { addMessageLocale, type Locale, type MessageLocale } from '@efa-forms/core/engine';
import { de } from './de.js';
import type { UiStrings } from './ui-strings.js';

/**
 * UI strings per loaded locale: German built in (the default); English once `@efa-forms/elements/en`
 * is imported (or, on a page with the one-file `dist/efa-forms.js`, `dist/efa-forms-en.js` loaded), so
 * a German page does not carry English (after Shoelace's translations, one module per language).
 */
export const uiStrings: Partial<Record<Locale, UiStrings>> = { de };

/**
 * Adds a locale to `<efa-form>`: its UI strings and core's validation messages in one call, so the two
 * never disagree. A form already showing that locale picks it up on its next render.
 */
export function addLocale(locale: Locale, texts: { strings: UiStrings; messages: MessageLocale }): void {
  uiStrings[locale] = texts.strings;
  addMessageLocale(locale, texts.messages);
}

/**
 * The UI strings of a locale; unknown or not loaded locales get German, the default (core's
 * `messagesFor` warns about a locale asked for but not loaded).
 */
export function stringsFor(locale: string | undefined): UiStrings {
  return (locale === 'en' ? uiStrings.en : undefined) ?? de;
}

export type { UiStrings };
