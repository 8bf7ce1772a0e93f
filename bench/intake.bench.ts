// npm run bench:intake — what a submission costs the server: the Gewerbe sample (valid-alle-felder)
// POSTed to the intake on a real HTTP server on 127.0.0.1, as submissions/s and p50/p99 latency.
// The server runs in a child process pinned to one core (taskset, where available); this process
// is the load generator. Each configuration runs closed-loop at several concurrencies. Not a test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFolderOutbox, createIntake } from '@efa-forms/server';
import { median } from './internal/measure.js';
import { exampleDefinition } from '../examples/load-example.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const EXAMPLE = '../examples/gewerbeanmeldung/';
const LIBRARY = fileURLToPath(new URL('../../shared/xoev/bibliothek/', import.meta.url));

type Engine = 'wasm' | 'command' | 'none';
const LABELS: Record<Engine, string> = {
  wasm: 'XSD check: xmllint-wasm',
  command: 'XSD check: xmllint command',
  none: 'no XSD check (xsd: false)',
};

if (process.argv[2] === '--serve') await serve(process.argv[3] as Engine, process.argv[4] ?? '');
else await main();

/** The server side: the intake for the Gewerbeanmeldung, its port on stdout. */
async function serve(engine: Engine, dir: string): Promise<void> {
  const intake = createIntake({
    definitions: [await exampleDefinition('gewerbeanmeldung')],
    tenants: { gewerbeanmeldung: read(`${EXAMPLE}tenant.musterstadt.json`) as Record<string, unknown> },
    outbox: createFolderOutbox(dir),
    xsd:
      engine === 'none'
        ? false
        : { libraryDir: LIBRARY, ...(engine === 'command' ? { command: 'xmllint' } : {}) },
    log: () => {},
  });
  const server = createServer((req, res) => intake(req, res));
  server.listen(0, '127.0.0.1', () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
}

interface Run {
  rate: number;
  p50: number;
  p99: number;
  failed: number;
}

async function main(): Promise<void> {
  const body = JSON.stringify(read(`${EXAMPLE}samples/valid-alle-felder.json`));
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  console.log(
    `intake: POST the Gewerbe sample (${(body.length / 1024).toFixed(1)} KB JSON) to a real server on 127.0.0.1; ` +
      `server ${pinned ? 'pinned to one core (taskset -c 0)' : 'NOT pinned (no taskset)'}, its xmllint worker threads ` +
      `and processes too. Every submit: parse, prune, validate, toXml, XSD check, 2 atomic files (XML, receipt) with fsync.\n`,
  );
  console.log('configuration                   concurrency   submissions/s   p50 ms   p99 ms');
  const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
  const engines: Engine[] = hasXmllint ? ['wasm', 'command', 'none'] : ['wasm', 'none'];
  for (const engine of engines) {
    const dir = mkdtempSync(join(tmpdir(), 'efa-bench-intake-'));
    const { child, port } = await startServer(engine, dir, pinned);
    const url = `http://127.0.0.1:${port}/api/services/gewerbeanmeldung/submissions`;
    try {
      await load(url, body, 8, 1500); // warm-up: JIT, validator compile, schema loading
      for (const concurrency of [1, 8, 32, 64]) {
        const runs: Run[] = [];
        for (let sample = 0; sample < 3; sample++) runs.push(await load(url, body, concurrency, 3000));
        const label = LABELS[engine];
        const failed = runs.reduce((sum, run) => sum + run.failed, 0);
        console.log(
          `${label.padEnd(32)}${String(concurrency).padStart(11)}${median(runs.map((run) => run.rate))
            .toFixed(0)
            .padStart(16)}${median(runs.map((run) => run.p50))
            .toFixed(1)
            .padStart(9)}${median(runs.map((run) => run.p99))
            .toFixed(1)
            .padStart(9)}${failed ? `   (${failed} failed!)` : ''}`,
        );
      }
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log('\nMedians of 3 runs of 3 s each; the machine is shared, so figures vary between runs.');
}

function startServer(
  engine: Engine,
  dir: string,
  pinned: boolean,
): Promise<{ child: ChildProcess; port: number }> {
  const self = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', self, '--serve', engine, dir];
  const child = pinned
    ? spawn('taskset', ['-c', '0', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    child.stdout?.once('data', (chunk: Buffer) => resolve({ child, port: Number(chunk.toString().trim()) }));
  });
}

/** Closed loop: `concurrency` clients, each sending the next submission when the last is answered. */
async function load(url: string, body: string, concurrency: number, ms: number): Promise<Run> {
  const latencies: number[] = [];
  let failed = 0;
  const start = performance.now();
  const end = start + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        await response.arrayBuffer();
        if (response.status === 201) latencies.push(performance.now() - sent);
        else failed++;
      }
    }),
  );
  const elapsed = performance.now() - start;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rate: (latencies.length / elapsed) * 1000, p50: at(0.5), p99: at(0.99), failed };
}
