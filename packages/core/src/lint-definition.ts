import Ajv2020 from 'ajv/dist/2020.js';
import type { default as AjvCore, ErrorObject, ValidateFunction } from 'ajv';
import type { JsonSchemaObject, ServiceDefinition } from './definition.js';
import type { DefinitionProblem } from './definition-error.js';
import type { DefinitionRule } from './definition-rule.js';
import { describeObject } from './describe-object.js';
import { formatPointer, getAt, isPlainObject, joinPointer, parsePointer } from './pointer.js';
import { resolveRef, resolveSchema } from './resolve-schema.js';
import definitionSchema from '../service-definition.schema.json' with { type: 'json' };
import { isAutocompleteValue } from './internal/autocomplete-tokens.js';
import { cloneJson } from './internal/clone-json.js';
import {
  createAjv,
  declaredDialect,
  dialectOf,
  STANDARD_ANNOTATIONS,
  type SchemaMode,
} from './internal/create-ajv.js';
import { exceedsLimits } from './internal/limits.js';
import { isArraySchema, isObjectSchema } from './internal/schema-kind.js';
import { findPlaceholders } from './internal/tenant-placeholders.js';
import { checkTenantOptionList, findTenantOptions } from './internal/tenant-options.js';
import { checkDataReferences } from './internal/data-references.js';
import { tenantProblems } from './internal/tenant-problems.js';
import { SCHEMA_MAPS, walkSchema } from './walk-schema.js';
import { schemaContext } from './internal/schema-context.js';
// The linter compiles the schema as validation will: with ajv, registered by this import.
import './internal/ajv-schema-compiler.js';

/** Options of `lintDefinition`. */
export interface LintOptions {
  /** The tenant configuration to check against the definition's `tenant` schema. */
  tenant?: unknown;
  /**
   * `lenient` skips the authoring rules (labels on options, unknown keywords and formats) that a
   * third-party schema cannot be held to; what breaks validation is still reported.
   */
  mode?: SchemaMode;
  /** Extra rules to run after the built-in checks, e.g. `xoevDefinitionRules` from `@efa-forms/xoev`. */
  rules?: readonly DefinitionRule[];
}

