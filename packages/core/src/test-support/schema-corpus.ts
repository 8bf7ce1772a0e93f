import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inlineFileRefsSync } from '../inline-file-refs.js';
import type { JsonSchema, JsonSchemaObject, SchemaHolder } from '../definition.js';
import { describeObject } from '../describe-object.js';
import { optionList } from '../option-list.js';
import { isPlainObject } from '../pointer.js';
import { resolveSchema } from '../resolve-schema.js';
import { isArraySchema, isObjectSchema } from '../schema-types.js';

/** One schema of the shared corpus: a peer form system's schema or one of the examples' definitions. */
export interface CorpusSchema {
  name: string;
  schema: JsonSchemaObject;
  data: unknown;
}

const peerFolder = new URL('../../../../../shared/peer-schemas/', import.meta.url);
const examplesFolder = new URL('../../../../examples/', import.meta.url);

/** Every schema in `../shared/peer-schemas/` and every `examples/<service>/<service>.service.json`. */
export function corpusSchemas(): CorpusSchema[] {
  const peers = readdirSync(peerFolder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const json = JSON.parse(readFileSync(new URL(file, peerFolder), 'utf8')) as {
        schema: JsonSchemaObject;
        formData: unknown;
      };
      return { name: file, schema: json.schema, data: json.formData };
    });
  const examples = readdirSync(examplesFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const folder = new URL(`${entry.name}/`, examplesFolder);
      return readdirSync(folder)
        .filter((file) => file.endsWith('.service.json'))
        .map((file) => {
          // As published: the shared blocks (`../_bausteine/`) inlined.
          const url = new URL(file, folder);
          const json = inlineFileRefsSync(readFileSync(url, 'utf8'), {
            base: fileURLToPath(url),
            read: (path) => readFileSync(path, 'utf8'),
          }) as { schema: JsonSchemaObject };
          return { name: `examples/${entry.name}/${file}`, schema: json.schema, data: undefined };
        });
    });
  return [...peers, ...examples];
}

/** A field schema met while walking a corpus schema, as the raw schema and its `resolveSchema` view. */
export interface CorpusField {
  pointer: string;
  raw: JsonSchema;
  view: JsonSchemaObject;
}

/**
 * Every field schema of a corpus schema (properties at any depth through `describeObject`, array
 * items, `oneOf`/`anyOf` branches), each resolved schema once, so recursive schemas end.
 */
export function corpusFields(holder: SchemaHolder): CorpusField[] {
  const out: CorpusField[] = [];
  const seen = new Set<object>();
  const visit = (raw: JsonSchema, pointer: string, depth: number): void => {
    const view = resolveSchema(holder, raw);
    if (seen.has(view) || depth > 8) return;
    seen.add(view);
    out.push({ pointer, raw, view });
    if (isObjectSchema(view))
      for (const info of describeObject(holder, view, {}))
        visit(info.schema, `${pointer}/${info.name}`, depth + 1);
    if (isArraySchema(view) && isPlainObject(view.items)) visit(view.items, `${pointer}/0`, depth + 1);
    // The branches of an option list are its options, not fields.
    if (optionList(view, holder)) return;
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = view[keyword];
      if (Array.isArray(branches))
        branches.forEach((branch, index) =>
          visit(branch as JsonSchema, `${pointer}#${keyword}/${index}`, depth + 1),
        );
    }
  };
  visit(holder.schema, '', 0);
  return out;
}
