import { deepEqual, optionList, type JsonSchemaObject } from '@efa-forms/core/engine';
import type { UiStrings } from '../locales/ui-strings.js';
import type { FieldOption } from '../widget-registry.js';
import { fieldKind } from '../field-kind.js';

/** A value as option text: strings as they are, everything else as JSON (`null`, `42`, `true`). */
export function valueText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/**
 * The options of a field as a person reads them: core's `optionList`, each labelled by its title, else
 * its value (a lone `const` by the field's title, an untitled `true`/`false` as Ja/Nein, not as JSON).
 * `undefined` when the field is not a choice.
 */
export function fieldOptions(
  schema: JsonSchemaObject,
  strings: Pick<UiStrings, 'yes' | 'no'>,
): FieldOption[] | undefined {
  const options = optionList(schema);
  if (!options) return undefined;
  const lone = !Array.isArray(schema.enum) && options.length === 1 && 'const' in schema;
  return options.map((option) => ({
    value: option.value,
    label:
      option.title ??
      (lone && typeof schema.title === 'string' ? schema.title : optionText(option.value, strings)),
    description: option.description,
  }));
}

function optionText(value: unknown, strings: Pick<UiStrings, 'yes' | 'no'>): string {
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  return valueText(value);
}

/** Index of `value` among the options (deep equality for object/array constants), or -1. */
export function optionIndex(options: readonly FieldOption[], value: unknown): number {
  if (value === undefined) return -1;
  return options.findIndex((option) => deepEqual(option.value, value));
}

const localeTag = (locale: string): string => (locale === 'en' ? 'en-GB' : 'de-DE');

/**
 * A stored value as text for people (review page, read-only fields): option titles, Ja/Nein, dates
 * and numbers as the locale writes them. Empty values give `""`.
 */
export function displayValue(
  schema: JsonSchemaObject,
  value: unknown,
  strings: UiStrings,
  locale: string,
  options: readonly FieldOption[] = fieldOptions(schema, strings) ?? [],
): string {
  if (value === undefined || value === null || value === '') return '';
  // A lone `const: true` is an option titled like the field; as an answer it reads "Ja". Two or more
  // titled options (a yes/no question) read the chosen one's title.
  if (typeof value === 'boolean' && options.length < 2) return value ? strings.yes : strings.no;
  const index = optionIndex(options, value);
  if (index >= 0) return (options[index] as FieldOption).label;
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  if (typeof value === 'number')
    return value.toLocaleString(localeTag(locale), { maximumFractionDigits: 20 });
  if (typeof value === 'string') {
    switch (fieldKind(schema)) {
      case 'date': {
        const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
        return match
          ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).toLocaleDateString(
              localeTag(locale),
              { dateStyle: 'medium' } as Intl.DateTimeFormatOptions,
            )
          : value;
      }
      case 'date-time': {
        const date = new Date(value);
        return Number.isNaN(date.getTime())
          ? value
          : date.toLocaleString(localeTag(locale), { dateStyle: 'medium', timeStyle: 'short' });
      }
      case 'file':
        return strings.fileStored(strings.fileSize(Math.floor((value.length * 3) / 4)));
      default:
        return value;
    }
  }
  if (Array.isArray(value)) {
    const itemSchema =
      // Stryker disable next-line ConditionalExpression: a loaded definition's items is never null (the meta-schema check refuses it)
      typeof schema.items === 'object' && schema.items !== null && !Array.isArray(schema.items)
        ? (schema.items as JsonSchemaObject)
        : {};
    return value.map((item) => displayValue(itemSchema, item, strings, locale)).join(', ');
  }
  return JSON.stringify(value);
}
