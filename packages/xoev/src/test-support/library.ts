/**
 * Test support: the XÖV library schemas in `../shared/xoev/bibliothek/` (beside the repository, never
 * copied into it), mapped from their official URLs, and the xmllint command line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder with the official XÖV library schemas (test data). */
export const LIBRARY_DIR = fileURLToPath(new URL('../../../../../shared/xoev/bibliothek/', import.meta.url));

/**
 * Resolves an official XÖV schema URL (`http://xoev.de/schemata/...`, including the relative imports
 * between the library schemas) to the file of the same name in the library folder.
 */
export function libraryResolver(url: string): string {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  const file = join(LIBRARY_DIR, name);
  if (!/^[\w.-]+\.xsd$/.test(name) || !existsSync(file)) throw new Error(`no local copy of ${url}`);
  return readFileSync(file, 'utf8');
}

/** Result of the xmllint command line. */
export interface CliResult {
  status: number | null;
  stderr: string;
}

/**
 * Runs `xmllint --noout --nonet --schema` on documents in a temporary folder, with an XML catalog
 * that maps the official XÖV URLs to the library folder, so imports resolve offline exactly as a
 * back office with a catalog would resolve them.
 */
export function xmllintCli(xsd: string, documents: readonly string[]): CliResult {
  const dir = mkdtempSync(join(tmpdir(), 'efa-xoev-'));
  try {
    const catalog = join(dir, 'catalog.xml');
    writeFileSync(
      catalog,
      '<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n' +
        `  <rewriteURI uriStartString="http://xoev.de/schemata/code/1_0/" rewritePrefix="file://${LIBRARY_DIR}"/>\n` +
        `  <rewriteURI uriStartString="http://xoev.de/schemata/basisnachricht/g2g/1_1/" rewritePrefix="file://${LIBRARY_DIR}"/>\n` +
        `  <rewriteURI uriStartString="https://xoev.de/schemata/din/91379/2022-08/" rewritePrefix="file://${LIBRARY_DIR}"/>\n` +
        '</catalog>\n',
    );
    writeFileSync(join(dir, 'message.xsd'), xsd);
    const files = documents.map((document, index) => {
      const file = join(dir, `document-${index}.xml`);
      writeFileSync(file, document);
      return file;
    });
    const result = spawnSync(
      'xmllint',
      ['--noout', '--nonet', '--schema', join(dir, 'message.xsd'), ...files],
      {
        env: { ...process.env, XML_CATALOG_FILES: catalog },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    if (result.error) throw result.error;
    return { status: result.status, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
