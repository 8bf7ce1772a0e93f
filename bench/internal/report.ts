// The render and bundle tables of bench/results/latest.md (Markdown, also printed), with the ratio of
// every app to the floor and to efa-forms and the goals of issue 12.
import type { RenderResult, Summary } from '../render.bench.js';
import { LABELS, type AppName, type BundleSize, type InputSize } from './apps.js';
import type { Spread } from './measure.js';

const PEERS: readonly AppName[] = ['rjsf', 'jsonforms', 'surveyjs', 'surveyjs-typing', 'formio'];
const EFA: readonly AppName[] = ['efa-compiled', 'efa-raw'];
/** The reference of the "× efa-forms" table. */
const REFERENCE: AppName = 'efa-compiled';

interface Row {
  label: string;
  value: (summary: Summary) => Spread | null;
  unit: 'ms' | 'MB' | 'n';
  goal?: (summary: Summary, all: Map<AppName, Summary>) => { text: string; met: boolean } | undefined;
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const ratio = (value: number, base: number): string =>
  base > 0 && Number.isFinite(value) ? `${(value / base).toFixed(2)}x` : '–';

/** The median of a metric, or undefined when the app is not in this run. */
function med(all: Map<AppName, Summary>, app: AppName, row: Row): number | undefined {
  const summary = all.get(app);
  return summary ? (row.value(summary)?.median ?? undefined) : undefined;
}

/** Goal: within `factor` of the floor's median. */
const withinFloor =
  (factor: number, row: () => Row) =>
  (summary: Summary, all: Map<AppName, Summary>): { text: string; met: boolean } | undefined => {
    const floor = med(all, 'plain', row());
    const own = row().value(summary)?.median;
    if (floor === undefined || own === undefined) return undefined;
    return { text: ratio(own, floor), met: own <= factor * floor };
  };

/** Goal: no long task in any run at 1,000 fields (the worst run counts). */
const noLongTask =
  (value: (summary: Summary) => Spread) =>
  (summary: Summary): { text: string; met: boolean } | undefined =>
    summary.count >= 1000 ? { text: ms(value(summary).max), met: value(summary).max === 0 } : undefined;

const ROWS: Row[] = [];
const rowNamed = (label: string) => () => ROWS.find((row) => row.label === label) as Row;
ROWS.push(
  {
    label: 'mount (ms)',
    value: (s) => s.mount,
    unit: 'ms',
    goal: (summary, all) => {
      const floor = withinFloor(1.25, rowNamed('mount (ms)'))(summary, all);
      const peers = PEERS.map((peer) => all.get(peer)?.mount.median).filter(
        (v): v is number => v !== undefined,
      );
      if (!floor) return undefined;
      const belowPeers = peers.every((peer) => summary.mount.median < peer);
      return {
        text: `${floor.text}${peers.length ? (belowPeers ? ', below every peer' : ', NOT below every peer') : ''}`,
        met: floor.met && belowPeers,
      };
    },
  },
  { label: 'after mount until idle (ms)', value: (s) => s.toIdle, unit: 'ms' },
  { label: 'long tasks after mount until idle (ms)', value: (s) => s.idleLongTask, unit: 'ms' },
  {
    label: 'keystroke -> next frame, median (ms)',
    value: (s) => s.keyMedian,
    unit: 'ms',
    goal: withinFloor(1.1, rowNamed('keystroke -> next frame, median (ms)')),
  },
  {
    label: 'keystroke -> next frame, p95 (ms)',
    value: (s) => ({ median: s.keyP95, min: s.keyP95, max: s.keyP95 }),
    unit: 'ms',
  },
  {
    label: 'long tasks while typing 20 keys (ms)',
    value: (s) => s.typingLongTask,
    unit: 'ms',
    goal: noLongTask((s) => s.typingLongTask),
  },
  {
    label: 'last keystroke -> value in model (ms)',
    value: (s) => s.modelLag,
    unit: 'ms',
  },
  {
    label: 'long tasks after typing, deferred work (ms)',
    value: (s) => s.deferredLongTask,
    unit: 'ms',
  },
  {
    label: 'blur after typing -> next frame (ms)',
    value: (s) => s.blur,
    unit: 'ms',
    goal: withinFloor(1.1, rowNamed('blur after typing -> next frame (ms)')),
  },
  {
    label: 'long tasks on blur (ms)',
    value: (s) => s.blurLongTask,
    unit: 'ms',
    goal: noLongTask((s) => s.blurLongTask),
  },
  {
    label: 'submit empty form -> all errors shown (ms)',
    value: (s) => s.submit,
    unit: 'ms',
    goal: (summary, all) => {
      const floor = withinFloor(2, rowNamed('submit empty form -> all errors shown (ms)'))(summary, all);
      const peers = PEERS.map((peer) => all.get(peer)?.submit.median).filter(
        (v): v is number => v !== undefined,
      );
      if (!floor) return undefined;
      const fastest = Math.min(...peers);
      const fourTimes = peers.length === 0 || summary.submit.median * 4 <= fastest;
      return {
        text: `${floor.text}${peers.length ? `, ${(fastest / summary.submit.median).toFixed(1)}x faster than the fastest peer` : ''}`,
        met: floor.met && fourTimes,
      };
    },
  },
  { label: 'errors shown after submit', value: (s) => s.errors, unit: 'n' },
  { label: 'controls', value: (s) => s.controls, unit: 'n' },
  { label: 'JS heap after mount (MB)', value: (s) => s.heapMount, unit: 'MB' },
  {
    label: 'JS heap after mount and GC (MB)',
    value: (s) => s.heapGc,
    unit: 'MB',
    goal: (summary, all) => {
      const rjsf = all.get('rjsf')?.heapGc.median;
      if (rjsf === undefined) return undefined;
      return {
        text: `${ratio(summary.heapGc.median, rjsf)} of rjsf`,
        met: summary.heapGc.median <= rjsf / 2,
      };
    },
  },
);

const GOAL_TEXT: Record<string, string> = {
  'mount (ms)': '<= 1.25x floor, below every peer',
  'keystroke -> next frame, median (ms)': '<= 1.1x floor',
  'long tasks while typing 20 keys (ms)': 'none at 1,000 fields',
  'blur after typing -> next frame (ms)': '<= 1.1x floor',
  'long tasks on blur (ms)': 'none at 1,000 fields',
  'submit empty form -> all errors shown (ms)': '<= 2x floor, >= 4x faster than the fastest peer',
  'JS heap after mount and GC (MB)': '<= 0.5x rjsf',
};

function cell(spread: Spread | null, unit: Row['unit']): string {
  if (!spread) return 'on blur';
  const format = unit === 'MB' ? mb : unit === 'n' ? (v: number) => String(Math.round(v)) : ms;
  if (spread.min === spread.max) return format(spread.median);
  return `${format(spread.median)} (${format(spread.min)}–${format(spread.max)})`;
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_h, index) => (index === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** The goal cell of a row: each efa app's verdict. */
function goalCell(row: Row, all: Map<AppName, Summary>): string {
  if (!row.goal) return '';
  const verdicts = EFA.flatMap((app) => {
    const summary = all.get(app);
    const verdict = summary ? row.goal?.(summary, all) : undefined;
    return verdict
      ? [
          `${app === 'efa-compiled' ? 'compiled' : 'raw'}: ${verdict.met ? 'met' : 'NOT MET'} (${verdict.text})`,
        ]
      : [];
  });
  return verdicts.length
    ? `${GOAL_TEXT[row.label] ?? ''}: ${verdicts.join('; ')}`
    : (GOAL_TEXT[row.label] ?? '');
}

/** One size: medians (min–max), then the ratios to the floor and to efa-forms. */
function sizeTables(count: number, summaries: Summary[]): string[] {
  const all = new Map(summaries.map((summary) => [summary.app, summary]));
  const apps = summaries.map((summary) => summary.app);
  const runs = summaries[0]?.runs ?? 0;
  const lines = [
    `### ${count.toLocaleString('en-GB')} fields (medians of ${runs} runs, min–max in brackets)`,
    '',
  ];
  lines.push(
    ...table(
      ['', ...apps.map((app) => LABELS[app]), 'goal (issue 12)'],
      ROWS.map((row) => [
        row.label,
        ...summaries.map((s) => cell(row.value(s), row.unit)),
        goalCell(row, all),
      ]),
    ),
  );
  for (const [title, base] of [
    ['ratio to the floor', 'plain'],
    ['ratio to efa-forms compiled', REFERENCE],
  ] as const) {
    if (!all.has(base)) continue;
    lines.push('', `${title} (medians):`, '');
    lines.push(
      ...table(
        ['', ...apps.map((app) => LABELS[app])],
        ROWS.filter((row) => row.unit !== 'n').map((row) => [
          row.label,
          ...apps.map((app) => {
            const own = med(all, app, row);
            const reference = med(all, base, row);
            return own === undefined || reference === undefined ? 'on blur' : ratio(own, reference);
          }),
        ]),
      ),
    );
  }
  return lines;
}

/** The bundle table: min and min+gzip of JS and CSS, the ratio to efa-forms compiled, the largest parts. */
export function bundleTable(bundles: BundleSize[]): string[] {
  const total = (b: BundleSize) => b.js.gzip + b.css.gzip;
  const reference = bundles.find((b) => b.bundle === 'efa-compiled');
  const peers = bundles.filter((b) => !['plain', 'efa-compiled', 'efa-raw'].includes(b.bundle));
  const smallestPeer = peers.length ? Math.min(...peers.map(total)) : undefined;
  const lines = table(
    [
      'bundle',
      'JS min (KB)',
      'JS min+gzip (KB)',
      'CSS min (KB)',
      'CSS min+gzip (KB)',
      'JS+CSS min+gzip (KB)',
      'x efa compiled',
      'largest contributors to the JS (min KB)',
    ],
    bundles.map((b) => [
      b.bundle,
      kb(b.js.min),
      kb(b.js.gzip),
      kb(b.css.min),
      kb(b.css.gzip),
      kb(total(b)),
      reference ? ratio(total(b), total(reference)) : '–',
      b.contributors.map((c) => `${c.name} ${kb(c.bytes)}`).join(', ') + (b.note ? ` (${b.note})` : ''),
    ]),
  );
  if (reference) {
    const size = total(reference);
    const fifth = smallestPeer === undefined || size <= smallestPeer / 5;
    lines.push(
      '',
      `Goal: compiled-service page <= 30 KB min+gzip and a fifth of the smallest peer: ${size <= 30 * 1024 && fifth ? 'met' : 'NOT MET'} (${kb(size)} KB${smallestPeer === undefined ? '' : `, ${(smallestPeer / size).toFixed(1)}x smaller than the smallest peer`}).`,
    );
  }
  return lines;
}

/** The form each app is given, per size: loaded with the page, not part of the runtime bundle. */
export function inputTable(inputs: InputSize[]): string[] {
  const sizes = [...new Set(inputs.map((input) => input.count))];
  const apps = [...new Set(inputs.map((input) => input.app))];
  return table(
    ['form input, min+gzip (KB)', ...sizes.map((count) => `${count.toLocaleString('en-GB')} fields`)],
    apps.map((app) => [
      LABELS[app],
      ...sizes.map((count) => {
        const input = inputs.find((i) => i.app === app && i.count === count);
        return input ? kb(input.gzip) : '–';
      }),
    ]),
  );
}

/** Every render and bundle table of a run, with its mismatches. */
export function renderTables(result: RenderResult): string[] {
  const lines: string[] = ['## Rendering in Chromium', ''];
  const sizes = [...new Set(result.summaries.map((s) => s.count))];
  for (const count of sizes)
    lines.push(
      ...sizeTables(
        count,
        result.summaries.filter((s) => s.count === count),
      ),
      '',
    );
  lines.push('## Same work? (mismatches)', '');
  lines.push(...(result.mismatches.length ? result.mismatches.map((m) => `- ${m}`) : ['- none']), '');
  lines.push(
    '## Bundle size (whole runtime of each app, esbuild production build)',
    '',
    ...bundleTable(result.bundles),
    '',
  );
  if (result.inputs.length)
    lines.push(
      'The form itself, as each app gets it (efa compiled: the module `efa compile` wrote, with its validators):',
      '',
      ...inputTable(result.inputs),
      '',
    );
  return lines;
}
