// The processes the CLI tests spawn: the real `efa` binary (over dist/, rebuilt when stale) and tsc
// on the TypeScript `efa types` writes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../../../../scripts/build-package.js';
import { repoRoot } from './fixtures.js';

/** `packages/cli/bin/efa.js`. */
export const bin = fileURLToPath(new URL('packages/cli/bin/efa.js', repoRoot));

/** Builds what the binary runs on when dist/ is missing or older than the sources. */
export async function ensureCliBuilt(): Promise<void> {
  await ensureBuilt([
    ['core', 'packages/core/dist/engine.js'],
    ['xoev', 'packages/xoev/dist/index.js'],
    ['fim', 'packages/fim/dist/index.js'],
    ['cli', 'packages/cli/dist/main.js'],
  ]);
}

/** `tsc --noEmit --strict` (Node ESM resolution) over `files`; its output and exit status. */
export function typeCheck(files: string[]): { output: string; status: number | null } {
  const run = spawnSync(
    process.execPath,
    [
      fileURLToPath(new URL('node_modules/typescript/bin/tsc', repoRoot)),
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--skipLibCheck',
      ...files,
    ],
    { encoding: 'utf8' },
  );
  return { output: run.stdout + run.stderr, status: run.status };
}
