/** One validation problem, as data: where, which rule, a message for people, the rule's parameters. */
export interface ValidationError {
  /** JSON Pointer to the field in the data; for `required`, the missing field itself. */
  pointer: string;
  /** The JSON Schema keyword that failed (`required`, `pattern`, `format`, ...) or `xmlChar`, `limit`. */
  keyword: string;
  /** Localised message that names the field's label. */
  message: string;
  /** The keyword's parameters (ajv's `params`, e.g. `{limit: 5}`), plus `label`. */
  params: Record<string, unknown>;
}

/** The outcome of validating data. Never thrown: invalid data is a normal result. */
export interface ValidationResult {
  valid: boolean;
  errors: ValidationError[];
}
