// npm run bench:profile -- --app efa-compiled --n 1000 --phase blur
//
// Where a render benchmark phase spends its time: runs the same steps as bench/render.bench.ts up to the
// chosen phase, records that phase alone with Chromium's sampling profiler and prints the functions with
// the most self time, named by their place in the sources (the bundles are built unminified with source
// maps for this, see `buildBundles(..., { readable: true })`). `--phase heap` takes a heap snapshot of
// the mounted form after a GC instead and prints the constructors holding the most bytes.
// The profile itself (`.cpuprofile`, `.heapsnapshot`) is written to bench/results/profiles/ and opens
// in Chromium's DevTools (Performance / Memory tab). `--trace` records the phase as a Chromium
// performance trace instead (`.trace.json`, DevTools' Performance tab) and prints the trace events with
// the most time: where the browser's own work goes (style, layout, paint, text editing, event dispatch),
// which the sampling profiler only shows as "(program)". A profile is a diagnosis, not a measurement: the
// profiler slows the page down, so compare its shares, not its milliseconds, with the benchmark's.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright';
import { APPS, BUNDLE, buildBundles, root, writeInputs, type AppName } from './internal/apps.js';
import { serve } from './internal/serve.js';
import { typingField } from './render/generate.js';
import { TYPED, launch } from './render.bench.js';

const PHASES = ['mount', 'keystroke', 'blur', 'submit', 'heap'] as const;
type Phase = (typeof PHASES)[number];

/** A node of a `.cpuprofile` (Chrome DevTools protocol `Profiler.Profile`). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
/** An event of a Chromium trace (`Tracing.dataCollected`); `X` events have a duration in µs. */
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
}
/** Trace categories of DevTools' Performance tab (timeline, blink's lifecycle, V8's execution). */
const TRACE_CATEGORIES = 'devtools.timeline,blink,v8.execute,disabled-by-default-devtools.timeline';

function usage(message: string): never {
  console.error(`${message}
usage: npm run bench:profile -- --app <${APPS.join('|')}> --n <fields> --phase <${PHASES.join('|')}> [--top 25] [--trace] [--by function|file]`);
  process.exit(2);
}

function options(argv: string[]): {
  app: AppName;
  count: number;
  phase: Phase;
  top: number;
  trace: boolean;
  byFile: boolean;
} {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        app: { type: 'string', default: 'efa-compiled' },
        n: { type: 'string', default: '1000' },
        phase: { type: 'string', default: 'mount' },
        top: { type: 'string', default: '25' },
        trace: { type: 'boolean', default: false },
        by: { type: 'string', default: 'function' },
      },
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  const app = values.app as AppName;
  if (!APPS.includes(app)) usage(`unknown app "${values.app}"`);
  const phase = values.phase as Phase;
  if (!PHASES.includes(phase)) usage(`unknown phase "${values.phase}"`);
  const count = Number(values.n);
  if (!Number.isInteger(count) || count < 2) usage(`--n must be a whole number of fields, at least 2`);
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) usage(`--top must be a positive whole number`);
  if (values.trace && phase === 'heap') usage('--trace records a phase that runs; heap is a snapshot');
  if (values.by !== 'function' && values.by !== 'file') usage(`--by is "function" or "file"`);
  return { app, count, phase, top, trace: values.trace === true, byFile: values.by === 'file' };
}

/** Maps a bundle position to its source file, line and function name (the bundles' source maps). */
class Sources {
  readonly #maps = new Map<string, SourceMap | null>();
  constructor(readonly out: string) {}

  place(frame: ProfileNode['callFrame']): string {
    const path = /\/apps\/[\w-]+\.js$/.exec(frame.url)?.[0];
    if (!path) return frame.url ? `${frame.url}:${frame.lineNumber + 1}` : '(native)';
    let map = this.#maps.get(path);
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(join(this.out, `${path}.map`), 'utf8')));
      } catch {
        map = null;
      }
      this.#maps.set(path, map);
    }
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
    if (!entry || !('originalSource' in entry)) return `${path}:${frame.lineNumber + 1}`;
    const source = resolve(this.out, 'apps', entry.originalSource);
    const modules = source.lastIndexOf('node_modules/');
    return `${modules >= 0 ? source.slice(modules + 'node_modules/'.length) : relative(root, source)}:${entry.originalLine + 1}`;
  }
}

/**
 * Self time per function (summed over the places it was sampled), or with `byFile` per source file
 * (V8's own work, "(garbage collector)", "(program)", stays apart), largest first.
 */
