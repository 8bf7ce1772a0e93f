/**
 * Lexicographic order of field positions (property index per level, array index for items), a field
 * before its own children: `[2]` before `[2, 0]` before `[2, 1]` before `[3]`. Errors and review rows
 * sort by it so they read in the order the form shows the fields.
 */
export function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
