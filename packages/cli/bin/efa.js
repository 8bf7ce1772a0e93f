#!/usr/bin/env node
// The `efa` command. The code is in dist/ (npm run build); this file only starts it.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('efa: @efa-forms/cli is not built; run "npm run build" in the efa-forms repository\n');
  process.exit(2);
}
const { main } = await import(entry.href);
const write = (stream) => (text) => stream.write(text);
process.exitCode = await main(process.argv.slice(2), {
  out: write(process.stdout),
  err: write(process.stderr),
});
