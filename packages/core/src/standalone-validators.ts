import { _ } from 'ajv';
import type { default as AjvCore } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { JsonSchemaObject } from './definition.js';
import * as germanFormatExports from './formats/german-formats.js';
import * as standardFormatExports from './formats/standard-formats.js';
import { conditionPointers } from './internal/condition-pointers.js';
import { createAjv } from './internal/create-ajv.js';
import { encodeFragment, registeredAjv } from './internal/ajv-schema-compiler.js';
import type { SchemaMode } from './internal/schema-context.js';

/** The specifier standalone code imports the formats from; give it `formatsCode` when bundling. */
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
   * resolves them from `resolveDir` (esbuild: `bundle: true, format: 'esm'`) and loads `formatsCode`
   * for `formatsSpecifier`.
   */
  code: string;
  /** Same for the `tenant` schema (export `validate`); absent when the definition has none. */
  tenantCode?: string;
  /** JSON Pointer into the data schema -> the name `code` exports its check under. */
  checks: Record<string, string>;
  /** The specifier the code requires the formats under. */
  formatsSpecifier: string;
  /**
   * ES module source that specifier stands for: exports `standaloneFormats` with the formats `code`
   * and `tenantCode` use and no others, each imported on its own from core's formats modules (resolved
   * from `resolveDir`), so a service that checks no IBAN carries no IBAN check and one that checks a
   * date carries only the date check.
   */
  formatsCode: string;
  /** URL of a directory from which ajv's runtime helpers and `formatsCode`'s imports resolve. */
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
  const instances = [ajv];
  if (definition.tenant !== undefined) {
    const tenantAjv = createAjv(definition.tenant, 'lenient', { code });
    tenantCode = standaloneCode(tenantAjv, tenantAjv.compile(definition.tenant));
    instances.push(tenantAjv);
  }
  return {
    code: source,
    ...(tenantCode === undefined ? {} : { tenantCode }),
    checks,
    formatsSpecifier: FORMATS_SPECIFIER,
    formatsCode: formatsCode(instances),
    resolveDir: new URL('.', import.meta.url).href,
  };
}

/**
 * The formats module for the code the instances compiled: the formats that code looks up, each
 * imported on its own from core (`formats/standard-formats.ts`, `formats/german-formats.ts`), never
 * ajv-formats, which is CommonJS and would come whole. Every format ajv compiled into the code is in
 * its scope (`formats`); ajv writes a regular-expression format into the code itself, so those need no
 * import. A `format` given by `$data` (with `formatMinimum` and its kin) looks the format up by name at
 * run time: then the scope holds the instance's whole table and the module exports every format, the
 * regular expressions written out.
 */
function formatsCode(instances: readonly AjvCore[]): string {
  const entries = new Map<string, string>(); // name -> the expression that gives the format
  const imports = new Map<string, Set<string>>(); // module -> the names imported from it
  for (const instance of instances) {
    const used = new Set(instance.scope.get()['formats'] ?? []);
    const everyFormat = used.has(instance.formats);
    for (const [name, format] of Object.entries(instance.formats)) {
      if (!everyFormat && (!used.has(format) || format instanceof RegExp)) continue;
      const coreExport = CORE_FORMAT_EXPORTS.get(format);
      if (coreExport !== undefined) {
        entries.set(name, coreExport.name);
        imports.set(coreExport.module, (imports.get(coreExport.module) ?? new Set()).add(coreExport.name));
      } else if (format instanceof RegExp || format === true) entries.set(name, String(format));
      else throw new Error(`efa-forms: the format "${name}" has no module for compiled services`);
    }
  }
  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => `import { ${[...names].sort().join(', ')} } from "./formats/${module}.${ownExtension()}";`);
  const table = [...entries].map(([name, entry]) => `${JSON.stringify(name)}: ${entry}`).join(', ');
  return [...importLines, `export const standaloneFormats = { ${table} };`].join('\n');
}

/** Each format core defines -> the module (in `formats/`) and the name it is exported under. */
const CORE_FORMAT_EXPORTS = new Map<unknown, { module: string; name: string }>(
  (
    [
      ['german-formats', germanFormatExports],
      ['standard-formats', standardFormatExports],
    ] as const
  ).flatMap(([module, exports]) =>
    Object.entries(exports).map(([name, value]) => [value, { module, name }] as const),
  ),
);

/** `ts` when running from the sources (tests), `js` from dist/. */
function ownExtension(): string {
  return import.meta.url.endsWith('.ts') ? 'ts' : 'js';
}
