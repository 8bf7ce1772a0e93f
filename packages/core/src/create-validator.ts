import type {
  JsonSchema,
  JsonSchemaObject,
  Locale,
  ServiceDefinition,
  StepDefinition,
} from './definition.js';
import { describeObject, type FieldInfo } from './describe-object.js';
import { fieldLabel } from './field-label.js';
import { getAt, isPlainObject, ownValue, parsePointer } from './pointer.js';
import { prune } from './prune.js';
import { resolveSchema } from './resolve-schema.js';
import type { ValidationError, ValidationResult } from './validation-error.js';
import { collapseErrors, type RawError } from './internal/collapse-errors.js';
import {
  DEFAULT_DATA_LIMITS,
  mayHaveXmlIllegalChars,
  scanData,
  type DataLimits,
  type ExceededLimit,
} from './internal/limits.js';
import { isArraySchema, isObjectSchema } from './internal/schema-kind.js';
import { schemaContext } from './internal/schema-context.js';
import type { SchemaMode } from './internal/create-ajv.js';
import { messageLocales } from './locales/index.js';

/** Options of `createValidator`. */
export interface ValidatorOptions {
  /** Message language; defaults to the definition's locale, else `de`. */
  locale?: Locale;
  /**
   * Bounds for our own work on untrusted data: invalid data beyond them gets one `limit` error
   * instead of an error per field, and hostile nesting never overflows the stack. Valid data is
   * bounded by the schema itself: give strings a `maxLength` and arrays a `maxItems`.
   */
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
    // ajv goes first: on valid data (the common case on a server) nothing else walks the data, except
    // the XML character check. Limits are measured before any of our own per-error work, and a
    // recursive schema fed hostile nesting overflows inside ajv, which is caught here.
    let passed: boolean;
    try {
      passed = context.validate(data) as boolean;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return limitError(
        scanData(data, limits, false).tooLarge ?? { limit: 'maxDepth', max: limits.maxDepth },
      );
    }
    if (passed && !(checkXmlChars && mayHaveXmlIllegalChars(data))) return { valid: true, errors: [] };
    const ajvErrors = passed ? [] : (context.validate.errors ?? []);
    const scan = scanData(data, limits, checkXmlChars);
    if (scan.tooLarge) return limitError(scan.tooLarge);
    const raw: RawError[] = collapseErrors(ajvErrors);
    for (const { pointer, position } of scan.xmlChars) {
      raw.push({
        pointer,
        keyword: 'xmlChar',
        params: { position: position + 1, codePoint: (getAt(data, pointer) as string).codePointAt(position) },
      });
    }
    if (raw.length === 0) return { valid: true, errors: [] };
    const fields = new FieldLookup(definition, data);
    const located = raw.map((error) => {
      const field = fields.at(error.pointer);
      const label = field?.label ?? '';
      const params = { ...error.params, label };
      const override = field?.schema['x-efa']?.messages?.[error.keyword];
      const message = override
        ? fillTemplate(override, params)
        : locale.error({ keyword: error.keyword, params, label: label || locale.wholeForm });
      const result: ValidationError = { pointer: error.pointer, keyword: error.keyword, message, params };
      return { error: result, order: field?.order ?? [] };
    });
    // Errors in the order the form shows the fields: an error summary reads top to bottom.
    located.sort((a, b) => compareOrder(a.order, b.order));
    return { valid: false, errors: located.map(({ error }) => error) };
  }

  function limitError(exceeded: ExceededLimit): ValidationResult {
    const params = { ...exceeded, label: '' };
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

  function validateStep(data: unknown, stepId: string): ValidationResult {
    const step = definition.steps?.find((candidate) => candidate.id === stepId);
    if (!step) throw new Error(`efa-forms: the definition has no step "${stepId}"`);
    const result = validate(prune(definition, data));
    // Errors about the data as a whole (pointer "") belong to every step: nothing may hide them.
    const errors = result.errors.filter(
      (error) =>
        error.pointer === '' ||
        step.fields.some((field) => error.pointer === field || error.pointer.startsWith(field + '/')),
    );
    return { valid: errors.length === 0, errors };
  }

  return { validate, validateStep };
}

/** Lexicographic order of field positions; a field before its own children. Stable for ties. */
function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** `{label}`, `{limit}`, ... in a per-field message override. */
function fillTemplate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Finds the field (label, schema) an error pointer names, describing each object once per validation. */
class FieldLookup {
  private readonly described = new Map<object, Map<string, FieldInfo & { index: number }>>();

  constructor(
    private readonly definition: ValidatedDefinition,
    private readonly data: unknown,
  ) {}

  /** The field a pointer names: its label, schema and position path (field indexes, array indexes). */
  at(pointer: string): { label: string; schema: JsonSchemaObject; order: number[] } | undefined {
    let schema: JsonSchemaObject = resolveSchema(this.definition, this.definition.schema);
    let rawSchema: JsonSchema = this.definition.schema;
    let data = this.data;
    let found: { label: string; schema: JsonSchemaObject; order: number[] } | undefined;
    const order: number[] = [];
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      return undefined;
    }
    for (const token of tokens) {
      if (isObjectSchema(schema)) {
        const field = this.fieldsOf(rawSchema, schema, data).get(token);
        // An undeclared property (additionalProperties): named by its key, placed after its siblings.
        if (!field)
          return {
            label: fieldLabel(undefined, token),
            schema: {},
            order: [...order, Number.MAX_SAFE_INTEGER],
          };
        order.push(field.index);
        found = { label: field.label, schema: field.schema, order };
        rawSchema = field.schema;
        schema = field.schema;
      } else if (isArraySchema(schema) && schema.items !== undefined) {
        order.push(Number(token));
        rawSchema = schema.items as JsonSchema;
        schema = resolveSchema(this.definition, rawSchema);
        // An entry of a list is named by the item schema's own title ("Schlagwort"), else the list's.
        const itemTitle =
          typeof schema.title === 'string' && schema.title.trim() !== '' ? schema.title : undefined;
        found = { label: itemTitle ?? found?.label ?? '', schema, order };
      } else {
        return found;
      }
      data = ownValue(data, token);
    }
    return found ?? { label: fieldLabel(schema, ''), schema, order };
  }

  private fieldsOf(
    rawSchema: JsonSchema,
    schema: JsonSchemaObject,
    data: unknown,
  ): Map<string, FieldInfo & { index: number }> {
    const key = typeof rawSchema === 'object' ? rawSchema : schema;
    const dataKey = isPlainObject(data) ? data : key;
    let byData = this.described.get(dataKey);
    if (!byData) {
      byData = new Map(
        describeObject(this.definition, schema, data).map((field, index) => [
          field.name,
          { ...field, index },
        ]),
      );
      this.described.set(dataKey, byData);
    }
    return byData;
  }
}
