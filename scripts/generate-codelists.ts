/**
 * Regenerates the code-list `$defs` of service definitions and shared blocks from XÖV code lists in
 * genericode. A definition keeps them in `schema.$defs`; a block (a JSON Schema document, such as
 * examples/_bausteine/codelisten.json) in its own `$defs`.
 *
 * A code-list `$def` carries `"x-xoev": {"codeList": {"listURI", "listVersionID"}}` and its options as
 * `oneOf: [{const, title}]`. Both are copied from the genericode file named in `TABLE` below; everything
 * else in the `$def` (title, description, `x-efa` hints) and in the definition stays as it was written.
 *
 * Usage: tsx scripts/generate-codelists.ts [--check] [--codelists <dir>] [<definition.service.json> ...]
 *   --check       write nothing; exit 1 and name every `$defs` entry that is not up to date
 *   --codelists   directory of the genericode files (default: ../shared/codelists/ beside the repository)
 *   definitions   default: every definition listed in TABLE
 * Exit codes: 0 up to date / written, 1 not up to date (--check), 2 bad input (missing or malformed file).
 *
 * A definition is written only when a code list changed: formatted with the repository's prettier settings
 * (so `npm run format` leaves it alone), through a temporary file and a rename, so a failure never leaves a
 * half-written definition. `--check` compares content, not formatting.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GenericodeError, codeListOptions } from '@efa-forms/fim';
import type { CodeListOptions, CodeOption, GenericodeList } from '@efa-forms/fim';
import { readGenericode } from './internal/genericode.js';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The repository is checked out beside `shared/`, which holds the published code lists. */
const DEFAULT_CODELISTS = fileURLToPath(new URL('../../shared/codelists/', import.meta.url));

/** Where one code-list `$def` gets its options from: a file and how its rows become options. */
export interface CodeListSource extends Omit<CodeListOptions, 'fileName'> {
  /** Genericode file name in the code-list directory. */
  file: string;
  /** Column holding the option's label, or a function building the label from a row. */
  title: NonNullable<CodeListOptions['title']>;
}

/** The code-list `$defs` of one service (by its `id`) or block (by its `$id`). */
export interface ServiceCodeLists {
  /**
   * Definition or block file, relative to the repository root; checked when no file is given on the
   * command line.
   */
  definition: string;
  /** `$defs` name -> source. */
  defs: Record<string, CodeListSource>;
}

/** Collapses the line breaks and runs of spaces some lists have inside labels. */
const clean = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** The `$id` of the block that holds the code lists the example services share. */
export const CODELISTEN_ID = 'urn:efa-forms:bausteine:codelisten';

/**
 * The code lists of every service (by service `id`) and block (by `$id`). Column choices (read from the files):
 * - Staatsangehörigkeit (Destatis): code "DESTATIS-Schluessel-Staatsangehoerigkeit" ("000" = deutsch), label
 *   the adjective column "Staatsangehoerigkeit" (what the form asks for). Former states (with "Existenz-bis")
 *   and "910" (reserved "für interne Zwecke") are left out; "deutsch" comes first.
 * - Rechtsformen (XUnternehmen): code "Code", label "Bezeichnung-lang" (the short columns are abbreviations
 *   like "OHG" or empty); only rows marked "Verwendung-in-XGewO" = "ja", the profile for Gewerbeanzeigen,
 *   which also leaves out the abstract "Kategorie" rows, and without the Einzelunternehmen (4xxxxx): the
 *   form asks for a Rechtsform only when the owner is a legal entity or partnership.
 * - Geschlecht (XInneres): code "code", label "beschreibung".
 * - Art des gesetzlichen Vertreters: code "Code", label "Beschreibung".
 * - Sondernutzung, Rechtsform: the same XGewO profile, but with the Einzelunternehmen (4xxxxx): a sole
 *   trader (a café with outdoor seating, a skip hire) applies as a company under its business name.
 */
export const TABLE: Record<string, ServiceCodeLists> = {
  [CODELISTEN_ID]: {
    definition: 'examples/_bausteine/codelisten.json',
    defs: {
      staatsangehoerigkeit: {
        file: 'DESTATIS_Staatsangehoerigkeit_2024-08-01.xml',
        code: 'DESTATIS-Schluessel-Staatsangehoerigkeit',
        // One entry (Palästinensische Gebiete) has the adjective "ohne Bezeichnung"; name the territory.
        title: (row) =>
          row['Staatsangehoerigkeit']?.trim() === 'ohne Bezeichnung'
            ? `ohne Bezeichnung (${clean(row['Suchbegriff'])})`
            : row['Staatsangehoerigkeit'],
        include: (row) =>
          !clean(row['Existenz-bis']) && row['DESTATIS-Schluessel-Staatsangehoerigkeit'] !== '910',
        first: ['000'],
      },
      rechtsform: {
        file: 'Rechtsformen_2.4.xml',
        code: 'Code',
        title: 'Bezeichnung-lang',
        // Einzelunternehmen (codes 4xxxxx) are natural persons, who register with their personal data.
        include: (row) => clean(row['Verwendung-in-XGewO']) === 'ja' && !clean(row['Code']).startsWith('4'),
      },
      geschlecht: { file: 'XInneres_Geschlecht_1.xml', code: 'code', title: 'beschreibung' },
      vertreterArt: { file: 'Art_des_gesetzlichen_Vertreters_1.xml', code: 'Code', title: 'Beschreibung' },
    },
  },
  sondernutzung: {
    definition: 'examples/sondernutzung/sondernutzung.service.json',
    defs: {
      rechtsform: {
        file: 'Rechtsformen_2.4.xml',
        code: 'Code',
        title: 'Bezeichnung-lang',
        include: (row) => clean(row['Verwendung-in-XGewO']) === 'ja',
      },
    },
  },
};

