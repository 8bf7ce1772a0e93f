import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of the files under `dir` that go into a build (tests do not). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!/\.test(-d)?\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function modified(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * The packages whose build output is missing or older than their sources (or their package.json).
 * `outputs` names, per package, files the build must have produced besides `dist/index.js`.
 */
export function stalePackages(root: string, outputs: Record<string, string[]> = {}): string[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir)
    .filter((name) => modified(join(packagesDir, name, 'package.json')) !== undefined)
    .filter((name) => {
      const dir = join(packagesDir, name);
      const sources = Math.max(newestSource(join(dir, 'src')), modified(join(dir, 'package.json')) ?? 0);
      const built = ['dist/index.js', ...(outputs[name] ?? [])].map((file) => modified(join(dir, file)));
      return built.some((time) => time === undefined || time < sources);
    });
}
