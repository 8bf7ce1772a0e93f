import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Temporary files start with a dot and end in `.tmp`, so folder readers and recovery can tell them apart. */
export const TEMP_FILE = /^\..+\.tmp$/;

/**
 * Writes `name` in `dir` so that a reader (or a restart after `kill -9` or a power cut) sees either
 * the old state or the whole new file, never a part: write a temporary file in the same folder,
 * fsync it, rename it over the name (atomic within one file system). The caller fsyncs the folder
 * (`syncFolder`) to make the rename itself durable, once for several renames where it can.
 */
export async function writeFileAtomic(
  dir: string,
  name: string,
  contents: string | Uint8Array,
): Promise<void> {
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o640);
  try {
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, join(dir, name));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** fsync of a folder: makes the creation, renaming and removal of its entries durable (POSIX). */
export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
