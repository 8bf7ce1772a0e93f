import type { JsonSchema, JsonSchemaObject, SchemaHolder } from './definition.js';
import { isPlainObject } from './pointer.js';
import { followRefs, rootOf } from './resolve-schema.js';

/** One allowed value of an option list, with its texts from the schema. */
export interface SchemaOption {
  value: unknown;
  /** The option's `title` (for `oneOf`/`anyOf` lists), when it has a non-empty one. */
  title?: string;
  /** The option's `description`, when it has one. */
  description?: string;
}

/**
 * The option list of a schema, or `undefined` when it is none: `enum`; or `oneOf`/`anyOf` whose every
 * branch is (or, through `$ref`, points to) a schema with `const`, each with its `title` and
 * `description`; or a lone `const`. `holder` (by default the root a `resolveSchema` view was resolved
 * against) lets `$ref` branches be followed.
 */
export function optionList(
  schema: JsonSchemaObject,
  holder: SchemaHolder | undefined = rootOf(schema),
): SchemaOption[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => ({ value }));
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = optionBranches(schema[keyword], holder);
    if (branches) return branches.map(toOption);
  }
  if ('const' in schema) return [{ value: schema.const }];
  return undefined;
}

/**
 * The branches of a `oneOf`/`anyOf` when they form an option list (every one a `{const}`, `$ref`s
 * followed with `holder`), else `undefined`.
 */
export function optionBranches(branches: unknown, holder?: SchemaHolder): JsonSchemaObject[] | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const resolved = branches.map((branch) =>
    holder && isPlainObject(branch) ? followRefs(holder, branch as JsonSchema) : branch,
  );
  return resolved.every((branch) => isPlainObject(branch) && 'const' in branch)
    ? (resolved as JsonSchemaObject[])
    : undefined;
}

function toOption(branch: JsonSchemaObject): SchemaOption {
  const option: SchemaOption = { value: branch.const };
  if (typeof branch.title === 'string' && branch.title !== '') option.title = branch.title;
  if (typeof branch.description === 'string') option.description = branch.description;
  return option;
}
