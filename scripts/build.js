// Builds every package: JavaScript with rollup (rollup.config.js), type declarations with tsc, and the
// custom-elements manifest that @efa-forms/elements ships.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { writeCustomElementsManifest } from './custom-elements-manifest.js';

// In dependency order: tsc reads the declarations of the packages built before.
const packages = ['core', 'xoev', 'fim', 'elements', 'server', 'cli'];
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

for (const name of packages) rmSync(`packages/${name}/dist`, { recursive: true, force: true });
run('npx', ['rollup', '-c', 'rollup.config.js']);
for (const name of packages) run('npx', ['tsc', '-p', `packages/${name}/tsconfig.build.json`]);
writeCustomElementsManifest();
