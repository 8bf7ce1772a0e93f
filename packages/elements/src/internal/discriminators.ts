import {
  fieldLabel,
  isPlainObject,
  resolveSchema,
  type JsonSchemaObject,
  type SchemaHolder,
} from '@efa-forms/core/engine';
import { valueText } from './options.js';

const cache = new WeakMap<object, Map<string, { schema: JsonSchemaObject; label: string }>>();

/**
 * The choices of `oneOf`/`anyOf` discriminators of an object schema: a property that every branch
 * declares with a different `const` (`art: privat` / `art: firma`) is one question whose options are
 * the branches. Core's `describeObject` reports such a property once, with the first branch's schema;
 * the form shows it as a choice of all branches instead, labelled with the property's own title (the
 * same in every branch) or its name.
 */
export function discriminatorChoices(
  holder: SchemaHolder,
  object: JsonSchemaObject,
): Map<string, { schema: JsonSchemaObject; label: string }> {
  let found = cache.get(object);
  if (found) return found;
  found = new Map();
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = Array.isArray(object[keyword])
      ? (object[keyword] as unknown[]).map((branch) => resolveSchema(holder, branch as JsonSchemaObject))
      : [];
    if (branches.length < 2) continue;
    const names = new Set(
      branches.flatMap((branch) => (isPlainObject(branch.properties) ? Object.keys(branch.properties) : [])),
    );
    for (const name of names) {
      const options = branches.map((branch) => {
        const property = isPlainObject(branch.properties)
          ? resolveSchema(holder, branch.properties[name] as JsonSchemaObject)
          : undefined;
        return property && 'const' in property ? { property, branch } : undefined;
      });
      if (options.some((option) => option === undefined)) continue;
      const present = options as { property: JsonSchemaObject; branch: JsonSchemaObject }[];
      const titles = new Set(present.map(({ property }) => property.title));
      const sharedTitle = titles.size === 1 ? [...titles][0] : undefined;
      const schema: JsonSchemaObject = {
        oneOf: present.map(({ property, branch }) => ({
          const: property.const,
          title:
            sharedTitle === undefined && typeof property.title === 'string'
              ? property.title
              : typeof branch.title === 'string'
                ? branch.title
                : valueText(property.const),
        })),
      };
      if (typeof sharedTitle === 'string') schema.title = sharedTitle;
      found.set(name, {
        schema,
        label: typeof sharedTitle === 'string' ? sharedTitle : fieldLabel(undefined, name),
      });
    }
  }
  cache.set(object, found);
  return found;
}
