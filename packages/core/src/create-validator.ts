import type { Locale, ServiceDefinition, StepDefinition } from './definition.js';
import { getAt } from './pointer.js';
import { chosenBranch } from './branch-choice.js';
import { inStepScope } from './step-scope.js';
import { compareOrder } from './field-order.js';
import { prune } from './prune.js';
import type { ValidationError, ValidationResult } from './validation-error.js';
import { collapseErrors, type RawError } from './internal/collapse-errors.js';
import { FieldLookup } from './internal/field-lookup.js';
import {
  DEFAULT_DATA_LIMITS,
  exceedsShapeLimits,
  measureShape,
  scanData,
  type DataLimits,
  type ExceededLimit,
} from './internal/limits.js';
import { schemaContext, type SchemaMode } from './internal/schema-context.js';
import { messagesFor } from './locales/index.js';

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
  const locale = messagesFor(options.locale ?? definition.locale);
  const limits = { ...DEFAULT_DATA_LIMITS, ...options.limits };
  const checkXmlChars = definition.xoev !== undefined;

  function validate(data: unknown): ValidationResult {
    return withinStack(() => validateBounded(data));
  }

  /**
   * Every recursion over the data (the shape scans, prune, ajv over a recursive schema) stops at
   * `maxDepth`; a portal's higher `maxDepth` can exhaust the stack first, and such data is too deep too.
   */
  function withinStack(run: () => ValidationResult): ValidationResult {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return limitError({ limit: 'maxDepth', max: limits.maxDepth });
    }
  }

  function validateBounded(data: unknown): ValidationResult {
    // The shape is bounded before ajv runs (a 60k-entry array with uniqueItems would keep it busy
    // for minutes); strings and XML characters are checked after it, and on valid data only when the
    // definition has XML. Recursion in ajv (a recursive schema) is bounded by the same depth limit.
    const shape = measureShape(data, limits, checkXmlChars);
    if (shape.exceeded) return limitError(shape.exceeded);
    const passed = context.validate(data) as boolean;
    if (passed && !shape.suspectXml) return { valid: true, errors: [] };
    const ajvErrors = passed ? [] : (context.validate.errors ?? []);
    const scan = scanData(data, limits, checkXmlChars);
    if (scan.tooLarge) return limitError(scan.tooLarge);
    const raw: RawError[] = collapseErrors(ajvErrors, (composite) => {
      const branches = schemaAt(definition.schema, composite.schemaPath);
      return Array.isArray(branches)
        ? chosenBranch(definition, branches, getAt(data, composite.instancePath))
        : undefined;
    });
    for (const { pointer, position } of scan.xmlChars) {
      const text = getAt(data, pointer) as string;
      // Position as people count: in characters (code points), from 1.
      const params = {
        position: [...text.slice(0, position)].length + 1,
        codePoint: text.codePointAt(position),
      };
      raw.push({ pointer, keyword: 'xmlChar', params });
    }
    if (raw.length === 0) return { valid: true, errors: [] };
    // A flood of errors (hostile data) is cut: the first ones, and one `limit` error that says so.
    const truncated = raw.length > limits.maxErrors;
    if (truncated) raw.length = limits.maxErrors;
    const fields = new FieldLookup(definition, data);
    const located = raw.map((error) => {
      const field = fields.at(error.pointer);
      const label = field?.label ?? '';
      const params = { ...error.params, label };
      const override = field?.schema['x-efa']?.messages?.[error.keyword];
      const message = override
        ? fillTemplate(override, params)
        : locale.error({ keyword: error.keyword, params, label: label || locale.wholeForm });
      // `params` are ajv's for this keyword (see `ValidationParams`), plus the label.
      const result = { pointer: error.pointer, keyword: error.keyword, message, params } as ValidationError;
      return { error: result, order: field?.order ?? [] };
    });
    // Errors in the order the form shows the fields: an error summary reads top to bottom.
    located.sort((a, b) => compareOrder(a.order, b.order));
    const errors = located.map(({ error }) => error);
    if (truncated) errors.push(...limitError({ limit: 'maxErrors', max: limits.maxErrors }).errors);
    return { valid: false, errors };
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
          // Stryker disable next-line StringLiteral: the limit messages name no field
          message: locale.error({ keyword: 'limit', params, label: '' }),
        },
      ],
    };
  }

  function validateStep(data: unknown, stepId: string): ValidationResult {
    const step = definition.steps?.find((candidate) => candidate.id === stepId);
    if (!step) throw new Error(`efa-forms: the definition has no step "${stepId}"`);
    // Hostile data is measured before prune walks it.
    const result = withinStack(() => {
      const shape = exceedsShapeLimits(data, limits);
      return shape ? limitError(shape) : validateBounded(prune(definition, data));
    });
    // An error belongs to the step when it is on one of the step's fields or inside one, or on a parent
    // of them ("betrieb" is required); errors about the data as a whole (pointer "") belong to every step.
    // Sets keep this linear in the number of errors (a 1,000-field step can have 1,000 errors).
    const errors = result.errors.filter((error) => inStepScope(step, error.pointer));
    return { valid: errors.length === 0, errors };
  }

  return { validate, validateStep };
}

/** The schema node an ajv `schemaPath` (`#/properties/x/oneOf`) names, if it is in the root. */
function schemaAt(root: unknown, schemaPath: string): unknown {
  if (!schemaPath.startsWith('#')) return undefined;
  try {
    return getAt(root, decodeURIComponent(schemaPath.slice(1)));
  } catch {
    return undefined; // a path ajv encoded differently: fall back to the error heuristics
  }
}

/** `{label}`, `{limit}`, ... in a per-field message override. */
function fillTemplate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
