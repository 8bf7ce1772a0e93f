import { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { JsonSchemaObject } from './definition.js';
import { conditionPointers } from './internal/condition-pointers.js';
import { createAjv } from './internal/create-ajv.js';
import { encodeFragment, registeredAjv } from './internal/ajv-schema-compiler.js';
import type { SchemaMode } from './internal/schema-context.js';

/** The specifier standalone code imports the formats from; map it to `formatsModule` when bundling. */
const FORMATS_SPECIFIER = 'efa-forms:standalone-formats';

/** Options of `standaloneValidators`. */
export interface StandaloneOptions {
  /** How the data schema is compiled; defaults to the holder's (`strict` unless `strict: false`). */
  mode?: SchemaMode;
}

/** ajv standalone code for one definition: what `efa compile` bundles into a compiled service. */
export interface StandaloneValidators {
  /**
   * ES module source exporting `validate` (the whole form) and one check per condition (`c0`, `c1`,
   * ...). Its `require(...)` calls (ajv's runtime helpers, `formatsSpecifier`) need a bundler that
   * resolves them from `resolveDir` (esbuild: `bundle: true, format: 'esm'`).
   */
  code: string;
  /** Same for the `tenant` schema (export `validate`); absent when the definition has none. */
  tenantCode?: string;
  /** JSON Pointer into the data schema -> the name `code` exports its check under. */
  checks: Record<string, string>;
  /** The specifier the code requires the formats under. */
  formatsSpecifier: string;
  /** URL of the module that specifier stands for (core's `standalone-formats`). */
  formatsModule: string;
  /** URL of a directory from which ajv's runtime helpers resolve. */
  resolveDir: string;
}

/**
 * The validators of a definition as ajv standalone code, made by the same ajv options, formats and
 * optimised schema as the run-time validator, with a check for every condition the schema readers
 * evaluate (`conditionPointers`). No `new Function` runs when the bundled code is used.
 */
export function standaloneValidators(
  definition: { schema: JsonSchemaObject; tenant?: JsonSchemaObject; strict?: boolean },
  options: StandaloneOptions = {},
): StandaloneValidators {
  const mode = options.mode ?? (definition.strict === false ? 'lenient' : 'strict');
  const code = { source: true, esm: true, formats: _`require(${FORMATS_SPECIFIER}).standaloneFormats` };
  const { ajv, rootId } = registeredAjv(definition.schema, mode, { code });
  const exports: Record<string, string> = { validate: rootId };
  const checks: Record<string, string> = {};
  const never: string[] = [];
  conditionPointers(definition.schema).forEach((pointer, index) => {
    const name = `c${index}`;
    checks[pointer] = name;
    const id = rootId + '#' + encodeFragment(pointer);
    let compiles: boolean;
    try {
      compiles = ajv.getSchema(id) !== undefined;
    } catch {
      compiles = false;
    }
    // The run-time compiler treats a condition it cannot compile (an option list read as enum) as not met.
    if (compiles) exports[name] = id;
    else never.push(name);
  });
  let source = standaloneCode(ajv, exports);
  for (const name of never)
    source += `\nexport const ${name} = Object.assign(() => false, { errors: null });`;
  let tenantCode: string | undefined;
  if (definition.tenant !== undefined) {
    const tenantAjv = createAjv(definition.tenant, 'lenient', { code });
    tenantCode = standaloneCode(tenantAjv, tenantAjv.compile(definition.tenant));
  }
  return {
    code: source,
    ...(tenantCode === undefined ? {} : { tenantCode }),
    checks,
    formatsSpecifier: FORMATS_SPECIFIER,
    formatsModule: new URL(`./standalone-formats.${ownExtension()}`, import.meta.url).href,
    resolveDir: new URL('.', import.meta.url).href,
  };
}

/** `ts` when running from the sources (tests), `js` from dist/. */
function ownExtension(): string {
  return import.meta.url.endsWith('.ts') ? 'ts' : 'js';
}
