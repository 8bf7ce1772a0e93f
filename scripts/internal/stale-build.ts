/**
 * Whether a build output is missing or older than any of its sources: tests that run against `dist/`
 * (the one-file bundle, the CLI) rebuild first, so they never test yesterday's code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** True when `output` does not exist or a file below one of `sourceDirs` was changed after it. */
export function isStale(output: string, sourceDirs: readonly string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sourceDirs.some((dir) => newestChange(dir) > built);
}

/** The latest modification time of any file below `dir` (0 for a missing folder). */
export function newestChange(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') stack.push(path);
      } else {
        newest = Math.max(newest, statSync(path).mtimeMs);
      }
    }
  }
  return newest;
}
