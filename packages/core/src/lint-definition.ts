import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonSchemaObject, ServiceDefinition } from './definition.js';
import type { DefinitionProblem } from './definition-error.js';
import { describeObject } from './describe-object.js';
import { getAt, isPlainObject, joinPointer, parsePointer } from './pointer.js';
import { resolveRef, resolveSchema } from './resolve-schema.js';
import definitionSchema from '../service-definition.schema.json' with { type: 'json' };
import { isAutocompleteValue } from './internal/autocomplete-tokens.js';
import { createAjv, type SchemaMode } from './internal/create-ajv.js';
import { exceedsLimits } from './internal/limits.js';
import { isArraySchema, isObjectSchema } from './internal/schema-kind.js';
import { findPlaceholders } from './internal/tenant-placeholders.js';
import { tenantProblems } from './internal/tenant-problems.js';
import { walkSchema } from './internal/walk-schema.js';
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
  '$comment',
  'title',
  'description',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
]);
// `http://json-schema.org/schema#` ("the latest", as older tools wrote it) is read as draft-07.
const SUPPORTED_DIALECTS =
  /^https?:\/\/json-schema\.org\/(draft\/2020-12\/schema|draft-0[67]\/schema|schema)#?$/;
/** Keywords the validator reports (after collapsing: option lists report `enum`, not `oneOf`). */
const MESSAGE_KEYWORDS = new Set(
  (
    'required dependentRequired type coerce minLength maxLength pattern format minimum exclusiveMinimum maximum ' +
    'exclusiveMaximum multipleOf const enum minItems maxItems uniqueItems contains additionalProperties ' +
    'unevaluatedProperties minProperties maxProperties oneOf anyOf not xmlChar'
  ).split(' '),
);
/** Pointers a translation may replace: texts only, never a rule. */
const TRANSLATABLE = /\/(title|description|x-efa\/placeholder|x-efa\/messages\/[^/]+)$/;
/** A quantified group that contains a quantifier: `(a+)+`, `(\w*\s?)*`; backtracking can take exponential time. */
const QUANTIFIED_GROUP = /\(((?:[^()\\]|\\.)*)\)(?:[+*]|\{\d+,\d*\})/g;
const HAS_QUANTIFIER = /(?:^|[^\\])(?:[+*]|\{\d+,\d*\})/;
/** A group that starts with a fixed character (`(-[a-z]+)*`) repeats unambiguously: each round must match it. */
const STARTS_WITH_LITERAL = /^(?:\?:)?(?:\\[^dDwWsSbB]|[^\\[(.?*+{|^$])(?![?*+{])/;

function hasNestedQuantifier(pattern: string): boolean {
  for (const match of pattern.matchAll(QUANTIFIED_GROUP)) {
    const body = match[1] ?? '';
    if (HAS_QUANTIFIER.test(body) && !STARTS_WITH_LITERAL.test(body)) return true;
  }
  return false;
}
const HINT_KEYS = new Set(['widget', 'autocomplete', 'inputmode', 'placeholder', 'rows', 'messages']);
const INPUT_MODES = new Set(['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url']);
const NC_NAME =
  /^[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][A-Za-z0-9_.\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F-\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD-]*$/;

let validateDefinitionShape: ValidateFunction | undefined;

/**
 * Every problem of a service definition, each with the JSON Pointer where it is and how to fix it.
 * Empty when the definition is good. Never throws for bad input.
 */
export function lintDefinition(json: unknown, options: LintOptions = {}): DefinitionProblem[] {
  const tooLarge = exceedsLimits(json, DEFINITION_LIMITS);
  if (tooLarge) return [{ pointer: '', message: `The definition is too large to check: ${tooLarge}.` }];
  const problems = checkShape(json);
  if (!isPlainObject(json) || !isPlainObject(json.schema)) return problems;
  const definition = json as unknown as ServiceDefinition;
  const mode = options.mode ?? 'strict';
  const schemaProblems = checkSchema(definition.schema, mode);
  problems.push(...schemaProblems);
  const refProblems = checkRefs(definition);
  problems.push(...refProblems);
  if (Array.isArray(definition.steps)) {
    // Steps are checked against the schema's fields even when the schema has other problems; a
    // schema too broken to describe is already reported above.
    try {
      problems.push(
        ...checkSteps({
          ...definition,
          strict: schemaProblems.length + refProblems.length === 0,
        } as ServiceDefinition),
      );
    } catch {
      // reported by checkSchema
    }
  }
  if (mode === 'strict') problems.push(...checkOptionLabels(definition));
  if (schemaProblems.length + refProblems.length === 0) problems.push(...checkClosedObjects(definition));
  problems.push(...checkHints(definition));
  if (definition.xoev !== undefined) problems.push(...checkXmlNames(definition));
  problems.push(...checkTranslations(definition));
  problems.push(...checkTenant(definition, options.tenant));
  return problems;
}

function checkShape(json: unknown): DefinitionProblem[] {
  if (!isPlainObject(json))
    return [
      { pointer: '', message: 'A service definition is a JSON object; got ' + describeType(json) + '.' },
    ];
  validateDefinitionShape ??= new Ajv2020({ allErrors: true, strict: false, logger: false }).compile(
    definitionSchema,
  );
  if (validateDefinitionShape(json)) return [];
  return (validateDefinitionShape.errors ?? []).map(shapeProblem);
}

function shapeProblem(error: ErrorObject): DefinitionProblem {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        pointer: joinPointer(error.instancePath, String(params.missingProperty)),
        message: `"${String(params.missingProperty)}" is required here.`,
      };
    case 'additionalProperties':
      return {
        pointer: joinPointer(error.instancePath, String(params.additionalProperty)),
        message: `"${String(params.additionalProperty)}" is not part of the format; remove it or check its spelling.`,
      };
    case 'pattern': {
      const hint =
        error.instancePath === '/id'
          ? ' Use kebab-case, e.g. "gewerbe-anmeldung".'
          : error.instancePath === '/version'
            ? ' Use semver, e.g. "1.2.0".'
            : '';
      return {
        pointer: error.instancePath,
        message: `Does not match the pattern ${String(params.pattern)}.${hint}`,
      };
    }
    default:
      return { pointer: error.instancePath, message: `Invalid: ${error.message ?? error.keyword}.` };
  }
}

function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** Is the data schema valid JSON Schema that ajv compiles? Strict mode problems are collected, not thrown. */
function checkSchema(schema: JsonSchemaObject, mode: SchemaMode): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (schema.$schema !== undefined && !SUPPORTED_DIALECTS.test(String(schema.$schema))) {
    return [
      {
        pointer: '/schema/$schema',
        message: `Unsupported JSON Schema dialect "${String(schema.$schema)}"; use 2020-12 (https://json-schema.org/draft/2020-12/schema) or draft-07.`,
      },
    ];
  }
  const ajv = createAjv(schema, mode);
  if (!ajv.validateSchema(schema)) {
    // The meta-schema reports one mistake at several levels (anyOf branches); keep the first per place.
    const seen = new Set<string>();
    for (const error of ajv.errors ?? []) {
      if (seen.has(error.instancePath)) continue;
      seen.add(error.instancePath);
      problems.push({
        pointer: '/schema' + error.instancePath,
        message: `Not valid JSON Schema: ${error.message ?? error.keyword}.`,
      });
    }
    return problems;
  }
  if (!isObjectSchema(resolveSchema({ schema }, schema))) {
    problems.push({
      pointer: '/schema',
      message:
        'The data schema must describe an object ("type": "object" with "properties"): a form has named fields.',
    });
  }
  try {
    // The compilation that validation will use (shared by equal schemas, optimised code lists).
    void schemaContext({ schema }, mode).validate;
  } catch (error) {
    // Unresolved references and unknown keywords/formats are reported below with their exact place.
    const message = error instanceof Error ? error.message : String(error);
    if (
      !(error instanceof Error && 'missingRef' in error) &&
      !/^(strict mode: )?unknown (keyword|format)/.test(message)
    ) {
      problems.push({ pointer: '/schema', message: `The schema does not compile: ${message}` });
    }
  }
  walkSchema(
    schema,
    (node, pointer) => {
      for (const keyword of Object.keys(node)) {
        if (mode === 'strict' && !METADATA_KEYWORDS.has(keyword) && !ajv.getKeyword(keyword)) {
          problems.push({
            pointer: joinPointer(pointer, keyword),
            message: `Unknown keyword "${keyword}". Check its spelling; annotations go in "x-efa", "x-xoev" or "x-fim" (or any "x-" keyword).`,
          });
        }
      }
      if (typeof node.pattern === 'string' && hasNestedQuantifier(node.pattern)) {
        problems.push({
          pointer: pointer + '/pattern',
          message: `The pattern nests quantifiers ("${node.pattern}"); checking some inputs would take exponential time. Rewrite it without a repeated group that itself repeats.`,
        });
      }
      if (mode === 'strict' && typeof node.format === 'string' && !(node.format in ajv.formats)) {
        problems.push({
          pointer: pointer + '/format',
          message: `Unknown format "${node.format}"; known formats: ${Object.keys(ajv.formats).join(', ')}.`,
        });
      }
    },
    '/schema',
  );
  return problems;
}

function checkRefs(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkSchema(
    definition.schema,
    (node, pointer) => {
      if (node.$ref === undefined) return;
      if (typeof node.$ref !== 'string') {
        problems.push({ pointer: pointer + '/$ref', message: '$ref must be a string.' });
      } else if (!node.$ref.startsWith('#')) {
        problems.push({
          pointer: pointer + '/$ref',
          message: `External reference "${node.$ref}" is not supported: copy the referenced schema into "$defs" and use "#/$defs/...".`,
        });
      } else if (resolveRef(definition, node.$ref) === undefined) {
        problems.push({
          pointer: pointer + '/$ref',
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
        message: `Step id "${step.id}" is used twice; step ids must be unique.`,
      });
    stepIds.add(step.id);
    step.fields.forEach((field, fieldIndex) => {
      const where = `/steps/${stepIndex}/fields/${fieldIndex}`;
      const missing = findMissingField(definition, field);
      if (missing) {
        problems.push({ pointer: where, message: missing });
        return;
      }
      for (const [other, owner] of owners) {
        if (other === field || field.startsWith(other + '/') || other.startsWith(field + '/')) {
          problems.push({
            pointer: where,
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
    path += '/' + token;
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
        message: `The field "${pointer}" is in no step; add it to the "fields" of one step.`,
      });
    }
  }
  return problems;
}

/** Options must show words, not codes: `oneOf: [{const, title}]` instead of a bare `enum`. */
function checkOptionLabels(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkSchema(
    definition.schema,
    (node, pointer) => {
      // Subschemas that only test data (an `if`, a `not`) are never shown to anyone.
      if (/\/(if|not|contains|propertyNames)(\/|$)/.test(pointer)) return;
      // A bare `{enum}` only narrows a field shown elsewhere (a oneOf discriminator): not an option list.
      if (
        Object.keys(node).length > 1 &&
        Array.isArray(node.enum) &&
        node.enum.length > 1 &&
        node.enum.some((value) => typeof value === 'string')
      ) {
        problems.push({
          pointer: pointer + '/enum',
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
      if (node.additionalProperties !== false || /\/(if|not|contains|propertyNames)(\/|$)/.test(pointer))
        return;
      const own = isPlainObject(node.properties) ? node.properties : {};
      const hidden = describeObject(definition, node)
        .filter((field) => !(field.name in own))
        .map((field) => field.name);
      if (hidden.length === 0) return;
      problems.push({
        pointer: pointer + '/additionalProperties',
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
        problems.push({ pointer: at, message: '"x-efa" must be an object of rendering hints.' });
        return;
      }
      for (const [key, value] of Object.entries(hints)) {
        const where = joinPointer(at, key);
        if (!HINT_KEYS.has(key)) {
          problems.push({
            pointer: where,
            message: `Unknown hint "${key}"; x-efa knows ${[...HINT_KEYS].join(', ')}.`,
          });
        } else if (key === 'rows' && !(Number.isInteger(value) && (value as number) > 0)) {
          problems.push({ pointer: where, message: '"rows" must be a positive whole number.' });
        } else if (key === 'autocomplete' && !(typeof value === 'string' && isAutocompleteValue(value))) {
          problems.push({
            pointer: where,
            message: `"${String(value)}" is not an autocomplete token; use one of the HTML autofill names (given-name, family-name, postal-code, email, tel, ...).`,
          });
        } else if (key === 'inputmode' && !(typeof value === 'string' && INPUT_MODES.has(value))) {
          problems.push({
            pointer: where,
            message: `"inputmode" must be one of ${[...INPUT_MODES].join(', ')}.`,
          });
        } else if ((key === 'widget' || key === 'placeholder') && typeof value !== 'string') {
          problems.push({ pointer: where, message: `"${key}" must be a string.` });
        } else if (
          key === 'messages' &&
          !(isPlainObject(value) && Object.values(value).every((text) => typeof text === 'string'))
        ) {
          problems.push({
            pointer: where,
            message:
              '"messages" maps a keyword to a message text, e.g. {"pattern": "Bitte 5 Ziffern angeben."}.',
          });
        } else if (key === 'messages' && isPlainObject(value)) {
          for (const keyword of Object.keys(value)) {
            if (!MESSAGE_KEYWORDS.has(keyword)) {
              problems.push({
                pointer: joinPointer(where, keyword),
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

/** With `xoev` set, every property becomes an XML element: its name (or `x-xoev.element`) must be an XML name. */
function checkXmlNames(definition: ServiceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  walkSchema(
    definition.schema,
    (node, pointer) => {
      if (!isPlainObject(node.properties)) return;
      for (const [name, property] of Object.entries(node.properties)) {
        const hints =
          isPlainObject(property) && isPlainObject(property['x-xoev']) ? property['x-xoev'] : undefined;
        const element = hints?.element;
        const where = joinPointer(joinPointer(pointer, 'properties'), name);
        if (element !== undefined) {
          if (typeof element !== 'string' || !NC_NAME.test(element)) {
            problems.push({
              pointer: where + '/x-xoev/element',
              message: `"${String(element)}" is not a valid XML element name.`,
            });
          }
        } else if (!NC_NAME.test(name)) {
          problems.push({
            pointer: where,
            message: `"${name}" is not a valid XML element name; rename the property or set "x-xoev": {"element": "..."}.`,
          });
        }
      }
    },
    '/schema',
  );
  return problems;
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
          message: `"${pointer}" does not point at a text of the definition.`,
        });
      } else if (!TRANSLATABLE.test(pointer)) {
        // A translation must never change a rule: a pattern or a $ref differing by language would
        // validate German and English submissions differently.
        problems.push({
          pointer: joinPointer(joinPointer('/translations', locale), pointer),
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
  for (const { pointer, path } of placeholders) {
    if (!isPlainObject(tenantSchema)) {
      problems.push({
        pointer,
        message: `The text uses {tenant.${path.join('.')}} but the definition has no "tenant" schema.`,
      });
    } else if (!tenantSchemaHas(definition, tenantSchema, path)) {
      problems.push({
        pointer,
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
        message: `The "tenant" schema does not compile: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
  if (!validate(tenant)) problems.push(...tenantProblems(validate.errors ?? []));
  return problems;
}

function tenantSchemaHas(definition: ServiceDefinition, schema: JsonSchemaObject, path: string[]): boolean {
  let current = resolveSchema({ schema }, schema);
  for (const token of path) {
    if (!isPlainObject(current.properties) || !(token in current.properties)) return false;
    current = resolveSchema(
      { schema: definition.tenant ?? {} },
      current.properties[token] as JsonSchemaObject,
    );
  }
  return !isArraySchema(current);
}
