import type {
  JsonSchema,
  JsonSchemaObject,
  Locale,
  ServiceDefinition,
  StepDefinition,
} from './definition.js';
import { activeFields } from './active-fields.js';
import { describeObject, type FieldInfo } from './describe-object.js';
import { fieldLabel } from './field-label.js';
import { isPlainObject, joinPointer, ownValue, parsePointer } from './pointer.js';
import { prune } from './prune.js';
import { resolveSchema } from './resolve-schema.js';
import type { ValidationError, ValidationResult } from './validation-error.js';
import { firstInvalidXmlChar } from './formats/xml-chars.js';
import { collapseErrors, type RawError } from './internal/collapse-errors.js';
import { DEFAULT_DATA_LIMITS, exceedsLimits, type DataLimits } from './internal/limits.js';
import { isArraySchema, isObjectSchema } from './internal/schema-kind.js';
import { schemaContext } from './internal/schema-context.js';
import type { SchemaMode } from './internal/create-ajv.js';
import { messageLocales } from './locales/index.js';

/** Options of `createValidator`. */
export interface ValidatorOptions {
  /** Message language; defaults to the definition's locale, else `de`. */
  locale?: Locale;
  /** Bounds for untrusted data; data beyond them gets one `limit` error and is not validated further. */
  limits?: Partial<DataLimits>;
  /** `lenient` compiles schemas with unknown keywords (third-party schemas); default `strict`. */
  mode?: SchemaMode;
}

/** Validates data against a definition: the same rules and messages in Node and in the browser. */
export interface Validator {
  /** Validates `data` as given (prune it first: `validate(prune(definition, data))`). */
  validate(data: unknown): ValidationResult;
  /** Validates the active fields of one step: prunes `data`, validates, keeps the errors inside the step. */
  validateStep(data: unknown, stepId: string): ValidationResult;
}

type ValidatedDefinition = Pick<ServiceDefinition, 'schema' | 'xoev'> & {
  steps?: StepDefinition[];
  locale?: Locale;
  strict?: boolean;
};

/**
 * Compiles a definition's schema once (ajv, all errors, strict, standard and German formats) and
 * returns a validator whose errors are data: `{pointer, keyword, message, params}`, wrapper noise
 * collapsed, messages naming the field's label, overridable per field with `x-efa.messages`.
 * Definitions with `xoev` also reject characters XML 1.0 cannot carry, in every string.
 */
export function createValidator(definition: ValidatedDefinition, options: ValidatorOptions = {}): Validator {
  const context = schemaContext(
    definition,
    options.mode ?? (definition.strict === false ? 'lenient' : 'strict'),
  );
  const locale = messageLocales[options.locale ?? definition.locale ?? 'de'] ?? messageLocales.de;
  const limits = { ...DEFAULT_DATA_LIMITS, ...options.limits };
  const checkXmlChars = definition.xoev !== undefined;

  function validate(data: unknown): ValidationResult {
    const tooLarge = exceedsLimits(data, limits);
    if (tooLarge) {
      const params = { reason: tooLarge, label: '' };
      return {
        valid: false,
        errors: [
          {
            pointer: '',
            keyword: 'limit',
            params,
            message: locale.error({ keyword: 'limit', params, label: '' }),
          },
        ],
      };
    }
    const raw: RawError[] = context.validate(data) ? [] : collapseErrors(context.validate.errors ?? []);
    if (checkXmlChars) raw.push(...xmlCharErrors(data));
    if (raw.length === 0) return { valid: true, errors: [] };
    const fields = new FieldLookup(definition, data);
    const errors = raw.map((error): ValidationError => {
      const field = fields.at(error.pointer);
      const label = field?.label ?? '';
      const params = { ...error.params, label };
      const override = field?.schema['x-efa']?.messages?.[error.keyword];
      const message = override
        ? fillTemplate(override, params)
        : locale.error({ keyword: error.keyword, params, label: label || error.pointer });
      return { pointer: error.pointer, keyword: error.keyword, message, params };
    });
    return { valid: false, errors: inFormOrder(definition, data, errors) };
  }

  function validateStep(data: unknown, stepId: string): ValidationResult {
    const step = definition.steps?.find((candidate) => candidate.id === stepId);
    if (!step) throw new Error(`efa-forms: the definition has no step "${stepId}"`);
    const result = validate(prune(definition, data));
    const errors = result.errors.filter((error) =>
      step.fields.some((field) => error.pointer === field || error.pointer.startsWith(field + '/')),
    );
    return { valid: errors.length === 0, errors };
  }

  return { validate, validateStep };
}

