import type { JsonSchema, JsonSchemaObject, Locale } from './definition.js';
import { isPlainObject } from './pointer.js';
import { schemaTypes } from './schema-types.js';
import { optionList } from './option-list.js';
import { messagesFor } from './locales/index.js';

/** The result of turning typed text into the schema's type. */
export type CoerceResult =
  | { ok: true; value: unknown }
  | { ok: false; keyword: 'coerce'; params: { type: string; text: string }; message: string };

/** Options of `coerce`: the label and locale for the error message. */
export interface CoerceOptions {
  label?: string;
  locale?: Locale;
}

/**
 * Turns what a person typed into the value the schema expects: numbers (also with a German decimal
 * comma, `1,5`), integers, booleans (`true`/`false`, `ja`/`nein`), dates (`2024-03-01` or `01.03.2024`
 * become `2024-03-01`). Empty text is `undefined` (no answer). Text that does not convert is a field
 * error, never a silent `NaN`. Strings and schemas without a scalar type pass through unchanged.
 */
export function coerce(schema: JsonSchema, text: string, options: CoerceOptions = {}): CoerceResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  // Stryker disable next-line ArrayDeclaration: types that name no scalar pass the text through, like none
  const types = isPlainObject(schema) ? typesOfValues(schema) : [];
  // Stryker disable next-line ConditionalExpression: a format that is no string is no 'date' either
  const format = isPlainObject(schema) && typeof schema.format === 'string' ? schema.format : undefined;
  const fail = (type: string): CoerceResult => {
    const params = { type, text };
    const locale = messagesFor(options.locale);
    const message = locale.error({ keyword: 'coerce', params, label: options.label || locale.wholeForm });
    return { ok: false, keyword: 'coerce', params, message };
  };
  if (types.includes('string')) {
    if (format === 'date') {
      const iso = toIsoDate(trimmed);
      return iso === undefined ? { ok: true, value: text } : { ok: true, value: iso };
    }
    return { ok: true, value: text };
  }
  if (types.includes('integer') && !types.includes('number')) {
    if (!/^[+-]?\d+$/.test(trimmed)) return fail('integer');
    const value = Number(trimmed);
    return Number.isSafeInteger(value) ? { ok: true, value } : fail('integer');
  }
  if (types.includes('number')) {
    // The number pattern below refuses whatever stands around the comma form, anchored or not.
    const normalised = /^[+-]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(normalised)) return fail('number');
    const value = Number(normalised);
    return Number.isFinite(value) ? { ok: true, value } : fail('number');
  }
  if (types.includes('boolean')) {
    const lower = trimmed.toLowerCase();
    if (['true', 'ja', 'yes', 'on', '1'].includes(lower)) return { ok: true, value: true };
    if (['false', 'nein', 'no', 'off', '0'].includes(lower)) return { ok: true, value: false };
    return fail('boolean');
  }
  return { ok: true, value: text };
}

/**
 * `YYYY-MM-DD` or `TT.MM.JJJJ` as an ISO date when it is a real calendar date; otherwise `undefined`,
 * and the text stays as typed so the `format: date` rule reports it.
 */
export function toIsoDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : german
      ? [Number(german[3]), Number(german[2]), Number(german[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The schema's types; for an untyped option list, the types of its values (`oneOf: [{const: 1}]`). */
function typesOfValues(schema: JsonSchemaObject): string[] {
  const declared = schemaTypes(schema);
  if (declared.length > 0) return declared;
  const options = (optionList(schema) ?? []).map((option) => option.value);
  // One kind of value only: a number or boolean list converts like that type, any other passes text.
  const kinds = new Set(options.map((value) => typeof value));
  // Stryker disable next-line ArrayDeclaration: types that name no scalar pass the text through, like none
  return kinds.size === 1 ? [...kinds] : [];
}
