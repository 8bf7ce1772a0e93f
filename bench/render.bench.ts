// npm run bench:render — how <efa-form> compares with a hand-written plain-DOM form with the same fields,
// measured in the same run, in headless Debian Chromium. Not a test: prints a table, asserts nothing.
//
// Per size (50, 200, 1,000 fields) and implementation, each run in a fresh page:
//   mount       element created -> first frame with every field painted (median of runs)
//   keystroke   keydown -> next frame (median, p95), and keydown -> end of the scripts it caused ("work");
//               then the same in the field after leaving it once ("touched": its error follows the typing)
//   all errors  continue on the empty form -> next frame with every inline error and the summary
//   heap        JS heap after mount and garbage collection, minus the empty page's heap
//   prepared    <efa-form> given a Definition that loadDefinition prepared before the timer started
//   core        @efa-forms/core alone on the same definition (loadDefinition; compile + first validation)
// Also: size of the one-file bundle, minified and gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright';

const root = fileURLToPath(new URL('..', import.meta.url));
// BENCH_SIZES=1000 npm run bench:render measures one size only.
const SIZES = (process.env.BENCH_SIZES ?? '50,200,1000').split(',').map(Number);
const KEYSTROKES = 40;
const RUNS: Record<number, number> = { 50: 7, 200: 5, 1000: 5 };
const runsFor = (count: number): number => RUNS[count] ?? 3;
const GOALS = { mount: 1.25, keystroke: 1.1, errors: 2, heapMb: 6, gzipKb: 30 };