/** Errors in the order the form shows the fields (an error summary reads top to bottom). */
function inFormOrder(
  definition: ValidatedDefinition,
  data: unknown,
  errors: ValidationError[],
): ValidationError[] {
  if (errors.length < 2) return errors;
  const order = new Map<string, number>();
  let index = 0;
  for (const pointer of activeFields(definition, data).visible) order.set(pointer, index++);
  const rank = (pointer: string): number => {
    for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
      const found = order.get(current);
      if (found !== undefined) return found + (current === pointer ? 0 : 0.5);
      if (current === '') return Number.MAX_SAFE_INTEGER;
    }
  };
  return errors
    .map((error, position) => ({ error, position, rank: rank(error.pointer) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map(({ error }) => error);
}

/** `{label}`, `{limit}`, ... in a per-field message override. */
function fillTemplate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

function xmlCharErrors(data: unknown): RawError[] {
  const errors: RawError[] = [];
  const stack: [unknown, string][] = [[data, '']];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      const position = firstInvalidXmlChar(value);
      if (position >= 0) {
        errors.push({
          pointer,
          keyword: 'xmlChar',
          params: { position: position + 1, codePoint: value.codePointAt(position) },
        });
      }
    } else if (Array.isArray(value))
      value.forEach((item, index) => stack.push([item, joinPointer(pointer, index)]));
    else if (isPlainObject(value))
      for (const [key, item] of Object.entries(value)) stack.push([item, joinPointer(pointer, key)]);
  }
  return errors.reverse();
}

/** Finds the field (label, schema) an error pointer names, describing each object once per validation. */
class FieldLookup {
  private readonly described = new Map<object, Map<string, FieldInfo>>();

  constructor(
    private readonly definition: ValidatedDefinition,
    private readonly data: unknown,
  ) {}

  at(pointer: string): { label: string; schema: JsonSchemaObject } | undefined {
    let schema: JsonSchemaObject = resolveSchema(this.definition, this.definition.schema);
    let rawSchema: JsonSchema = this.definition.schema;
    let data = this.data;
    let found: { label: string; schema: JsonSchemaObject } | undefined;
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      return undefined;
    }
    for (const token of tokens) {
      if (isObjectSchema(schema)) {
        const field = this.fieldsOf(rawSchema, schema, data).get(token);
        if (!field) return found;
        found = { label: field.label, schema: field.schema };
        rawSchema = field.schema;
        schema = field.schema;
      } else if (isArraySchema(schema) && schema.items !== undefined) {
        rawSchema = schema.items as JsonSchema;
        schema = resolveSchema(this.definition, rawSchema);
        if (found) found = { label: found.label, schema };
      } else {
        return found;
      }
      data = ownValue(data, token);
    }
    return found ?? { label: fieldLabel(schema, ''), schema };
  }

  private fieldsOf(rawSchema: JsonSchema, schema: JsonSchemaObject, data: unknown): Map<string, FieldInfo> {
    const key = typeof rawSchema === 'object' ? rawSchema : schema;
    const dataKey = isPlainObject(data) ? data : key;
    let byData = this.described.get(dataKey);
    if (!byData) {
      byData = new Map(describeObject(this.definition, schema, data).map((field) => [field.name, field]));
      this.described.set(dataKey, byData);
    }
    return byData;
  }
}
