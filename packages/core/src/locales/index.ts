import type { Locale } from '../definition.js';
import { de } from './de.js';
import type { MessageLocale } from './messages.js';

/**
 * The message locales loaded so far. German is built in (the default locale); English is added by the
 * full `@efa-forms/core` (`./english.ts`) and by `@efa-forms/elements/en`, so the compiler-free engine
 * of a German page does not carry it (issue 12: the page's bundle).
 */
export const messageLocales: Partial<Record<Locale, MessageLocale>> = { de };

/** Makes a locale's messages available to every validator and coercion from now on. */
export function addMessageLocale(locale: Locale, messages: MessageLocale): void {
  messageLocales[locale] = messages;
}

const warned = new Set<string>();

/**
 * The messages of a locale. One that is not loaded gets German (the default), with a console warning
 * once per locale: a page that asks for English without loading it still works, and says why it is German.
 */
export function messagesFor(locale: Locale | undefined): MessageLocale {
  const messages = messageLocales[locale ?? 'de'];
  if (messages) return messages;
  if (!warned.has(String(locale))) {
    warned.add(String(locale));
    console.warn(
      `efa-forms: the messages for locale "${String(locale)}" are not loaded, German ones are shown. ` +
        `Add them with addMessageLocale` +
        (locale === 'en'
          ? ` (core's English ones are enMessages; with <efa-form>: import "@efa-forms/elements/en").`
          : '.'),
    );
  }
  return de;
}
