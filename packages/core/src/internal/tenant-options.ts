import type { DefinitionProblem } from '../definition-error.js';
import type { JsonSchemaObject } from '../definition.js';
import { getAt, isPlainObject, joinPointer } from '../pointer.js';
import { walkSchema } from '../walk-schema.js';

/** `"x-efa": {"optionsFrom": "tenant.parkzonen"}`: a dot path into the tenant object. */
const OPTIONS_FROM = /^tenant((?:\.[A-Za-z0-9_$-]+)+)$/;

/** A field whose options the tenant supplies. */
export interface TenantOptionsField {
  /** JSON Pointer of the field's schema within the data schema. */
  pointer: string;
  /** The field's schema node. */
  schema: JsonSchemaObject;
  /** The path in the tenant object (`["parkzonen"]`), or `undefined` when `optionsFrom` is malformed. */
  path: string[] | undefined;
}

/** Every schema node of `schema` with an `x-efa.optionsFrom` hint, with its pointer (relative to `prefix`). */
export function findTenantOptions(schema: unknown, prefix = ''): TenantOptionsField[] {
  const found: TenantOptionsField[] = [];
  walkSchema(
    schema,
    (node, pointer) => {
      const hints = node['x-efa'];
      if (!isPlainObject(hints) || !('optionsFrom' in hints)) return;
      const source = hints['optionsFrom'];
      const match = typeof source === 'string' ? OPTIONS_FROM.exec(source) : null;
      found.push({
        pointer,
        schema: node,
        path: match ? (match[1] as string).slice(1).split('.') : undefined,
      });
    },
    prefix,
  );
  return found;
}

/**
 * What is wrong with the options a tenant supplies at `path`: they must be a non-empty list of
 * `{const, title}` (the same shape as a schema's option list) with distinct, non-empty codes and labels.
 * Problems point into the tenant object and have `source: 'tenant'`.
 */
export function checkTenantOptionList(tenant: unknown, path: string[]): DefinitionProblem[] {
  const at = path.reduce((pointer, token) => joinPointer(pointer, token), '');
  const list = getAt(tenant, path);
  const problem = (pointer: string, message: string): DefinitionProblem => ({
    pointer,
    code: 'tenant-options-invalid',
    message,
    source: 'tenant',
  });
  if (!Array.isArray(list) || list.length === 0) {
    return [
      problem(
        at,
        `The tenant configuration's "${at}" must be a non-empty list of options {"const": "...", "title": "..."}.`,
      ),
    ];
  }
  const problems: DefinitionProblem[] = [];
  const codes = new Set<unknown>();
  list.forEach((option, index) => {
    const pointer = joinPointer(at, index);
    if (
      !isPlainObject(option) ||
      !(typeof option['const'] === 'string' || typeof option['const'] === 'number') ||
      option['const'] === '' ||
      typeof option['title'] !== 'string' ||
      option['title'].trim() === ''
    ) {
      problems.push(problem(pointer, `Each option needs a "const" (string or number) and a "title".`));
    } else if (codes.has(option['const'])) {
      problems.push(problem(pointer, `The option ${JSON.stringify(option['const'])} is listed twice.`));
    } else {
      codes.add(option['const']);
    }
  });
  return problems;
}

/**
 * Puts the tenant's options into the schema: each field with `x-efa.optionsFrom` gets
 * `oneOf: [{const, title}]` from the tenant object, so validation, conditions, rendering and XML treat
 * them like options written in the definition. Mutates `schema` (a copy owned by the caller).
 */
export function applyTenantOptions(schema: JsonSchemaObject, tenant: Record<string, unknown>): void {
  for (const field of findTenantOptions(schema)) {
    if (!field.path) continue;
    const list = getAt(tenant, field.path);
    if (!Array.isArray(list)) continue;
    field.schema.oneOf = list.map((option: Record<string, unknown>) => ({
      const: option['const'],
      title: option['title'],
    }));
  }
}
