// npm run bench — every benchmark through one entry point: rendering side by side with the peers
// (bench/render.bench.ts), bundle sizes, then bench:core, bench:xml and bench:intake as they are.
// Writes bench/results/latest.md and latest.json, prints the tables, records the machine.
//   npm run bench -- --apps plain,efa-compiled,rjsf --n 50 --runs 1     a quick look
//   npm run bench -- --only render,bundle                                  a subset of the parts
// Results measured on a busy machine say little: the load average at start and end is recorded.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundles, root } from './internal/apps.js';
import { bundleTable, renderTables } from './internal/report.js';
import { parseOptions, type BenchOptions, type Part } from './internal/options.js';
import { launch, runRender, type RenderResult } from './render.bench.js';

/** Runs `npm run <script>` and returns its output (also echoed, indented, as it comes). */
function runScript(script: string): Promise<{ output: string; seconds: number; code: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      process.stdout.write(text.replace(/^(?=.)/gm, '    '));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ output, seconds: (performance.now() - started) / 1000, code: code ?? 1 }),
    );
  });
}

const scripts = (): Record<string, string> =>
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;

/** Writes a file whole or not at all (a stopped run leaves the previous results). */
function writeAtomic(path: string, content: string): void {
  writeFileSync(`${path}.tmp`, content);
  renameSync(`${path}.tmp`, path);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let options: BenchOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`npm run bench: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const parts: Part[] = options.parts;
  const started = new Date();
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadAverageStart: loadavg().map((value) => Number(value.toFixed(2))),
    loadAverageEnd: [] as number[],
    chromium: '',
  };
  console.log(
    `npm run bench — ${machine.cores} cores (${machine.cpu}), load average ${machine.loadAverageStart.join(' ')}, ` +
      `apps ${options.apps.join(',')}, ${options.sizes.join('/')} fields, ${options.runs} runs\n`,
  );

  // The efa apps bundle the built one-file bundles; build what is missing or older than the sources.
  if (
    (parts.includes('render') || parts.includes('bundle')) &&
    options.apps.some((app) => app.startsWith('efa'))
  ) {
    const { ensureBuilt } = await import('../scripts/build-package.js');
    await ensureBuilt([
      ['core', 'packages/core/dist/index.js'],
      ['elements', 'packages/elements/dist/efa-forms.js'],
    ]);
  }

  let render: RenderResult | undefined;
  if (parts.includes('render')) {
    console.log('Rendering in Chromium:');
    render = await runRender({ apps: options.apps, sizes: options.sizes, runs: options.runs });
    machine.chromium = render.chromium;
  } else if (parts.includes('bundle')) {
    const out = mkdtempSync(join(tmpdir(), 'efa-bench-'));
    try {
      const bundles = await buildBundles(out, options.apps);
      render = { chromium: '', summaries: [], bundles, inputs: [], mismatches: [], seconds: 0 };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  if (!machine.chromium) {
    const browser = await launch();
    machine.chromium = browser.version();
    await browser.close();
  }

  const others: { part: Part; script: string; output: string; seconds: number; code: number }[] = [];
  for (const part of ['core', 'xml', 'intake'] as const) {
    if (!parts.includes(part)) continue;
    const script = `bench:${part}`;
    if (!scripts()[script]) {
      others.push({ part, script, output: `(no ${script} script on this branch yet)`, seconds: 0, code: 0 });
      continue;
    }
    console.log(`\n${script}:`);
    others.push({ part, script, ...(await runScript(script)) });
  }
  machine.loadAverageEnd = loadavg().map((value) => Number(value.toFixed(2)));
  const seconds = (Date.now() - started.getTime()) / 1000;

  const lines = [
    '# efa-forms benchmark results',
    '',
    `Written by \`${['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' ')}\` on ${started.toISOString()}, ${seconds.toFixed(0)} s in all. Method and equivalence decisions: [bench/README.md](../README.md).`,
    '',
    `Machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, Chromium ${machine.chromium}, ` +
      `load average (1/5/15 min) ${machine.loadAverageStart.join(' / ')} at the start and ${machine.loadAverageEnd.join(' / ')} at the end.`,
    '',
  ];
  if (render) {
    if (render.summaries.length) lines.push(...renderTables(render));
    else lines.push('## Bundle size', '', ...bundleTable(render.bundles), '');
  }
  for (const other of others)
    lines.push(
      `## ${other.script}${other.code === 0 ? '' : ` (exited with ${other.code})`}${other.seconds ? `, ${other.seconds.toFixed(0)} s` : ''}`,
      '',
      '```',
      other.output.trimEnd(),
      '```',
      '',
    );
  const markdown = lines.join('\n');
  const results = options.out ?? join(root, 'bench/results');
  mkdirSync(results, { recursive: true });
  writeAtomic(join(results, 'latest.md'), markdown);
  writeAtomic(
    join(results, 'latest.json'),
    `${JSON.stringify({ started: started.toISOString(), seconds, argv, machine, render, others }, null, 2)}\n`,
  );
  if (render)
    console.log(
      `\n${(render.summaries.length ? renderTables(render) : bundleTable(render.bundles)).join('\n')}`,
    );
  console.log(`Wrote ${join(results, 'latest.md')} and latest.json (${seconds.toFixed(0)} s).`);
  if (others.some((other) => other.code !== 0)) process.exitCode = 1;
}

await main();
