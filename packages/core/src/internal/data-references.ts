import type { DefinitionProblem } from '../definition-error.js';
import type { JsonSchemaObject, ServiceDefinition } from '../definition.js';
import { describeObject } from '../describe-object.js';
import { getAt, isPlainObject, parsePointer } from '../pointer.js';
import { resolveSchema } from '../resolve-schema.js';
import { isArraySchema } from './schema-kind.js';
import { walkSchema } from '../walk-schema.js';

/** A relative JSON Pointer to a value (`1/von`), not to a key (`1#`). */
const RELATIVE = /^(0|[1-9][0-9]*)((?:\/(?:[^~/]|~[01])*)*)$/;
/** Keywords after which the schema describes one level deeper in the data. */
const LEVEL_WITH_NAME = new Set(['properties', 'patternProperties', 'prefixItems']);
const LEVEL = new Set(['additionalProperties', 'unevaluatedProperties', 'additionalItems', 'contains']);

/**
 * `{"$data": "1/von"}` (ajv's reference to another field, e.g. `formatMinimum`) must name a field the
 * schema declares: a misspelt pointer would make the rule silently never apply. Relative pointers are
 * followed from the field that carries the keyword, absolute ones from the data root; fields of
 * conditional branches count. References inside `$defs` are not checked (the place of use decides).
 */
export function checkDataReferences(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkSchema(
    definition.schema,
    (node, pointer) => {
      for (const [keyword, value] of Object.entries(node)) {
        if (!isPlainObject(value) || Object.keys(value).length !== 1 || !('$data' in value)) continue;
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
  if (reference.startsWith('/') || reference === '') {
    start = '';
    path = parsePointer(reference);
  } else {
    const match = RELATIVE.exec(reference);
    if (!match) return undefined;
    const levels = dataLevels(pointer);
    if (!levels) return undefined;
    const up = Number(match[1]);
    const base = levels[levels.length - 1 - up];
    if (base === undefined) return undefined;
    start = base;
    path = parsePointer(match[2] ?? '');
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
 * The schema pointer where each data level starts, for the schema node at `pointer`: `''` for the root,
 * then one entry per property, array item, ... on the way. `undefined` inside `$defs` (no fixed place).
 */
function dataLevels(pointer: string): string[] | undefined {
  const tokens = parsePointer(pointer);
  const levels = [''];
  let at = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === '$defs' || token === 'definitions') return undefined;
    at += '/' + token.replace(/~/g, '~0').replace(/\//g, '~1');
    if (LEVEL_WITH_NAME.has(token) && i + 1 < tokens.length) {
      i++;
      at += '/' + (tokens[i] as string).replace(/~/g, '~0').replace(/\//g, '~1');
      levels.push(at);
    } else if (token === 'items') {
      // draft-07 tuples: `items/0`
      if (/^[0-9]+$/.test(tokens[i + 1] ?? '')) {
        i++;
        at += '/' + (tokens[i] as string);
      }
      levels.push(at);
    } else if (LEVEL.has(token)) {
      levels.push(at);
    }
  }
  return levels;
}
