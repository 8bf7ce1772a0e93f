import { defineOwn, isPlainObject } from '../pointer.js';
import { SCHEMA_MAPS } from '../walk-schema.js';

const TEXT_KEYWORDS = new Set(['title', 'description', '$comment']);
/** Keywords whose value is data that validation compares with: kept whole, texts and all. */
const DATA_KEYWORDS = new Set(['const', 'enum']);
/** Keywords whose object keys are names (of fields, definitions), not keywords: `properties.title` is a field. */
const NAME_KEYWORDS: ReadonlySet<string> = new Set([...SCHEMA_MAPS, 'dependentRequired']);

/**
 * The schema as validation sees it, as text: without the texts people read (`title`, `description`,
 * `$comment` strings) and annotations (`x-*`). Translations and tenant texts change only those, so two
 * schemas with the same view are validated by the same compiled code. A field named `title` or
 * `x-kennung` and the data in `const`/`enum` are rules, and stay.
 */
export function validationView(schema: unknown): string {
  return JSON.stringify(viewOf(schema));
}

function viewOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(viewOf);
  if (!isPlainObject(schema)) return schema;
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // Outside `const`/`enum` and the name maps a `title` is the text keyword (a string in a valid schema).
    if (key.startsWith('x-') || TEXT_KEYWORDS.has(key)) continue;
    if (DATA_KEYWORDS.has(key)) defineOwn(view, key, value);
    else if (NAME_KEYWORDS.has(key) && isPlainObject(value)) defineOwn(view, key, namesOf(value));
    else defineOwn(view, key, viewOf(value));
  }
  return view;
}

/** A map of names to schemas: every name stays, each schema is viewed. */
function namesOf(map: Record<string, unknown>): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(map)) defineOwn(view, name, viewOf(value));
  return view;
}