/** Limits for definitions: generous for real services (a 1,000-field form is ~20k nodes). */
const DEFINITION_LIMITS = {
  maxDepth: 128,
  maxNodes: 1_000_000,
  maxStringLength: 1_000_000,
  maxArrayLength: 1_000_000,
  maxErrors: 0,
};
/** Keywords of the core and meta-data vocabularies that ajv accepts without a keyword definition. */
const METADATA_KEYWORDS = new Set([
  '$id',
  '$schema',
  '$anchor',
  '$dynamicAnchor',
  '$dynamicRef',
  '$recursiveRef',
  '$recursiveAnchor',
  '$vocabulary',
  '$defs',
  'definitions',
  ...STANDARD_ANNOTATIONS,
]);
/** Keywords the validator reports (after collapsing: option lists report `enum`, not `oneOf`). */
const MESSAGE_KEYWORDS = new Set(
  (
    'required dependentRequired type coerce minLength maxLength pattern format minimum exclusiveMinimum maximum ' +
    'exclusiveMaximum formatMinimum formatMaximum formatExclusiveMinimum formatExclusiveMaximum multipleOf const enum minItems maxItems uniqueItems contains additionalProperties ' +
    'unevaluatedProperties minProperties maxProperties oneOf anyOf not xmlChar'
  ).split(' '),
);
/** Pointers a translation may replace: texts only, never a rule. */
const TRANSLATABLE = /\/(title|description|x-efa\/placeholder|x-efa\/messages\/[^/]+)$/;
/** A quantified group that contains a quantifier: `(a+)+`, `(\w*\s?)*`; backtracking can take exponential time. */
const QUANTIFIED_GROUP = /\(((?:[^()\\]|\\.)*)\)(?:[+*]|\{\d+,\d*\})/g;
const HAS_QUANTIFIER = /(?:^|[^\\])(?:[+*]|\{\d+,\d*\})/;
/** A group that starts with a fixed character (`(-[a-z]+)*`) repeats unambiguously: each round must match it. */
const STARTS_WITH_LITERAL = /^(?:\\[^dDwWsSbB]|[^\\[(.?*+{|^$])(?![?*+{])/;

function hasNestedQuantifier(pattern: string): boolean {
  for (const match of pattern.matchAll(QUANTIFIED_GROUP)) {
    const body = match[1] ?? '';
    // `(?:` only says the group captures nothing: the branches start after it.
    if (HAS_QUANTIFIER.test(body) && !startsUnambiguously(branches(body.replace(/^\?:/, '')))) return true;
  }
  return false;
}

/**
 * Whether each round of the group must begin with a fixed character that tells its branch: every
 * branch starts with a literal, no two with the same one (`(a|b+){2,}` may take `b+` round after round).
 */
function startsUnambiguously(alternatives: string[]): boolean {
  const firsts = new Set<string>();
  for (const branch of alternatives) {
    const literal = STARTS_WITH_LITERAL.exec(branch)?.[0];
    if (literal === undefined || firsts.has(literal)) return false;
    firsts.add(literal);
  }
  return true;
}

/** The top-level branches of a group body (a `|` not escaped and not in a class; a body holds no groups). */
function branches(body: string): string[] {
  const found: string[] = [];
  let inClass = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '\\') i++;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '|' && !inClass) {
      found.push(body.slice(start, i));
      start = i + 1;
    }
  }
  found.push(body.slice(start));
  return found;
}
const HINT_KEYS = new Set([
  'widget',
  'autocomplete',
  'inputmode',
  'placeholder',
  'rows',
  'messages',
  'optionsFrom',
]);
const INPUT_MODES = new Set(['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url']);
let validateDefinitionShape: ValidateFunction | undefined;

/**
 * Every problem of a service definition, each with the JSON Pointer where it is and how to fix it.
 * Empty when the definition is good. Never throws for bad input.
 */
export function lintDefinition(json: unknown, options: LintOptions = {}): DefinitionProblem[] {
  const tooLarge = exceedsLimits(json, DEFINITION_LIMITS);
  if (tooLarge)
    return [
      {
        pointer: '',
        code: 'definition-too-large',
        message: `The definition is too large to check: ${tooLarge}.`,
      },
    ];
  const problems = checkShape(json);
  if (!isPlainObject(json) || !isPlainObject(json.schema)) return problems;
  const definition = json as unknown as ServiceDefinition;
  const mode = options.mode ?? 'strict';
  const { problems: schemaProblems, checkable } = checkSchema(definition.schema, mode);
  const refProblems = checkRefs(definition);
  // A reference that cannot resolve also makes ajv's compilation fail, with ajv's words for it
  // ("URN without nid cannot be serialized" for a file path against the default id): the ref
  // problem names the place and the fix; ajv's message would only repeat it badly.
  problems.push(
    ...(refProblems.length > 0
      ? schemaProblems.filter((problem) => problem.code !== 'schema-compile')
      : schemaProblems),
  );
  problems.push(...refProblems);
  // The checks that read the schema's fields run on the schema without the parts JSON Schema
  // refuses (a bad "type" does not hide a step that names a missing field); pointers are the same.
  const readable =
    checkable === definition.schema || checkable === undefined
      ? definition
      : { ...definition, schema: checkable };
  if (Array.isArray(definition.steps) && checkable !== undefined) {
    try {
      problems.push(
        ...checkSteps({
          ...readable,
          strict: schemaProblems.length + refProblems.length === 0,
        } as ServiceDefinition),
      );
    } catch {
      // A schema that still does not compile (an unresolved $ref) is reported above.
    }
  }
  if (mode === 'strict') problems.push(...checkOptionLabels(definition));
  if (checkable !== undefined && refProblems.length === 0) {
    try {
      problems.push(...checkClosedObjects(readable));
      problems.push(...checkDataReferences(readable));
    } catch {
      // as above
    }
  }
  problems.push(...checkHints(definition));
  problems.push(...checkTranslations(definition));
  problems.push(...checkTenant(definition, options.tenant));
  for (const rule of options.rules ?? []) problems.push(...runRule(rule, definition));
  return problems;
}

function checkShape(json: unknown): DefinitionProblem[] {
  if (!isPlainObject(json))
    return [
      {
        pointer: '',
        code: 'definition-not-object',
        message: 'A service definition is a JSON object; got ' + describeType(json) + '.',
      },
    ];
  // The format's own schema, checked against the 2020-12 meta-schema by a test: compiling that
  // meta-schema here too would cost every page that loads a definition its code, kept for good.
  validateDefinitionShape ??= new Ajv2020({
    allErrors: true,
    strict: false,
    logger: false,
    validateSchema: false,
  }).compile(definitionSchema);
  if (validateDefinitionShape(json)) return [];
  // A bad key gives its own error and a `propertyNames` one that only repeats it.
  return (validateDefinitionShape.errors ?? [])
    .filter((error) => error.keyword !== 'propertyNames')
    .map(shapeProblem);
}

function shapeProblem(error: ErrorObject): DefinitionProblem {
  const params = error.params as Record<string, unknown>;
  // A key of an object (a translation's pointer) is named by its own place, not its object's.
  const key = error.propertyName;
  const at = key === undefined ? error.instancePath : joinPointer(error.instancePath, key);
  switch (error.keyword) {
    case 'required':
      return {
        pointer: joinPointer(error.instancePath, String(params.missingProperty)),
        code: 'member-missing',
        message: `"${String(params.missingProperty)}" is required here.`,
      };
    case 'additionalProperties':
      return {
        pointer: joinPointer(error.instancePath, String(params.additionalProperty)),
        code: 'member-unknown',
        message: `"${String(params.additionalProperty)}" is not part of the format; remove it or check its spelling.`,
      };
    case 'pattern': {
      const hint =
        at === '/id'
          ? ' Use kebab-case, e.g. "gewerbe-anmeldung".'
          : at === '/version'
            ? ' Use semver, e.g. "1.2.0".'
            : key !== undefined && error.instancePath.startsWith('/translations/')
              ? ' Write the JSON Pointer of a text, e.g. "/schema/properties/name/title".'
              : '';
      return {
        pointer: at,
        code: 'member-pattern',
        message: `${key === undefined ? 'Does not' : `The key "${key}" does not`} match the pattern ${String(params.pattern)}.${hint}`,
      };
    }
    default:
      return {
        code: 'member-invalid',
        pointer: at,
        message: `Invalid: ${error.message ?? error.keyword}.`,
      };
  }
}

function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Is the data schema valid JSON Schema that ajv compiles? Strict mode problems are collected, not
 * thrown. `checkable` is the schema the field checks can read: the schema itself when it is valid, a
 * copy without the values the meta-schema refuses when it is not, `undefined` when nothing is left.
 */
function checkSchema(
  schema: JsonSchemaObject,
  mode: SchemaMode,
): { problems: DefinitionProblem[]; checkable: JsonSchemaObject | undefined } {
  const problems: DefinitionProblem[] = [];
  if (schema.$schema !== undefined && declaredDialect(schema.$schema) === undefined) {
    const problem = {
      pointer: '/schema/$schema',
      code: 'schema-dialect',
      message: `Unsupported JSON Schema dialect "${String(schema.$schema)}"; use 2020-12 (https://json-schema.org/draft/2020-12/schema) or draft-07 (http://json-schema.org/draft-07/schema#).`,
    };
    return { problems: [problem], checkable: undefined };
  }
  const ajv = createAjv(schema, mode);
  const meta = metaChecker(schema, mode);
  let checkable: JsonSchemaObject | undefined = schema;
  if (!meta.validateSchema(schema)) {
    // The meta-schema reports one mistake at several levels (anyOf branches); keep the first per place.
    const seen = new Set<string>();
    for (const error of meta.errors ?? []) {
      if (seen.has(error.instancePath)) continue;
      seen.add(error.instancePath);
      problems.push({
        pointer: '/schema' + error.instancePath,
        code: 'schema-invalid',
        message: `Not valid JSON Schema: ${error.message ?? error.keyword}.`,
      });
    }
    checkable = withoutInvalidParts(schema, meta);
  } else if (!isObjectSchema(resolveSchema({ schema }, schema))) {
    problems.push({
      pointer: '/schema',
      code: 'schema-not-object',
      message:
        'The data schema must describe an object ("type": "object" with "properties"): a form has named fields.',
    });
  }
  try {
    // The compilation that validation will use (shared by equal schemas, optimised code lists).
    if (checkable === schema) void schemaContext({ schema }, mode).validate;
  } catch (error) {
    // Unresolved references and unknown keywords/formats are reported below with their exact place.
    const message = error instanceof Error ? error.message : String(error);
    if (
      !(error instanceof Error && 'missingRef' in error) &&
      !/^(strict mode: )?unknown (keyword|format)/.test(message)
    ) {
      problems.push({
        pointer: '/schema',
        code: 'schema-compile',
        message: `The schema does not compile: ${message}`,
      });
    }
  }
  walkSchema(
    schema,
    (node, pointer) => {
      for (const keyword of Object.keys(node)) {
        if (mode === 'strict' && !METADATA_KEYWORDS.has(keyword) && !ajv.getKeyword(keyword)) {
          problems.push({
            pointer: joinPointer(pointer, keyword),
            code: 'unknown-keyword',
            message: `Unknown keyword "${keyword}". Check its spelling; annotations go in "x-efa", "x-xoev" or "x-fim" (or any "x-" keyword).`,
          });
        }
      }
      if (typeof node.pattern === 'string' && hasNestedQuantifier(node.pattern)) {
        problems.push({
          pointer: pointer + '/pattern',
          code: 'pattern-backtracking',
          message: `The pattern nests quantifiers ("${node.pattern}"); checking some inputs would take exponential time. Rewrite it without a repeated group that itself repeats.`,
        });
      }
      if (mode === 'strict' && typeof node.format === 'string' && !(node.format in ajv.formats)) {
        problems.push({
          pointer: pointer + '/format',
          code: 'unknown-format',
          message: `Unknown format "${node.format}"; known formats: ${Object.keys(ajv.formats).join(', ')}.`,
        });
      }
    },
    '/schema',
  );
  return { problems, checkable };
}

/** Keywords whose members are schemas: an invalid member is replaced by `{}`, not removed. */
const SCHEMA_CONTAINERS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependencies',
  'allOf',
  'anyOf',
  'oneOf',
  'prefixItems',
  'items',
]);

