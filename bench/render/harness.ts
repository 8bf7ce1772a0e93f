// The benchmark page's own script (bundled apart from the apps, so it counts in no app's size): times
// what bench/render.bench.ts asks for, with the same code for every library. `window.bench`.
import type { BenchField } from './generate.js';

/** Resolves after the next frame was produced (its rAF callbacks, then a task after rendering). */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const app = () => {
  if (!window.benchApp) throw new Error('no app registered on this page');
  return window.benchApp;
};

interface Config {
  count: number;
  field: BenchField;
  expectedErrors: number;
}
let config: Config | undefined;
let input: unknown;
const conf = (): Config => {
  if (!config) throw new Error('bench.configure was not called');
  return config;
};

// Anything the page tries to load from elsewhere (the CSP allows this origin only): reported as a failure.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.blockedURI));

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

/** Long-task time (> 50 ms tasks) overlapping [from, to], and how many. */
function longTaskTime(from: number, to: number): { ms: number; count: number } {
  let total = 0;
  let count = 0;
  for (const task of longTasks) {
    const overlap = Math.min(to, task.start + task.duration) - Math.max(from, task.start);
    if (overlap > 0) {
      total += overlap;
      count++;
    }
  }
  return { ms: total, count };
}

/** Leaf controls: inputs, selects and textareas; radios count once per group (name). */
function countControls(root: ParentNode): number {
  const radios = new Set<string>();
  let count = 0;
  for (const element of root.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    const type = element.type;
    if (type === 'hidden' || type === 'submit' || type === 'button' || type === 'reset') continue;
    if (type === 'radio') radios.add(element.name);
    else count++;
  }
  return count + radios.size;
}

/**
 * Native controls and the first text layout cost ~100 ms once per renderer: paid here, outside every
 * timed window, for every app alike.
 */
async function warmUp(): Promise<void> {
  const scratch = document.createElement('form');
  scratch.innerHTML =
    '<fieldset><legend>Warm-up</legend><label for="w1">Text</label><input id="w1"><input type="email">' +
    '<input type="number"><input type="date"><input type="checkbox"><input type="radio" name="w">' +
    '<select><option>a</option></select><textarea></textarea><p>Fehler</p><button>OK</button></fieldset>';
  document.body.append(scratch);
  const text = scratch.querySelector('input') as HTMLInputElement;
  text.focus();
  text.value = 'warm';
  text.dispatchEvent(new Event('input', { bubbles: true }));
  scratch.getBoundingClientRect();
  await nextFrame();
  text.blur();
  scratch.remove();
  await nextFrame();
}

/** Loads this app's input: JSON, or a module's default export (a compiled service). */
async function load(url: string): Promise<void> {
  if (/\.m?js$/.test(url)) input = ((await import(/* @vite-ignore */ url)) as { default: unknown }).default;
  else input = await (await fetch(url)).json();
}

let container: HTMLElement | undefined;

/**
 * mount: from the app's first call until all N controls exist and a frame has passed (or, when an app
 * never shows all N, until the count has not changed for QUIET_MS: the mismatch is reported).
 */
async function mount(): Promise<{ ms: number; controls: number }> {
  const { count } = conf();
  container = document.createElement('div');
  document.body.append(container);
  const start = performance.now();
  await app().mount(container, input);
  const settled = await settle(() => countControls(app().root()), count, start);
  return { ms: settled.at - start, controls: settled.value };
}

/**
 * How long a count must stay unchanged before an app that never reaches the target counts as done
 * (every app that reaches it stops at once; only mismatching ones wait this long).
 */
const QUIET_MS = 500;

/** Polls `measure` every frame until it reaches `target` or stops changing for QUIET_MS. */
async function settle(
  measure: () => number,
  target: number,
  start: number,
): Promise<{ at: number; value: number }> {
  let value = -1;
  let changedAt = start;
  for (;;) {
    await nextFrame();
    const current = measure();
    const time = performance.now();
    if (current !== value) {
      value = current;
      changedAt = time;
    }
    if (value >= target || time - changedAt > QUIET_MS || time - start > 60_000)
      return { at: changedAt, value };
  }
}

function heap(collect: boolean): number {
  if (collect) (window as unknown as { gc: () => void }).gc();
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

// Keys: keydown (capture, so before any library handler) to the next frame.
const keys: number[] = [];
let pendingKeys = 0;
let keyWaiters: (() => void)[] = [];
window.addEventListener(
  'keydown',
  (event) => {
    const start = event.timeStamp;
    pendingKeys++;
    requestAnimationFrame(() =>
      setTimeout(() => {
        keys.push(performance.now() - start);
        pendingKeys--;
        if (pendingKeys === 0) {
          for (const resolve of keyWaiters) resolve();
          keyWaiters = [];
        }
      }, 0),
    );
  },
  { capture: true },
);

/** Resolves when every key pressed so far has reached its frame. */
const keysDone = (): Promise<void> =>
  pendingKeys === 0 ? Promise.resolve() : new Promise((resolve) => keyWaiters.push(resolve));

async function focusTyping(): Promise<void> {
  const control = app().control(conf().field);
  if (!control) throw new Error(`no control for ${conf().field.path}`);
  control.scrollIntoView({ block: 'center' });
  control.focus();
  await nextFrame();
  await nextFrame();
}

/** Resolves at the frame after the page was next idle: work a library deferred to idle has run. */
async function idle(): Promise<number> {
  await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 }));
  await nextFrame();
  return performance.now();
}

/** A timestamp for the driver's windows (long tasks, model lag). */
const now = (): number => performance.now();

/** Milliseconds from `since` until the library's model holds `expected`, or null within `limit`. */
async function modelLag(expected: string, since: number, limit: number): Promise<number | null> {
  const field = conf().field;
  for (;;) {
    await nextFrame();
    if (app().value(field) === expected) return performance.now() - since;
    if (performance.now() - since > limit) return null;
  }
}

/**
 * submit: from the submit until the frame after which the shown error count stopped changing (all
 * expected errors, or no change for QUIET_MS), and how many errors that was.
 */
async function submit(): Promise<{ ms: number; errors: number }> {
  const start = performance.now();
  app().submit();
  const settled = await settle(() => app().errors(), conf().expectedErrors, start);
  return { ms: settled.at - start, errors: settled.value };
}

const bench = {
  configure: (value: Config) => {
    config = value;
  },
  warmUp,
  load,
  mount,
  heap,
  focusTyping,
  keysDone,
  takeKeys: () => keys.splice(0),
  now,
  idle,
  longTaskTime,
  modelLag,
  value: () => app().value(conf().field),
  submit,
  nextFrame,
  violations: () => [...new Set(violations)],
};

/** What the page offers bench/render.bench.ts. */
export type BenchHarness = typeof bench;

declare global {
  interface Window {
    bench: BenchHarness;
  }
}

window.bench = bench;
