import type { default as AjvCore, ValidateFunction } from 'ajv';
import type { JsonSchema, JsonSchemaObject, SchemaHolder } from '../definition.js';
import { joinPointer } from '../pointer.js';
import { createAjv, type SchemaMode } from './create-ajv.js';
import { optimizeSchema } from './optimize-schema.js';

export type { SchemaHolder };

/**
 * Everything derived once per data schema: the ajv instance with the schema registered under an id,
 * the compiled validator, and an index from each subschema object to its JSON Pointer, so a
 * subschema (an `if`, a `oneOf` branch) can be checked in the context of its root, `$ref`s included.
 */
export interface SchemaContext {
  readonly root: JsonSchemaObject;
  readonly rootId: string;
  readonly ajv: AjvCore;
  readonly validate: ValidateFunction;
  /** JSON Pointer of a subschema object within the root. */
  pointerOf(schema: object): string | undefined;
  /** Whether `data` is valid against `schema`, a subschema of the root. */
  matches(schema: JsonSchema, data: unknown): boolean;
}

const contexts = new WeakMap<object, Map<SchemaMode, SchemaContext>>();

/** The (cached) context of a definition's data schema. Throws ajv's error for a schema it cannot compile. */
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

/** What compiling a schema produced; shared by equal schemas (a definition loaded twice, its clone). */
interface Compiled {
  ajv: AjvCore;
  rootId: string;
  checks: Map<string, ValidateFunction>;
  validate?: ValidateFunction;
}

/**
 * Compiling a 1,000-field schema takes ajv about half a second: the linter, `loadDefinition`'s copy
 * and a second load of the same service would each pay it. Equal schemas (same JSON text and mode)
 * share one compilation; the most recent few are kept.
 */
const compiledByContent = new Map<string, Compiled>();
const MAX_SHARED_COMPILATIONS = 16;

function compiledFor(root: JsonSchemaObject, mode: SchemaMode): Compiled {
  const key = mode + '\u0000' + JSON.stringify(root);
  let compiled = compiledByContent.get(key);
  if (!compiled) {
    const ajv = createAjv(root, mode);
    const rootId = typeof root.$id === 'string' ? root.$id : 'urn:efa-forms:schema';
    ajv.addSchema(optimizeSchema(root), rootId);
    compiled = { ajv, rootId, checks: new Map() };
    if (compiledByContent.size >= MAX_SHARED_COMPILATIONS)
      compiledByContent.delete(compiledByContent.keys().next().value as string);
  } else {
    compiledByContent.delete(key); // re-insert as the most recent
  }
  compiledByContent.set(key, compiled);
  return compiled;
}

function buildContext(root: JsonSchemaObject, mode: SchemaMode): SchemaContext {
  const compiled = compiledFor(root, mode);
  const { ajv, rootId, checks } = compiled;
  // Pointers are per root object (identity); the compiled checks behind them are shared by content.
  const pointers = indexPointers(root);
  return {
    root,
    rootId,
    ajv,
    // Compiled on first use: describing fields needs only the conditions, not the whole validator.
    get validate() {
      compiled.validate ??= ajv.getSchema(rootId) as ValidateFunction;
      return compiled.validate;
    },
    pointerOf: (schema) => pointers.get(schema),
    matches(schema, data) {
      if (schema === true) return true;
      if (schema === false) return false;
      const pointer = pointers.get(schema);
      if (pointer === undefined) return ajv.validate(schema, data);
      let check = checks.get(pointer);
      if (!check) {
        try {
          check = ajv.getSchema(rootId + '#' + encodeFragment(pointer));
        } catch {
          // Only a schema that loadDefinition rejects gets here (the linter describes fields of
          // broken schemas too): an uncompilable condition counts as not met.
          check = undefined;
        }
        check ??= Object.assign(() => false, { errors: null }) as unknown as ValidateFunction;
        checks.set(pointer, check);
      }
      return check(data) as boolean;
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
      if (typeof value === 'object' && value !== null) {
        stack.push([value, joinPointer(pointer, key)]);
      }
    }
  }
  return index;
}

/** A JSON Pointer as a URI fragment (ajv decodes it with decodeURIComponent). */
function encodeFragment(pointer: string): string {
  return pointer
    .split('/')
    .map((token) => encodeURIComponent(token))
    .join('/');
}