/**
 * The ajv instances that check schemas against their meta-schema, one per dialect and mode. The
 * meta-schema is compiled on an instance's first check (17 ms in Node), so a process that lints
 * several definitions (a page with several forms, Storybook, the CLI over a folder, the server)
 * compiles it once, not once per definition. The check does not depend on the schema's own
 * keywords: both meta-schemas accept unknown ones (the per-schema instance finds those), so the
 * vendor keywords the first schema gave its instance do not matter to the ones after it.
 */
const metaCheckers = new Map<string, AjvCore>();

function metaChecker(schema: JsonSchemaObject, mode: SchemaMode): AjvCore {
  const key = `${dialectOf(schema)} ${mode}`;
  let checker = metaCheckers.get(key);
  if (!checker) metaCheckers.set(key, (checker = createAjv(schema, mode)));
  return checker;
}

/**
 * A copy of `schema` without the values the meta-schema refuses: a bad keyword value is removed, a
 * bad member of `properties` (or `allOf`, ...) becomes `{}` so the field itself stays. `undefined`
 * when the root itself is refused or the copy does not become valid.
 */
function withoutInvalidParts(schema: JsonSchemaObject, ajv: AjvCore): JsonSchemaObject | undefined {
  const copy = cloneJson(schema);
  for (let round = 0; round < 8; round++) {
    const pointers = new Set((ajv.errors ?? []).map((error) => error.instancePath));
    if (pointers.has('')) return undefined;
    // Deepest first, so removing an outer value cannot strand an inner pointer.
    for (const pointer of [...pointers].sort((a, b) => b.length - a.length)) {
      const tokens = parsePointer(pointer);
      const key = tokens.pop() as string;
      const parent = getAt(copy, formatPointer(tokens));
      const container = tokens[tokens.length - 1];
      if (Array.isArray(parent) || (container !== undefined && SCHEMA_CONTAINERS.has(container))) {
        (parent as Record<string, unknown>)[key] = {};
      } else if (isPlainObject(parent)) {
        delete parent[key];
      }
    }
    if (ajv.validateSchema(copy)) return copy;
  }
  return undefined;
}

