/** Bounds for data from untrusted sources; far above any real form, far below what hurts a server. */
export interface DataLimits {
  /** Nesting depth of objects and arrays. */
  maxDepth: number;
  /** Number of values (objects, arrays, primitives) in total. */
  maxNodes: number;
  /** Length of one string, in UTF-16 code units. */
  maxStringLength: number;
}

export const DEFAULT_DATA_LIMITS: DataLimits = {
  maxDepth: 64,
  maxNodes: 200_000,
  maxStringLength: 10_000_000,
};

/**
 * Why `value` exceeds the limits, or `undefined`. Iterative, so a hostile nesting depth cannot
 * overflow the stack before it is measured.
 */
export function exceedsLimits(value: unknown, limits: DataLimits = DEFAULT_DATA_LIMITS): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (++nodes > limits.maxNodes) return `more than ${limits.maxNodes} values`;
    if (typeof node === 'string' && node.length > limits.maxStringLength) {
      return `a text longer than ${limits.maxStringLength} characters`;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limits.maxDepth) return `nested deeper than ${limits.maxDepth} levels`;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return undefined;
}
