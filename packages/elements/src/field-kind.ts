import {
  alternativesOf,
  isArraySchema,
  isDiscriminated,
  isObjectSchema,
  isPlainObject,
  optionList,
  rootOf,
  schemaTypes,
  type EfaHints,
  type JsonSchema,
  type JsonSchemaObject,
} from '@efa-forms/core/engine';

/** The built-in field kinds. `fieldKind` maps every schema to exactly one of them. */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'tel'
  | 'url'
  | 'number'
  | 'integer'
  | 'date'
  | 'date-time'
  | 'time'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'checkboxes'
  | 'object'
  | 'array'
  | 'file'
  | 'readonly'
  | 'choice'
  | 'json';

/** At most this many options render as radios; more become a select (GOV.UK: radios for short lists). */
export const RADIO_LIMIT = 6;

/** Strings longer than this (by `maxLength`) get a textarea. */
export const TEXTAREA_FROM = 200;

/** One shared, frozen `{}`: every render of a field without hints would otherwise make (and keep) one. */
const NO_HINTS: EfaHints = Object.freeze({});

/** `x-efa` hints of a schema (an empty, frozen object when there are none). */
export function hintsOf(schema: JsonSchemaObject): EfaHints {
  const hints = schema['x-efa'];
  return isPlainObject(hints) ? (hints as EfaHints) : NO_HINTS;
}

const WIDGET_KINDS: Record<string, FieldKind> = {
  text: 'text',
  textarea: 'textarea',
  email: 'email',
  tel: 'tel',
  url: 'url',
  number: 'number',
  integer: 'integer',
  date: 'date',
  'date-time': 'date-time',
  datetime: 'date-time',
  time: 'time',
  select: 'select',
  radio: 'radio',
  radios: 'radio',
  checkbox: 'checkbox',
  checkboxes: 'checkboxes',
  file: 'file',
  readonly: 'readonly',
  json: 'json',
};

/** Kinds by schema view, for the schema's own hints (every widget's `match` asks for each field). */
const kinds = new WeakMap<JsonSchemaObject, FieldKind>();

/**
 * The built-in field kind of a (resolved) schema. An `x-efa.widget` naming a built-in kind wins when
 * it fits the data type; otherwise the schema decides, most specific keyword first.
 */
export function fieldKind(schema: JsonSchemaObject, hints: EfaHints = hintsOf(schema)): FieldKind {
  // The registry asks each widget's `match`, and each asks for the kind: with the schema's own hints
  // (the usual case) it is computed once per schema view. Other hints are computed every time.
  const own = schema['x-efa'];
  const ownHints = hints === own || (!isPlainObject(own) && Object.keys(hints).length === 0);
  if (!ownHints) return kindOf(schema, hints);
  let kind = kinds.get(schema);
  if (kind === undefined) kinds.set(schema, (kind = kindOf(schema, hints)));
  return kind;
}

function kindOf(schema: JsonSchemaObject, hints: EfaHints): FieldKind {
  const types = schemaTypes(schema);
  const options = optionList(schema);
  const hinted = typeof hints.widget === 'string' ? WIDGET_KINDS[hints.widget] : undefined;
  const isArray = isArraySchema(schema);
  const itemOptions =
    isArray && isPlainObject(schema.items) ? optionList(schema.items as JsonSchemaObject) : undefined;

  if (hinted === 'readonly' || (schema.readOnly === true && !isContainer(schema))) return 'readonly';
  if (hinted !== undefined && fits(hinted, types, options, itemOptions)) return hinted;

  // A value of one of several shapes (object or list) has no single control: JSON.
  if (
    types.length > 1 &&
    !types.every((type) => type === 'number' || type === 'integer' || type === 'string')
  )
    return 'json';
  if (isFile(schema, types)) return 'file';
  if (options && !isArray && !types.includes('object')) {
    if (types.includes('boolean') || options.length === 1) return 'checkbox';
    return options.length <= RADIO_LIMIT ? 'radio' : 'select';
  }
  if (isArray) {
    if (itemOptions) return 'checkboxes';
    if (Array.isArray(schema.items) || schema.prefixItems !== undefined) return 'json';
    return 'array';
  }
  if (alternativesOf(schema)) return 'choice';
  // `oneOf` branches told apart by a discriminator (`typ: a` / `typ: b1 | b2`): an object whose
  // discriminator is the question (core's `discriminatorChoices`).
  if (discriminatedBranches(schema)) return 'object';
  if (isObjectSchema(schema)) {
    const hasProperties =
      isPlainObject(schema.properties) || Array.isArray(schema.allOf) || schema.if !== undefined;
    return hasProperties || schema.additionalProperties === false ? 'object' : 'json';
  }
  if (types.includes('boolean')) return 'checkbox';
  if (types.includes('integer')) return 'integer';
  if (types.includes('number')) return 'number';
  switch (schema.format) {
    case 'date':
      return 'date';
    case 'date-time':
      return 'date-time';
    case 'time':
      return 'time';
    case 'email':
    case 'idn-email':
      return 'email';
    case 'uri':
    case 'iri':
    case 'url':
      return 'url';
  }
  if (typeof hints.autocomplete === 'string' && /\btel\b/.test(hints.autocomplete)) return 'tel';
  if (hints.inputmode === 'tel') return 'tel';
  if (typeof schema.maxLength === 'number' && schema.maxLength > TEXTAREA_FROM) return 'textarea';
  return 'text';
}

/** An object or an array by core's reading: it holds fields, so `readOnly` does not make it one value. */
function isContainer(schema: JsonSchemaObject): boolean {
  return isObjectSchema(schema) || isArraySchema(schema);
}

function isFile(schema: JsonSchemaObject, types: string[]): boolean {
  return (
    (types.length === 0 || types.includes('string')) &&
    (schema.contentEncoding === 'base64' || typeof schema.contentMediaType === 'string')
  );
}

/** Whether a hinted kind can hold the field's data type (a `radio` hint on a free-text field cannot). */
function fits(
  kind: FieldKind,
  types: string[],
  options: unknown[] | undefined,
  itemOptions: unknown[] | undefined,
): boolean {
  switch (kind) {
    case 'radio':
    case 'select':
      return options !== undefined || types.includes('boolean');
    case 'checkboxes':
      return itemOptions !== undefined;
    case 'checkbox':
      return types.includes('boolean') || options?.length === 1;
    case 'number':
    case 'integer':
      return types.length === 0 || types.includes('number') || types.includes('integer');
    case 'json':
    case 'readonly':
      return true;
    default:
      return types.length === 0 || types.includes('string');
  }
}

function discriminatedBranches(schema: JsonSchemaObject): boolean {
  return (['oneOf', 'anyOf'] as const).some((keyword) => {
    const branches = schema[keyword];
    return (
      Array.isArray(branches) && isDiscriminated(rootOf(schema) ?? INLINE_ONLY, branches as JsonSchema[])
    );
  });
}

/** A schema that no `resolveSchema` call produced is read as it is written (its `$ref`s resolve to nothing). */
const INLINE_ONLY = { schema: {} };
