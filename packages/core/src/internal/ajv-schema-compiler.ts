import type { default as AjvCore } from 'ajv';
import type { JsonSchemaObject } from '../definition.js';
import { createAjv } from './create-ajv.js';
import { optimizeSchema } from './optimize-schema.js';
import {
  useSchemaCompiler,
  type CompiledSchema,
  type SchemaCheck,
  type SchemaCompiler,
  type SchemaMode,
} from './schema-context.js';

/** The id a data schema is registered under when it has no `$id` of its own. */
export const DEFAULT_ROOT_ID = 'urn:efa-forms:schema';

/** What compiling a schema produced; shared by equal schemas (a definition loaded twice, its clone). */
interface Compiled {
  ajv: AjvCore;
  rootId: string;
  checks: Map<string, SchemaCheck>;
  validate?: SchemaCheck;
}

/**
 * Compiling a 1,000-field schema takes ajv about half a second: the linter, `loadDefinition`'s copy
 * and a second load of the same service would each pay it. Equal schemas (same JSON text and mode)
 * share one compilation; the most recent few are kept.
 */
const compiledByContent = new Map<string, Compiled>();
const MAX_SHARED_COMPILATIONS = 16;

/**
 * An ajv instance with the (optimised) data schema registered under its id: the one place the
 * validation code is made, at run time here and as standalone code for `efa compile`.
 */
export function registeredAjv(
  root: JsonSchemaObject,
  mode: SchemaMode,
  overrides: Parameters<typeof createAjv>[2] = {},
): { ajv: AjvCore; rootId: string } {
  // Data errors get efa's own messages (core's locales); ajv's English text would be dead code in every
  // error branch of the validator: about a tenth of a compiled service's code at 1,000 fields.
  // No check against the meta-schema here: every schema that reaches a compilation was linted, and the
  // linter checked it (lintDefinition's checkSchema) and compiles only one that passed. Checking again
  // compiled the meta-schema a second time for every raw definition a page loads (Node: 20 ms of 75
  // at 50 fields, 55 of 254 at 1,000).
  const ajv = createAjv(root, mode, { messages: false, validateSchema: false, ...overrides });
  const rootId = typeof root.$id === 'string' ? root.$id : DEFAULT_ROOT_ID;
  ajv.addSchema(optimizeSchema(root), rootId);
  return { ajv, rootId };
}

function compiledFor(root: JsonSchemaObject, mode: SchemaMode): Compiled {
  // Stryker disable next-line StringLiteral: no mode name holds a "{" and the JSON of a schema object starts with one, so the key is unambiguous without the separator
  const key = mode + '\u0000' + JSON.stringify(root);
  let compiled = compiledByContent.get(key);
  if (!compiled) {
    // No optimisation passes over the generated code: they take more than half of a large schema's
    // compile time in the page (1,000 fields: 2.4 s -> 0.7-1.1 s in Node on a loaded machine) for code
    // about 10 % smaller that validates the same. `efa compile` keeps them: its code is shipped.
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the passes change the code's size and compile time, not what it answers
    const withoutOptimisation = { code: { optimize: false } };
    compiled = { ...registeredAjv(root, mode, withoutOptimisation), checks: new Map() };
    if (compiledByContent.size >= MAX_SHARED_COMPILATIONS)
      compiledByContent.delete(compiledByContent.keys().next().value as string);
  } else {
    compiledByContent.delete(key); // re-insert as the most recent
  }
  compiledByContent.set(key, compiled);
  return compiled;
}

/** ajv at run time: compiles the schema (needs `new Function`, so no strict CSP) and conditions on demand. */
export const ajvSchemaCompiler: SchemaCompiler = {
  compile(root: JsonSchemaObject, mode: SchemaMode): CompiledSchema {
    const compiled = compiledFor(root, mode);
    const { ajv, rootId, checks } = compiled;
    return {
      // Compiled on first use: describing fields needs only the conditions, not the whole validator.
      get validate() {
        compiled.validate ??= ajv.getSchema(rootId) as SchemaCheck;
        return compiled.validate;
      },
      check(pointer) {
        let check = checks.get(pointer);
        // Stryker disable next-line ConditionalExpression: a cache; ajv keeps what it compiled and gives the same check for the id again, and a new stand-in answers false like the old one
        if (!check) {
          try {
            check = ajv.getSchema(rootId + '#' + encodeFragment(pointer)) as SchemaCheck | undefined;
          } catch {
            // Only a schema that loadDefinition rejects gets here (the linter describes fields of
            // broken schemas too): an uncompilable condition counts as not met (`check` stays unset).
          }
          check ??= Object.assign(() => false, { errors: null }) as SchemaCheck;
          checks.set(pointer, check);
        }
        return check;
      },
      checkDetached: (schema, data) => ajv.validate(schema, data) as boolean,
    };
  },
};

/** A JSON Pointer as a URI fragment (ajv decodes it with decodeURIComponent). */
export function encodeFragment(pointer: string): string {
  return pointer
    .split('/')
    .map((token) => encodeURIComponent(token))
    .join('/');
}

// Importing this module is what makes the full `@efa-forms/core` compile schemas at run time.
useSchemaCompiler(ajvSchemaCompiler);
