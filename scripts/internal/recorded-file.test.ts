import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changedCases, describeChange, recordedText } from './recorded-file.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'efa-recorded-'));
  dirs.push(dir);
  return dir;
};

describe('recorded files', () => {
  it('without update, gives the recorded text and writes nothing', () => {
    const file = join(scratch(), 'a.xml');
    writeFileSync(file, 'old\n');
    expect(recordedText(file, 'new\n', false)).toBe('old\n');
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(recordedText(join(scratch(), 'missing.xml'), 'x', false)).toBeUndefined();
  });

  it('with update, rewrites and says what changed', () => {
    const file = join(scratch(), 'nested', 'a.xml');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(recordedText(file, '<a>\n  <b>1</b>\n</a>\n', true)).toBe('<a>\n  <b>1</b>\n</a>\n');
    expect(String(stderr.mock.calls[0]?.[0])).toMatch(/re-recorded .*a\.xml: new file, 4 lines/);
    recordedText(file, '<a>\n  <b>2</b>\n</a>\n', true);
    expect(String(stderr.mock.calls[1]?.[0])).toMatch(/\+1 -1 lines, first change at line 2: "<b>2<\/b>"/);
    recordedText(file, '<a>\n  <b>2</b>\n</a>\n', true);
    expect(stderr).toHaveBeenCalledTimes(2);
  });

  it('describes added, removed and changed lines', () => {
    expect(describeChange('a\nb\nc', 'a\nb\nc\nd')).toBe('+1 -0 lines, first change at line 4: "d"');
    expect(describeChange('a\nb\nc', 'a\nc')).toBe('+0 -1 lines, first change at line 2: "c"');
  });

  it('names the cases whose result changed', () => {
    const before = [
      { name: 'a', valid: true },
      { name: 'b', valid: false },
      { name: 'c', valid: true },
    ];
    const after = [
      { name: 'a', valid: true },
      { name: 'b', valid: true },
      { name: 'd', valid: true },
    ];
    expect(changedCases(before, after)).toEqual(['b', 'c', 'd']);
  });
});
