/** What a message function gets: the failing keyword, its parameters and the field's label. */
export interface MessageInput {
  keyword: string;
  params: Record<string, unknown>;
  label: string;
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
