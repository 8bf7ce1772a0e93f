import type { DefinitionProblem } from './definition-error.js';
import { DefinitionError } from './definition-error.js';
import { defineOwn, getAt, isPlainObject, joinPointer, parsePointer } from './pointer.js';
import { cloneJson } from './internal/clone-json.js';
import { blockStem, isFileRef, resolveFilePath, splitFragment } from './internal/file-ref.js';
import { parseJson } from './parse-json.js';
import { walkSchema } from './walk-schema.js';

/** How `inlineFileRefs` finds the files a definition refers to. */
export interface FileRefOptions {
  /** Path or URL of the definition file; relative `$ref`s are resolved against it. */
  base: string;
  /** Reads one file (a path or URL resolved from `base`) as text; rejects when it cannot. */
  read: (path: string) => Promise<string>;
}

/** `FileRefOptions` with a synchronous `read` (e.g. Node's `readFileSync(path, 'utf8')`). */
export interface SyncFileRefOptions {
  /** Path or URL of the definition file; relative `$ref`s are resolved against it. */
  base: string;
  /** Reads one file (a path or URL resolved from `base`) as text; throws when it cannot. */
  read: (path: string) => string;
}

/** The annotation keyword at a block's root that carries its translations (pointers into the block). */
const TRANSLATIONS = 'x-translations';
/** The schemas of a definition that may refer to blocks; each becomes self-contained on its own. */
const ROOTS = ['schema', 'tenant'] as const;
/** Far above any real set of shared blocks; stops a generated chain of files. */
const MAX_FILES = 1000;

type ReadResult = { text: string } | { reason: string };

/**
 * Inlines shared building blocks: every `$ref` to a file beside the definition
 * (`"$ref": "../_bausteine/anschrift-inland.json"`, also with a JSON Pointer fragment
 * `"anschrift-inland.json#/$defs/ort"`) in `schema` and `tenant`. Each file is read once and copied
 * into that schema's `$defs` under a stable name (its file name: `anschrift-inland`, then
 * `anschrift-inland-2` for another file of the same name), and the reference becomes local
 * (`#/$defs/anschrift-inland/$defs/ort`). References inside a block are followed relative to the
 * block, so blocks may use blocks; cycles end at files already inlined. A block's `$schema` and
 * `$id` are dropped (it becomes part of the definition's document), and its `x-translations`
 * (`{"en": {"/properties/ort/title": "Town"}}`) are added to the definition's `translations`
 * unless the definition translates the same text itself.
 *
 * The result is the self-contained definition JSON, for `loadDefinition` or for publishing; the
 * input is not modified. Throws `DefinitionError` listing every problem: a file that cannot be read
 * (with the pointer of its `$ref`), a block that is not valid JSON (with `file`, `line`, `column`),
 * a fragment that does not resolve.
 */
export async function inlineFileRefs(json: unknown, options: FileRefOptions): Promise<unknown> {
  const run = inline(json, options.base);
  let step = run.next();
  while (!step.done) {
    const path = step.value;
    let result: ReadResult;
    try {
      const text: unknown = await options.read(path);
      result = typeof text === 'string' ? { text } : { reason: 'the loader returned no text' };
    } catch (error) {
      result = { reason: readFailure(error) };
    }
    step = run.next(result);
  }
  return step.value;
}

/** `inlineFileRefs` with a synchronous loader, for Node scripts and `loadDefinition`'s `files` option. */
export function inlineFileRefsSync(json: unknown, options: SyncFileRefOptions): unknown {
  const run = inline(json, options.base);
  let step = run.next();
  while (!step.done) {
    let result: ReadResult;
    try {
      const text: unknown = options.read(step.value);
      result = typeof text === 'string' ? { text } : { reason: 'the loader returned no text' };
    } catch (error) {
      result = { reason: readFailure(error) };
    }
    step = run.next(result);
  }
  return step.value;
}

/** The work of both entry points; it yields each file to read and receives its text. */
function* inline(json: unknown, base: string): Generator<string, unknown, ReadResult> {
  let definition: unknown;
  if (typeof json === 'string') {
    const parsed = parseJson(json);
    if (!parsed.ok) throw new DefinitionError([notJson(base, parsed, 'json-syntax')]);
    definition = parsed.value;
  } else {
    definition = cloneJson(json);
  }
  if (!isPlainObject(definition)) return definition;
  const problems: DefinitionProblem[] = [];
  for (const root of ROOTS) {
    if (isPlainObject(definition[root])) yield* new RootInliner(definition, root, problems).run(base);
  }
  if (problems.length > 0) throw new DefinitionError(problems);
  return definition;
}

