import type { Locale } from '../definition.js';
import { de } from './de.js';
import { en } from './en.js';
import type { MessageLocale } from './messages.js';

/** The built-in message locales. */
export const messageLocales: Record<Locale, MessageLocale> = { de, en };
