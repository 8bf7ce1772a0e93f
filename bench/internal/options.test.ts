import { describe, expect, it } from 'vitest';
import { APPS } from './apps.js';
import { PARTS, RUNS, SIZES, parseOptions } from './options.js';

describe('npm run bench options', () => {
  it('defaults to every app, part and size', () => {
    expect(parseOptions([])).toEqual({ apps: [...APPS], sizes: SIZES, runs: RUNS, parts: [...PARTS] });
  });

  it('selects a subset', () => {
    expect(
      parseOptions(['--apps', 'plain,rjsf', '--n', '50', '--runs', '1', '--only', 'render', '--out', 'x']),
    ).toEqual({
      apps: ['plain', 'rjsf'],
      sizes: [50],
      runs: 1,
      parts: ['render'],
      out: 'x',
    });
  });

  it('names the flag and what it accepts', () => {
    expect(() => parseOptions(['--apps', 'angular'])).toThrow('--apps: unknown app "angular"; known: plain,');
    expect(() => parseOptions(['--n', '5'])).toThrow('--n: "5" is not a whole number from 10 to 5000');
    expect(() => parseOptions(['--runs', '0'])).toThrow('--runs: "0" is not a whole number >= 1');
    expect(() => parseOptions(['--runs'])).toThrow('--runs needs a value');
    expect(() => parseOptions(['--only', 'speed'])).toThrow('--only: unknown part "speed"');
    expect(() => parseOptions(['--fast'])).toThrow('unknown option --fast');
  });
});
