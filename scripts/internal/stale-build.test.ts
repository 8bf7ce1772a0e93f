import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isStale } from './stale-build.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(): { src: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'efa-stale-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'src', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'src', 'deep', 'a.ts'), 'a');
  return { src: join(dir, 'src'), out: join(dir, 'bundle.js') };
}
const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe('isStale', () => {
  it('is stale when the output is missing', () => {
    const { src, out } = project();
    expect(isStale(out, [src])).toBe(true);
  });

  it('is fresh when the output is newer than every source, stale when a nested source changed later', () => {
    const { src, out } = project();
    at(join(src, 'deep', 'a.ts'), 1_000);
    writeFileSync(out, 'built');
    at(out, 2_000);
    expect(isStale(out, [src])).toBe(false);
    at(join(src, 'deep', 'a.ts'), 3_000);
    expect(isStale(out, [src])).toBe(true);
  });

  it('ignores missing source folders', () => {
    const { src, out } = project();
    at(join(src, 'deep', 'a.ts'), 1_000);
    writeFileSync(out, 'built');
    at(out, 2_000);
    expect(isStale(out, [src, join(src, 'nowhere')])).toBe(false);
  });
});
