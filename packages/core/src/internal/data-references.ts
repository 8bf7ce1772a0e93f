import type { DefinitionProblem } from '../definition-error.js';
import type { JsonSchemaObject, ServiceDefinition } from '../definition.js';
import { describeObject } from '../describe-object.js';
import { getAt, isPlainObject, joinPointer, ownValue, parsePointer } from '../pointer.js';
import { resolveSchema } from '../resolve-schema.js';
import { isArraySchema } from './schema-kind.js';
import { SCHEMA_MAPS, walkSchema } from '../walk-schema.js';

/** A relative JSON Pointer to a value (`1/von`), not to a key (`1#`). */
const RELATIVE = /^(0|[1-9][0-9]*)((?:\/(?:[^~/]|~[01])*)*)$/;
/** After a keyword whose value maps names to schemas, the next token is a name, never a keyword. */
const MAPS: ReadonlySet<string> = new Set(SCHEMA_MAPS);
/** Keywords after which the schema describes one level deeper in the data. */
const LEVEL = new Set([
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'contains',
  'additionalProperties',
  'unevaluatedProperties',
]);

/**
 * `{"$data": "1/von"}` (ajv's reference to another field, e.g. `formatMinimum`) must name a field the
 * schema declares: a misspelt pointer would make the rule silently never apply. Relative pointers are
 * followed from the field that carries the keyword, absolute ones from the data root; fields of
 * conditional branches count. Relative references inside `$defs` are not checked (the place of use
 * decides).
 */
export function checkDataReferences(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkSchema(
    definition.schema,
    (node, pointer) => {
      for (const [keyword, value] of Object.entries(node)) {
        // ajv reads any object with `$data` as a reference, also one with other keys (a `const`).
        if (!isPlainObject(value) || !('$data' in value)) continue;
        const at = `/schema${pointer}/${keyword}/$data`;
        const message = problemOf(definition, pointer, value['$data']);
        if (message) problems.push({ pointer: at, code: 'data-ref-unresolved', message });
      }
    },
    '',
  );
  return problems;
}

function problemOf(definition: ServiceDefinition, pointer: string, reference: unknown): string | undefined {
  // ajv refuses to compile a pointer that is not one ("Invalid JSON-pointer") or goes above the data.
  if (typeof reference !== 'string') return undefined;
  let start: string;
  let path: string[];
  if (reference.startsWith('/')) {
    start = '';
    path = parsePointer(reference);
  } else {
    // `''` (the whole data, which always exists) is no relative pointer either: nothing to check.
    const match = RELATIVE.exec(reference);
    if (!match) return undefined;
    const levels = dataLevels(definition.schema, pointer);
    if (!levels) return undefined;
    const up = Number(match[1]);
    const base = levels[levels.length - 1 - up];
    if (base === undefined) return undefined;
    start = base;
    // The second group always takes part in a match (maybe empty).
    path = parsePointer(match[2] as string);
  }
  let schema = resolveSchema(definition, getAt(definition.schema, start) as JsonSchemaObject);
  const walked: string[] = [];
  for (const token of path) {
    if (isArraySchema(schema) && /^(0|[1-9][0-9]*)$/.test(token)) {
      schema = resolveSchema(definition, schema.items as JsonSchemaObject);
    } else {
      const fields = describeObject(definition, schema);
      const field = fields.find((candidate) => candidate.name === token);
      if (!field) {
        const known = fields.map((candidate) => candidate.name).join(', ');
        return `"${reference}" names no field: "${walked.length ? '/' + walked.join('/') : 'its object'}" has no property "${token}" (it has: ${known || 'none'}).`;
      }
      schema = field.schema;
    }
    walked.push(token);
  }
  return undefined;
}

/**
 * The schema pointer where each data level starts, for the schema node at `pointer` (as `walkSchema`
 * gives it): `''` for the root, then one entry per property, array item, ... on the way. `undefined`
 * inside `$defs` (no fixed place).
 */
function dataLevels(root: JsonSchemaObject, pointer: string): string[] | undefined {
  const tokens = parsePointer(pointer);
  const levels = [''];
  let at = '';
  let node: unknown = root;
  // Stryker disable next-line EqualityOperator: one round past the end reads no keyword and adds no level
  for (let i = 0; i < tokens.length; i++) {
    const keyword = tokens[i] as string;
    if (keyword === '$defs' || keyword === 'definitions') return undefined;
    at = joinPointer(at, keyword);
    node = ownValue(node, keyword);
    // The next token picks one schema of a map or a list: `properties/von`, `prefixItems/0`, draft-07 `items/0`.
    if (MAPS.has(keyword) || Array.isArray(node)) {
      i++;
      at = joinPointer(at, tokens[i] as string);
      node = ownValue(node, tokens[i] as string);
    }
    if (LEVEL.has(keyword)) levels.push(at);
  }
  return levels;
}