function checkRefs(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkSchema(
    definition.schema,
    (node, pointer) => {
      if (node.$ref === undefined) return;
      if (typeof node.$ref !== 'string') {
        problems.push({
          pointer: pointer + '/$ref',
          code: 'ref-not-string',
          message: '$ref must be a string.',
        });
      } else if (!node.$ref.startsWith('#') && resolveRef(definition, node.$ref) === undefined) {
        problems.push({
          pointer: pointer + '/$ref',
          code: 'ref-external',
          message: `External reference "${node.$ref}" is not supported: copy the referenced schema into "$defs" (with its "$id", or use "#/$defs/...").`,
        });
      } else if (resolveRef(definition, node.$ref) === undefined) {
        problems.push({
          pointer: pointer + '/$ref',
          code: 'ref-unresolved',
          message: `"${node.$ref}" does not resolve to a schema in this definition's "schema".`,
        });
      }
    },
    '/schema',
  );
  return problems;
}

/** Each step names existing fields; each top-level field is in exactly one step. */
function checkSteps(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const steps = definition.steps ?? [];
  const owners = new Map<string, string>();
  const stepIds = new Set<string>();
  steps.forEach((step, stepIndex) => {
    if (stepIds.has(step.id))
      problems.push({
        pointer: `/steps/${stepIndex}/id`,
        code: 'step-id-duplicate',
        message: `Step id "${step.id}" is used twice; step ids must be unique.`,
      });
    stepIds.add(step.id);
    step.fields.forEach((field, fieldIndex) => {
      const where = `/steps/${stepIndex}/fields/${fieldIndex}`;
      const missing = findMissingField(definition, field);
      if (missing) {
        problems.push({ pointer: where, code: 'step-field-missing', message: missing });
        return;
      }
      for (const [other, owner] of owners) {
        if (other === field || field.startsWith(other + '/') || other.startsWith(field + '/')) {
          problems.push({
            pointer: where,
            code: 'step-field-twice',
            message: `"${field}" is already shown by step "${owner}" ("${other}"); a field belongs to exactly one step.`,
          });
        }
      }
      owners.set(field, step.id);
    });
  });
  problems.push(...uncovered(definition, definition.schema, '', [...owners.keys()]));
  return problems;
}