export type { CodeOption };

/** Bad input: a missing or malformed file, or a definition the table does not fit. Printed without a stack. */
export class CodeListInputError extends Error {
  override name = 'CodeListInputError';
}

/**
 * Turns a parsed code list into `oneOf` options as the table entry says (`@efa-forms/fim`'s
 * `codeListOptions`, the one place this rule lives).
 * @throws GenericodeError when a named column is not in the list, a label is empty or twice, or a `first` code is missing
 */
export function buildOptions(list: GenericodeList, source: CodeListSource, file = source.file): CodeOption[] {
  return codeListOptions(list, { ...source, fileName: file });
}

/** The new content of one code-list `$def`. */
export interface GeneratedCodeList {
  listURI: string;
  listVersionID: string;
  options: CodeOption[];
}

/** What `applyCodeLists` changed, per `$defs` entry. */
export interface CodeListChange {
  def: string;
  reason: string;
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why an existing `$def` differs from what the code list says, for the --check message. */
function describeDifference(current: JsonObject, generated: GeneratedCodeList): string | undefined {
  const reasons: string[] = [];
  const codeList = isObject(current['x-xoev']) ? current['x-xoev']['codeList'] : undefined;
  const ref = isObject(codeList) ? codeList : {};
  if (ref['listURI'] !== generated.listURI)
    reasons.push(`listURI is ${JSON.stringify(ref['listURI'])}, not "${generated.listURI}"`);
  if (ref['listVersionID'] !== generated.listVersionID) {
    reasons.push(
      `listVersionID is ${JSON.stringify(ref['listVersionID'])}, not "${generated.listVersionID}"`,
    );
  }
  const oneOf = Array.isArray(current['oneOf']) ? current['oneOf'] : undefined;
  if (!oneOf) {
    reasons.push('has no oneOf options');
  } else if (JSON.stringify(oneOf) !== JSON.stringify(generated.options)) {
    const now = new Map(oneOf.filter(isObject).map((option) => [String(option['const']), option['title']]));
    const want = new Map(generated.options.map((option) => [option.const, option.title]));
    const missing = [...want.keys()].filter((code) => !now.has(code));
    const extra = [...now.keys()].filter((code) => !want.has(code));
    const renamed = [...want]
      .filter(([code, title]) => now.has(code) && now.get(code) !== title)
      .map(([code]) => code);
    const list = (codes: string[]) =>
      codes.slice(0, 5).join(', ') + (codes.length > 5 ? `, … (${codes.length})` : '');
    if (missing.length) reasons.push(`codes missing: ${list(missing)}`);
    if (extra.length) reasons.push(`codes not in the list: ${list(extra)}`);
    if (renamed.length) reasons.push(`labels differ for: ${list(renamed)}`);
    if (!missing.length && !extra.length && !renamed.length)
      reasons.push('options are in a different order or shape');
  }
  if ('enum' in current) reasons.push('has an enum, which oneOf replaces');
  return reasons.length ? reasons.join('; ') : undefined;
}

/**
 * Writes generated code lists into a parsed definition or block (in place) and reports what changed.
 * Keys already in a `$def` keep their position; other keys of the definition are not touched.
 * @throws CodeListInputError when the definition has no `schema.$defs` or a code-list `$def` without a table entry
 */
export function applyCodeLists(
  definition: unknown,
  generated: Record<string, GeneratedCodeList>,
  file: string,
): CodeListChange[] {
  // A block is itself the JSON Schema; a definition holds it in "schema".
  const isBlock = isObject(definition) && typeof definition['$id'] === 'string' && !('schema' in definition);
  const schema = isBlock ? definition : isObject(definition) ? definition['schema'] : undefined;
  if (!isObject(schema)) throw new CodeListInputError(`${file}: has no "schema" object`);
  if (schema['$defs'] === undefined) schema['$defs'] = {};
  const defs = schema['$defs'];
  if (!isObject(defs))
    throw new CodeListInputError(`${file}: "${isBlock ? '' : 'schema.'}$defs" is not an object`);

  for (const [name, def] of Object.entries(defs)) {
    if (isObject(def) && isObject(def['x-xoev']) && 'codeList' in def['x-xoev'] && !(name in generated)) {
      throw new CodeListInputError(
        `${file}: $defs "${name}" carries x-xoev.codeList, but scripts/generate-codelists.ts has no source for it (add it to TABLE)`,
      );
    }
  }

  const changes: CodeListChange[] = [];
  for (const [name, list] of Object.entries(generated)) {
    const existing = defs[name];
    if (existing !== undefined && !isObject(existing)) {
      throw new CodeListInputError(`${file}: $defs "${name}" is not an object`);
    }
    const def: JsonObject = existing ?? { type: 'string' };
    const reason = existing ? describeDifference(def, list) : 'is missing';
    if (!reason) continue;
    const xoev = isObject(def['x-xoev']) ? def['x-xoev'] : {};
    xoev['codeList'] = { listURI: list.listURI, listVersionID: list.listVersionID };
    def['x-xoev'] = xoev;
    delete def['enum'];
    def['oneOf'] = list.options;
    defs[name] = def;
    changes.push({ def: name, reason });
  }
  return changes;
}

/** Formats like the repository's prettier does, so `npm run format` and this script agree. */
async function formatJson(value: unknown, file: string): Promise<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(text, { ...config, filepath: file, parser: 'json' });
  } catch {
    // Without prettier (or with a config it cannot read) plain 2-space JSON is still correct.
    return text;
  }
}

