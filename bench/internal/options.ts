// The command line of npm run bench and bench:render: `--apps a,b --n 50,200 --runs 3 --only render,bundle --out dir`.
import { APPS, type AppName } from './apps.js';

export const SIZES = [50, 200, 1000];
export const RUNS = 7;
export const PARTS = ['render', 'bundle', 'core', 'xml', 'intake'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  apps: AppName[];
  sizes: number[];
  runs: number;
  parts: Part[];
  /** Folder for latest.md and latest.json (default bench/results). */
  out?: string;
}

/** Parses the flags; throws an Error naming the flag and what it accepts. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const known = new Set(['--apps', '--n', '--runs', '--only', '--out']);
  for (const arg of argv)
    if (arg.startsWith('--') && !known.has(arg))
      throw new Error(`unknown option ${arg}; known: ${[...known].join(', ')}`);
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    if (index < 0) return undefined;
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
    return next;
  };
  const list = (flag: string): string[] | undefined => value(flag)?.split(',').filter(Boolean);
  const apps = list('--apps') ?? [...APPS];
  for (const app of apps)
    if (!(APPS as readonly string[]).includes(app))
      throw new Error(`--apps: unknown app "${app}"; known: ${APPS.join(', ')}`);
  const sizes = list('--n')?.map(Number) ?? SIZES;
  for (const size of sizes)
    if (!Number.isInteger(size) || size < 10 || size > 5000)
      throw new Error(`--n: "${size}" is not a whole number from 10 to 5000`);
  const runsText = value('--runs');
  const runs = runsText === undefined ? RUNS : Number(runsText);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs: "${runsText}" is not a whole number >= 1`);
  const parts = list('--only') ?? [...PARTS];
  for (const part of parts)
    if (!(PARTS as readonly string[]).includes(part))
      throw new Error(`--only: unknown part "${part}"; known: ${PARTS.join(', ')}`);
  const out = value('--out');
  return { apps: apps as AppName[], sizes, runs, parts: parts as Part[], ...(out ? { out } : {}) };
}