function findMissingField(definition: ServiceDefinition, pointer: string): string | undefined {
  let schema = resolveSchema(definition, definition.schema);
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return `"${pointer}" is not a JSON Pointer; write it like "/inhaber".`;
  }
  let path = '';
  for (const token of tokens) {
    if (!isObjectSchema(schema)) return `"${pointer}" goes into "${path || '/'}", which is not an object.`;
    const fields = describeObject(definition, schema);
    const field = fields.find((candidate) => candidate.name === token);
    if (!field) {
      const known = fields.map((candidate) => candidate.name).join(', ');
      return `"${pointer}" names no field: "${path || '/'}" has no property "${token}" (it has: ${known || 'none'}).`;
    }
    path = joinPointer(path, token);
    schema = field.schema;
  }
  return undefined;
}

function uncovered(
  definition: ServiceDefinition,
  raw: JsonSchemaObject,
  path: string,
  covered: string[],
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const schema = resolveSchema(definition, raw);
  for (const field of describeObject(definition, schema)) {
    const pointer = joinPointer(path, field.name);
    if (covered.includes(pointer)) continue;
    if (covered.some((entry) => entry.startsWith(pointer + '/'))) {
      problems.push(...uncovered(definition, field.schema, pointer, covered));
    } else {
      problems.push({
        pointer: '/steps',
        code: 'field-without-step',
        message: `The field "${pointer}" is in no step; add it to the "fields" of one step.`,
      });
    }
  }
  return problems;
}

