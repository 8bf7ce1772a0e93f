import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CODELISTEN_ID,
  CodeListInputError,
  TABLE,
  applyCodeLists,
  buildOptions,
} from './generate-codelists.js';
import type { GeneratedCodeList } from './generate-codelists.js';
import { readGenericode } from './internal/genericode.js';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./generate-codelists.ts', import.meta.url));
const CODELISTS = fileURLToPath(new URL('../../shared/codelists/', import.meta.url));
/** The shared block that holds the examples' code lists (a JSON Schema document with `$defs`). */
const DEFINITION = join(REPO, 'examples/_bausteine/codelisten.json');
const GEWERBE = TABLE[CODELISTEN_ID];

/** Runs the script as `npm run codelists` does (tsx), in a separate process. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory with a copy of the committed definition. */
function copyOfDefinition(): { directory: string; file: string } {
  const directory = mkdtempSync(join(tmpdir(), 'codelists-'));
  const file = join(directory, 'codelisten.json');
  copyFileSync(DEFINITION, file);
  return { directory, file };
}

/** A code-list directory with copies of the real lists, one of them replaced by `text`. */
function codelistsWith(file: string, text: string | undefined): string {
  const directory = mkdtempSync(join(tmpdir(), 'genericode-'));
  for (const name of readdirSync(CODELISTS))
    if (name !== file) copyFileSync(join(CODELISTS, name), join(directory, name));
  if (text !== undefined) writeFileSync(join(directory, file), text);
  return directory;
}

describe('generate-codelists (as a process)', { timeout: 60_000 }, () => {
  it('finds the committed example up to date with --check', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('codelisten.json: code lists up to date');
    expect(result.status).toBe(0);
  });

  it('with --check names the file and the $defs entry that is out of date, and writes nothing', () => {
    const { file } = copyOfDefinition();
    const definition = JSON.parse(readFileSync(file, 'utf8'));
    definition.$defs.rechtsform['x-xoev'].codeList.listVersionID = '2.3';
    definition.$defs.rechtsform.oneOf.pop();
    const stale = `${JSON.stringify(definition, null, 2)}\n`;
    writeFileSync(file, stale);

    const result = run('--check', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${file}: $defs "rechtsform" is not up to date: listVersionID is "2.3", not "2.4"`,
    );
    expect(result.stderr).toMatch(/codes missing: \d{6}/);
    expect(result.stderr).toContain('npm run codelists');
    expect(result.stderr).not.toContain('staatsangehoerigkeit');
    expect(readFileSync(file, 'utf8')).toBe(stale);
  });

  it('regenerates an out-of-date definition and leaves everything else as it was', () => {
    const { directory, file } = copyOfDefinition();
    const committed = JSON.parse(readFileSync(DEFINITION, 'utf8'));
    const definition = structuredClone(committed);
    definition.$defs.geschlecht.oneOf = [{ const: 'm', title: 'männlich' }];
    writeFileSync(file, `${JSON.stringify(definition, null, 2)}\n`);

    const result = run(file);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('regenerated $defs "geschlecht"');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(committed);
    expect(readdirSync(directory)).toEqual(['codelisten.json']);
    expect(run('--check', file).status).toBe(0);
  });

  it('reports a malformed genericode file by name, without a stack trace, and leaves the definition alone', () => {
    const { directory, file } = copyOfDefinition();
    const before = readFileSync(file, 'utf8');
    const broken = readFileSync(join(CODELISTS, 'Rechtsformen_2.4.xml'), 'utf8').replace(
      '</Identification>',
      '',
    );
    const codelists = codelistsWith('Rechtsformen_2.4.xml', broken);

    const result = run('--codelists', codelists, file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^generate-codelists: .*Rechtsformen_2\.4\.xml: XML not well-formed: end tag <\/gc:CodeList> does not match <Identification> \(line \d+, column \d+\)/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(directory)).toEqual(['codelisten.json']);
  });

  it('reports a missing genericode file by name', () => {
    const codelists = codelistsWith('XInneres_Geschlecht_1.xml', undefined);
    const result = run('--check', '--codelists', codelists);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${join(codelists, 'XInneres_Geschlecht_1.xml')}: file not found`);
  });

  it('reports a definition that is not JSON, and an unknown option', () => {
    const { file } = copyOfDefinition();
    writeFileSync(file, '{"$id": "urn:efa-forms:bausteine:codelisten",');
    const result = run('--check', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/codelisten\.json: not valid JSON/);
    expect(run('--chek').stderr).toContain('unknown option --chek');
  });
});

