/**
 * The checks every example service passes, written once: the definition (shared blocks inlined)
 * against the format, plain strict ajv and core's lint, the tenant file, the samples through
 * @efa-forms/core with their expected errors and messages in both languages, complete English texts,
 * every field in one step, and the XÖV message (golden XML and XSD in `expected/`, read back by
 * `fromXml`, checked with xmllint against the official XÖV library schemas). `UPDATE_GOLDEN=1` rewrites
 * the golden files (then review the diff: it is the XML the back office gets).
 * `describeServiceExample(folderUrl)` registers them; an example's own test adds what is particular to it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  createValidator,
  lintDefinition,
  loadDefinition,
  prune,
  type Definition,
  type JsonSchemaObject,
  type ServiceDefinition,
} from '@efa-forms/core';
import { fromXml, InvalidDataError, toXml, toXsd } from '@efa-forms/xoev';
import { addGermanFormats } from '../../packages/core/src/formats/german-formats.js';
import { xmllintCli } from '../../packages/xoev/src/test-support/library.js';
import { recordedText } from '../../scripts/internal/recorded-file.js';
import { readExample } from './read-example.js';

/** Expected errors of one invalid sample, as `samples/expectations.json` lists them. */
export interface Expectation {
  description: string;
  errors: { pointer: string; keyword: string }[];
}

/** Fixed header inputs, so the golden messages are reproducible. */
export const FIXED = {
  uuid: '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b',
  now: new Date('2025-03-14T08:30:00.000Z'),
  timeZone: 'Europe/Berlin',
} as const;

/** An XML 1.0 NCName restricted to ASCII, which is what XÖV element names use. */
export const XML_NAME = /^(?![Xx][Mm][Ll])[A-Za-z_][A-Za-z0-9_.-]*$/;

/** One example service folder, read once. */
export interface ServiceExample {
  id: string;
  dir: URL;
  readJson(relative: string): unknown;
  /** The definition as published: its shared blocks (`../_bausteine/`) inlined. */
  source: ServiceDefinition;
  /** The tenant file of Musterstadt. */
  tenant: Record<string, unknown>;
  /** Loaded for Musterstadt, German and English. */
  de: Definition;
  en: Definition;
  valid: [string, Record<string, unknown>][];
  invalid: [string, Record<string, unknown>][];
  expectations: Record<string, Expectation>;
  /** A copy of a valid sample, to change in a test. */
  sample(name: string): Record<string, Record<string, unknown>>;
}

/** Reads `examples/<id>/`: the definition (blocks inlined), its `tenant.musterstadt.json` and the samples. */
export function readServiceExample(dir: URL): ServiceExample {
  const id = fileURLToPath(dir).replace(/\/$/, '').split('/').pop() ?? '';
  const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, dir), 'utf8'));
  const { json: source, tenant, samples: all } = readExample(id);
  const samples = (prefix: string) =>
    all.filter(([name]) => name.startsWith(prefix)) as [string, Record<string, unknown>][];
  const { $comment: _comment, ...expectations } = readJson('samples/expectations.json') as Record<
    string,
    Expectation
  >;
  return {
    id,
    dir,
    readJson,
    source,
    tenant,
    de: loadDefinition(source, { tenant }),
    en: loadDefinition(source, { tenant, locale: 'en' }),
    valid: samples('valid-'),
    invalid: samples('invalid-'),
    expectations,
    sample(name) {
      const found = all.find(([candidate]) => candidate === name);
      if (!found) throw new Error(`no sample ${name}`);
      return structuredClone(found[1]) as Record<string, Record<string, unknown>>;
    },
  };
}

/**
 * Plain ajv, as strict as it gets, with the standard and German formats, `$data` (cross-field rules) and
 * the annotation keywords registered with metaschemas, so a misspelt hint fails to compile.
 */
export function createPlainAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, $data: true });
  addFormats(ajv);
  addGermanFormats(ajv);
  ajv.addKeyword({
    keyword: 'x-efa',
    metaSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        widget: { enum: ['textarea', 'radio', 'select', 'checkboxes', 'file'] },
        autocomplete: { type: 'string', pattern: '^[a-z0-9 -]+$' },
        inputmode: { enum: ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'] },
        placeholder: { type: 'string' },
        rows: { type: 'integer', minimum: 1 },
        messages: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
        optionsFrom: { type: 'string', pattern: '^tenant(\\.[A-Za-z0-9_]+)+$' },
      },
    },
  });
  ajv.addKeyword({
    keyword: 'x-xoev',
    metaSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        element: { type: 'string', pattern: XML_NAME.source },
        codeList: {
          type: 'object',
          additionalProperties: false,
          required: ['listURI', 'listVersionID'],
          properties: {
            listURI: { type: 'string', minLength: 1 },
            listVersionID: { type: 'string', minLength: 1 },
          },
        },
      },
    },
  });
  ajv.addKeyword({
    keyword: 'x-fim',
    metaSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: { id: { type: 'string', pattern: '^[FG][0-9]{8}$' }, version: { type: 'string' } },
    },
  });
  return ajv;
}

