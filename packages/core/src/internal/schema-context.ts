import type { default as AjvCore, ValidateFunction } from 'ajv';
import type { JsonSchema, JsonSchemaObject } from '../definition.js';
import { createAjv, type SchemaMode } from './create-ajv.js';
import { optimizeSchema } from './optimize-schema.js';

/** Anything that carries a data schema: a `Definition`, a `ServiceDefinition`, or `{schema}`. */
export interface SchemaHolder {
  schema: JsonSchemaObject;
  /** `false` for third-party schemas loaded leniently (`fromJsonSchema`): unknown keywords are ignored. */
  strict?: boolean;
}

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

function buildContext(root: JsonSchemaObject, mode: SchemaMode): SchemaContext {
  const ajv = createAjv(root, mode);
  const rootId = typeof root.$id === 'string' ? root.$id : 'urn:efa-forms:schema';
  ajv.addSchema(optimizeSchema(root), rootId);
  const pointers = indexPointers(root);
  const checks = new Map<string, ValidateFunction>();
  let validate: ValidateFunction | undefined;
  return {
    root,
    rootId,
    ajv,
    // Compiled on first use: describing fields needs only the conditions, not the whole validator.
    get validate() {
      validate ??= ajv.getSchema(rootId) as ValidateFunction;
      return validate;
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
        stack.push([value, pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1')]);
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
