/**
 * Runs the examples of docs/service-definition.md and docs/validation.md, so they cannot rot.
 *
 * - Every ```ts block of the docs must appear in this file (import lines aside, indentation ignored).
 * - JSON results shown in the docs (`<!-- output: name -->` before a ```json block) are read from the
 *   docs and compared with what the code here returns.
 * - JSON schemas shown in the docs (`<!-- schema -->`, `<!-- property -->`) must pass the linter.
 * - The linter table and the message table are checked row by row.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  activeFields,
  activeSteps,
  addGermanFormats,
  coerce,
  createValidator,
  defineService,
  DefinitionError,
  fromJsonSchema,
  inlineFileRefs,
  isDin91379A,
  isGermanLicencePlate,
  isGermanPostcode,
  isIban,
  isSteuerId,
  lintDefinition,
  loadDefinition,
  messageLocales,
  normalizeIban,
  prune,
  type DataOf,
  type DefinitionProblem,
  type DefinitionRule,
  type ServiceDefinition,
  type ValidationKeyword,
} from './index.js';
import { itReadingSources } from './test-support/it-reading-sources.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const docs = {
  'service-definition.md': read('../../../docs/service-definition.md'),
  'validation.md': read('../../../docs/validation.md'),
};
const definitionDoc = docs['service-definition.md'];
const validationDoc = docs['validation.md'];

interface Block {
  lang: string;
  text: string;
  /** The `<!-- ... -->` comment on the last non-blank line before the fence, if any. */
  marker?: string;
}

function blocks(doc: string): Block[] {
  const found: Block[] = [];
  const lines = doc.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)$/.exec(lines[i] as string);
    if (!open) continue;
    let end = i + 1;
    while (lines[end] !== '```') end++;
    let before = i - 1;
    while (before >= 0 && (lines[before] as string).trim() === '') before--;
    const marker = /^<!-- (.*) -->$/.exec(lines[before] ?? '')?.[1];
    found.push({ lang: open[1] ?? '', text: lines.slice(i + 1, end).join('\n'), marker });
    i = end;
  }
  return found;
}

function marked(doc: string, marker: string): string {
  const block = blocks(doc).find((candidate) => candidate.marker === marker);
  if (!block) throw new Error(`no block marked <!-- ${marker} -->`);
  return block.text;
}

const output = (doc: string, name: string): unknown => JSON.parse(marked(doc, `output: ${name}`));

