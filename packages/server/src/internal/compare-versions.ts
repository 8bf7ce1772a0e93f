/**
 * Orders semantic versions (`1.10.0` after `1.9.2`; a pre-release such as `2.0.0-rc.1` before
 * `2.0.0`). Build metadata is ignored. Not a full semver implementation: enough to pick the newest
 * of the versions a server is given.
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.split('+')[0]?.split(/-(.*)/s) ?? [];
  const [coreB = '', preB] = b.split('+')[0]?.split(/-(.*)/s) ?? [];
  const difference = compareParts(coreA.split('.'), coreB.split('.'));
  if (difference !== 0) return difference;
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  return compareParts(preA.split('.'), preB.split('.'));
}

function compareParts(a: string[], b: string[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const left = a[index];
    const right = b[index];
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    const numeric = /^\d+$/.test(left) && /^\d+$/.test(right);
    const difference = numeric ? Number(left) - Number(right) : left < right ? -1 : left > right ? 1 : 0;
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
