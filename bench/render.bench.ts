// npm run bench:render — efa-forms side by side with rjsf, JSON Forms, SurveyJS, Form.io and a
// plain-DOM floor, in headless Debian Chromium, on the same generated form (bench/render/generate.ts).
// `npm run bench` runs this with the bundle, core, XML and intake benchmarks and writes the results;
// run alone it prints the render table only. Not a test: asserts nothing, reports mismatches.
//
// Per size and app, each run in a fresh browser context (bench/README.md says why each step is so):
//   mount      the app's first call -> all N controls exist and a frame has passed
//   to idle    the end of the mount -> the page is idle (work deferred to idle), its long tasks
//   keystroke  20 letters typed into a middle minLength field: keydown -> next frame (median, p95),
//              long-task time while typing
//   model      last keystroke -> the typed value is in the library's model (deferred = debounced)
//   deferred   long-task time from the last keystroke until the model has it (or 300 ms)
//   blur       Tab out of the field: keydown -> next frame, and its long-task time
//   submit     the submit -> the frame after which the shown error count stopped changing
//   heap       JS heap of the mounted form (after mount, and after a forced GC), minus the page before
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import {
  BUNDLE,
  LABELS,
  buildBundles,
  writeInputs,
  type AppName,
  type BundleSize,
  type InputSize,
} from './internal/apps.js';
import { median, p95, spread, type Spread } from './internal/measure.js';
import { serve } from './internal/serve.js';
import { typingField } from './render/generate.js';

/** 20 letters: the typed value every library's model must end up with. */
export const TYPED = 'abcdefghijklmnopqrst';

/** One run of one app. */
export interface Run {
  mount: number;
  /** From the end of the mount until the page was idle (deferred work), and its long-task time. */
  toIdle: number;
  idleLongTask: number;
  controls: number;
  keys: number[];
  typingLongTask: number;
  modelLag: number | null;
  deferredLongTask: number;
  blur: number;
  blurLongTask: number;
  valueAfterBlur: unknown;
  submit: number;
  errors: number;
  heapMount: number;
  heapGc: number;
}

/** An app's figures at one size: medians with min/max over the timed runs. */
export interface Summary {
  app: AppName;
  count: number;
  runs: number;
  mount: Spread;
  toIdle: Spread;
  idleLongTask: Spread;
  keyMedian: Spread;
  keyP95: number;
  typingLongTask: Spread;
  modelLag: Spread | null;
  deferredLongTask: Spread;
  blur: Spread;
  blurLongTask: Spread;
  submit: Spread;
  errors: Spread;
  controls: Spread;
  heapMount: Spread;
  heapGc: Spread;
}

export interface RenderOptions {
  apps: readonly AppName[];
  sizes: readonly number[];
  runs: number;
  log?: (line: string) => void;
}

export interface RenderResult {
  chromium: string;
  summaries: Summary[];
  bundles: BundleSize[];
  /** Each app's form input per size (not part of its bundle). */
  inputs: InputSize[];
  mismatches: string[];
  seconds: number;
}