type Kind = 'plain' | 'efa' | 'efa-prepared';
interface Run {
  mount: number;
  frame: number[];
  work: number[];
  /** keydown -> next frame while the field shows its error (live validation). */
  touched: number[];
  errors: number;
  heap: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const p95 = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] as number;
};
const ms = (value: number): string => `${value.toFixed(1)} ms`;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [`${root}bench/render/entry.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    conditions: ['browser', 'production'],
    // Subpaths first: elements imports core's engine, the entry the runtime elements.
    alias: {
      '@efa-forms/core/engine': `${root}packages/core/src/engine.ts`,
      '@efa-forms/core': `${root}packages/core/src/index.ts`,
      '@efa-forms/elements/runtime': `${root}packages/elements/src/runtime.ts`,
      '@efa-forms/elements': `${root}packages/elements/src/index.ts`,
    },
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Size of dist/efa-forms.js (rollup) when built, else the same entry bundled with esbuild. */
async function bundleSize(): Promise<{
  source: string;
  min: number;
  gzip: number;
  withoutAjv: { min: number; gzip: number };
}> {
  const dist = `${root}packages/elements/dist/efa-forms.js`;
  const common = {
    entryPoints: [`${root}packages/elements/src/bundle.ts`],
    bundle: true,
    write: false,
    format: 'esm' as const,
    minify: true,
    target: 'es2022',
    conditions: ['browser', 'production'],
    alias: {
      '@efa-forms/core/engine': `${root}packages/core/src/engine.ts`,
      '@efa-forms/core': `${root}packages/core/src/index.ts`,
    },
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    logLevel: 'warning' as const,
  };
  const esbuilt = (await build(common)).outputFiles?.[0]?.contents ?? new Uint8Array();
  const code = existsSync(dist) ? readFileSync(dist) : esbuilt;
  const withoutAjv =
    (await build({ ...common, external: ['ajv', 'ajv/*', 'ajv-formats'] })).outputFiles?.[0]?.contents ??
    new Uint8Array();
  return {
    source: existsSync(dist)
      ? 'packages/elements/dist/efa-forms.js (rollup)'
      : 'src/bundle.ts bundled with esbuild (dist/efa-forms.js not built)',
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    withoutAjv: { min: withoutAjv.length, gzip: gzipSync(withoutAjv, { level: 9 }).length },
  };
}

async function measure(page: Page, script: string, kind: Kind, count: number): Promise<Run> {
  await page.setContent(
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
  );
  await page.addScriptTag({ content: script });
  const empty = await page.evaluate(() => window.bench.heap());
  const mount = await page.evaluate(([k, n]) => window.bench.mount(k, n), [kind, count] as const);
  await page.evaluate(() => window.bench.ready());
  const heap = (await page.evaluate(() => window.bench.heap())) - empty;
  await page.evaluate((n) => window.bench.focusText(n), Math.floor(count / 4));
  for (let index = 0; index < KEYSTROKES; index++) {
    await page.keyboard.press(index % 8 === 7 ? 'Backspace' : 'KeyA');
    await page.evaluate(() => window.bench.nextFrame());
  }
  const { frame, work } = await page.evaluate(
    () => window.bench.takeKeystrokes() as { frame: number[]; work: number[] },
  );
  // The same field once more after leaving it: now it is touched and its error follows the typing.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.evaluate(() => window.bench.nextFrame());
  await page.evaluate(() => window.bench.takeKeystrokes());
  for (let index = 0; index < KEYSTROKES / 2; index++) {
    await page.keyboard.press('KeyB');
    await page.evaluate(() => window.bench.nextFrame());
  }
  const touched = await page.evaluate(
    () => window.bench.takeKeystrokes() as { frame: number[]; work: number[] },
  );
  const errors = await page.evaluate(() => window.bench.showAllErrors());
  return { mount, frame, work, touched: touched.frame, errors, heap };
}

/** Core alone in a fresh page: loadDefinition, then describe + compile + validate once; heap kept. */
async function measureCore(
  page: Page,
  script: string,
  count: number,
): Promise<{ load: number; total: number; heap: number }> {
  await page.setContent(
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>',
  );
  await page.addScriptTag({ content: script });
  const empty = await page.evaluate(() => window.bench.heap());
  const times = await page.evaluate(
    (n) => window.bench.coreOnly(n) as { load: number; total: number },
    count,
  );
  const heap = (await page.evaluate(() => window.bench.heap())) - empty;
  return { ...times, heap };
}

async function main(): Promise<void> {
  const script = await bundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  console.log(
    `efa-forms render benchmark — Chromium ${browser.version()}, ${KEYSTROKES} keystrokes per run\n`,
  );
  const rows: string[][] = [];
  let verdicts: string[] = [];
  for (const count of SIZES) {
    const runs: Record<Kind, Run[]> = { plain: [], efa: [], 'efa-prepared': [] };
    // Interleaved, each run in a fresh page, so neither side profits from a warmer process.
    for (let run = 0; run < runsFor(count); run++) {
      for (const kind of ['plain', 'efa', 'efa-prepared'] as Kind[]) {
        const page = await context.newPage();
        runs[kind].push(await measure(page, script, kind, count));
        await page.close();
      }
    }
    const summary = (kind: Kind) => {
      const list = runs[kind];
      // The first run of each kind warms up the JIT and the font cache: left out of medians.
      const warm = list.length > 2 ? list.slice(1) : list;
      const frames = warm.flatMap((run) => run.frame);
      const work = warm.flatMap((run) => run.work);
      const touched = warm.flatMap((run) => run.touched);
      return {
        touched: median(touched),
        touched95: p95(touched),
        mount: median(warm.map((run) => run.mount)),
        frame: median(frames),
        frame95: p95(frames),
        work: median(work),
        work95: p95(work),
        errors: median(warm.map((run) => run.errors)),
        heap: median(warm.map((run) => run.heap)),
      };
    };
    const plain = summary('plain');
    const efa = summary('efa');
    const prepared = summary('efa-prepared');
    const cores = [];
    for (let run = 0; run < 3; run++) {
      const page = await context.newPage();
      cores.push(await measureCore(page, script, count));
      await page.close();
    }
    const core = {
      load: median(cores.map((c) => c.load)),
      total: median(cores.map((c) => c.total)),
      heap: median(cores.map((c) => c.heap)),
    };
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    for (const [name, result] of [
      ['plain DOM (floor)', plain],
      ['<efa-form>', efa],
      ['<efa-form> prepared def.', prepared],
    ] as const) {
      rows.push([
        String(count),
        name,
        ms(result.mount),
        `${ms(result.frame)} / ${ms(result.frame95)}`,
        `${ms(result.work)} / ${ms(result.work95)}`,
        `${ms(result.touched)} / ${ms(result.touched95)}`,
        ms(result.errors),
        mb(result.heap),
      ]);
    }
    rows.push([
      '',
      '  of which core',
      `${ms(core.load)} load`,
      '',
      '',
      '',
      `${ms(core.total - core.load)} compile+validate`,
      mb(core.heap),
    ]);
    rows.push([
      '',
      'ratio efa / floor',
      `${(efa.mount / plain.mount).toFixed(2)}x`,
      `${(efa.frame / plain.frame).toFixed(2)}x / ${(efa.frame95 / plain.frame95).toFixed(2)}x`,
      `${(efa.work / plain.work).toFixed(2)}x`,
      `${(efa.touched / plain.touched).toFixed(2)}x`,
      `${(efa.errors / plain.errors).toFixed(2)}x`,
      '',
    ]);
    if (count === 1000) {
      const check = (label: string, ok: boolean, detail: string) =>
        `${ok ? 'met    ' : 'NOT MET'}  ${label}: ${detail}`;
      verdicts = [
        check(
          'mount within 1.25x',
          efa.mount / plain.mount <= GOALS.mount,
          `${(efa.mount / plain.mount).toFixed(2)}x`,
        ),
        check(
          'keystroke within 1.1x (median, to next frame)',
          efa.frame / plain.frame <= GOALS.keystroke,
          `${(efa.frame / plain.frame).toFixed(2)}x`,
        ),
        check(
          'all errors within 2x',
          efa.errors / plain.errors <= GOALS.errors,
          `${(efa.errors / plain.errors).toFixed(2)}x`,
        ),
        check('heap under 6 MB', efa.heap / 1024 / 1024 < GOALS.heapMb, mb(efa.heap)),
        `         with a definition prepared by loadDefinition beforehand: mount ${(prepared.mount / plain.mount).toFixed(2)}x; core's share of the heap is ${mb(core.heap)}`,
      ];
    }
  }
  await browser.close();
  const header = [
    'fields',
    'implementation',
    'mount',
    'keystroke→frame med / p95',
    'keystroke work med / p95',
    'touched field→frame',
    'all errors',
    'JS heap',
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] as number)).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log('\nGoals at 1,000 fields:');
  for (const verdict of verdicts) console.log('  ' + verdict);
  const size = await bundleSize();
  console.log(`\nBundle: ${size.source}`);
  console.log(
    `  with ajv:    ${(size.min / 1024).toFixed(1)} KB min, ${(size.gzip / 1024).toFixed(1)} KB min+gzip`,
  );
  console.log(
    `  without ajv: ${(size.withoutAjv.min / 1024).toFixed(1)} KB min, ${(size.withoutAjv.gzip / 1024).toFixed(1)} KB min+gzip (what a compiled validator would replace it with is not counted)`,
  );
  console.log(
    `  goal: < ${GOALS.gzipKb} KB min+gzip with Lit and core once a compiled validator replaces ajv`,
  );
}

await main();
