import { isPlainObject } from '../pointer.js';
import { walkSchema } from '../walk-schema.js';

/** Keywords that only draft-07 (and -06) has: 2020-12 renamed or reshaped them. */
const DRAFT_07_ONLY = ['additionalItems', 'dependencies', 'definitions'] as const;
/** Keywords that only 2019-09 / 2020-12 have: one of them settles the question the other way. */
const NEWER_ONLY = [
  '$defs',
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
  '$recursiveRef',
  '$recursiveAnchor',
  'minContains',
  'maxContains',
] as const;

const cache = new WeakMap<object, boolean>();

/**
 * Whether a schema that declares no `$schema` is written in draft-07 style: it uses array-form
 * `items`, `additionalItems`, `dependencies` or `definitions`, and nothing only 2019-09/2020-12 has.
 * react-jsonschema-form and JSON Forms read such schemas as draft-07; so does efa-forms.
 */
export function looksLikeDraft07(schema: object): boolean {
  const cached = cache.get(schema);
  if (cached !== undefined) return cached;
  let draft07 = false;
  let newer = false;
  walkSchema(schema, (node) => {
    // Stryker disable next-line ConditionalExpression: only spares the walk; once a 2020-12 keyword is seen the answer is false whatever follows
    if (newer) return;
    if (NEWER_ONLY.some((keyword) => keyword in node)) newer = true;
    else if (
      Array.isArray(node.items) ||
      DRAFT_07_ONLY.some((keyword) => isPlainObject(node[keyword]) || node[keyword] === false)
    )
      draft07 = true;
  });
  const result = draft07 && !newer;
  cache.set(schema, result);
  return result;
}
