// npm run bench as a spawned process: a small real run in Chromium (the floor, efa-forms with a
// service compiled by compileService, and Form.io, whose CDN loads must be served locally), results
// written to a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'efa-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const bench = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'bench/bench.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 300_000 });

describe('npm run bench', () => {
  it('measures the chosen apps and writes latest.md and latest.json with the machine', () => {
    const run = bench(
      '--apps',
      'plain,efa-compiled,formio',
      '--n',
      '10',
      '--runs',
      '1',
      '--only',
      'render,bundle',
      '--out',
      out,
    );
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('| mount (ms) |');
    const markdown = readFileSync(join(out, 'latest.md'), 'utf8');
    expect(markdown).toMatch(/Machine: \d+ cores .*Chromium \d+/);
    expect(markdown).toContain('| plain DOM (floor) | efa-forms compiled | Form.io 5.6 |');
    expect(markdown).toContain('ratio to the floor');
    const json = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as {
      machine: { cores: number; loadAverageStart: number[]; loadAverageEnd: number[] };
      render: {
        summaries: { app: string; controls: { median: number }; errors: { median: number } }[];
        bundles: { bundle: string; js: { gzip: number } }[];
      };
    };
    expect(json.machine.loadAverageEnd).toHaveLength(3);
    expect(json.render.summaries.map((s) => [s.app, s.controls.median, s.errors.median])).toEqual([
      ['plain', 10, 9],
      ['efa-compiled', 10, 9],
      ['formio', 10, 9],
    ]);
    expect(json.render.bundles.map((b) => b.bundle)).toEqual(['plain', 'efa-compiled', 'formio']);
    expect(json.render.bundles.every((b) => b.js.gzip > 0)).toBe(true);
  }, 300_000);

  it('refuses a bad option with its name and exit code 2, writing nothing', () => {
    const run = bench('--apps', 'angular', '--out', join(out, 'bad'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm run bench: --apps: unknown app "angular"');
    // A spawned npm + tsx process: more than 5 s to start on a loaded machine.
  }, 60_000);
});