describe('the code-list table', () => {
  it('lists "deutsch" first and leaves out former states and the internal code 910', async () => {
    const source = GEWERBE?.defs['staatsangehoerigkeit'];
    if (!source) throw new Error('no table entry');
    const options = buildOptions(await readGenericode(join(CODELISTS, source.file)), source);
    expect(options[0]).toEqual({ const: '000', title: 'deutsch' });
    expect(options).toContainEqual({ const: '163', title: 'türkisch' });
    expect(options).toContainEqual({ const: '459', title: 'ohne Bezeichnung (Palästinensische Gebiete)' });
    const codes = options.map((option) => option.const);
    expect(codes).not.toContain('159'); // Sowjetunion
    expect(codes).not.toContain('910');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('offers the Rechtsformen of the XGewerbeordnung profile, without categories and Einzelunternehmen', async () => {
    const source = GEWERBE?.defs['rechtsform'];
    if (!source) throw new Error('no table entry');
    const options = buildOptions(await readGenericode(join(CODELISTS, source.file)), source);
    expect(options).toContainEqual({
      const: '221100',
      title: 'Gesellschaft mit beschränkter Haftung; auch gemeinnützige GmbH',
    });
    const codes = options.map((option) => option.const);
    expect(codes).not.toContain('100000'); // Kategorie "Rechtsfähige Personengesellschaft"
    expect(codes).not.toContain('411000'); // e.K.: a natural person
    expect(
      options.every((option) => option.title === option.title.trim() && !/\s{2}/.test(option.title)),
    ).toBe(true);
  });

  it('rejects a column the list does not have', async () => {
    const list = await readGenericode(join(CODELISTS, 'XInneres_Geschlecht_1.xml'));
    expect(() => buildOptions(list, { file: 'XInneres_Geschlecht_1.xml', title: 'Beschreibung' })).toThrow(
      'XInneres_Geschlecht_1.xml: has no column "Beschreibung" (columns: code, beschreibung, anwendung)',
    );
  });
});

describe('applyCodeLists', () => {
  const generated: Record<string, GeneratedCodeList> = {
    farbe: { listURI: 'urn:test:farbe', listVersionID: '2', options: [{ const: 'r', title: 'rot' }] },
  };

  it('keeps the position of existing keys and replaces an enum', () => {
    const definition = {
      schema: { $defs: { farbe: { title: 'Farbe', enum: ['r'], 'x-efa': { widget: 'radio' } } } },
    };
    const changes = applyCodeLists(definition, generated, 'd.json');
    expect(changes.map((change) => change.def)).toEqual(['farbe']);
    expect(JSON.stringify(definition.schema.$defs.farbe)).toBe(
      JSON.stringify({
        title: 'Farbe',
        'x-efa': { widget: 'radio' },
        'x-xoev': { codeList: { listURI: 'urn:test:farbe', listVersionID: '2' } },
        oneOf: [{ const: 'r', title: 'rot' }],
      }),
    );
    expect(applyCodeLists(definition, generated, 'd.json')).toEqual([]);
  });

  it('writes into the $defs of a block (a JSON Schema document with a $id), not into "schema"', () => {
    const block = { $id: 'urn:test:block', $defs: { farbe: { title: 'Farbe', type: 'string' } } };
    expect(applyCodeLists(block, generated, 'b.json')).toEqual([
      { def: 'farbe', reason: expect.any(String) },
    ]);
    expect(block.$defs.farbe).toMatchObject({ title: 'Farbe', oneOf: [{ const: 'r', title: 'rot' }] });
    expect(block).not.toHaveProperty('schema');
    expect(() => applyCodeLists({ $defs: {} }, generated, 'ohne-id.json')).toThrow(/has no "schema" object/);
  });

  it('refuses a code-list $def that has no source in the table', () => {
    const definition = {
      schema: { $defs: { land: { 'x-xoev': { codeList: { listURI: 'urn:x', listVersionID: '1' } } } } },
    };
    expect(() => applyCodeLists(definition, generated, 'd.json')).toThrow(CodeListInputError);
    expect(() => applyCodeLists(definition, generated, 'd.json')).toThrow(
      /\$defs "land" carries x-xoev.codeList/,
    );
  });
});
