import {
  isCompiledService,
  isPlainObject,
  loadCompiledService,
  type Definition,
  type Locale,
} from '@efa-forms/core/engine';
import type { fromJsonSchema, loadDefinition } from '@efa-forms/core';

/** What turns raw input (a `.service.json`, a plain JSON Schema) into a `Definition`: core's loader and ajv. */
export interface RawDefinitionLoader {
  loadDefinition: typeof loadDefinition;
  fromJsonSchema: typeof fromJsonSchema;
}

let rawLoader: RawDefinitionLoader | undefined;

/**
 * Plugs in the loader for raw definitions (`@efa-forms/elements/runtime` does). Without it
 * `<efa-form>` takes compiled services (`efa compile`) and prepared definitions only, and its import
 * graph holds no compiler, so it runs under a strict Content-Security-Policy.
 */
export function useRawDefinitionLoader(loader: RawDefinitionLoader): void {
  rawLoader = loader;
}

/** A raw definition or schema reached an `<efa-form>` that was loaded without the runtime compiler. */
export class RuntimeCompilerMissingError extends Error {
  override readonly name = 'RuntimeCompilerMissingError';
  constructor() {
    super(
      'This <efa-form> takes compiled services only (efa compile): it got a raw service definition or schema. ' +
        "Compile it with `efa compile`, or load the runtime compiler: import '@efa-forms/elements/runtime' or the bundle efa-forms-runtime.js.",
    );
  }
}

/**
 * A `Definition` that core's `loadDefinition` already prepared for this locale (e.g. at build time, to
 * keep definition checking off the page's critical path): used as it is. Raw `.service.json` content
 * never has `tenantData`.
 */
function isLoaded(source: unknown, locale: Locale): source is Definition {
  return (
    isPlainObject(source) &&
    isPlainObject(source.tenantData) &&
    source.locale === locale &&
    Array.isArray(source.steps)
  );
}

/**
 * The definition `<efa-form>` renders: from a compiled service (`efa compile`; no compiler runs), a
 * definition prepared already, or, with the runtime loader plugged in, a raw definition or schema.
 * Throws core's `DefinitionError` for a bad definition or tenant, `RuntimeCompilerMissingError` for raw
 * input without the runtime.
 */
export function prepareService(
  source: unknown,
  schema: unknown,
  options: { tenant: unknown; locale: Locale },
): Definition {
  if (isCompiledService(source)) return loadCompiledService(source, options);
  if (source !== undefined && isLoaded(source, options.locale)) return source;
  if (!rawLoader) throw new RuntimeCompilerMissingError();
  return source === undefined
    ? rawLoader.fromJsonSchema(schema, { locale: options.locale })
    : rawLoader.loadDefinition(source, options);
}
