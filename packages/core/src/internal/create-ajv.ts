import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft07 from 'ajv';
import type { default as AjvCore, Options } from 'ajv';
import addFormats from 'ajv-formats';
import { addGermanFormats } from '../formats/german-formats.js';
import { addStandardCodeFormats } from '../formats/standard-formats.js';
import type { JsonSchemaObject } from '../definition.js';
import { looksLikeDraft07 } from './draft-07-style.js';

import type { SchemaMode } from './schema-context.js';

export type { SchemaMode };

/** Annotation keywords of efa-forms; strict mode accepts them because they are registered here. */
export const ANNOTATION_KEYWORDS = ['x-efa', 'x-xoev', 'x-fim'] as const;

/**
 * The keywords of JSON Schema's meta-data and content vocabularies: annotations only, no validator
 * reads them (ajv runs without `useDefaults`, and checks no content). ajv accepts them in strict mode
 * without a definition.
 */
export const STANDARD_ANNOTATIONS: readonly string[] = [
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
];

/** The JSON Schema dialects efa-forms reads; draft-06 is read as draft-07 (a superset). */
export type Dialect = 'draft-07' | '2020-12';

/**
 * The dialect a `$schema` value declares, or `undefined` for one efa-forms does not read (the linter
 * refuses it in a data schema). Spelled as the meta-schemas' own ids, with or without "#": ajv has no
 * meta-schema for `https://json-schema.org/draft-07/schema` or `http://json-schema.org/draft/2020-12/schema`.
 * `http://json-schema.org/schema#` ("the latest", as older tools wrote it) is read as draft-07.
 */
export function declaredDialect($schema: unknown): Dialect | undefined {
  const id = String($schema);
  if (/^http:\/\/json-schema\.org\/(draft-0[67]\/)?schema#?$/.test(id)) return 'draft-07';
  if (/^https:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/.test(id)) return '2020-12';
  return undefined;
}

/**
 * The JSON Schema dialect of a schema. Without `$schema`, 2020-12 unless the schema is written in
 * draft-07 style (`looksLikeDraft07`); a `$schema` the linter refuses counts as 2020-12.
 */
export function dialectOf(schema: JsonSchemaObject): Dialect {
  if (schema.$schema === undefined) return looksLikeDraft07(schema) ? 'draft-07' : '2020-12';
  return declaredDialect(schema.$schema) ?? '2020-12';
}

/**
 * An ajv instance for one data schema. `strict` rejects unknown keywords (typos such as `requried`)
 * but not the type/required/tuple checks that real-world schemas routinely trip (union types,
 * `required` naming a property defined in a sibling `then`); those are valid JSON Schema.
 */
export function createAjv(
  schema: JsonSchemaObject,
  mode: SchemaMode = 'strict',
  overrides: Options = {},
): AjvCore {
  const options: Options = {
    allErrors: true,
    // Data is untrusted JSON: `required: ["constructor"]` must not be satisfied by Object.prototype.
    ownProperties: true,
    // Each strict option is given (ajv's `strict` only sets their defaults). NaN and Infinity are no
    // numbers in either mode: JSON sends them as null and XML would carry "NaN".
    strictSchema: mode === 'strict',
    strictNumbers: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowMatchingProperties: true,
    validateFormats: true,
    // `{"$data": "1/von"}` compares a field with another one (`formatMinimum` of ajv-formats: "bis" not
    // before "von"); a JSON Schema keyword of its own would be a second rule language.
    $data: true,
    logger: false,
    // A `required` list of 6 or more names is checked in a loop over the list instead of one unrolled
    // check per name: the same errors in the same order, but each name no longer costs a copy of the
    // error object in the generated code (at 1,000 fields, lists of 10: 22 % less validator code,
    // less for V8 to compile and keep). Shorter lists stay unrolled, where the loop is not smaller.
    loopRequired: 6,
    ...overrides,
  };
  const isDraft07 = dialectOf(schema) === 'draft-07';
  const ajv: AjvCore = isDraft07 ? new AjvDraft07(options) : new Ajv2020(options);
  // ajv's draft-07 class brings only draft-07's meta-schema: without one for draft-06, a schema
  // declaring draft-06 made every check and compilation throw "no schema with key or ref". Draft-06 is
  // read as draft-07 (a superset), so draft-07's meta-schema serves under draft-06's id, in every
  // draft-07 instance (one instance checks every draft-07 schema, lintDefinition's metaChecker). Not
  // ajv's own draft-06 JSON: the built packages cannot import a JSON file from node_modules. Read as
  // registered (`schemas`) and added unchecked (it is draft-07's own): `getSchema` or a check would
  // compile the meta-schema here, in every instance, before anything asks for it.
  if (isDraft07) {
    const draft07 = ajv.schemas['http://json-schema.org/draft-07/schema']?.schema as object;
    ajv.addMetaSchema({ ...draft07, $id: 'http://json-schema.org/draft-06/schema#' }, undefined, false);
  }
  addFormats(ajv);
  addStandardCodeFormats(ajv); // core's ES module copies of ajv-formats' code formats, for compiled services
  addGermanFormats(ajv);
  for (const keyword of new Set([...ANNOTATION_KEYWORDS, ...vendorKeywords(schema)])) {
    ajv.addKeyword({ keyword }); // an annotation: any value, no check
  }
  return ajv;
}

/** Every `x-*` keyword used anywhere in the schema: vendor annotations, accepted as such. */
function vendorKeywords(schema: unknown): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item); // not push(...node): a 150k enum exceeds the argument limit
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        // A property *named* x-something is registered too; harmless, and simpler than tracking position.
        if (key.startsWith('x-')) found.add(key);
        stack.push(value);
      }
    }
  }
  return found;
}
