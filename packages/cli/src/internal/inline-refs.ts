import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@efa-forms/core';

type Inliner = (
  json: unknown,
  options: { base: string; read: (path: string) => Promise<string> },
) => Promise<unknown>;

/**
 * The definition with `$ref`s to files beside it (`../_bausteine/anschrift-inland.json`) inlined, so
 * a compiled or packed service is self-contained. Uses core's `inlineFileRefs` where this core has it
 * (it arrives with the shared building blocks); without it, or without a `baseDir`, the JSON is used as it is.
 */
export async function inlineRefs(json: unknown, baseDir: string | undefined): Promise<unknown> {
  const inline = (core as Record<string, unknown>).inlineFileRefs as Inliner | undefined;
  if (!inline || baseDir === undefined || typeof json !== 'object' || json === null) return json;
  return inline(json, {
    base: join(baseDir, 'definition.service.json'),
    read: (path) => readFile(path, 'utf8'),
  });
}