/** Where a `$ref` was written: a block file, or the definition (`file` undefined). */
interface RefSite {
  file: string | undefined;
  pointer: string;
  ref: string;
}

/** Inlines the blocks one schema (`schema` or `tenant`) refers to into its `$defs`. */
class RootInliner {
  private readonly schema: Record<string, unknown>;
  private readonly names = new Map<string, string>();
  private readonly used: Set<string>;
  private readonly queue: { file: string; name: string; site: RefSite }[] = [];
  private readonly blocks = new Map<string, unknown>();
  private readonly fragments: { name: string; fragment: string; site: RefSite }[] = [];
  private readonly translations: { name: string; locale: string; pointer: string; text: string }[] = [];

  constructor(
    private readonly definition: Record<string, unknown>,
    private readonly root: (typeof ROOTS)[number],
    private readonly problems: DefinitionProblem[],
  ) {
    this.schema = definition[root] as Record<string, unknown>;
    const defs = this.schema.$defs;
    this.used = new Set(isPlainObject(defs) ? Object.keys(defs) : []);
  }

  *run(base: string): Generator<string, void, ReadResult> {
    walkSchema(
      this.schema,
      (node, pointer) => {
        if (typeof node.$ref === 'string' && isFileRef(node.$ref))
          node.$ref = this.localRef(base, { file: undefined, pointer: pointer + '/$ref', ref: node.$ref });
      },
      '/' + this.root,
    );
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      const result = yield next.file;
      this.load(next.file, next.name, next.site, result);
    }
    this.checkFragments();
    this.insert();
  }

  /** The local reference that replaces a file reference; queues the file when it is new. */
  private localRef(from: string, site: RefSite): string {
    const [path, fragment] = splitFragment(site.ref);
    const file = resolveFilePath(from, path);
    if (file === undefined) {
      this.problem(site, 'file-ref-invalid', `"${site.ref}" is not a valid file reference.`);
      return site.ref;
    }
    if (fragment !== '' && !fragment.startsWith('/')) {
      this.problem(
        site,
        'file-ref-invalid',
        `"${site.ref}": a reference into a block needs a JSON Pointer after "#" (e.g. "#/$defs/ort"), not an anchor.`,
      );
      return site.ref;
    }
    let name = this.names.get(file);
    if (name === undefined) {
      if (this.names.size >= MAX_FILES) {
        this.problem(
          site,
          'file-ref-too-many',
          `More than ${MAX_FILES} block files; "${site.ref}" is not inlined.`,
        );
        return site.ref;
      }
      const stem = blockStem(file);
      name = stem;
      for (let counter = 2; this.used.has(name); counter++) name = `${stem}-${counter}`;
      this.used.add(name);
      this.names.set(file, name);
      this.queue.push({ file, name, site });
    }
    if (fragment !== '') this.fragments.push({ name, fragment, site });
    return `#/$defs/${name}${fragment}`;
  }

  private load(file: string, name: string, site: RefSite, result: ReadResult): void {
    if ('reason' in result) {
      this.problem(
        site,
        'file-ref-unreadable',
        `Cannot read the block "${site.ref}" (${file}): ${result.reason}.`,
      );
      return;
    }
    const parsed = parseJson(result.text);
    if (!parsed.ok) {
      this.problems.push(notJson(file, parsed, 'block-json-syntax'));
      return;
    }
    const block = parsed.value;
    if (typeof block === 'boolean') {
      this.blocks.set(name, block);
      return;
    }
    if (!isPlainObject(block)) {
      const got = Array.isArray(block) ? 'an array' : block === null ? 'null' : `a ${typeof block}`;
      this.problems.push({
        code: 'block-not-schema',
        file,
        pointer: '',
        message: `A block is a JSON Schema: an object (or true/false); got ${got}.`,
      });
      return;
    }
    // The block becomes a subschema of the definition's document: its own `$id` would move the base
    // of every reference inside it, and `$schema` is only allowed at a document's root.
    delete block.$schema;
    delete block.$id;
    this.collectTranslations(file, name, block);
    walkSchema(block, (node, pointer) => {
      if (typeof node.$ref !== 'string') return;
      if (node.$ref === '#' || node.$ref.startsWith('#/')) node.$ref = `#/$defs/${name}${node.$ref.slice(1)}`;
      else if (isFileRef(node.$ref))
        node.$ref = this.localRef(file, { file, pointer: pointer + '/$ref', ref: node.$ref });
    });
    this.blocks.set(name, block);
  }

  private collectTranslations(file: string, name: string, block: Record<string, unknown>): void {
    const translations = block[TRANSLATIONS];
    delete block[TRANSLATIONS];
    if (translations === undefined) return;
    const at = '/' + TRANSLATIONS;
    if (!isPlainObject(translations)) {
      this.problems.push({
        code: 'block-translations',
        file,
        pointer: at,
        message: `"${TRANSLATIONS}" maps a locale to texts, e.g. {"en": {"/title": "Address"}}.`,
      });
      return;
    }
    for (const [locale, texts] of Object.entries(translations)) {
      const localeAt = joinPointer(at, locale);
      if (!isPlainObject(texts)) {
        this.problems.push({
          code: 'block-translations',
          file,
          pointer: localeAt,
          message: 'Must be an object of JSON Pointer -> text.',
        });
        continue;
      }
      for (const [pointer, text] of Object.entries(texts)) {
        const entryAt = joinPointer(localeAt, pointer);
        let target: unknown;
        try {
          target = getAt(block, pointer);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
        }
        if (typeof text !== 'string') {
          this.problems.push({
            code: 'block-translations',
            file,
            pointer: entryAt,
            message: 'A translation must be a string.',
          });
        } else if (pointer === '' || typeof target !== 'string') {
          this.problems.push({
            code: 'block-translations',
            file,
            pointer: entryAt,
            message: `"${pointer}" does not point at a text of this block.`,
          });
        } else {
          this.translations.push({ name, locale, pointer, text });
        }
      }
    }
  }

  private checkFragments(): void {
    for (const { name, fragment, site } of this.fragments) {
      if (!this.blocks.has(name)) continue; // the file itself is already reported
      let target: unknown;
      try {
        target = getAt(this.blocks.get(name), parsePointer(decodeURIComponent(fragment)));
      } catch (error) {
        if (!(error instanceof SyntaxError || error instanceof URIError)) throw error;
      }
      if (!isPlainObject(target) && typeof target !== 'boolean')
        this.problem(
          site,
          'file-ref-unresolved',
          `"${site.ref}" does not resolve: the block has no schema at "${fragment}".`,
        );
    }
  }

  /** Adds the blocks to `$defs` and their texts to `translations`. */
  private insert(): void {
    if (this.blocks.size === 0) return;
    const existing = this.schema.$defs;
    if (existing !== undefined && !isPlainObject(existing)) {
      this.problems.push({
        code: 'block-defs-not-object',
        pointer: `/${this.root}/$defs`,
        message: '"$defs" must be an object; the blocks this schema refers to go into it.',
      });
      return;
    }
    const defs: Record<string, unknown> = isPlainObject(existing) ? existing : {};
    for (const [name, block] of this.blocks) defineOwn(defs, name, block);
    this.schema.$defs = defs;
    if (this.translations.length === 0) return;
    if (this.definition.translations === undefined) this.definition.translations = {};
    const all = this.definition.translations;
    if (!isPlainObject(all)) return; // the linter reports a malformed "translations"
    for (const { name, locale, pointer, text } of this.translations) {
      if (all[locale] === undefined) defineOwn(all, locale, {});
      const texts = all[locale];
      const key = `/${this.root}/$defs/${name}${pointer}`;
      if (isPlainObject(texts) && !Object.prototype.hasOwnProperty.call(texts, key))
        defineOwn(texts, key, text);
    }
  }

  private problem(site: RefSite, code: string, message: string): void {
    this.problems.push({
      code,
      ...(site.file === undefined ? {} : { file: site.file }),
      pointer: site.pointer,
      message,
    });
  }
}

/** The definition's own text (the linter's code) or a block's. */
type NotJsonCode = 'json-syntax' | 'block-json-syntax';

function notJson(
  file: string,
  parsed: { message: string; line: number; column: number },
  code: NotJsonCode,
): DefinitionProblem {
  return {
    code,
    file,
    pointer: '',
    line: parsed.line,
    column: parsed.column,
    message: `Not valid JSON: ${parsed.message} at line ${parsed.line}, column ${parsed.column}.`,
  };
}

/** A loader's failure in words, without a stack: Node's error codes for the usual cases. */
function readFailure(error: unknown): string {
  const code =
    isPlainObject(error) || error instanceof Error ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] || 'unknown error';
}
