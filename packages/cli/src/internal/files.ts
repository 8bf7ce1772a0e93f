import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cli-error.js';
import { JsonSyntaxError, parseJsonWithPositions } from './json-positions.js';

/** A file's text; a missing or unreadable file is a `CliError` naming the path. */
export async function readText(path: string, what = 'file'): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : ((error as Error).message ?? String(error));
    throw new CliError(`${path}: cannot read the ${what}: ${reason}`);
  }
}

/** A JSON file, parsed, with the positions of its values; malformed JSON is a `CliError` with line and column. */
export async function readJsonFile(
  path: string,
  what = 'file',
): Promise<{ value: unknown; text: string; positions: Map<string, number> }> {
  const text = await readText(path, what);
  try {
    return { ...parseJsonWithPositions(text), text };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw new CliError(
      `${path}:${error.position.line}:${error.position.column}: not valid JSON: ${error.message}`,
    );
  }
}

/** Writes a file completely or not at all: a temporary file beside it, then a rename. */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temporary = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliError(`${path}: cannot write: ${(error as Error).message}`);
  }
}
