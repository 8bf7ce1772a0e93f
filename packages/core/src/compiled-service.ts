import type { Definition, Locale } from './definition.js';
import { DefinitionError } from './definition-error.js';
import { deepEqual } from './deep-equal.js';
import { prepareDefinition } from './internal/prepare-definition.js';
import {
  attachCompiledSchema,
  type CompiledSchema,
  type SchemaCheck,
  type SchemaMode,
} from './internal/schema-context.js';
import { tenantProblems } from './internal/tenant-problems.js';
import { validationView } from './internal/validation-view.js';
import { isPlainObject } from './pointer.js';

/** The format tag of a compiled service module (`efa compile`); bumped when the shape changes. */
export const COMPILED_SERVICE_FORMAT = 'efa-forms/compiled-service@1';

/**
 * What `efa compile` produces: one ES module whose default export is this object. Everything a page
 * needs and no compiler: the checked, prepared definition and ajv standalone code for the whole-form
 * validator, every condition `activeFields`/`prune`/`describeObject` evaluate, and the tenant schema.
 */
export interface CompiledService {
  readonly format: typeof COMPILED_SERVICE_FORMAT;
  /** What `loadDefinition` returned at compile time (for the compile-time locale and tenant, if any). */
  readonly definition: Definition;
  /** Set when compiled for one locale (`--locale`): the page cannot switch. Otherwise `de` and `en` work. */
  readonly fixedLocale?: Locale;
  /** Whether a tenant was filled in at compile time (`--tenant`): then the page cannot supply another. */
  readonly fixedTenant: boolean;
  /** Whether the definition had no steps and got the one default step (re-made per locale). */
  readonly autoSteps: boolean;
  /** How the data schema was compiled. */
  readonly mode: SchemaMode;
  /** The whole-form validator (ajv standalone code). */
  readonly validate: SchemaCheck;
  /** Condition checks by JSON Pointer into the data schema. */
  readonly checks: Readonly<Record<string, SchemaCheck>>;
  /** Validates the tenant configuration a page supplies; absent when the definition has no `tenant` schema. */
  readonly validateTenant?: SchemaCheck;
}

/** Options of `loadCompiledService`. */
export interface CompiledLoadOptions {
  /** The reusing municipality's configuration; validated against the definition's `tenant` schema. */
  tenant?: unknown;
  /** Language of texts and messages. Defaults to the compiled one. */
  locale?: Locale;
}

/** Whether `value` is a compiled service (the default export of an `efa compile` module). */
export function isCompiledService(value: unknown): value is CompiledService {
  return (
    isPlainObject(value) &&
    value.format === COMPILED_SERVICE_FORMAT &&
    isPlainObject(value.definition) &&
    typeof value.validate === 'function' &&
    isPlainObject(value.checks)
  );
}

const prepared = new WeakMap<CompiledService, Map<string, Definition>>();

/**
 * The definition of a compiled service, ready for `createValidator`, `activeFields`, `prune` and
 * `describeObject`, which then run on the service's compiled checks: no compiler, no `new Function`,
 * so it works under `Content-Security-Policy: script-src 'self'`. A service compiled without a tenant
 * takes the municipality's `tenant` here (validated by the compiled tenant schema; `{tenant.*}` texts
 * filled), and without `--locale` it switches between `de` and `en`. Throws `DefinitionError` for a
 * tenant that does not match, `Error` for options the service was not compiled to allow.
 */
export function loadCompiledService(service: CompiledService, options: CompiledLoadOptions = {}): Definition {
  if (!isCompiledService(service)) {
    throw new TypeError(
      `efa-forms: not a compiled service (expected the default export of an "efa compile" module, format "${COMPILED_SERVICE_FORMAT}").`,
    );
  }
  const base = service.definition;
  const locale = options.locale ?? service.fixedLocale ?? base.locale;
  if (service.fixedLocale !== undefined && locale !== service.fixedLocale) {
    throw new Error(
      `efa-forms: the service "${base.id}" was compiled for locale "${service.fixedLocale}" only; compile it without --locale to offer "${locale}".`,
    );
  }
  const tenant = options.tenant;
  if (tenant !== undefined && service.fixedTenant && !deepEqual(tenant, base.tenantData)) {
    throw new Error(
      `efa-forms: the service "${base.id}" was compiled with a fixed tenant; compile it without --tenant so each municipality supplies its own.`,
    );
  }
  const key = `${locale}\u0000${service.fixedTenant || tenant === undefined ? '' : JSON.stringify(tenant)}`;
  let byOptions = prepared.get(service);
  if (!byOptions) prepared.set(service, (byOptions = new Map()));
  let definition = byOptions.get(key);
  if (definition) return definition;

  if (locale === base.locale && (service.fixedTenant || tenant === undefined)) {
    definition = base;
  } else {
    if (tenant !== undefined && service.validateTenant && !service.validateTenant(tenant))
      throw new DefinitionError(tenantProblems(service.validateTenant.errors ?? []));
    const { steps, locale: _locale, tenantData: _tenantData, strict, ...source } = base;
    definition = prepareDefinition(
      { ...source, ...(service.autoSteps ? {} : { steps }) },
      { tenant: service.fixedTenant ? undefined : tenant, locale },
      strict,
    );
    if (service.fixedTenant) definition = { ...definition, tenantData: base.tenantData };
    // The checks were made for the compiled schema; texts may differ, what validation reads may not.
    if (validationView(definition.schema) !== validationView(base.schema)) {
      throw new Error(
        `efa-forms: the "${locale}" texts or the tenant of "${base.id}" change what is validated (a translation or {tenant.*} in a rule); compile the service for them (efa compile --locale/--tenant).`,
      );
    }
  }
  attachCompiledSchema(definition.schema, compiledSchemaOf(service));
  byOptions.set(key, definition);
  return definition;
}

const compiledSchemas = new WeakMap<CompiledService, CompiledSchema>();

function compiledSchemaOf(service: CompiledService): CompiledSchema {
  let compiled = compiledSchemas.get(service);
  if (!compiled) {
    const { validate, checks } = service;
    compiled = {
      validate,
      check: (pointer) =>
        Object.prototype.hasOwnProperty.call(checks, pointer) ? checks[pointer] : undefined,
    };
    compiledSchemas.set(service, compiled);
  }
  return compiled;
}