/** Keywords whose subschemas only test data (an `if`, a `not`): nobody is shown them. */
const DATA_TESTS = new Set(['if', 'not', 'contains', 'propertyNames']);

/**
 * Whether the schema at `pointer` (from `walkSchema` with the prefix `/schema`) lies inside a
 * subschema that only tests data. Read along the schema, as a token is a keyword only where a schema
 * is: a property named "not" is a field like any other.
 */
function onlyTestsData(schema: JsonSchemaObject, pointer: string): boolean {
  let node: unknown = schema;
  let keywordNext = true;
  for (const token of parsePointer(pointer).slice(1)) {
    if (keywordNext && DATA_TESTS.has(token)) return true;
    const value: unknown =
      isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[token] : undefined;
    // After a keyword comes a schema, unless the keyword holds named schemas or a list of them.
    keywordNext = keywordNext ? !(SCHEMA_MAPS.includes(token) || Array.isArray(value)) : true;
    node = value;
  }
  return false;
}

/** Options must show words, not codes: `oneOf: [{const, title}]` instead of a bare `enum`. */
function checkOptionLabels(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkSchema(
    definition.schema,
    (node, pointer) => {
      if (onlyTestsData(definition.schema, pointer)) return;
      // A bare `{enum}` only narrows a field shown elsewhere (a oneOf discriminator): not an option list.
      if (
        Object.keys(node).length > 1 &&
        Array.isArray(node.enum) &&
        node.enum.length > 1 &&
        node.enum.some((value) => typeof value === 'string')
      ) {
        problems.push({
          pointer: pointer + '/enum',
          code: 'enum-without-labels',
          message:
            'An enum without labels shows codes to people. Write the options as "oneOf": [{"const": "...", "title": "..."}].',
        });
      }
      for (const keyword of ['oneOf', 'anyOf'] as const) {
        const branches = node[keyword];
        if (!Array.isArray(branches)) continue;
        branches.forEach((branch, index) => {
          if (isPlainObject(branch) && 'const' in branch && typeof branch.title !== 'string') {
            problems.push({
              pointer: `${pointer}/${keyword}/${index}`,
              code: 'option-without-title',
              message: 'This option has a "const" but no "title"; add the label people see.',
            });
          }
        });
      }
    },
    '/schema',
  );
  return problems;
}

/**
 * `additionalProperties: false` sees only the sibling `properties`: a property declared in a `then`,
 * a `oneOf` branch or `dependentSchemas` would always be rejected. `unevaluatedProperties` sees them.
 */
