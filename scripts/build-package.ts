/**
 * Builds packages' JavaScript with rollup (rollup.config.js) for tests that run against dist/ (the
 * one-file bundles, the `efa` binary), when a file they need is missing or older than the sources it
 * is built from: `npm run build` makes them all, and CI runs it before the tests.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isStale } from './internal/stale-build.js';

const root = new URL('../', import.meta.url);

/** Runs `npx rollup -c rollup.config.js` for one package from the repository root. */
export function buildPackage(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['rollup', '-c', 'rollup.config.js'], {
      cwd: fileURLToPath(root),
      env: { ...process.env, EFA_PACKAGE: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`rollup for ${name} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * Builds, in order, each package whose file (relative to the repository root) is missing or older
 * than the sources of that package and of the packages before it in the list (a bundle includes them).
 */
export async function ensureBuilt(needs: readonly (readonly [pkg: string, file: string])[]): Promise<void> {
  const sources: string[] = [];
  for (const [pkg, file] of needs) {
    sources.push(fileURLToPath(new URL(`packages/${pkg}/src`, root)));
    if (isStale(fileURLToPath(new URL(file, root)), sources)) await buildPackage(pkg);
  }
}
