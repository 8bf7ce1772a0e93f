import type { JsonSchema } from './definition.js';
import { isPlainObject } from './pointer.js';
import { resolveSchema } from './resolve-schema.js';
import type { SchemaHolder } from './definition.js';

/**
 * The visible label of a field: its own `title`, else the title of what it references
 * (`$ref`, a single `allOf` member), else the property name made readable.
 */
export function fieldLabel(schema: JsonSchema | undefined, name: string, holder?: SchemaHolder): string {
  if (isPlainObject(schema) && typeof schema.title === 'string' && schema.title.trim() !== '')
    return schema.title;
  if (holder) {
    const resolved = resolveSchema(holder, schema);
    if (typeof resolved.title === 'string' && resolved.title.trim() !== '') return resolved.title;
  }
  return humanize(name);
}

/** `firstName` -> `First name`, `postal_code` -> `Postal code`; other names stay as they are. */
function humanize(name: string): string {
  const spaced = name
    .replace(/([a-z\u00df-\u00ff])([A-Z\u00c0-\u00de])/g, '$1 $2')
    .replace(/[_]+/g, ' ')
    .trim();
  const words = spaced.split(' ');
  // Stryker disable next-line StringLiteral: split always gives at least one part, the fallback only satisfies the type
  const first = words[0] ?? '';
  // The same letters that split words (umlauts too) make a word that is lower-cased: `wohnÄnderung`.
  const rest = words
    .slice(1)
    .map((word) => (/^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]/.test(word) ? word.toLowerCase() : word));
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}
