// Writes packages/elements/custom-elements.json with @custom-elements-manifest/analyzer (configured in
// packages/elements/custom-elements-manifest.config.mjs), so the docs never show a stale manifest.
// Run by scripts/build.js, `npm run manifest` (before `npm run storybook`/`build-storybook`) and as
// the global setup of the `storybook` vitest project.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const elementsDir = fileURLToPath(new URL('../packages/elements/', import.meta.url));

/** Runs the analyzer in packages/elements; throws with its output when it fails. */
export function writeCustomElementsManifest() {
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  const result = spawnSync(process.execPath, [cli, 'analyze', '--quiet'], {
    cwd: elementsDir,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`custom-elements manifest: ${result.stderr || result.stdout || `exit ${result.status}`}`);
}

/** vitest `globalSetup` entry. */
export default writeCustomElementsManifest;

if (process.argv[1] === fileURLToPath(import.meta.url)) writeCustomElementsManifest();
