import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { XmlValidationProblem } from '@efa-forms/xoev';
import type { BatchValidator } from './xsd-checker.js';

/** The official URL prefixes of the XÖV library (see xoev's `XOEV_SCHEMA_LOCATIONS`), rewritten by the catalog. */
const PREFIXES = [
  'http://xoev.de/schemata/code/1_0/',
  'http://xoev.de/schemata/basisnachricht/g2g/1_1/',
  'https://xoev.de/schemata/din/91379/2022-08/',
];

/**
 * Validates with the `xmllint` command line (Debian `libxml2-utils`) instead of xmllint-wasm: the
 * same libxml2, but a run costs tens of milliseconds instead of hundreds (no worker thread and no
 * WebAssembly to instantiate). An XML catalog maps the official XÖV URLs to `libraryDir`, as a back
 * office would do it; `--nonet` keeps it off the network. Files live in a private temporary folder.
 */
export function xmllintCommand(command: string, libraryDir: string): BatchValidator {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0)
    throw new Error(
      `efa-forms intake: options.xsd.command "${command}" does not run (${probe.error?.message ?? probe.stderr.trim()})`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'efa-intake-xsd-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const library = pathToFileURL(resolve(libraryDir) + '/').href;
  const catalog = join(dir, 'catalog.xml');
  writeFileSync(
    catalog,
    '<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n' +
      PREFIXES.map(
        (prefix) => `  <rewriteURI uriStartString="${prefix}" rewritePrefix="${library}"/>\n`,
      ).join('') +
      '</catalog>\n',
  );
  const schemas = new Map<string, string>();
  let runs = 0;

  return async (xsd, documents) => {
    let schema = schemas.get(xsd);
    if (schema === undefined) {
      schema = join(dir, `schema-${schemas.size}.xsd`);
      writeFileSync(schema, xsd);
      schemas.set(xsd, schema);
    }
    const runDir = join(dir, `run-${runs++}`);
    await mkdir(runDir);
    try {
      const names = documents.map((_, index) => `document-${index}.xml`);
      await Promise.all(documents.map((xml, index) => writeFile(join(runDir, names[index] as string), xml)));
      const { code, stderr } = await run(command, ['--noout', '--nonet', '--schema', schema, ...names], {
        cwd: runDir,
        env: { ...process.env, XML_CATALOG_FILES: catalog },
      });
      const problems: XmlValidationProblem[] = [];
      for (const line of stderr.split('\n')) {
        const match = /^document-(\d+)\.xml:(\d+): (.*)$/.exec(line);
        if (match)
          problems.push({ document: Number(match[1]), line: Number(match[2]), message: match[3] as string });
      }
      // 0: valid, 3: invalid documents, 1: documents that are no XML; anything else is the schema's fault.
      if (code !== 0 && !(problems.length > 0 && (code === 1 || code === 3)))
        throw new Error(`xmllint exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      return problems;
    } finally {
      await rm(runDir, { recursive: true, force: true });
    }
  };
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ code: number; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    execFile(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && typeof error.code !== 'number')
        reject(error); // not started (ENOENT) or killed
      else resolvePromise({ code: error ? (error.code as number) : 0, stderr: String(stderr) });
    });
  });
}
