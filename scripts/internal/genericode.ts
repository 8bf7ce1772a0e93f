/**
 * Reads a genericode code list from a file for the repository scripts. Parsing is
 * `@efa-forms/fim`'s `parseGenericode` (one reader for the scripts, the importer and the CLI); this
 * module adds only what a file brings: the size check before reading, and errors for a missing or
 * unreadable file, all as `GenericodeError` naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GenericodeError, parseGenericode, type GenericodeList } from '@efa-forms/fim';

/** Genericode is small; anything larger than this is not a code list we should hold in memory. */
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * Reads and parses a genericode file.
 * @throws GenericodeError when the file is missing, unreadable, too large or not a genericode code list
 */
export async function readGenericode(path: string | URL): Promise<GenericodeList> {
  const file = path instanceof URL ? fileURLToPath(path) : path;
  let xml: string;
  try {
    const { size } = await stat(file);
    if (size > MAX_BYTES)
      throw new GenericodeError(file, `is ${size} bytes, more than the ${MAX_BYTES} a code list may have`);
    xml = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof GenericodeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new GenericodeError(
      file,
      code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})`,
    );
  }
  return parseGenericode(xml, file);
}