/** Writes beside the target and renames, so a failure never leaves a half-written definition. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new CodeListInputError(`${file}: cannot write (${code ?? String(error)}); the file is unchanged`);
  }
}

async function readDefinition(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CodeListInputError(
      `${file}: ${code === 'ENOENT' ? 'file not found' : `cannot read file (${code})`}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CodeListInputError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

interface Options {
  check: boolean;
  codelists: string;
  definitions: string[];
}

function parseArguments(argv: string[]): Options {
  const options: Options = { check: false, codelists: DEFAULT_CODELISTS, definitions: [] };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '--check') options.check = true;
    else if (argument === '--codelists') {
      const directory = argv[++index];
      if (!directory) throw new CodeListInputError('--codelists needs a directory');
      options.codelists = resolve(directory);
    } else if (argument.startsWith('-')) throw new CodeListInputError(`unknown option ${argument}`);
    else options.definitions.push(resolve(argument));
  }
  if (options.definitions.length === 0) {
    options.definitions = Object.values(TABLE).map((entry) => join(REPO_ROOT, entry.definition));
  }
  return options;
}

/**
 * Runs the generator. Resolves to the exit code; messages go to `log` (stdout) and `error` (stderr).
 */
export async function main(
  argv: string[],
  log: (line: string) => void = console.log,
  error: (line: string) => void = console.error,
): Promise<number> {
  try {
    const options = parseArguments(argv);
    const lists = new Map<string, GenericodeList>();
    let outdated = 0;
    for (const file of options.definitions) {
      const inside = relative(process.cwd(), file);
      const shown = inside && !inside.startsWith('..') ? inside : file;
      const definition = await readDefinition(file);
      const id = isObject(definition) ? (definition['id'] ?? definition['$id']) : undefined;
      const entry = typeof id === 'string' ? TABLE[id] : undefined;
      if (!entry) {
        throw new CodeListInputError(
          `${shown}: no code lists are configured for service id or block $id ${JSON.stringify(id)} (known: ${Object.keys(TABLE).join(', ')})`,
        );
      }
      const generated: Record<string, GeneratedCodeList> = {};
      for (const [name, source] of Object.entries(entry.defs)) {
        const path = join(options.codelists, source.file);
        const list = lists.get(path) ?? (await readGenericode(path));
        lists.set(path, list);
        const codeOptions = buildOptions(list, source, path);
        generated[name] = { listURI: list.listURI, listVersionID: list.listVersionID, options: codeOptions };
      }
      const changes = applyCodeLists(definition, generated, shown);
      if (changes.length === 0) {
        log(`${shown}: code lists up to date (${Object.keys(generated).join(', ')})`);
      } else if (options.check) {
        outdated += changes.length;
        for (const change of changes)
          error(`${shown}: $defs "${change.def}" is not up to date: ${change.reason}`);
      } else {
        await writeAtomically(file, await formatJson(definition, file));
        for (const change of changes) log(`${shown}: regenerated $defs "${change.def}" (${change.reason})`);
      }
    }
    if (outdated > 0) {
      error('Run `npm run codelists` to regenerate the code lists.');
      return 1;
    }
    return 0;
  } catch (problem) {
    if (problem instanceof GenericodeError || problem instanceof CodeListInputError) {
      error(`generate-codelists: ${problem.message}`);
      return 2;
    }
    throw problem;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (problem: unknown) => {
      // A bug, not bad input: one line, no stack, and a distinct exit code.
      console.error(
        `generate-codelists: unexpected failure: ${problem instanceof Error ? problem.message : String(problem)}`,
      );
      process.exitCode = 3;
    },
  );
}