function checkClosedObjects(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkSchema(
    definition.schema,
    (node, pointer) => {
      if (node.additionalProperties !== false || onlyTestsData(definition.schema, pointer)) return;
      const own = isPlainObject(node.properties) ? node.properties : {};
      const hidden = describeObject(definition, node)
        .filter((field) => !Object.prototype.hasOwnProperty.call(own, field.name))
        .map((field) => field.name);
      if (hidden.length === 0) return;
      problems.push({
        pointer: pointer + '/additionalProperties',
        code: 'closed-object-hides-fields',
        message: `"additionalProperties": false rejects ${hidden.map((name) => `"${name}"`).join(', ')}, declared in a subschema. Use "unevaluatedProperties": false (JSON Schema 2020-12) instead.`,
      });
    },
    '/schema',
  );
  return problems;
}

function checkHints(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkSchema(
    definition.schema,
    (node, pointer) => {
      const hints = node['x-efa'];
      if (hints === undefined) return;
      const at = pointer + '/x-efa';
      if (!isPlainObject(hints)) {
        problems.push({
          pointer: at,
          code: 'hints-not-object',
          message: '"x-efa" must be an object of rendering hints.',
        });
        return;
      }
      for (const [key, value] of Object.entries(hints)) {
        const where = joinPointer(at, key);
        if (!HINT_KEYS.has(key)) {
          problems.push({
            pointer: where,
            code: 'unknown-hint',
            message: `Unknown hint "${key}"; x-efa knows ${[...HINT_KEYS].join(', ')}.`,
          });
        } else if (key === 'rows' && !(Number.isInteger(value) && (value as number) > 0)) {
          problems.push({
            pointer: where,
            code: 'hint-rows',
            message: '"rows" must be a positive whole number.',
          });
        } else if (key === 'autocomplete' && !(typeof value === 'string' && isAutocompleteValue(value))) {
          problems.push({
            pointer: where,
            code: 'hint-autocomplete',
            message: `"${String(value)}" is not an autocomplete token; use one of the HTML autofill names (given-name, family-name, postal-code, email, tel, ...).`,
          });
        } else if (key === 'inputmode' && !(typeof value === 'string' && INPUT_MODES.has(value))) {
          problems.push({
            pointer: where,
            code: 'hint-inputmode',
            message: `"inputmode" must be one of ${[...INPUT_MODES].join(', ')}.`,
          });
        } else if ((key === 'widget' || key === 'placeholder') && typeof value !== 'string') {
          problems.push({ pointer: where, code: 'hint-not-string', message: `"${key}" must be a string.` });
        } else if (
          key === 'messages' &&
          !(isPlainObject(value) && Object.values(value).every((text) => typeof text === 'string'))
        ) {
          problems.push({
            pointer: where,
            code: 'hint-messages',
            message:
              '"messages" maps a keyword to a message text, e.g. {"pattern": "Bitte 5 Ziffern angeben."}.',
          });
        } else if (key === 'messages' && isPlainObject(value)) {
          for (const keyword of Object.keys(value)) {
            if (!MESSAGE_KEYWORDS.has(keyword)) {
              problems.push({
                pointer: joinPointer(where, keyword),
                code: 'message-keyword-unknown',
                message: `No error has the keyword "${keyword}"; messages can be given for ${[...MESSAGE_KEYWORDS].join(', ')}.`,
              });
            }
          }
        }
      }
    },
    '/schema',
  );
  return problems;
}

