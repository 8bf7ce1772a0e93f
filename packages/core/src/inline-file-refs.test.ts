import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createValidator } from './create-validator.js';
import { DefinitionError, type DefinitionProblem } from './definition-error.js';
import { inlineFileRefs, inlineFileRefsSync } from './inline-file-refs.js';
import { loadDefinition } from './load-definition.js';
import { blockStem, isFileRef, resolveFilePath } from './internal/file-ref.js';
import { itReadingSources } from './test-support/it-reading-sources.js';

const ort = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://example.org/bausteine/ort.json',
  title: 'Ort',
  type: 'string',
  minLength: 1,
  'x-translations': { en: { '/title': 'Town' } },
};
const anschrift = {
  title: 'Anschrift',
  type: 'object',
  required: ['postleitzahl', 'ort'],
  additionalProperties: false,
  properties: {
    postleitzahl: { $ref: '#/$defs/postleitzahl' },
    ort: { $ref: 'ort.json' },
  },
  $defs: { postleitzahl: { title: 'Postleitzahl', type: 'string', format: 'de-postcode' } },
  'x-translations': { en: { '/title': 'Address', '/$defs/postleitzahl/title': 'Postcode' } },
};

/** Files by path, as JSON text; `read` records what was asked for. */
/** Inlined JSON, read freely in assertions (a wrong path fails the assertion, not the type check). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-only access to arbitrary JSON
type Json = Record<string, any>;

function files(entries: Record<string, unknown>) {
  const asked: string[] = [];
  const text = (path: string) => {
    asked.push(path);
    const entry = entries[path];
    if (entry === undefined)
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
    return typeof entry === 'string' ? entry : JSON.stringify(entry);
  };
  return { asked, read: text, readAsync: async (path: string) => text(path) };
}

function service(schema: unknown, extra: Record<string, unknown> = {}) {
  return { id: 'test', version: '1.0.0', title: 'Test', schema, ...extra };
}

function problemsOf(run: () => unknown): DefinitionProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
  throw new Error('expected a DefinitionError');
}

async function problemsOfAsync(run: () => Promise<unknown>): Promise<DefinitionProblem[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
  throw new Error('expected a DefinitionError');
}

describe('inlineFileRefs', () => {
  it('copies a block into $defs once, makes every reference local, and follows references inside blocks', async () => {
    const store = files({ 'defs/_bausteine/anschrift.json': anschrift, 'defs/_bausteine/ort.json': ort });
    const definition = service({
      type: 'object',
      properties: {
        wohnung: { title: 'Wohnung', $ref: '_bausteine/anschrift.json' },
        betrieb: { $ref: './_bausteine/anschrift.json' },
        plz: { $ref: '_bausteine/anschrift.json#/$defs/postleitzahl' },
      },
    });
    const before = JSON.stringify(definition);
    const result = (await inlineFileRefs(definition, {
      base: 'defs/test.service.json',
      read: store.readAsync,
    })) as Json;
    expect(JSON.stringify(definition)).toBe(before);
    expect(store.asked).toEqual(['defs/_bausteine/anschrift.json', 'defs/_bausteine/ort.json']);
    expect(result.schema.properties).toEqual({
      wohnung: { title: 'Wohnung', $ref: '#/$defs/anschrift' },
      betrieb: { $ref: '#/$defs/anschrift' },
      plz: { $ref: '#/$defs/anschrift/$defs/postleitzahl' },
    });
    expect(result.schema.$defs.anschrift.properties).toEqual({
      postleitzahl: { $ref: '#/$defs/anschrift/$defs/postleitzahl' },
      ort: { $ref: '#/$defs/ort' },
    });
    // $schema and $id would make the block its own document inside the definition; x-translations moved out.
    expect(result.schema.$defs.ort).toEqual({ title: 'Ort', type: 'string', minLength: 1 });
    expect(result.translations).toEqual({
      en: {
        '/schema/$defs/anschrift/title': 'Address',
        '/schema/$defs/anschrift/$defs/postleitzahl/title': 'Postcode',
        '/schema/$defs/ort/title': 'Town',
      },
    });

    const loaded = loadDefinition(result, { locale: 'en' });
    const validator = createValidator(loaded);
    expect(validator.validate({ wohnung: { postleitzahl: '12345', ort: 'A' }, plz: '01067' }).valid).toBe(
      true,
    );
    expect(
      validator.validate({ wohnung: { postleitzahl: '1234', ort: '' } }).errors.map((e) => e.pointer),
    ).toEqual(['/wohnung/postleitzahl', '/wohnung/ort']);
    expect((loaded.schema as Json).$defs.ort.title).toBe('Town');
  });

  it('gives the same result with the synchronous loader and through loadDefinition({files})', async () => {
    const store = files({ 'a/anschrift.json': anschrift, 'a/ort.json': ort });
    const definition = service({ type: 'object', properties: { wohnung: { $ref: 'anschrift.json' } } });
    const asynchronous = await inlineFileRefs(definition, { base: 'a/x.json', read: store.readAsync });
    expect(inlineFileRefsSync(definition, { base: 'a/x.json', read: store.read })).toEqual(asynchronous);
    const loaded = loadDefinition(JSON.stringify(definition), {
      files: { base: 'a/x.json', read: store.read },
    });
    expect(loaded.schema).toEqual((asynchronous as { schema: unknown }).schema);
  });

  it('names blocks after their files, never reusing a $defs name', () => {
    const store = files({
      'x/ort.json': ort,
      'y/ort.json': { ...ort, maxLength: 5 },
      'anschrift.json': { type: 'object' },
    });
    const result = inlineFileRefsSync(
      service({
        type: 'object',
        properties: { a: { $ref: 'x/ort.json' }, b: { $ref: 'y/ort.json' }, c: { $ref: 'anschrift.json' } },
        $defs: { anschrift: { type: 'string' } },
      }),
      { base: 'service.json', read: store.read },
    ) as Json;
    expect(result.schema.properties).toEqual({
      a: { $ref: '#/$defs/ort' },
      b: { $ref: '#/$defs/ort-2' },
      c: { $ref: '#/$defs/anschrift-2' },
    });
    expect(Object.keys(result.schema.$defs)).toEqual(['anschrift', 'ort', 'ort-2', 'anschrift-2']);
    expect(result.schema.$defs['ort-2'].maxLength).toBe(5);
  });

  it('ends cycles at files already inlined (a recursive block stays recursive)', () => {
    const store = files({
      'person.json': {
        type: 'object',
        properties: {
          name: { type: 'string' },
          kinder: { type: 'array', items: { $ref: 'person.json' } },
          eltern: { $ref: 'eltern.json' },
        },
      },
      'eltern.json': { type: 'array', items: { $ref: 'person.json#' } },
    });
    const result = inlineFileRefsSync(
      service({ type: 'object', properties: { p: { $ref: 'person.json' } } }),
      {
        base: 'service.json',
        read: store.read,
      },
    ) as Json;
    expect(store.asked).toEqual(['person.json', 'eltern.json']);
    expect(result.schema.$defs.person.properties.kinder.items).toEqual({ $ref: '#/$defs/person' });
    expect(result.schema.$defs.eltern.items).toEqual({ $ref: '#/$defs/person' });
    const validator = createValidator(loadDefinition(result));
    expect(
      validator.validate({ p: { name: 'a', kinder: [{ name: 'b', eltern: [{ name: 7 }] }] } }).errors[0]
        ?.pointer,
    ).toBe('/p/kinder/0/eltern/0/name');
  });

  it('inlines the blocks of the tenant schema into the tenant schema', () => {
    const store = files({ 'ort.json': ort });
    const result = inlineFileRefsSync(
      service(
        { type: 'object', properties: { ort: { $ref: 'ort.json' } } },
        {
          tenant: { type: 'object', properties: { sitz: { $ref: 'ort.json' } } },
          translations: { en: { '/tenant/$defs/ort/title': 'Seat' } },
        },
      ),
      { base: 'service.json', read: store.read },
    ) as Json;
    expect(result.tenant.properties.sitz).toEqual({ $ref: '#/$defs/ort' });
    expect(Object.keys(result.tenant.$defs)).toEqual(['ort']);
    // The definition's own translation wins over the block's.
    expect(result.translations.en).toEqual({
      '/tenant/$defs/ort/title': 'Seat',
      '/schema/$defs/ort/title': 'Town',
    });
    expect(loadDefinition(result, { tenant: { sitz: 'X' } }).tenantData).toEqual({ sitz: 'X' });
  });

  it('resolves against a URL base, for definitions fetched in a browser', async () => {
    const store = files({ 'https://portal.example/_bausteine/ort.json': ort });
    const result = (await inlineFileRefs(
      service({ type: 'object', properties: { o: { $ref: '../_bausteine/ort.json' } } }),
      {
        base: 'https://portal.example/services/test.service.json',
        read: store.readAsync,
      },
    )) as Json;
    expect(store.asked).toEqual(['https://portal.example/_bausteine/ort.json']);
    expect(result.schema.properties.o.$ref).toBe('#/$defs/ort');
  });

  it('leaves local references, absolute URIs and non-schema "$ref" keys alone, and reads nothing', () => {
    const store = files({});
    const definition = service({
      type: 'object',
      properties: {
        a: { $ref: '#/$defs/a' },
        b: { $ref: 'https://example.org/ort.json' },
        c: { $ref: 'urn:example:ort' },
        $ref: { type: 'string', default: 'x.json' },
        d: { type: 'string', examples: [{ $ref: 'x.json' }], 'x-efa': { placeholder: 'x.json' } },
      },
      $defs: { a: { type: 'string' } },
    });
    expect(inlineFileRefsSync(definition, { base: 'service.json', read: store.read })).toEqual(definition);
    expect(store.asked).toEqual([]);
  });

  it('reports every problem at once: missing files, malformed blocks with line and column, bad fragments', () => {
    const store = files({
      'kaputt.json': '{\n  "type": "object",\n  "properties": { }\n  }\n}',
      'liste.json': [1, 2],
      'anschrift.json': { type: 'object', properties: { ort: { $ref: 'fehlt/ort.json' } } },
      'ort.json': ort,
    });
    const problems = problemsOf(() =>
      inlineFileRefsSync(
        service({
          type: 'object',
          properties: {
            a: { $ref: 'gibtsnicht.json' },
            b: { $ref: 'kaputt.json' },
            c: { $ref: 'liste.json' },
            d: { $ref: 'anschrift.json' },
            e: { $ref: 'ort.json#/properties/x' },
            f: { $ref: 'ort.json#anker' },
          },
        }),
        { base: 'service.json', read: store.read },
      ),
    );
    expect(problems).toEqual([
      {
        code: 'file-ref-invalid',
        pointer: '/schema/properties/f/$ref',
        message: expect.stringContaining('needs a JSON Pointer after "#"'),
      },
      {
        code: 'file-ref-unreadable',
        pointer: '/schema/properties/a/$ref',
        message: 'Cannot read the block "gibtsnicht.json" (gibtsnicht.json): file not found.',
      },
      {
        code: 'block-json-syntax',
        file: 'kaputt.json',
        pointer: '',
        line: 5,
        column: 1,
        message: 'Not valid JSON: unexpected "}" at line 5, column 1.',
      },
      {
        code: 'block-not-schema',
        file: 'liste.json',
        pointer: '',
        message: 'A block is a JSON Schema: an object (or true/false); got an array.',
      },
      {
        code: 'file-ref-unreadable',
        file: 'anschrift.json',
        pointer: '/properties/ort/$ref',
        message: 'Cannot read the block "fehlt/ort.json" (fehlt/ort.json): file not found.',
      },
      {
        code: 'file-ref-unresolved',
        pointer: '/schema/properties/e/$ref',
        message: '"ort.json#/properties/x" does not resolve: the block has no schema at "/properties/x".',
      },
    ]);
  });

  it('checks block translations and names the block file', () => {
    const store = files({
      'ort.json': {
        type: 'string',
        title: 'Ort',
        'x-translations': { en: { '/titel': 'Town', '/title': 5 }, fr: 'x' },
      },
    });
    const problems = problemsOf(() =>
      inlineFileRefsSync(service({ type: 'object', properties: { o: { $ref: 'ort.json' } } }), {
        base: 'service.json',
        read: store.read,
      }),
    );
    expect(problems).toEqual([
      {
        code: 'block-translations',
        file: 'ort.json',
        pointer: '/x-translations/en/~1titel',
        message: '"/titel" does not point at a text of this block.',
      },
      {
        code: 'block-translations',
        file: 'ort.json',
        pointer: '/x-translations/en/~1title',
        message: 'A translation must be a string.',
      },
      {
        code: 'block-translations',
        file: 'ort.json',
        pointer: '/x-translations/fr',
        message: 'Must be an object of JSON Pointer -> text.',
      },
    ]);
  });

  it('names the definition file, line and column when the definition text is not JSON', async () => {
    const problems = await problemsOfAsync(() =>
      inlineFileRefs('{"id": "x",\n "schema": }', { base: 'x.service.json', read: async () => '' }),
    );
    expect(problems).toEqual([
      {
        code: 'json-syntax',
        file: 'x.service.json',
        pointer: '',
        line: 2,
        column: 12,
        message: 'Not valid JSON: unexpected "}" at line 2, column 12.',
      },
    ]);
  });

  it('turns a loader failure into a problem, never a stack trace', async () => {
    const error = await inlineFileRefs(service({ type: 'object', properties: { o: { $ref: 'ort.json' } } }), {
      base: 'service.json',
      read: async () => {
        throw new TypeError('fetch failed: HTTP 404\n    at fetch (node:internal)');
      },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).message).toBe(
      'The service definition has 1 problem:\n  /schema/properties/o/$ref: Cannot read the block "ort.json" (ort.json): fetch failed: HTTP 404.',
    );
  });

  it('puts file and position into the error message for logs and command lines', () => {
    const error = new DefinitionError([
      {
        code: 'block-json-syntax',
        file: 'b.json',
        pointer: '',
        line: 3,
        column: 7,
        message: 'Not valid JSON.',
      },
      { code: 'file-ref-unreadable', file: 'b.json', pointer: '/properties/x/$ref', message: 'Cannot read.' },
    ]);
    expect(error.message).toBe(
      'The service definition has 2 problems:\n  b.json:3:7 /: Not valid JSON.\n  b.json /properties/x/$ref: Cannot read.',
    );
  });

  it('reads real files with Node', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'efa-bausteine-'));
    mkdirSync(join(directory, '_bausteine'));
    writeFileSync(join(directory, '_bausteine', 'ort.json'), JSON.stringify(ort));
    const file = join(directory, 'dienst', 'dienst.service.json');
    mkdirSync(join(directory, 'dienst'));
    writeFileSync(
      file,
      JSON.stringify(service({ type: 'object', properties: { o: { $ref: '../_bausteine/ort.json' } } })),
    );
    const inlined = await inlineFileRefs(readFileSync(file, 'utf8'), {
      base: file,
      read: (path) => readFile(path, 'utf8'),
    });
    expect((inlined as { schema: { $defs: object } }).schema.$defs).toEqual({
      ort: { title: 'Ort', type: 'string', minLength: 1 },
    });
    expect(
      problemsOf(() =>
        loadDefinition(readFileSync(file, 'utf8'), {
          files: {
            base: file,
            read: () => {
              throw Object.assign(new Error('x'), { code: 'EACCES' });
            },
          },
        }),
      ),
    ).toEqual([
      {
        code: 'file-ref-unreadable',
        pointer: '/schema/properties/o/$ref',
        message: expect.stringMatching(/: permission denied\.$/),
      },
    ]);
    // Without a loader the reference stays external, and the linter says so.
    expect(problemsOf(() => loadDefinition(readFileSync(file, 'utf8')))).toEqual([
      {
        code: 'ref-external',
        pointer: '/schema/properties/o/$ref',
        message: expect.stringMatching(/^External reference "..\/_bausteine\/ort.json"/),
      },
    ]);
  });
});

describe('file references', () => {
  it('knows which references name files', () => {
    expect(['a.json', './a.json', '../_bausteine/a.json#/$defs/x', 'C:/a.json'].map(isFileRef)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['#/$defs/a', '#', 'https://x/a.json', 'urn:x', '//host/a.json', ''].map(isFileRef)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('resolves paths and URLs like a browser and a file system would', () => {
    expect(resolveFilePath('examples/gewerbe/g.service.json', '../_bausteine/a.json')).toBe(
      'examples/_bausteine/a.json',
    );
    expect(resolveFilePath('g.service.json', '../a.json')).toBe('../a.json');
    expect(resolveFilePath('/srv/defs/g.json', '../../../a%20b.json')).toBe('/a b.json');
    expect(resolveFilePath('C:\\defs\\g.json', '../x/./a.json')).toBe('C:/x/a.json');
    expect(resolveFilePath('https://h.example/s/g.json', '../b/a.json')).toBe('https://h.example/b/a.json');
    expect(resolveFilePath('g.json', '%E0%A4%A.json')).toBeUndefined();
    expect(
      ['../_bausteine/anschrift-inland.json', 'https://h/x/Bank verbindung.JSON', '..'].map(blockStem),
    ).toEqual(['anschrift-inland', 'Bank-verbindung', 'baustein']);
  });
});

describe('rule codes of file references', () => {
  itReadingSources(
    'every code inlining can write is documented in service-definition.md, and only those',
    () => {
      const source = readFileSync(new URL('./inline-file-refs.ts', import.meta.url), 'utf8');
      const written = new Set(
        [...source.matchAll(/(?:code: |this\.problem\(\s*site,\s*|parsed, )'([a-z0-9-]+)'/g)].map(
          (match) => match[1],
        ),
      );
      // A definition text that is not JSON has the linter's code, documented in the linter's table.
      expect(written.delete('json-syntax')).toBe(true);
      const doc = readFileSync(new URL('../../../docs/service-definition.md', import.meta.url), 'utf8');
      const table = doc.split('<!-- file-ref-codes -->')[1]?.split('\n\n')[1] ?? '';
      const documented = new Set([...table.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((match) => match[1]));
      expect(written.size).toBeGreaterThanOrEqual(8);
      expect([...written].sort()).toEqual([...documented].sort());
    },
  );
});

describe('inlineFileRefs, edge cases a caller relies on', () => {
  it('reports a loader that gives no text, with either loader', async () => {
    const definition = service({ type: 'object', properties: { o: { $ref: 'ort.json' } } });
    const expected = [
      {
        code: 'file-ref-unreadable',
        pointer: '/schema/properties/o/$ref',
        message: 'Cannot read the block "ort.json" (ort.json): the loader returned no text.',
      },
    ];
    expect(
      problemsOf(() =>
        inlineFileRefsSync(definition, { base: 'service.json', read: () => undefined as unknown as string }),
      ),
    ).toStrictEqual(expected);
    expect(
      await problemsOfAsync(() =>
        inlineFileRefs(definition, { base: 'service.json', read: async () => 7 as unknown as string }),
      ),
    ).toStrictEqual(expected);
  });

  it('names the usual Node read failures in words', () => {
    const reasons = [
      Object.assign(new Error('EACCES: x'), { code: 'EACCES' }),
      Object.assign(new Error('EPERM: x'), { code: 'EPERM' }),
      Object.assign(new Error('EISDIR: x'), { code: 'EISDIR' }),
      { code: 'EACCES' },
      new Error(''),
    ].map((failure) => {
      const [problem] = problemsOf(() =>
        inlineFileRefsSync(service({ type: 'object', properties: { o: { $ref: 'ort.json' } } }), {
          base: 'service.json',
          read: () => {
            throw failure;
          },
        }),
      );
      return problem?.message;
    });
    const prefix = 'Cannot read the block "ort.json" (ort.json): ';
    expect(reasons).toEqual([
      prefix + 'permission denied.',
      prefix + 'permission denied.',
      prefix + 'it is a directory.',
      prefix + 'permission denied.',
      prefix + 'unknown error.',
    ]);
  });

  it('reports a reference that is not a decodable file name, without a file for the definition', () => {
    const problems = problemsOf(() =>
      inlineFileRefsSync(service({ type: 'object', properties: { o: { $ref: 'a%E0.json' } } }), {
        base: 'service.json',
        read: () => '{}',
      }),
    );
    expect(problems).toStrictEqual([
      {
        code: 'file-ref-invalid',
        pointer: '/schema/properties/o/$ref',
        message: '"a%E0.json" is not a valid file reference.',
      },
    ]);
  });

  it('inlines at most 1000 block files and reports the next one', () => {
    const properties: Record<string, unknown> = {};
    for (let index = 0; index <= 1000; index++) properties[`p${index}`] = { $ref: `f${index}.json` };
    const problems = problemsOf(() =>
      inlineFileRefsSync(service({ type: 'object', properties }), {
        base: 'service.json',
        read: () => '{"type": "string"}',
      }),
    );
    expect(problems).toStrictEqual([
      {
        code: 'file-ref-too-many',
        pointer: '/schema/properties/p1000/$ref',
        message: 'More than 1000 block files; "f1000.json" is not inlined.',
      },
    ]);
  });

  it('counts up for a third block of the same name', () => {
    const store = files({ 'x/ort.json': ort, 'y/ort.json': ort, 'z/ort.json': ort });
    const result = inlineFileRefsSync(
      service({
        type: 'object',
        properties: { a: { $ref: 'x/ort.json' }, b: { $ref: 'y/ort.json' }, c: { $ref: 'z/ort.json' } },
      }),
      { base: 'service.json', read: store.read },
    ) as Json;
    expect(result.schema.properties).toEqual({
      a: { $ref: '#/$defs/ort' },
      b: { $ref: '#/$defs/ort-2' },
      c: { $ref: '#/$defs/ort-3' },
    });
  });

  it('inlines true/false blocks and a fragment into a boolean subschema', () => {
    const store = files({ 'frei.json': true, 'leer.json': { properties: { x: false } } });
    const result = inlineFileRefsSync(
      service({
        type: 'object',
        properties: { a: { $ref: 'frei.json' }, b: { $ref: 'leer.json#/properties/x' } },
      }),
      { base: 'service.json', read: store.read },
    ) as Json;
    expect(result.schema).toEqual({
      type: 'object',
      properties: { a: { $ref: '#/$defs/frei' }, b: { $ref: '#/$defs/leer/properties/x' } },
      $defs: { frei: true, leer: { properties: { x: false } } },
    });
  });

  it('says what a block that is no schema is instead', () => {
    const store = files({ 'n.json': 'null', 'z.json': '5' });
    const problems = problemsOf(() =>
      inlineFileRefsSync(
        service({ type: 'object', properties: { a: { $ref: 'n.json' }, b: { $ref: 'z.json' } } }),
        {
          base: 'service.json',
          read: store.read,
        },
      ),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      'A block is a JSON Schema: an object (or true/false); got null.',
      'A block is a JSON Schema: an object (or true/false); got a number.',
    ]);
  });

  it("moves a block's local references under its $defs name and leaves absolute URIs alone", () => {
    const store = files({
      'liste.json': {
        type: 'array',
        items: { $ref: '#' },
        contains: { $ref: '#/$defs/eintrag' },
        prefixItems: [{ $ref: 'https://example.org/x.json' }],
        $defs: { eintrag: { type: 'string' } },
      },
    });
    const result = inlineFileRefsSync(
      service({ type: 'object', properties: { l: { $ref: 'liste.json' } } }),
      {
        base: 'service.json',
        read: store.read,
      },
    ) as Json;
    expect(store.asked).toEqual(['liste.json']);
    expect(result.schema.$defs.liste).toEqual({
      type: 'array',
      items: { $ref: '#/$defs/liste' },
      contains: { $ref: '#/$defs/liste/$defs/eintrag' },
      prefixItems: [{ $ref: 'https://example.org/x.json' }],
      $defs: { eintrag: { type: 'string' } },
    });
  });

  it('reports a fragment into an unreadable file only as the unreadable file', () => {
    const problems = problemsOf(() =>
      inlineFileRefsSync(
        service({ type: 'object', properties: { a: { $ref: 'fehlt.json#/properties/x' } } }),
        {
          base: 'service.json',
          read: files({}).read,
        },
      ),
    );
    expect(problems).toStrictEqual([
      {
        code: 'file-ref-unreadable',
        pointer: '/schema/properties/a/$ref',
        message: 'Cannot read the block "fehlt.json#/properties/x" (fehlt.json): file not found.',
      },
    ]);
  });

  it('reports fragments that are no pointer or not decodable as unresolved', () => {
    const store = files({ 'ort.json': ort });
    const problems = problemsOf(() =>
      inlineFileRefsSync(
        service({
          type: 'object',
          properties: { a: { $ref: 'ort.json#/%E0' }, b: { $ref: 'ort.json#/title' } },
        }),
        { base: 'service.json', read: store.read },
      ),
    );
    expect(problems).toStrictEqual([
      {
        code: 'file-ref-unresolved',
        pointer: '/schema/properties/a/$ref',
        message: '"ort.json#/%E0" does not resolve: the block has no schema at "/%E0".',
      },
      {
        code: 'file-ref-unresolved',
        pointer: '/schema/properties/b/$ref',
        message: '"ort.json#/title" does not resolve: the block has no schema at "/title".',
      },
    ]);
  });

  it('adds neither $defs nor translations when nothing is inlined or translated', () => {
    const store = files({ 'frei.json': { type: 'string' } });
    expect(
      inlineFileRefsSync(service({ type: 'object', $defs: 5 }), { base: 'service.json', read: store.read }),
    ).toEqual(service({ type: 'object', $defs: 5 }));
    expect(
      inlineFileRefsSync(service({ type: 'object' }), { base: 'service.json', read: store.read }),
    ).toStrictEqual(service({ type: 'object' }));
    expect(
      inlineFileRefsSync(service({ type: 'object', properties: { a: { $ref: 'frei.json' } } }), {
        base: 'service.json',
        read: store.read,
      }),
    ).toStrictEqual(
      service({
        type: 'object',
        properties: { a: { $ref: '#/$defs/frei' } },
        $defs: { frei: { type: 'string' } },
      }),
    );
  });

  it('reports a $defs that is no object when blocks must go into it', () => {
    const store = files({ 'frei.json': { type: 'string' } });
    const problems = problemsOf(() =>
      inlineFileRefsSync(service({ type: 'object', properties: { a: { $ref: 'frei.json' } }, $defs: [] }), {
        base: 'service.json',
        read: store.read,
      }),
    );
    expect(problems).toStrictEqual([
      {
        code: 'block-defs-not-object',
        pointer: '/schema/$defs',
        message: '"$defs" must be an object; the blocks this schema refers to go into it.',
      },
    ]);
  });

  it('reports block translations that are no object and pointers that are no pointer', () => {
    const store = files({
      'a.json': { type: 'string', 'x-translations': 5 },
      'b.json': { type: 'string', title: 'B', 'x-translations': { en: { title: 'B' } } },
    });
    const problems = problemsOf(() =>
      inlineFileRefsSync(
        service({ type: 'object', properties: { a: { $ref: 'a.json' }, b: { $ref: 'b.json' } } }),
        {
          base: 'service.json',
          read: store.read,
        },
      ),
    );
    expect(problems).toStrictEqual([
      {
        code: 'block-translations',
        file: 'a.json',
        pointer: '/x-translations',
        message: '"x-translations" maps a locale to texts, e.g. {"en": {"/title": "Address"}}.',
      },
      {
        code: 'block-translations',
        file: 'b.json',
        pointer: '/x-translations/en/title',
        message: '"title" does not point at a text of this block.',
      },
    ]);
  });
});
