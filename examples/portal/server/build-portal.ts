import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PortalService } from './catalogue.js';
import { compileService } from '@efa-forms/cli';

const clientEntry = fileURLToPath(new URL('../client/portal.ts', import.meta.url));

/** Writes a file whole or not at all (a stopped build never leaves half a module to be served). */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Where {@link buildPortal} puts the compiled service of `id`. */
export const compiledServiceFile = (buildDir: string, id: string): string =>
  join(buildDir, 'services', `${id}.js`);

/** Where {@link buildPortal} puts the portal's page script. */
export const clientScriptFile = (buildDir: string): string => join(buildDir, 'portal', 'portal.js');

/**
 * Builds what the portal's pages load besides the element bundle: every service compiled for its
 * tenant (`compileService`, so the page runs no ajv compiler and works under `script-src 'self'`),
 * and the page script (client/portal.ts, bundled by esbuild).
 */
export async function buildPortal(buildDir: string, services: PortalService[]): Promise<void> {
  await build({
    entryPoints: [clientEntry],
    outfile: clientScriptFile(buildDir),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'silent',
  });
  for (const service of services) {
    const { code } = await compileService(service.definition, {
      tenant: service.tenant,
      locale: 'de',
      baseDir: dirname(service.file),
    });
    writeAtomically(compiledServiceFile(buildDir, service.id), code);
  }
}
