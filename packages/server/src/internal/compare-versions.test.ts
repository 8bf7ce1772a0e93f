import { describe, expect, it } from 'vitest';
import { compareVersions } from './compare-versions.js';

describe('compareVersions', () => {
  it('orders numerically, pre-releases before their release, build metadata ignored', () => {
    const sorted = ['0.9.0', '1.0.0-rc.1', '1.0.0-rc.2', '1.0.0', '1.2.0', '1.10.0', '2.0.0'];
    expect([...sorted].reverse().sort(compareVersions)).toEqual(sorted);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });
});
