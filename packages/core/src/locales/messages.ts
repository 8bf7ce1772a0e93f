import type { ValidationKeyword } from '../validation-error.js';

/**
 * What a message function gets: the failing keyword, its parameters and the field's label. `keyword`
 * is the union of every rule, so a locale's `switch` without a case for one fails to compile.
 */
export interface MessageInput {
  keyword: ValidationKeyword;
  params: Record<string, unknown>;
  label: string;
}

/** The end of an exhaustive `switch (keyword)`: a keyword without a message is a compile error here. */
export function unhandledKeyword(keyword: never): never {
  throw new Error(`efa-forms: no message for the keyword "${String(keyword)}"`);
}

/** A locale's validation messages (after zod's `locales/*.ts`): one function switching on the keyword. */
export interface MessageLocale {
  /** How messages name the data as a whole (an error with pointer ""). */
  wholeForm: string;
  /** The message for one failed rule. */
  error(input: MessageInput): string;
}

/** Numbers as the locale writes them (`1.000,5` in German). */
export function formatNumber(value: unknown, locale: string): string {
  return typeof value === 'number' ? value.toLocaleString(locale) : String(value);
}
