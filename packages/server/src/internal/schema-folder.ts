import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XOEV_SCHEMA_LOCATIONS } from '@efa-forms/xoev';
import type { SchemaResolver } from '../create-intake.js';

/**
 * A resolver that maps every schema URL to the file of the same name in `dir`, a folder holding the
 * official XÖV library schemas (as published on xrepository.de). Throws at once when a schema the
 * generated XSDs import is not there, so a misconfigured server fails at start, not at the first
 * submission. Nothing is ever fetched from the network.
 */
export function schemaFolderResolver(dir: string): SchemaResolver {
  const missing = Object.values(XOEV_SCHEMA_LOCATIONS)
    .map((url) => fileName(url))
    .filter((name) => !existsSync(join(dir, name)));
  if (missing.length > 0)
    throw new Error(`efa-forms intake: options.xsd.libraryDir (${dir}) lacks ${missing.join(', ')}`);
  return (url) => {
    const name = fileName(url);
    if (!/^[\w.-]+\.xsd$/.test(name)) throw new Error(`efa-forms intake: no local schema for ${url}`);
    return readFile(join(dir, name), 'utf8');
  };
}

function fileName(url: string): string {
  return new URL(url).pathname.split('/').pop() ?? '';
}