/** Code without import statements, each line trimmed, blank lines dropped. */
function normalise(code: string): string {
  return code
    .replace(/^import [\s\S]*?;$/gm, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Rows of the markdown table after `<!-- marker -->`, as cells (header and separator left out). */
function tableRows(doc: string, marker: string): string[][] {
  const lines = doc.split('\n');
  let index = lines.indexOf(`<!-- ${marker} -->`) + 1;
  while ((lines[index] as string).trim() === '') index++;
  const rows: string[][] = [];
  for (; (lines[index] ?? '').startsWith('|'); index++) {
    rows.push(
      (lines[index] as string)
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
  }
  return rows.slice(2);
}

/** The text of a cell that is one code span. */
const code = (cell: string) => cell.replace(/^`+ ?|`+$/g, '').trim();

const wrap = (schema: unknown): unknown => ({ id: 'beispiel', version: '1.0.0', title: 'Beispiel', schema });

// The complete example of service-definition.md, as the docs show it.
const json = JSON.parse(marked(definitionDoc, 'example: hund-anmelden.service.json')) as Record<
  string,
  unknown
>;

describe('docs: the examples are code that runs', () => {
  it('shows only code that this file runs', () => {
    const self = normalise(read('./docs-examples.test.ts'));
    for (const [name, doc] of Object.entries(docs)) {
      for (const block of blocks(doc).filter((candidate) => candidate.lang === 'ts')) {
        const snippet = normalise(block.text);
        // The type in validation.md documents a type; it is compared with the source instead.
        if (snippet.startsWith('type ValidationError')) continue;
        expect(
          self.includes(snippet),
          `${name}: this example is not in docs-examples.test.ts:\n${snippet}`,
        ).toBe(true);
      }
    }
  });

  it('documents the ValidationError fields that exist', () => {
    const shown = blocks(validationDoc).find((block) => block.text.startsWith('type ValidationError'));
    // Compared without whitespace and separators: the mutation test runs this against instrumented,
    // reformatted sources.
    const collapse = (text = '') => text.replace(/[\s;,]+/g, '');
    const source = collapse(read('./validation-error.ts'));
    for (const field of [
      'pointer: string',
      'keyword: K',
      'message: string',
      'params: ValidationParams[K] & { label: string }',
    ]) {
      expect(collapse(shown?.text)).toContain(collapse(field));
      expect(source).toContain(collapse(field));
    }
  });
});

describe('docs/service-definition.md', () => {
  it('has a complete example that lints clean and loads', () => {
    expect(lintDefinition(json)).toEqual([]);
    const tenant = { behoerde: { name: 'X' }, dvdv: { praefix: 'ags', kennung: '1' } };
    expect(lintDefinition(json, { tenant })).toEqual([]);
    expect(loadDefinition(JSON.stringify(json), { tenant }).steps).toHaveLength(2);
  });

  it('shows schemas that lint clean', () => {
    const schemas = blocks(definitionDoc).filter((block) => block.marker === 'schema');
    const properties = blocks(definitionDoc).filter((block) => block.marker === 'property');
    expect(schemas.length).toBeGreaterThanOrEqual(5);
    expect(properties.length).toBeGreaterThanOrEqual(2);
    for (const block of schemas) expect(lintDefinition(wrap(JSON.parse(block.text)))).toEqual([]);
    for (const block of properties) {
      const schema = { type: 'object', properties: { feld: JSON.parse(block.text) as unknown } };
      expect(lintDefinition(wrap(schema))).toEqual([]);
    }
  });

  it('inlines shared building blocks from files beside the definition', async () => {
    // The paths are relative to the repository root, where the tests run.
    const base = 'examples/gewerbeanmeldung/gewerbeanmeldung.service.json';
    const text = readFileSync(base, 'utf8');
    const gewerbe = loadDefinition(text, { files: { base, read: (path) => readFileSync(path, 'utf8') } });
    const published = await inlineFileRefs(text, { base, read: (path) => readFile(path, 'utf8') });

    expect(gewerbe.id).toBe('gewerbeanmeldung');
    expect(JSON.stringify(published)).not.toMatch(/"\$ref":"[^#]/);
    expect(loadDefinition(published).schema).toEqual(gewerbe.schema);

    const withFiles = wrap(JSON.parse(marked(definitionDoc, 'schema-with-files')));
    const files = {
      base: 'examples/gewerbeanmeldung/beispiel.service.json',
      read: (path: string) => readFileSync(path, 'utf8'),
    };
    expect(
      lintDefinition(
        await inlineFileRefs(withFiles, { base: files.base, read: async (path) => files.read(path) }),
      ),
    ).toEqual([]);
    expect(loadDefinition(withFiles, { files }).schema.$defs).toHaveProperty([
      'anschrift-inland',
      '$defs',
      'anschrift',
    ]);
  });

  it('reports the problems of file references with file, pointer, line and column', () => {
    const broken = wrap({
      type: 'object',
      properties: { ort: { $ref: '../_bausteine/ort.json' }, x: { $ref: '../_bausteine/kaputt.json' } },
    });
    const read = (path: string) => {
      if (path === 'examples/_bausteine/kaputt.json') return '{"type": "object",\n}';
      return readFileSync(path, 'utf8');
    };
    let problems: DefinitionProblem[] = [];
    try {
      loadDefinition(broken, { files: { base: 'examples/gewerbeanmeldung/beispiel.service.json', read } });
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual(output(definitionDoc, 'file-ref-problems'));
  });

  it('shows the problem of additionalProperties next to branches', () => {
    const schema = JSON.parse(marked(definitionDoc, 'schema-problems: closed-object')) as unknown;
    expect(lintDefinition(wrap(schema))).toEqual(output(definitionDoc, 'closed-object'));
  });

  it('shows translations that lint clean', () => {
    const translations = JSON.parse(marked(definitionDoc, 'translations')) as unknown;
    expect(lintDefinition({ ...json, translations })).toEqual([]);
  });

  it('fills tenant placeholders and applies translations', () => {
    const tenant = {
      behoerde: { name: 'Stadt Musterstadt' },
      dvdv: { praefix: 'ags', kennung: '09999999' },
    };
    const definition = loadDefinition(json, { tenant });
    const english = loadDefinition(json, { tenant, locale: 'en' });
    const texts = [definition.description, english.title, english.description];

    expect(texts).toEqual(output(definitionDoc, 'tenant-texts'));
    expect(loadDefinition(json).description).toBe('Hundesteuer-Anmeldung bei {tenant.behoerde.name}');
    expect(definition.tenantData).toEqual(tenant);
  });

  it('throws DefinitionError with every problem', () => {
    let problems: DefinitionProblem[] = [];
    try {
      loadDefinition({ ...json, id: 'Hund anmelden' }, { tenant: { behoerde: {} } });
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      problems = error.problems;
    }

    expect(problems).toEqual(output(definitionDoc, 'definition-error'));
    expect(() => loadDefinition({ ...json, id: 'Hund anmelden' }, { tenant: { behoerde: {} } })).toThrow(
      marked(definitionDoc, 'output-text: definition-error-message'),
    );
  });

  it('runs extra rules', () => {
    const needsLeika: DefinitionRule = {
      code: 'house-leika',
      check: (definition) =>
        definition.leika ? [] : [{ pointer: '/leika', message: 'Our portal lists services by LeiKa key.' }],
    };
    const houseProblems = lintDefinition(json, { rules: [needsLeika] });

    expect(houseProblems).toEqual(output(definitionDoc, 'house-rule'));
    expect(lintDefinition({ ...json, leika: '99050012104000' }, { rules: [needsLeika] })).toEqual([]);
  });

  it('lints without throwing', () => {
    const lint = lintDefinition({
      id: 'hund-anmelden',
      version: '1.0.0',
      title: 'Hund anmelden',
      schema: {
        type: 'object',
        properties: {
          rasse: { title: 'Rasse', type: 'string', enum: ['dackel', 'sonstige'] },
        },
      },
    });

    expect(lint).toEqual(output(definitionDoc, 'lint'));
  });

  it('wraps a third-party JSON Schema', () => {
    const form = fromJsonSchema(
      {
        title: 'Kontakt',
        type: 'object',
        required: ['email'],
        properties: {
          email: { type: 'string', format: 'email' },
          thema: { type: 'string', enum: ['lob', 'kritik'], ui_widget: 'radio' },
        },
      },
      { id: 'kontakt' },
    );
    const summary = { id: form.id, title: form.title, strict: form.strict, steps: form.steps };
    const contactErrors = createValidator(form).validate({ thema: 'frage' }).errors.length;

    expect(summary).toEqual(output(definitionDoc, 'from-json-schema'));
    expect(form.version).toBe('0.0.0');
    expect(contactErrors).toBe(2);
    expect(definitionDoc).toContain('`contactErrors` is 2');
  });

  it('derives the data type with defineService and DataOf', () => {
    const service = defineService({
      id: 'hund-anmelden',
      version: '1.0.0',
      title: 'Hund anmelden',
      schema: {
        type: 'object',
        required: ['name', 'rasse'],
        additionalProperties: false,
        properties: {
          name: { title: 'Name des Hundes', type: 'string' },
          rasse: {
            title: 'Rasse',
            type: 'string',
            oneOf: [
              { const: 'dackel', title: 'Dackel' },
              { const: 'sonstige', title: 'Andere Rasse' },
            ],
          },
          geburtsjahr: { title: 'Geburtsjahr', type: 'integer', 'x-efa': { inputmode: 'numeric' } },
        },
      },
    } as const);

    type Hund = DataOf<typeof service>;
    // { name: string; rasse: 'dackel' | 'sonstige'; geburtsjahr?: number }

    const bello: Hund = { name: 'Bello', rasse: 'dackel' };
    // @ts-expect-error: 'pudel' is not one of the options
    const struppi: Hund = { name: 'Struppi', rasse: 'pudel' };

    const hundValidator = createValidator(loadDefinition(service));
    const accepted = [hundValidator.validate(bello).valid, hundValidator.validate(struppi).valid];

    expectTypeOf<Hund>().toEqualTypeOf<{
      name: string;
      rasse: 'dackel' | 'sonstige';
      geburtsjahr?: number;
    }>();
    expect(accepted).toEqual([true, false]);
    expect(definitionDoc).toContain('`accepted` is `[true, false]`');
  });

  /**
   * Definitions that break each check of the linter's table, their problems, and the table's rows.
   * Built per test, not while the file loads (see docs/testing.md, mutation testing).
   */
  function lintTable(): { problems: DefinitionProblem[]; rows: string[][]; documented: Set<string> } {
    const base = { id: 'beispiel', version: '1.0.0', title: 'Beispiel' };
    const xoev = {
      message: 'beispiel.nachricht.0001',
      namespace: 'urn:beispiel',
      prefix: 'b',
      standard: 'Beispiel',
      version: '1',
      nachrichtentyp: { listURI: 'urn:liste', listVersionID: '1', code: '0001' },
    };
    let deep: unknown = {};
    for (let i = 0; i < 200; i++) deep = { properties: { a: deep } };
    const failing: DefinitionRule = {
      code: 'beispiel-regel',
      check: () => {
        throw new Error('kaputt');
      },
    };
    const bad: [unknown, unknown?, DefinitionRule[]?][] = [
      [{ ...base, schema: { type: 'object', properties: {} } }, undefined, [failing]],
      [[]],
      [{ ...base, schema: deep }],
      [{ id: 'beispiel' }],
      [{ ...base, titel: 'x', id: 'Beispiel_1', version: '1.0', leika: '123', steps: [], schema: {} }],
      [{ ...base, schema: [] }],
      [{ ...base, schema: { type: 'object', required: 'a' } }],
      [{ ...base, schema: { type: 'object', properties: { a: { type: 'string', pattern: '[' } } } }],
      [{ ...base, schema: { $schema: 'https://example.org/schema', type: 'object' } }],
      [{ ...base, schema: { type: 'string' } }],
      [
        {
          ...base,
          schema: { type: 'object', properties: { a: { type: 'string', title: 'A', pattern: '^(a+)+$' } } },
        },
      ],
      [
        {
          ...base,
          xoev,
          description: 'Bei {tenant.behoerde.name}',
          translations: { en: { '/schema/properties': 'x', '/schema/properties/rasse/type': 'string' } },
          schema: {
            type: 'object',
            properties: {
              rasse: { type: 'string', enum: ['a', 'b'] },
              art: { type: 'string', oneOf: [{ const: 'x' }, { const: 'y', title: 'Y' }] },
              name: {
                type: 'string',
                maxLenght: 5,
                format: 'plz',
                'x-efa': { widgt: 1, rows: 0, autocomplete: 'vorname', inputmode: 'number', widget: 1 },
              },
              ort: { $ref: '#/$defs/ort' },
              ext: { $ref: 'https://example.org/ort.json' },
              'mit leerzeichen': { type: 'string' },
              x: { type: 'string', 'x-xoev': { element: '1x' } },
              y: { type: 'string', 'x-efa': 'textarea' },
              z: { type: 'string', 'x-efa': { messages: { pattern: 1 } } },
              w: { type: 'string', 'x-efa': { messages: { patern: 'x' } } },
            },
          },
          steps: [
            { id: 'daten', title: 'A', fields: ['/rasse', '/gibtsnicht', 'rasse'] },
            { id: 'daten', title: 'B', fields: ['/rasse', '/name/vorname'] },
          ],
        },
      ],
      [{ ...base, schema: { type: 'object', properties: { a: { $ref: 5 } } } }],
      [
        {
          ...base,
          schema: {
            type: 'object',
            properties: {
              von: { title: 'Von', type: 'string', format: 'date' },
              bis: { title: 'Bis', type: 'string', format: 'date', formatMinimum: { $data: '1/vn' } },
            },
          },
        },
      ],
      [wrap(JSON.parse(marked(definitionDoc, 'schema-problems: closed-object')))],
      [
        { ...json, description: '{tenant.behoerde.ort}' },
        { behoerde: {}, dvdv: { praefix: 'ags', kennung: '1' } },
      ],
      [
        { ...base, schema: {}, tenant: { properties: { ags: { type: 'string', pattern: '^[0-9]{8}$' } } } },
        { ags: '123' },
      ],
      [{ ...base, schema: {}, tenant: { properties: { a: { type: 'string', pattern: '[' } } } }, {}],
      [
        {
          ...base,
          schema: {
            type: 'object',
            properties: {
              zone: { title: 'Zone', type: 'string', 'x-efa': { optionsFrom: 'tenant.parkzonen' } },
              art: { title: 'Art', type: 'string', 'x-efa': { optionsFrom: 'tenant.name' } },
            },
          },
          tenant: { properties: { parkzonen: { type: 'array' }, name: { type: 'string' } } },
        },
        {
          parkzonen: [
            { const: 'A', title: 'Zone A' },
            { const: 'A', title: 'Zone A (Altstadt)' },
          ],
        },
      ],
    ];
    const problems = bad.flatMap(([definition, tenant, rules]) =>
      lintDefinition(definition, { tenant, ...(rules ? { rules } : {}) }),
    );
    try {
      loadDefinition('{"id": "x",}');
    } catch (error) {
      if (error instanceof DefinitionError) problems.push(...error.problems);
    }
    const rows = tableRows(definitionDoc, 'lint-messages');
    return { problems, rows, documented: new Set(rows.map(([cell]) => code(cell as string))) };
  }

  it('shows every linter check with a message the linter gives', () => {
    const { problems, rows, documented } = lintTable();
    expect(rows.length).toBeGreaterThanOrEqual(44);
    // Every problem these definitions produce carries a documented rule code.
    for (const problem of problems) {
      expect(documented, `${problem.pointer}: ${problem.message}`).toContain(problem.code);
    }
    for (const documented_code of documented) expect(documented_code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    for (const [documented_code, , cell] of rows) {
      // The example message of a row (`…` stands for text left out) comes from a problem with the row's code.
      const pattern = code(cell as string)
        .split('…')
        .map((part) => part.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      expect(
        problems.some(
          (problem) =>
            problem.code === code(documented_code as string) &&
            new RegExp(`^${pattern}$`, 's').test(problem.message),
        ),
        `no problem with code ${documented_code} has the message ${cell}`,
      ).toBe(true);
    }
  });

  // Reads core's sources as text, which a mutation run rewrites: skipped there.
  itReadingSources('documents every rule code core writes, and writes every documented one', () => {
    const documented = new Set(
      tableRows(definitionDoc, 'lint-messages').map(([cell]) => code(cell as string)),
    );
    // Every problem core's source can produce: each `code: '…'` it writes.
    const sources = readdirSync(new URL('./', import.meta.url), { recursive: true, encoding: 'utf8' })
      // Inlining shared blocks has its own table beside the blocks (checked in inline-file-refs.test.ts).
      .filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$|test-support|inline-file-refs/.test(file))
      .map((file) => read(`./${file}`));
    expect(sources.length).toBeGreaterThan(20);
    const written = sources.flatMap((source) =>
      [...source.matchAll(/\bcode: '([a-z0-9-]+)'/g)].map((match) => match[1] as string),
    );
    expect(written.length).toBeGreaterThanOrEqual(38);
    for (const written_code of written) expect(documented, written_code).toContain(written_code);
    for (const documented_code of documented) expect(written, documented_code).toContain(documented_code);
  });
});

describe('docs/validation.md', () => {
  it('validates with collapsed, localised errors', () => {
    const tenant = {
      behoerde: { name: 'Stadt Musterstadt' },
      dvdv: { praefix: 'ags', kennung: '09999999' },
    };
    const definition = loadDefinition(json, { tenant });
    const validator = createValidator(definition);

    const result = validator.validate({
      halter: { vorname: 'Erika', familienname: 'Mustermann', postleitzahl: '1234' },
      hund: { name: 'Bello', rasse: 'pudel', gefaehrlich: true },
    });

    expect(result).toEqual(output(validationDoc, 'validate'));

    const step = validator.validateStep(
      { halter: { vorname: 'Erika' }, hund: { name: 'Bello', notiz: 'x' } },
      'halter',
    );
    const stepPointers = step.errors.map((error) => error.pointer);

    expect(stepPointers).toEqual(output(validationDoc, 'validate-step'));
    expect(() => validator.validateStep({}, 'gibtsnicht')).toThrow(/no step "gibtsnicht"/);

    const body = {
      halter: { vorname: 'Erika', familienname: 'Mustermann', postleitzahl: '12345' },
      hund: { name: 'Bello', rasse: 'dackel', gefaehrlich: false, wesenstest: '2024-05-02' },
    };
    const unpruned = validator.validate(body).errors.map((error) => `${error.keyword} ${error.pointer}`);
    const data = prune(definition, body);
    const pruned = validator.validate(data).valid;

    expect(unpruned).toEqual(['unevaluatedProperties /hund/wesenstest']);
    expect(pruned).toBe(true);
    expect(validationDoc).toContain(
      '`unpruned` is `["unevaluatedProperties /hund/wesenstest"]`; `pruned` is `true`.',
    );

    const englishValidator = createValidator(loadDefinition(json, { tenant, locale: 'en' }));
    const englishMessages = englishValidator
      .validate({
        halter: { vorname: 'Erika', familienname: 'Mustermann', postleitzahl: '1234' },
        hund: { name: 'Bello', rasse: 'pudel', gefaehrlich: true },
      })
      .errors.map((error) => error.message);

    expect(englishMessages).toEqual(output(validationDoc, 'english'));
    // "English sentences around German labels"
    expect(
      createValidator(definition, { locale: 'en' }).validate({ hund: { rasse: 'x' } }).errors,
    ).toContainEqual(expect.objectContaining({ message: 'Select one of the options for “Rasse”.' }));

    const bell = validator.validate({
      halter: { vorname: 'Erika', familienname: 'Mustermann', postleitzahl: '12345' },
      hund: { name: 'Bello\u0007', rasse: 'dackel', gefaehrlich: false },
    });

    expect(bell).toEqual(output(validationDoc, 'xml-char'));

    const bounded = createValidator(definition, { limits: { maxStringLength: 1000 } });
    const tooLong = bounded.validate({ halter: { vorname: 'x'.repeat(5000) } });

    expect(tooLong).toEqual(output(validationDoc, 'limit'));

    const notizForm = fromJsonSchema({ type: 'object', properties: { notiz: { type: 'string' } } });
    const open = createValidator(notizForm, { limits: { maxStringLength: 1000 } });
    const longButValid = open.validate({ notiz: 'x'.repeat(5000) }).valid;

    expect(longButValid).toBe(true);
    expect(validationDoc).toContain('`longButValid` is `true`.');

    const fields = activeFields(definition, { hund: { gefaehrlich: true } });
    const active = { visible: [...fields.visible], required: [...fields.required] };

    expect(active).toEqual(output(validationDoc, 'active-fields'));

    const pages = activeSteps(definition, { hund: { gefaehrlich: true } }).map((step) => step.id);

    expect(pages).toEqual(output(validationDoc, 'active-steps'));

    const kept = prune(definition, {
      halter: { vorname: 'Erika', familienname: 'Mustermann', email: '', notiz: 'x' },
      hund: { name: 'Bello', gefaehrlich: false, wesenstest: '2024-05-02' },
    });

    expect(kept).toEqual(output(validationDoc, 'prune'));

    const hostile = JSON.parse(
      '{"halter":{"vorname":"Erika","familienname":"Mustermann","postleitzahl":"12345"},' +
        '"hund":{"name":"Bello","rasse":"dackel","gefaehrlich":false,"__proto__":{"x":1}}}',
    );
    const slipsThrough = validator.validate(hostile).valid;
    const hundKeys = Object.keys(prune(definition, hostile).hund);

    expect(slipsThrough).toBe(true);
    expect(hundKeys).toEqual(['name', 'rasse', 'gefaehrlich']);
    expect(validationDoc).toContain(
      '`slipsThrough` is `true`; `hundKeys` is `["name", "rasse", "gefaehrlich"]`.',
    );
  });

  it('collapses a oneOf to the branch the discriminator selects', () => {
    const zahlung = loadDefinition({
      id: 'zahlung',
      version: '1.0.0',
      title: 'Zahlung',
      schema: {
        type: 'object',
        required: ['zahlungsart'],
        properties: {
          zahlungsart: {
            title: 'Zahlungsart',
            type: 'string',
            oneOf: [
              { const: 'lastschrift', title: 'Lastschrift' },
              { const: 'ueberweisung', title: 'Überweisung' },
            ],
          },
        },
        oneOf: [
          {
            properties: {
              zahlungsart: { const: 'lastschrift' },
              iban: { title: 'IBAN', type: 'string', format: 'iban' },
              kontoinhaber: { title: 'Kontoinhaber', type: 'string' },
            },
            required: ['iban', 'kontoinhaber'],
          },
          { properties: { zahlungsart: { const: 'ueberweisung' } } },
        ],
        unevaluatedProperties: false,
      },
    });
    const zahlungValidator = createValidator(zahlung);
    const lastschrift = zahlungValidator
      .validate({ zahlungsart: 'lastschrift', iban: 'DE00 1234' })
      .errors.map((error) => `${error.keyword} ${error.pointer}`);

    expect(lastschrift).toEqual(output(validationDoc, 'collapse'));

    // What plain ajv says, as the docs claim.
    const ajv = addGermanFormats(new Ajv2020({ allErrors: true, strict: false }));
    const plain = ajv.compile(zahlung.schema);
    plain({ zahlungsart: 'lastschrift', iban: 'DE00 1234' });
    const plainKeywords = (plain.errors ?? []).map((error) => error.keyword).sort();
    expect(plainKeywords).toEqual(['const', 'format', 'oneOf', 'required', 'unevaluatedProperties']);
  });

  it('fills placeholders in per-field messages', () => {
    const notiz = loadDefinition({
      id: 'notiz',
      version: '1.0.0',
      title: 'Notiz',
      schema: {
        type: 'object',
        properties: {
          text: {
            title: 'Notiz',
            type: 'string',
            maxLength: 10,
            'x-efa': { messages: { maxLength: '„{label}“: höchstens {limit} Zeichen.' } },
          },
        },
      },
    });
    const [notizError] = createValidator(notiz).validate({ text: 'Viel zu lang' }).errors;

    expect(notizError).toEqual(output(validationDoc, 'override'));
  });

  it('lists the built-in messages as the locales write them', () => {
    const rows = tableRows(validationDoc, 'message-table');
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const [keywordCell, paramsCell, de, en] of rows) {
      const keywords = (keywordCell as string).startsWith('any other')
        ? (['propertyNames'] as ValidationKeyword[])
        : (keywordCell as string).split(', ').map((cell) => code(cell) as ValidationKeyword);
      const params = JSON.parse(code(paramsCell as string)) as Record<string, unknown>;
      for (const keyword of keywords) {
        expect(messageLocales.de?.error({ keyword, params, label: 'Name' })).toBe(de);
        expect(messageLocales.en?.error({ keyword, params, label: 'Name' })).toBe(en);
      }
    }
  });

  it('checks the German formats', () => {
    const checks = [
      isGermanPostcode('01067'),
      isGermanPostcode('00999'),
      isIban('DE89 3704 0044 0532 0130 00'),
      isIban('DE89  3704 0044 0532 0130 00'),
      normalizeIban('de89 3704 0044 0532 0130 00'),
      isSteuerId('86095742719'),
      isGermanLicencePlate('KA-AB 1234E'),
      isGermanLicencePlate('ka-ab 1234'),
      isDin91379A('Zoë O’Brien-Łukasiewicz'),
      isDin91379A('Иван'),
    ];

    const ajv = addGermanFormats(new Ajv2020());
    const isPlz = ajv.compile({ type: 'string', format: 'de-postcode' });
    const plzChecks = [isPlz('12345'), isPlz('1234')];

    expect(checks).toEqual(output(validationDoc, 'format-functions'));
    expect(plzChecks).toEqual([true, false]);
    expect(validationDoc).toContain('`plzChecks` is `[true, false]`.');
  });

  it('behaves as the table of standard formats says', () => {
    const formats: ServiceDefinition = {
      id: 'formate',
      version: '1.0.0',
      title: 'Formate',
      schema: {
        type: 'object',
        properties: Object.fromEntries(
          ['date', 'time', 'date-time', 'email', 'uri'].map((format) => [
            format,
            { title: format, type: 'string', format },
          ]),
        ),
      },
    };
    const validator = createValidator(loadDefinition(formats));
    const valid = (format: string, value: string) => validator.validate({ [format]: value }).valid;
    const rows: [string, string[], string[]][] = [
      ['date', ['2024-02-29'], ['2024-02-30', '01.03.2024']],
      ['time', ['14:30:00Z', '14:30:00+01:00'], ['14:30', '14:30:00']],
      ['date-time', ['2024-03-01T10:00:00+01:00'], ['2024-03-01T10:00:00']],
      ['email', ['name@beispiel.de'], ['name@beispiel']],
      ['uri', ['https://www.beispiel.de'], ['www.beispiel.de']],
    ];
    for (const [format, accepted, rejected] of rows) {
      for (const value of accepted) expect(valid(format, value), `${format} ${value}`).toBe(true);
      for (const value of rejected) expect(valid(format, value), `${format} ${value}`).toBe(false);
      for (const value of [...accepted, ...rejected]) expect(validationDoc).toContain(`\`${value}\``);
    }
  });

  it('coerces typed text', () => {
    const coerced = [
      coerce({ type: 'number' }, '1,5'),
      coerce({ type: 'string', format: 'date' }, '01.03.2024'),
      coerce({ type: 'boolean' }, 'Ja'),
      coerce({ type: 'integer' }, '1.5', { label: 'Anzahl' }),
    ];

    expect(coerced).toEqual(output(validationDoc, 'coerce'));
    expect(coerce({ type: 'integer' }, '  ')).toEqual({ ok: true, value: undefined });
  });
});