/** Resolves a JSON Pointer inside a JSON value. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** One object node met by `walk`. */
export interface Visit {
  pointer: string;
  node: Record<string, unknown>;
  /** Inside the options of a generated code-list `$def` (published texts, not translated). */
  inCodeListOptions: boolean;
}

/** Every object node of a JSON value with its pointer (the translations themselves left out). */
export function* walk(node: unknown, pointer = '', inCodeListOptions = false): Generator<Visit> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* walk(item, `${pointer}/${index}`, inCodeListOptions);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const object = node as Record<string, unknown>;
  yield { pointer, node: object, inCodeListOptions };
  const isCodeList =
    typeof object['x-xoev'] === 'object' && object['x-xoev'] !== null && 'codeList' in object['x-xoev'];
  for (const [key, value] of Object.entries(object)) {
    if (pointer === '' && key === 'translations') continue;
    const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1');
    yield* walk(value, `${pointer}/${escaped}`, inCodeListOptions || (isCodeList && key === 'oneOf'));
  }
}

const pairs = (errors: { pointer: string; keyword: string }[]) =>
  [...new Set(errors.map((error) => `${error.pointer} ${error.keyword}`))].sort();

/** Registers the common checks of one example service (`new URL('./', import.meta.url)` of its test). */
export function describeServiceExample(dir: URL): ServiceExample {
  const example = readServiceExample(dir);
  const { id, source, tenant, de, en } = example;
  const metaSchema = example.readJson(
    '../../packages/core/service-definition.schema.json',
  ) as JsonSchemaObject;

  describe(`${id}.service.json`, () => {
    it('is valid against packages/core/service-definition.schema.json', () => {
      const check = new Ajv2020({ strict: true, allErrors: true }).compile(metaSchema);
      expect(check(source), JSON.stringify(check.errors, null, 2)).toBe(true);
    });

    it('lints clean through @efa-forms/core, with and without the tenant', () => {
      expect(lintDefinition(source, { tenant })).toEqual([]);
      expect(lintDefinition(source)).toEqual([]);
    });

    it('compiles with plain strict ajv (published and as Musterstadt loads it), and a misspelt hint does not', () => {
      expect(typeof createPlainAjv().compile(source.schema)).toBe('function');
      const validate = createPlainAjv().compile(de.schema);
      for (const [name, data] of example.valid) expect(validate(data), name).toBe(true);
      for (const [name, data] of example.invalid) expect(validate(data), name).toBe(false);
      expect(() => createPlainAjv().compile({ type: 'string', 'x-efa': { widgt: 'radio' } })).toThrow(
        /x-efa/,
      );
    });

    it('has an expectation for exactly the invalid samples, and enough samples of both kinds', () => {
      expect(Object.keys(example.expectations).sort()).toEqual(example.invalid.map(([name]) => name));
      expect(example.valid.length).toBeGreaterThanOrEqual(2);
      expect(example.invalid.length).toBeGreaterThanOrEqual(4);
    });

    it('puts every top-level property in exactly one step', () => {
      const fields = source.steps?.flatMap((step) => step.fields) ?? [];
      const declared = new Set(
        [...walk(source.schema)]
          .filter(({ pointer }) => /^(\/allOf\/\d+\/then)?$/.test(pointer))
          .flatMap(({ node }) => Object.keys((node['properties'] as object | undefined) ?? {})),
      );
      expect([...fields].sort()).toEqual([...declared].map((name) => `/${name}`).sort());
    });

    it('has a string at every translation pointer, with the same placeholders', () => {
      const english = source.translations?.['en'] ?? {};
      for (const [pointer, text] of Object.entries(english)) {
        const german = resolvePointer(source, pointer);
        expect(typeof german, pointer).toBe('string');
        const placeholders = (value: string) => (value.match(/\{[^}]+\}/g) ?? []).sort();
        expect(placeholders(text), pointer).toEqual(placeholders(german as string));
      }
    });

    it('translates every title, description and message into English, except published code-list options', () => {
      const english = source.translations?.['en'] ?? {};
      const untranslated: string[] = [];
      for (const { pointer, node, inCodeListOptions } of walk(source)) {
        if (inCodeListOptions) continue;
        for (const key of ['title', 'description'])
          if (typeof node[key] === 'string' && !(`${pointer}/${key}` in english))
            untranslated.push(`${pointer}/${key}`);
        const hints = node['x-efa'] as { messages?: Record<string, string> } | undefined;
        for (const keyword of Object.keys(hints?.messages ?? {}))
          if (!(`${pointer}/x-efa/messages/${keyword}` in english))
            untranslated.push(`${pointer}/x-efa/messages/${keyword}`);
      }
      expect(untranslated).toEqual([]);
      expect(en.title).toBe(english['/title']);
    });

    it('uses valid XML names for every property', () => {
      const invalid = [...walk(source.schema, '/schema')]
        .filter(({ pointer }) => !pointer.endsWith('/properties'))
        .flatMap(({ pointer, node }) =>
          typeof node['properties'] === 'object' && node['properties'] !== null
            ? Object.keys(node['properties']).map((name) => `${pointer}/properties/${name}`)
            : [],
        )
        .filter((pointer) => !XML_NAME.test(pointer.split('/').pop() ?? ''));
      expect(invalid).toEqual([]);
    });

    it('fills every {tenant.*} placeholder from the tenant file, in German and English', () => {
      expect(JSON.stringify(source)).toMatch(/\{tenant\./);
      expect(JSON.stringify(de)).not.toMatch(/\{tenant\./);
      expect(JSON.stringify(en)).not.toMatch(/\{tenant\./);
      const authority = (tenant['behoerde'] as { name: string }).name;
      expect(JSON.stringify(de)).toContain(authority);
      expect(JSON.stringify(en)).toContain(authority);
    });
  });

  describe(`${id} through @efa-forms/core`, () => {
    const validator = createValidator(de);
    const english = createValidator(en);

    it.each(example.valid)('%s is valid, also after pruning', (_name, data) => {
      expect(validator.validate(data).errors).toEqual([]);
      expect(prune(de, data)).toEqual(data);
    });

    it.each(example.invalid)(
      '%s gives exactly the expected errors, with messages in both languages',
      (name, data) => {
        const expected = example.expectations[name]?.errors ?? [];
        expect(expected.length).toBeGreaterThan(0);
        const result = validator.validate(data);
        expect(pairs(result.errors)).toEqual(pairs(expected));
        const inEnglish = english.validate(data);
        expect(pairs(inEnglish.errors)).toEqual(pairs(expected));
        for (const error of [...result.errors, ...inEnglish.errors]) {
          expect(error.message).not.toMatch(/„“|“”|undefined|\{/);
          expect(error.params['label'], error.pointer).not.toBe('');
        }
        // The English messages are English: no German quotation marks, no German sentence.
        for (const error of inEnglish.errors) expect(error.message).not.toMatch(/„|Bitte/);
      },
    );

    it('validates one step at a time: an empty step reports only its own fields', () => {
      for (const step of de.steps) {
        for (const error of validator.validateStep({}, step.id).errors)
          expect(
            step.fields.some((field) => error.pointer === field || error.pointer.startsWith(`${field}/`)),
            `${step.id}: ${error.pointer}`,
          ).toBe(true);
      }
    });
  });

  describe(`${id}: XÖV message`, () => {
    const expected = new URL('expected/', dir);
    const update = process.env.UPDATE_GOLDEN === '1';
    const golden = (name: string, actual: string): void => {
      const recorded = recordedText(fileURLToPath(new URL(name, expected)), actual, update);
      expect(recorded, `${name} is missing; run with UPDATE_GOLDEN=1`).toBeDefined();
      expect(actual).toBe(recorded);
    };

    it(`XSD: expected/${id}.xsd (UPDATE_GOLDEN=1 rewrites the golden files and prints what changed)`, () => {
      golden(`${id}.xsd`, toXsd(de));
    });

    it.each(example.valid)('message of samples/%s, read back to the same data', (name, data) => {
      const xml = toXml(de, data, FIXED);
      golden(name.replace(/\.json$/, '.xml'), xml);
      expect(fromXml(de, xml).data).toEqual(prune(de, data));
    });

    it('the golden messages validate against the golden XSD and the official header schemas (xmllint), a broken one does not', () => {
      const xsd = readFileSync(new URL(`${id}.xsd`, expected), 'utf8');
      const messages = example.valid.map(([name]) =>
        readFileSync(new URL(name.replace(/\.json$/, '.xml'), expected), 'utf8'),
      );
      const result = xmllintCli(xsd, messages);
      expect(result.stderr.split('\n').filter((line) => /error/i.test(line))).toEqual([]);
      expect(result.status).toBe(0);
      // A letter in a postcode: the XSD refuses what the schema refuses.
      const prefix = de.xoev?.prefix ?? '';
      const first = messages[0] ?? '';
      const broken = first.replace(
        new RegExp(`<${prefix}:postleitzahl>[0-9]{5}<`),
        `<${prefix}:postleitzahl>12A45<`,
      );
      expect(broken).not.toBe(first);
      expect(xmllintCli(xsd, [broken]).status).not.toBe(0);
    });

    it('never writes a message for an invalid sample (toXml prunes first, then validates)', () => {
      const validator = createValidator(de);
      for (const [name, data] of example.invalid) {
        if (validator.validate(prune(de, data)).valid) {
          // Only values of inactive fields were wrong: pruning removes them, and the message is the rest.
          expect(fromXml(de, toXml(de, data, FIXED)).data, name).toEqual(prune(de, data));
        } else {
          expect(() => toXml(de, data, FIXED), name).toThrow(InvalidDataError);
        }
      }
    });
  });

  return example;
}
