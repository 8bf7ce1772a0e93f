/**
 * Recorded expectations (golden XML and XSD files, the validation corpus' results): compared in every
 * run, rewritten only on request (`UPDATE_GOLDEN=1`, `UPDATE_CORPUS=1`). A re-record is a change to
 * review like code: it prints what changed, so nobody re-records to make a red test green unseen.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/**
 * The recorded text of `file`. With `update`, first writes `actual` there and prints a summary of the
 * change on stderr (nothing when the text is the same).
 */
export function recordedText(file: string, actual: string, update: boolean): string | undefined {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (update && before !== actual) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    process.stderr.write(`re-recorded ${relative(process.cwd(), file)}: ${describeChange(before, actual)}\n`);
    return actual;
  }
  return before;
}

/** A one-line account of how `after` differs from `before`, line by line. */
export function describeChange(before: string | undefined, after: string): string {
  if (before === undefined) return `new file, ${lines(after).length} lines`;
  const old = lines(before);
  const now = lines(after);
  const first = now.findIndex((line, index) => line !== old[index]);
  const removed = countMissing(old, now);
  const added = countMissing(now, old);
  const at = first < 0 ? old.length + 1 : first + 1;
  return `+${added} -${removed} lines, first change at line ${at}: ${JSON.stringify((now[at - 1] ?? '').trim().slice(0, 80))}`;
}

/** Names of the cases whose recorded result differs (added, removed or changed), for keyed records. */
export function changedCases(
  before: ReadonlyArray<{ name: string }>,
  after: ReadonlyArray<{ name: string }>,
): string[] {
  const old = new Map(before.map((entry) => [entry.name, JSON.stringify(entry)]));
  const now = new Map(after.map((entry) => [entry.name, JSON.stringify(entry)]));
  const names = new Set([...old.keys(), ...now.keys()]);
  return [...names].filter((name) => old.get(name) !== now.get(name));
}

const lines = (text: string): string[] => text.split('\n');

/** How many lines of `a` have no counterpart in `b` (as multisets). */
function countMissing(a: string[], b: string[]): number {
  const left = new Map<string, number>();
  for (const line of b) left.set(line, (left.get(line) ?? 0) + 1);
  let missing = 0;
  for (const line of a) {
    const count = left.get(line) ?? 0;
    if (count === 0) missing++;
    else left.set(line, count - 1);
  }
  return missing;
}