/** The problems of a plug-in rule, each with a code; a rule that throws becomes a problem itself. */
function runRule(rule: DefinitionRule, definition: ServiceDefinition): DefinitionProblem[] {
  try {
    return rule.check(definition).map((problem) => ({ ...problem, code: problem.code ?? rule.code }));
  } catch (error) {
    return [
      {
        code: 'rule-failed',
        pointer: '',
        message: `The rule "${rule.code}" failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
}

function checkTranslations(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (!isPlainObject(definition.translations)) return problems;
  for (const [locale, texts] of Object.entries(definition.translations)) {
    if (!isPlainObject(texts)) continue;
    for (const pointer of Object.keys(texts)) {
      let target: unknown;
      try {
        target = getAt(definition, pointer);
      } catch {
        target = undefined;
      }
      if (typeof target !== 'string') {
        problems.push({
          pointer: joinPointer(joinPointer('/translations', locale), pointer),
          code: 'translation-target',
          message: `"${pointer}" does not point at a text of the definition.`,
        });
      } else if (!TRANSLATABLE.test(pointer)) {
        // A translation must never change a rule: a pattern or a $ref differing by language would
        // validate German and English submissions differently.
        problems.push({
          pointer: joinPointer(joinPointer('/translations', locale), pointer),
          code: 'translation-not-text',
          message: `"${pointer}" is not a text people read; only title, description, placeholder and messages are translated.`,
        });
      }
    }
  }
  return problems;
}

/** The tenant object matches `tenant`, and every `{tenant.x}` placeholder names a tenant property. */
function checkTenant(definition: ServiceDefinition, tenant: unknown): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const tenantSchema = definition.tenant;
  const placeholders = findPlaceholders(definition);
  for (const { pointer, path } of findTenantOptions(definition.schema, '/schema')) {
    const at = pointer + '/x-efa/optionsFrom';
    if (!path) {
      problems.push({
        pointer: at,
        code: 'hint-options-from',
        message: '"optionsFrom" names a list in the tenant configuration, e.g. "tenant.parkzonen".',
      });
    } else if (!isPlainObject(tenantSchema)) {
      problems.push({
        pointer: at,
        code: 'hint-options-from',
        message: `The options come from tenant.${path.join('.')} but the definition has no "tenant" schema.`,
      });
    } else if (!tenantSchemaHas(definition, tenantSchema, path, true)) {
      problems.push({
        pointer: at,
        code: 'hint-options-from',
        message: `tenant.${path.join('.')} names no list (array) property of the "tenant" schema.`,
      });
    } else if (tenant !== undefined) {
      problems.push(...checkTenantOptionList(tenant, path));
    }
  }
  for (const { pointer, path } of placeholders) {
    if (!isPlainObject(tenantSchema)) {
      problems.push({
        pointer,
        code: 'placeholder-without-tenant',
        message: `The text uses {tenant.${path.join('.')}} but the definition has no "tenant" schema.`,
      });
    } else if (!tenantSchemaHas(definition, tenantSchema, path)) {
      problems.push({
        pointer,
        code: 'placeholder-unknown',
        message: `{tenant.${path.join('.')}} names no property of the "tenant" schema.`,
      });
    }
  }
  if (tenant === undefined || !isPlainObject(tenantSchema)) return problems;
  let validate: ValidateFunction;
  try {
    validate = createAjv(tenantSchema, 'lenient').compile(tenantSchema);
  } catch (error) {
    return [
      ...problems,
      {
        pointer: '/tenant',
        code: 'tenant-schema-compile',
        message: `The "tenant" schema does not compile: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
  if (!validate(tenant)) problems.push(...tenantProblems(validate.errors ?? []));
  return problems;
}

/** Whether the tenant schema has a property at `path`: a list when `list` is set, else anything but a list. */
function tenantSchemaHas(
  definition: ServiceDefinition,
  schema: JsonSchemaObject,
  path: string[],
  list = false,
): boolean {
  let current = resolveSchema({ schema }, schema);
  for (const token of path) {
    // Own properties only: `{tenant.toString}` names nothing a tenant configures.
    if (
      !isPlainObject(current.properties) ||
      !Object.prototype.hasOwnProperty.call(current.properties, token)
    )
      return false;
    current = resolveSchema(
      { schema: definition.tenant ?? {} },
      current.properties[token] as JsonSchemaObject,
    );
  }
  return isArraySchema(current) === list;
}
