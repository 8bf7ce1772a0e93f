/**
 * The checks every example service passes, as the Gewerbeanmeldung's tests do them: the definition
 * (shared blocks inlined) lints clean for Musterstadt, valid samples validate and survive pruning,
 * invalid samples fail exactly where `samples/expectations.json` says, every text has an English
 * translation, every field is in one step, and the golden XÖV messages and XSD in `expected/` are what
 * `@efa-forms/xoev` writes, round-trip through `fromXml` and pass xmllint. `UPDATE_GOLDEN=1` rewrites
 * the golden files (then review the diff: it is the XML the back office gets).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createValidator,
  lintDefinition,
  loadDefinition,
  prune,
  type Definition,
  type ServiceDefinition,
} from '@efa-forms/core';
import { fromXml, toXml, toXsd } from '@efa-forms/xoev';
import { xmllintCli } from '../packages/xoev/src/test-support/library.js';
import { exampleDefinition, exampleUrl, musterstadt } from './load-example.js';

/** Fixed header inputs, so the golden messages are reproducible (the same as the Gewerbeanmeldung's). */
export const FIXED = {
  uuid: '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b',
  now: new Date('2025-03-14T08:30:00.000Z'),
  timeZone: 'Europe/Berlin',
} as const;

interface Expectation {
  description: string;
  errors: { pointer: string; keyword: string }[];
}

/** One example, loaded: its inlined JSON, the German definition for Musterstadt, samples and expectations. */
export interface ExampleFixture {
  id: string;
  json: ServiceDefinition;
  tenant: Record<string, unknown>;
  definition: Definition;
  samples: Map<string, unknown>;
  expectations: Record<string, Expectation>;
}

/** Loads an example for `describeExample` (top-level await in the test file). */
export async function loadFixture(id: string): Promise<ExampleFixture> {
  const json = await exampleDefinition(id);
  const tenant = await musterstadt();
  const read = (file: string): unknown => JSON.parse(readFileSync(exampleUrl(id, file), 'utf8'));
  const samples = new Map(
    readdirSync(exampleUrl(id, 'samples/'))
      .filter((name) => /^(in)?valid-.*\.json$/.test(name))
      .sort()
      .map((name) => [name, read(`samples/${name}`)] as const),
  );
  const { $comment: _comment, ...expectations } = read('samples/expectations.json') as Record<
    string,
    Expectation
  >;
  return { id, json, tenant, definition: loadDefinition(json, { tenant }), samples, expectations };
}

/** Every object in a JSON value, with its pointer; `inCodeList` inside a code list's published options. */
function* walk(
  node: unknown,
  pointer = '',
  inCodeList = false,
): Generator<[string, Record<string, unknown>, boolean]> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* walk(item, `${pointer}/${index}`, inCodeList);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const object = node as Record<string, unknown>;
  yield [pointer, object, inCodeList];
  const codeList =
    typeof object['x-xoev'] === 'object' && object['x-xoev'] !== null && 'codeList' in object['x-xoev'];
  for (const [key, value] of Object.entries(object)) {
    if (pointer === '' && key === 'translations') continue;
    const token = key.replace(/~/g, '~0').replace(/\//g, '~1');
    yield* walk(value, `${pointer}/${token}`, inCodeList || (codeList && key === 'oneOf'));
  }
}

