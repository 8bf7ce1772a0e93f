// `npm run test:mutation [-- stryker options]`: runs StrykerJS (stryker.config.mjs). Tests read the
// shared test data from ../shared relative to the repository root; Stryker runs them in a sandbox
// two folders deeper (.stryker-tmp/sandbox-*), so ../shared must also be found from there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

const shared = resolve('..', 'shared');
if (!existsSync(shared)) {
  console.error(`test:mutation: the shared test data is missing (expected ${shared})`);
  process.exit(2);
}
mkdirSync('.stryker-tmp', { recursive: true });
if (!existsSync('.stryker-tmp/shared')) symlinkSync(shared, '.stryker-tmp/shared', 'dir');

const result = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