function selfTimes(
  profile: CpuProfile,
  sources: Sources,
  byFile = false,
): { name: string; place: string; ms: number }[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, { name: string; place: string; ms: number }>();
  profile.samples.forEach((id, index) => {
    const node = byNode.get(id);
    if (!node) return;
    const name = node.callFrame.functionName || '(anonymous)';
    const line = sources.place(node.callFrame);
    const place = !byFile ? line : line === '(native)' ? `${name} (native)` : line.replace(/:\d+$/, '');
    const key = byFile ? place : `${name} ${place}`;
    const entry = totals.get(key) ?? { name, place, ms: 0 };
    entry.ms += (profile.timeDeltas[index] ?? 0) / 1000;
    totals.set(key, entry);
  });
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

/** Shallow bytes per constructor of a heap snapshot (DevTools' "Summary" view, shallow size). */
function heapByConstructor(snapshot: string): { name: string; count: number; bytes: number }[] {
  const parsed = JSON.parse(snapshot) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = parsed.snapshot.meta.node_fields;
  const types = parsed.snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [
    number,
    number,
    number,
  ];
  const totals = new Map<string, { name: string; count: number; bytes: number }>();
  for (let index = 0; index < parsed.nodes.length; index += fields.length) {
    const kind = types[parsed.nodes[index + type] as number] as string;
    const label =
      kind === 'object' || kind === 'native'
        ? (parsed.strings[parsed.nodes[index + name] as number] as string)
        : `(${kind})`;
    const entry = totals.get(label) ?? { name: label, count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += parsed.nodes[index + size] as number;
    totals.set(label, entry);
  }
  return [...totals.values()].sort((a, b) => b.bytes - a.bytes);
}

async function profile(cdp: CDPSession, phase: () => Promise<unknown>): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await phase();
  const { profile } = await cdp.send('Profiler.stop');
  return profile as unknown as CpuProfile;
}

async function trace(cdp: CDPSession, phase: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await phase();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** Total time and count per trace event name, largest first (nested events overlap their parents). */
function traceTotals(events: TraceEvent[]): { name: string; count: number; ms: number }[] {
  const totals = new Map<string, { name: string; count: number; ms: number }>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined) continue;
    const entry = totals.get(event.name) ?? { name: event.name, count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += event.dur / 1000;
    totals.set(event.name, entry);
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

async function snapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  return chunks.join('');
}

/** The render benchmark's steps (bench/render.bench.ts `measureOnce`), up to and including `phase`. */
async function runPhase(
  page: Page,
  cdp: CDPSession,
  phase: Phase,
  tracing: boolean,
): Promise<CpuProfile | TraceEvent[] | string> {
  const record = (steps: () => Promise<unknown>) => (tracing ? trace(cdp, steps) : profile(cdp, steps));
  const mount = () => page.evaluate(() => window.bench.mount());
  if (phase === 'mount') return record(mount);
  await mount();
  await page.evaluate(() => window.bench.idle());
  if (phase === 'heap') return snapshot(cdp);
  await page.evaluate(() => window.bench.focusTyping());
  const type = async () => {
    for (const letter of TYPED) {
      await page.keyboard.press(letter);
      await page.evaluate(() => window.bench.keysDone());
    }
  };
  if (phase === 'keystroke') return record(type);
  await type();
  const blur = async () => {
    await page.keyboard.press('Tab');
    await page.evaluate(() => window.bench.keysDone());
  };
  if (phase === 'blur') return record(blur);
  await blur();
  await page.evaluate(() => window.bench.idle());
  return record(() => page.evaluate(() => window.bench.submit()));
}

const { app, count, phase, top, trace: tracing, byFile } = options(process.argv.slice(2));
const out = mkdtempSync(join(tmpdir(), 'efa-profile-'));
const { server, origin } = await serve(out);
const browser = await launch();
try {
  await buildBundles(out, [app], { readable: true });
  const { urls } = await writeInputs(out, [app], count);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/page/${BUNDLE[app]}.html`);
  await page.evaluate((config) => window.bench.configure(config), {
    count,
    field: typingField(count),
    expectedErrors: count - 1,
  });
  await page.evaluate(() => window.bench.warmUp());
  await page.evaluate((url) => window.bench.load(url), urls[app] as string);
  const cdp = await context.newCDPSession(page);
  const result = await runPhase(page, cdp, phase, tracing);
  if (pageErrors.length) throw new Error(`${app}: page error: ${pageErrors.join('; ')}`);

  const folder = join(root, 'bench/results/profiles');
  mkdirSync(folder, { recursive: true });
  const base = join(folder, `${app}-${count}-${phase}`);
  if (typeof result === 'string') {
    writeFileSync(`${base}.heapsnapshot`, result);
    const rows = heapByConstructor(result);
    const total = rows.reduce((sum, row) => sum + row.bytes, 0);
    console.log(
      `${app}, ${count} fields, heap after mount and GC: ${(total / 1e6).toFixed(2)} MB in the snapshot`,
    );
    console.log('   bytes  share   count  constructor');
    for (const row of rows.slice(0, top))
      console.log(
        `${String(row.bytes).padStart(8)} ${((row.bytes / total) * 100).toFixed(1).padStart(5)} % ${String(row.count).padStart(7)}  ${row.name}`,
      );
    console.log(`snapshot: ${relative(root, base)}.heapsnapshot`);
  } else if (Array.isArray(result)) {
    writeFileSync(`${base}.trace.json`, JSON.stringify({ traceEvents: result }));
    console.log(
      `${app}, ${count} fields, ${phase}: ${result.length} trace events (tracing on, slower than the benchmark)`,
    );
    console.log('  total ms  count  event (nested events are counted in their parents too)');
    for (const row of traceTotals(result).slice(0, top))
      console.log(`${row.ms.toFixed(1).padStart(10)} ${String(row.count).padStart(6)}  ${row.name}`);
    console.log(`trace: ${relative(root, base)}.trace.json`);
  } else {
    writeFileSync(`${base}.cpuprofile`, JSON.stringify(result));
    const rows = selfTimes(result, new Sources(out), byFile);
    const total = rows.reduce((sum, row) => sum + row.ms, 0);
    const busy = rows.filter((row) => row.name !== '(idle)' && row.name !== '(program)');
    const busyMs = busy.reduce((sum, row) => sum + row.ms, 0);
    console.log(
      `${app}, ${count} fields, ${phase}: ${total.toFixed(1)} ms sampled, ${busyMs.toFixed(1)} ms of it busy (profiler on, slower than the benchmark)`,
    );
    console.log(byFile ? '  self ms  share  source file' : '  self ms  share  function  (source)');
    for (const row of busy.slice(0, top))
      console.log(
        `${row.ms.toFixed(1).padStart(9)} ${((row.ms / total) * 100).toFixed(1).padStart(5)} %  ${byFile ? row.place : `${row.name}  (${row.place})`}`,
      );
    console.log(`profile: ${relative(root, base)}.cpuprofile`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