/** The benchmark's Chromium: the project's launch options, unthrottled frames, precise heap, gc(). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    ...chromiumLaunchOptions,
    headless: true,
    args: [
      ...chromiumLaunchOptions.args,
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
}

async function measureOnce(
  browser: Browser,
  origin: string,
  app: AppName,
  input: string,
  count: number,
): Promise<{ run: Run; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const blocked: string[] = [];
  // Nothing may come from elsewhere: every request off this origin is refused and fails the run.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text().slice(0, 200)}`);
  });
  try {
    await page.goto(`${origin}/page/${BUNDLE[app]}.html`);
    const field = typingField(count);
    await page.evaluate((config) => window.bench.configure(config), {
      count,
      field,
      expectedErrors: count - 1,
    });
    await page.evaluate(() => window.bench.warmUp());
    await page.evaluate((url) => window.bench.load(url), input);
    const heapBefore = await page.evaluate(() => window.bench.heap(true));
    const mounted = await page.evaluate(() => window.bench.mount());
    // Work deferred past the mount (to idle, or timers) is paid here, before anything else.
    const mountEnd = await page.evaluate(() => window.bench.now());
    const idleAt = await page.evaluate(() => window.bench.idle());
    const idleLongTask = (
      await page.evaluate(([a, b]) => window.bench.longTaskTime(a, b), [mountEnd, idleAt] as const)
    ).ms;
    const heapMount = (await page.evaluate(() => window.bench.heap(false))) - heapBefore;
    const heapGc = (await page.evaluate(() => window.bench.heap(true))) - heapBefore;

    await page.evaluate(() => window.bench.focusTyping());
    const typingStart = await page.evaluate(() => window.bench.now());
    for (const letter of TYPED) {
      await page.keyboard.press(letter);
      await page.evaluate(() => window.bench.keysDone());
    }
    const typingEnd = await page.evaluate(() => window.bench.now());
    const keys = await page.evaluate(() => window.bench.takeKeys());
    const typingLongTask = (
      await page.evaluate(([a, b]) => window.bench.longTaskTime(a, b), [typingStart, typingEnd] as const)
    ).ms;
    const modelLag = await page.evaluate(([typed, since]) => window.bench.modelLag(typed, since, 300), [
      TYPED,
      typingEnd,
    ] as const);
    const settled = await page.evaluate(() => window.bench.now());
    const deferredLongTask = (
      await page.evaluate(([a, b]) => window.bench.longTaskTime(a, b), [typingEnd, settled] as const)
    ).ms;

    const blurStart = await page.evaluate(() => window.bench.now());
    await page.keyboard.press('Tab');
    await page.evaluate(() => window.bench.keysDone());
    const blurEnd = await page.evaluate(() => window.bench.now());
    const blur = (await page.evaluate(() => window.bench.takeKeys()))[0] ?? Number.NaN;
    const blurLongTask = (
      await page.evaluate(([a, b]) => window.bench.longTaskTime(a, b), [blurStart, blurEnd] as const)
    ).ms;
    // A library that commits on blur (SurveyJS's default) has the value now; a debounced one soon.
    await page.evaluate(([typed, since]) => window.bench.modelLag(typed, since, 500), [
      TYPED,
      blurEnd,
    ] as const);
    const valueAfterBlur = await page.evaluate(() => window.bench.value());

    const submitted = await page.evaluate(() => window.bench.submit());
    if (mounted.controls !== count) problems.push(`shows ${mounted.controls} controls, not ${count}`);
    if (valueAfterBlur !== TYPED)
      problems.push(`typed value did not reach the model (it holds ${JSON.stringify(valueAfterBlur)})`);
    if (submitted.errors !== count - 1)
      problems.push(`shows ${submitted.errors} errors after submit, not ${count - 1}`);
    blocked.push(...(await page.evaluate(() => window.bench.violations())));
    if (blocked.length)
      throw new Error(`${app} tried to load from elsewhere: ${[...new Set(blocked)].join(', ')}`);
    if (pageErrors.length) throw new Error(`${app}: page error: ${pageErrors.join('; ')}`);
    return {
      run: {
        mount: mounted.ms,
        toIdle: idleAt - mountEnd,
        idleLongTask,
        controls: mounted.controls,
        keys,
        typingLongTask,
        modelLag,
        deferredLongTask,
        blur,
        blurLongTask,
        valueAfterBlur,
        submit: submitted.ms,
        errors: submitted.errors,
        heapMount,
        heapGc,
      },
      problems,
    };
  } catch (error) {
    const elsewhere = [
      ...new Set([...blocked, ...(await page.evaluate(() => window.bench.violations()).catch(() => []))]),
    ];
    if (elsewhere.length)
      throw new Error(`${app} tried to load from elsewhere: ${elsewhere.join(', ')}`, { cause: error });
    throw error;
  } finally {
    await context.close();
  }
}

function summarise(app: AppName, count: number, runs: Run[]): Summary {
  const lags = runs.map((run) => run.modelLag).filter((lag): lag is number => lag !== null);
  return {
    app,
    count,
    runs: runs.length,
    mount: spread(runs.map((run) => run.mount)),
    toIdle: spread(runs.map((run) => run.toIdle)),
    idleLongTask: spread(runs.map((run) => run.idleLongTask)),
    keyMedian: spread(runs.map((run) => median(run.keys))),
    keyP95: p95(runs.flatMap((run) => run.keys)),
    typingLongTask: spread(runs.map((run) => run.typingLongTask)),
    // null: the model never had the value before the blur (committed on blur).
    modelLag: lags.length === runs.length ? spread(lags) : null,
    deferredLongTask: spread(runs.map((run) => run.deferredLongTask)),
    blur: spread(runs.map((run) => run.blur)),
    blurLongTask: spread(runs.map((run) => run.blurLongTask)),
    submit: spread(runs.map((run) => run.submit)),
    errors: spread(runs.map((run) => run.errors)),
    controls: spread(runs.map((run) => run.controls)),
    heapMount: spread(runs.map((run) => run.heapMount)),
    heapGc: spread(runs.map((run) => run.heapGc)),
  };
}

/** Builds the apps, serves them and measures every app at every size, interleaved. */
export async function runRender(options: RenderOptions): Promise<RenderResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const out = mkdtempSync(join(tmpdir(), 'efa-bench-'));
  const { server, origin } = await serve(out);
  const browser = await launch();
  try {
    const bundles = await buildBundles(out, options.apps);
    const summaries: Summary[] = [];
    const inputSizes: InputSize[] = [];
    const mismatches = new Map<string, number>();
    for (const count of options.sizes) {
      const { urls: inputs, sizes } = await writeInputs(out, options.apps, count);
      inputSizes.push(...sizes);
      const runs = new Map<AppName, Run[]>(options.apps.map((app) => [app, []]));
      // Round 0 warms up (left out); then apps interleaved, the start rotated each round.
      for (let round = 0; round <= options.runs; round++) {
        const order = options.apps.map(
          (_app, index) => options.apps[(index + round) % options.apps.length] as AppName,
        );
        for (const app of order) {
          const { run, problems } = await measureOnce(browser, origin, app, inputs[app] as string, count);
          if (round > 0) runs.get(app)?.push(run);
          for (const problem of problems) {
            const key = `${LABELS[app]}, ${count} fields: ${problem}`;
            mismatches.set(key, (mismatches.get(key) ?? 0) + 1);
          }
        }
        log(
          `  ${count} fields: round ${round}${round === 0 ? ' (warm-up)' : ''} done, ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
      }
      for (const app of options.apps) summaries.push(summarise(app, count, runs.get(app) ?? []));
    }
    const total = options.runs + 1;
    return {
      chromium: browser.version(),
      summaries,
      bundles,
      inputs: inputSizes,
      mismatches: [...mismatches].map(
        ([text, times]) => `${text} (in ${times} of ${total} runs, warm-up included)`,
      ),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { renderTables } = await import('./internal/report.js');
  const { parseOptions } = await import('./internal/options.js');
  const result = await runRender(parseOptions(process.argv.slice(2)));
  console.log(renderTables(result).join('\n'));
}