/** Registers the suite for one loaded example. */
export function describeExample(fixture: ExampleFixture): void {
  const { id, json, tenant, definition, samples, expectations } = fixture;
  const validator = createValidator(definition);
  const valid = [...samples].filter(([name]) => name.startsWith('valid-'));
  const invalid = [...samples].filter(([name]) => name.startsWith('invalid-'));
  const expected = new URL('expected/', exampleUrl(id, ''));

  describe(`${id}: definition and samples`, () => {
    it('lints clean with the Musterstadt tenant', () => {
      expect(lintDefinition(json, { tenant })).toEqual([]);
      expect(valid.length).toBeGreaterThanOrEqual(2);
      expect(invalid.length).toBeGreaterThanOrEqual(4);
    });

    it.each(valid)('%s is valid, also after pruning', (_name, data) => {
      expect(validator.validate(data).errors).toEqual([]);
      expect(prune(definition, data)).toEqual(data);
    });

    it.each(invalid)('%s fails exactly where expectations.json says, with messages', (name, data) => {
      const result = validator.validate(data);
      const sort = (errors: { pointer: string; keyword: string }[]) =>
        errors.map((error) => `${error.pointer} ${error.keyword}`).sort();
      expect(sort(result.errors)).toEqual(sort(expectations[name]?.errors ?? []));
      for (const error of result.errors) expect(error.message).not.toMatch(/„“|undefined/);
    });

    it('has an expectation for every invalid sample and none without one', () => {
      expect(Object.keys(expectations).sort()).toEqual(invalid.map(([name]) => name).sort());
    });

    it('puts every top-level property in exactly one step', () => {
      const fields = definition.steps.flatMap((step) => step.fields);
      expect([...fields].sort()).toEqual(
        Object.keys(json.schema.properties ?? {})
          .map((name) => `/${name}`)
          .sort(),
      );
    });

    it('translates every title, description and message into English, except published code-list options', () => {
      const english = json.translations?.['en'] ?? {};
      const missing: string[] = [];
      for (const [pointer, node, inCodeList] of walk(json)) {
        if (inCodeList) continue;
        for (const key of ['title', 'description'])
          if (typeof node[key] === 'string' && !(`${pointer}/${key}` in english))
            missing.push(`${pointer}/${key}`);
        const messages = (node['x-efa'] as { messages?: object } | undefined)?.messages ?? {};
        for (const keyword of Object.keys(messages))
          if (!(`${pointer}/x-efa/messages/${keyword}` in english))
            missing.push(`${pointer}/x-efa/messages/${keyword}`);
      }
      expect(missing).toEqual([]);
      const en = loadDefinition(json, { tenant, locale: 'en' });
      expect(en.title).toBe(english['/title']);
      expect(JSON.stringify(en)).not.toMatch(/\{tenant\./);
    });
  });

  describe(`${id}: XÖV message and XSD (golden files in expected/)`, () => {
    const update = process.env['UPDATE_GOLDEN'] === '1';
    const golden = (name: string, actual: string) => {
      const file = fileURLToPath(new URL(name, expected));
      if (update) {
        mkdirSync(fileURLToPath(expected), { recursive: true });
        writeFileSync(file, actual);
      }
      expect(existsSync(file), `${name} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    };

    it(`XSD: expected/${id}.xsd`, () => {
      golden(`${id}.xsd`, toXsd(definition));
    });

    it.each(valid)('message of samples/%s, read back to the pruned data', (name, data) => {
      const xml = toXml(definition, data, FIXED);
      golden(name.replace(/\.json$/, '.xml'), xml);
      expect(fromXml(definition, xml).data).toEqual(prune(definition, data));
    });

    it('the golden messages validate against the golden XSD (xmllint), a broken one does not', () => {
      const xsd = readFileSync(new URL(`${id}.xsd`, expected), 'utf8');
      const messages = valid.map(([name]) =>
        readFileSync(new URL(name.replace(/\.json$/, '.xml'), expected), 'utf8'),
      );
      const result = xmllintCli(xsd, messages);
      expect(result.stderr.split('\n').filter((line) => /error/i.test(line))).toEqual([]);
      expect(result.status).toBe(0);
      const broken = (messages[0] ?? '').replace(/<gew:postleitzahl>[0-9]{5}</, '<gew:postleitzahl>12A45<');
      expect(broken).not.toBe(messages[0]);
      expect(xmllintCli(xsd, [broken]).status).not.toBe(0);
    });
  });
}
