import { de } from './de.js';
import { en } from './en.js';
import type { UiStrings } from './ui-strings.js';

/** UI strings per supported locale. */
export const uiStrings: { readonly de: UiStrings; readonly en: UiStrings } = { de, en };

/** The UI strings of a locale; unknown locales get German, the default. */
export function stringsFor(locale: string | undefined): UiStrings {
  return locale === 'en' ? en : de;
}

export type { UiStrings };
