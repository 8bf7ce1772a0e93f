import type { JsonSchemaObject } from '@efa-forms/core';
import type { FieldOption } from '../widget-registry.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as option text: strings as they are, everything else as JSON (`null`, `42`, `true`). */
export function valueText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/**
 * The choices of a scalar schema: `enum`, or `oneOf`/`anyOf` whose every branch is `{const}` (with an
 * optional `title`/`description`), or a lone `const`. `undefined` when the schema is not a choice.
 */
export function optionsOf(schema: JsonSchemaObject): FieldOption[] | undefined {
  if (Array.isArray(schema.enum)) {
    return schema.enum.map((value) => ({ value, label: valueText(value) }));
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (
      Array.isArray(branches) &&
      branches.length > 0 &&
      branches.every((branch) => isObject(branch) && 'const' in branch)
    ) {
      return (branches as Record<string, unknown>[]).map((branch) => ({
        value: branch.const,
        label:
          typeof branch.title === 'string' && branch.title !== '' ? branch.title : valueText(branch.const),
        description: typeof branch.description === 'string' ? branch.description : undefined,
      }));
    }
  }
  if ('const' in schema)
    return [
      {
        value: schema.const,
        label: typeof schema.title === 'string' ? schema.title : valueText(schema.const),
      },
    ];
  return undefined;
}

/** Index of `value` among the options (deep equality for object/array constants), or -1. */
export function optionIndex(options: readonly FieldOption[], value: unknown): number {
  if (value === undefined) return -1;
  const text = typeof value === 'object' ? JSON.stringify(value) : undefined;
  return options.findIndex((option) =>
    text === undefined
      ? option.value === value
      : typeof option.value === 'object' && JSON.stringify(option.value) === text,
  );
}
