import { isPlainObject } from '../pointer.js';

const TEXT_KEYWORDS = new Set(['title', 'description', '$comment']);

/**
 * The schema as validation sees it, as text: without the texts people read (`title`, `description`,
 * `$comment` strings) and annotations (`x-*`). Translations and tenant texts change only those, so two
 * schemas with the same view are validated by the same compiled code.
 */
export function validationView(schema: unknown): string {
  return JSON.stringify(schema, function (this: unknown, key, value: unknown) {
    if (!isPlainObject(this) || Array.isArray(this)) return value;
    if (key.startsWith('x-')) return undefined;
    if (TEXT_KEYWORDS.has(key) && typeof value === 'string') return undefined;
    return value;
  });
}
