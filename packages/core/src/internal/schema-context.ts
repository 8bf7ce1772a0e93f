import type { JsonSchema, JsonSchemaObject, SchemaHolder } from '../definition.js';
import type { SchemaCheck, SchemaMode } from '../schema-check.js';
import { joinPointer } from '../pointer.js';
import { MissingCheckError } from '../missing-check-error.js';

export type { SchemaHolder, SchemaCheck, SchemaMode };

/** What compiling one data schema gives: the whole-form validator and subschema checks by JSON Pointer. */
export interface CompiledSchema {
  /** The whole-form validator (may be compiled on first use). */
  readonly validate: SchemaCheck;
  /** The check of the subschema at `pointer`; `undefined` when this compilation has none. */
  check(pointer: string): SchemaCheck | undefined;
  /** Checks a schema that is not part of the root (only a run-time compiler can). */
  checkDetached?(schema: JsonSchemaObject, data: unknown): boolean;
}

/**
 * Turns a data schema into a `CompiledSchema`. The full `@efa-forms/core` registers the ajv compiler;
 * the bare engine (`@efa-forms/core/engine`) has none and runs on compiled services only.
 */
export interface SchemaCompiler {
  compile(root: JsonSchemaObject, mode: SchemaMode): CompiledSchema;
}

/**
 * Everything derived once per data schema: the compiled validator, and an index from each subschema
 * object to its JSON Pointer, so a subschema (an `if`, a `oneOf` branch) is checked in the context of
 * its root, `$ref`s included.
 */
export interface SchemaContext {
  readonly root: JsonSchemaObject;
  readonly validate: SchemaCheck;
  /** JSON Pointer of a subschema object within the root. */
  pointerOf(schema: object): string | undefined;
  /** Whether `data` is valid against `schema`, a subschema of the root. */
  matches(schema: JsonSchema, data: unknown): boolean;
}

let compiler: SchemaCompiler | undefined;

/** Registers the compiler used for schemas that have no compiled service attached (the full core: ajv). */
export function useSchemaCompiler(next: SchemaCompiler): void {
  compiler = next;
}

/** Compilations supplied ahead of time (`efa compile`), by root schema object. */
const attached = new WeakMap<object, CompiledSchema>();

/** Makes `compiled` the compilation of `root`: its checks answer every question about that schema. */
export function attachCompiledSchema(root: JsonSchemaObject, compiled: CompiledSchema): void {
  attached.set(root, compiled);
  contexts.delete(root);
}

const contexts = new WeakMap<object, Map<SchemaMode, SchemaContext>>();

/** The (cached) context of a definition's data schema. Throws the compiler's error for a schema it cannot compile. */
export function schemaContext(holder: SchemaHolder, mode: SchemaMode = 'strict'): SchemaContext {
  const root = holder.schema;
  let byMode = contexts.get(root);
  if (!byMode) contexts.set(root, (byMode = new Map()));
  let context = byMode.get(mode);
  if (!context) byMode.set(mode, (context = buildContext(root, mode)));
  return context;
}

/** Like `schemaContext`, reusing a context of either mode that already exists. */
export function anySchemaContext(holder: SchemaHolder): SchemaContext {
  const byMode = contexts.get(holder.schema);
  return (
    byMode?.get('strict') ??
    byMode?.get('lenient') ??
    schemaContext(holder, holder.strict === false ? 'lenient' : 'strict')
  );
}

function buildContext(root: JsonSchemaObject, mode: SchemaMode): SchemaContext {
  const precompiled = attached.get(root);
  if (!precompiled && !compiler) {
    throw new Error(
      'efa-forms: no schema compiler. @efa-forms/core/engine runs compiled services only (efa compile); import @efa-forms/core to compile schemas at run time.',
    );
  }
  const compiled = precompiled ?? (compiler as SchemaCompiler).compile(root, mode);
  // Pointers are per root object (identity); the checks behind them may be shared by content.
  // Indexed on the first question about a sub-schema: a form without conditions never asks, and
  // would otherwise keep a pointer string for every object in its schema.
  let pointers: WeakMap<object, string> | undefined;
  const pointerOf = (schema: object): string | undefined => (pointers ??= indexPointers(root)).get(schema);
  return {
    root,
    get validate() {
      return compiled.validate;
    },
    pointerOf,
    matches(schema, data) {
      if (schema === true) return true;
      if (schema === false) return false;
      const pointer = pointerOf(schema);
      if (pointer === undefined) {
        if (!compiled.checkDetached) throw new MissingCheckError(undefined);
        return compiled.checkDetached(schema, data);
      }
      const check = compiled.check(pointer);
      // Never a silent "false": a compiled service that lacks a condition would hide fields.
      if (!check) throw new MissingCheckError(pointer);
      return check(data);
    },
  };
}

/** Pointers of every object node in the schema tree (first occurrence wins). */
function indexPointers(root: object): WeakMap<object, string> {
  const index = new WeakMap<object, string>();
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop() as [unknown, string];
    if (typeof node !== 'object' || node === null || index.has(node)) continue;
    index.set(node, pointer);
    const entries = Array.isArray(node)
      ? node.map((value, i) => [String(i), value] as const)
      : Object.entries(node);
    for (const [key, value] of entries) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a value that is no object is skipped when popped (the check above) as well; this only saves building its pointer
      if (typeof value === 'object' && value !== null) {
        stack.push([value, joinPointer(pointer, key)]);
      }
    }
  }
  return index;
}
