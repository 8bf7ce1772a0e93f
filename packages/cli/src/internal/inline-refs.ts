import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inlineFileRefs } from '@efa-forms/core';

/**
 * The definition with `$ref`s to files beside it (`../_bausteine/anschrift-inland.json`) inlined, so
 * a compiled or packed service is self-contained. Without a `baseDir` (JSON given in memory) the JSON
 * is used as it is, and the linter reports any file reference.
 */
export async function inlineRefs(json: unknown, baseDir: string | undefined): Promise<unknown> {
  if (baseDir === undefined || typeof json !== 'object' || json === null) return json;
  return inlineFileRefs(json, {
    base: join(baseDir, 'definition.service.json'),
    read: (path) => readFile(path, 'utf8'),
  });
}
