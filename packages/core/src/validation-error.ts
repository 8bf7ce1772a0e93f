/**
 * The parameters of each rule a `ValidationError` can name (after ajv's `DefinedError`): ajv's
 * `params` for the JSON Schema keywords, and efa-forms' own `coerce`, `xmlChar` and `limit`. Every
 * error's `params` also carry the field's `label`.
 */
export interface ValidationParams {
  required: { missingProperty: string };
  dependentRequired: { property: string; missingProperty: string; depsCount: number; deps: string };
  type: { type: string };
  /** Typed text that is not of the schema's type (`zwölf` in an integer field): core's `coerce`. */
  coerce: { type?: string; text?: string };
  minLength: { limit: number };
  maxLength: { limit: number };
  pattern: { pattern: string };
  format: { format: string };
  minimum: { limit: number; comparison: string };
  maximum: { limit: number; comparison: string };
  exclusiveMinimum: { limit: number; comparison: string };
  exclusiveMaximum: { limit: number; comparison: string };
  /** ajv-formats' comparison of two formatted values (`"bis"` not before `"von"`, with `$data`). */
  formatMinimum: { limit: string; comparison: string };
  formatExclusiveMinimum: { limit: string; comparison: string };
  formatMaximum: { limit: string; comparison: string };
  formatExclusiveMaximum: { limit: string; comparison: string };
  multipleOf: { multipleOf: number };
  const: { allowedValue: unknown };
  enum: { allowedValues: unknown[] };
  minItems: { limit: number };
  maxItems: { limit: number };
  uniqueItems: { i: number; j: number };
  contains: { minContains: number; maxContains?: number };
  items: { limit: number };
  additionalItems: { limit: number };
  unevaluatedItems: { len: number };
  additionalProperties: { additionalProperty: string };
  unevaluatedProperties: { unevaluatedProperty: string };
  propertyNames: { propertyName: string };
  minProperties: { limit: number };
  maxProperties: { limit: number };
  oneOf: { passingSchemas?: number[] | null };
  anyOf: Record<string, never>;
  not: Record<string, never>;
  /** A character XML 1.0 cannot carry, at `position` (in code points, from 1). */
  xmlChar: { position: number; codePoint: number | undefined };
  /** Data beyond a bound for untrusted input (`maxDepth`, `maxNodes`, ...), or the error cap. */
  limit: {
    limit: 'maxDepth' | 'maxNodes' | 'maxStringLength' | 'maxArrayLength' | 'maxErrors';
    max: number;
  };
}

/** Every rule a `ValidationError` can name. A locale's messages switch over all of them. */
export type ValidationKeyword = keyof ValidationParams;

/** The keywords, for checks at run time. */
export const VALIDATION_KEYWORDS: ReadonlySet<string> = new Set<ValidationKeyword>([
  'required',
  'dependentRequired',
  'type',
  'coerce',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'formatMinimum',
  'formatExclusiveMinimum',
  'formatMaximum',
  'formatExclusiveMaximum',
  'multipleOf',
  'const',
  'enum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'contains',
  'items',
  'additionalItems',
  'unevaluatedItems',
  'additionalProperties',
  'unevaluatedProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'oneOf',
  'anyOf',
  'not',
  'xmlChar',
  'limit',
]);

/**
 * One validation problem, as data: where, which rule, a message for people, the rule's parameters.
 * A union over the keywords: `if (error.keyword === 'maxLength') error.params.limit` is a number.
 */
export type ValidationError = {
  [K in ValidationKeyword]: {
    /** JSON Pointer to the field in the data; for `required`, the missing field itself. */
    pointer: string;
    /** The rule that failed: a JSON Schema keyword (`required`, `pattern`, ...) or `coerce`, `xmlChar`, `limit`. */
    keyword: K;
    /** Localised message that names the field's label. */
    message: string;
    /** The keyword's parameters (ajv's `params`, e.g. `{limit: 5}`), plus the field's `label`. */
    params: ValidationParams[K] & { label: string };
  };
}[ValidationKeyword];

/** The outcome of validating data. Never thrown: invalid data is a normal result. */
export interface ValidationResult {
  valid: boolean;
  errors: ValidationError[];
}
