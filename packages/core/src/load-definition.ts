import type { Definition, Locale, ServiceDefinition } from './definition.js';
import { DefinitionError } from './definition-error.js';
import type { DefinitionRule } from './definition-rule.js';
import { inlineFileRefsSync, type SyncFileRefOptions } from './inline-file-refs.js';
import { lintDefinition } from './lint-definition.js';
import { isPlainObject } from './pointer.js';
import { parseJson } from './parse-json.js';
import { prepareDefinition } from './internal/prepare-definition.js';

/** Options of `loadDefinition`. */
export interface LoadOptions {
  /** The reusing municipality's configuration, validated against the definition's `tenant` schema. */
  tenant?: unknown;
  /** Language of texts and messages; `de` (the definitions' own language) by default. */
  locale?: Locale;
  /** Extra checks, e.g. `xoevDefinitionRules` from `@efa-forms/xoev` for a definition with `xoev`. */
  rules?: readonly DefinitionRule[];
  /**
   * Resolves `$ref`s to shared blocks in files beside the definition (`inlineFileRefsSync`) before
   * checking, e.g. `{base: 'gewerbe.service.json', read: (path) => readFileSync(path, 'utf8')}`.
   * Without it, a file reference is reported as unsupported.
   */
  files?: SyncFileRefOptions;
}

/**
 * Checks a service definition (JSON text or parsed) and prepares it for use: translations for
 * `locale` applied, `{tenant.*}` placeholders filled from `tenant`, option lists the tenant supplies
 * (`x-efa.optionsFrom`) put in as `oneOf`, steps completed (one step with
 * every field when there are none). Throws `DefinitionError` listing *all* problems at once.
 * The input is never modified.
 */
export function loadDefinition(json: unknown, options: LoadOptions = {}): Definition {
  let parsed = json;
  if (typeof json === 'string') {
    const result = parseJson(json);
    if (!result.ok) {
      throw new DefinitionError([
        {
          code: 'json-syntax',
          pointer: '',
          message: `Not valid JSON: ${result.message} at line ${result.line}, column ${result.column}.`,
        },
      ]);
    }
    parsed = result.value;
  }
  if (options.files) parsed = inlineFileRefsSync(parsed, options.files);
  const problems = lintDefinition(parsed, {
    tenant: options.tenant,
    ...(options.rules ? { rules: options.rules } : {}),
  });
  if (problems.length > 0) throw new DefinitionError(problems);
  return prepareDefinition(parsed as ServiceDefinition, options, true);
}

/** Options of `fromJsonSchema`. */
export interface FromJsonSchemaOptions {
  id?: string;
  title?: string;
  locale?: Locale;
}

/**
 * Wraps a plain JSON Schema written elsewhere (JSON Forms, react-jsonschema-form, a FIT-Connect
 * "Fachdaten" schema) into a definition. Lenient: unknown keywords are ignored as JSON Schema says,
 * and the authoring rules of service definitions (labelled options, step coverage) are not applied;
 * what would break validation (an invalid schema, an unresolved `$ref`) still throws `DefinitionError`.
 */
export function fromJsonSchema(schema: unknown, options: FromJsonSchemaOptions = {}): Definition {
  const title =
    options.title ?? (isPlainObject(schema) && typeof schema.title === 'string' ? schema.title : 'Formular');
  const wrapped = { id: options.id ?? 'form', version: '0.0.0', title, schema };
  const problems = lintDefinition(wrapped, { mode: 'lenient' });
  if (problems.length > 0) throw new DefinitionError(problems);
  return prepareDefinition(wrapped as ServiceDefinition, { locale: options.locale }, false);
}
