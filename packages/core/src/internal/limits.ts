import { firstInvalidXmlChar, mayHaveInvalidXmlChar } from '../formats/xml-chars.js';
import { joinPointer } from '../pointer.js';

/** Bounds for data from untrusted sources; far above any real form, far below what hurts a server. */
export interface DataLimits {
  /** Nesting depth of objects and arrays. */
  maxDepth: number;
  /** Number of values (objects, arrays, primitives) in total. */
  maxNodes: number;
  /** Length of one string, in UTF-16 code units. */
  maxStringLength: number;
  /** Entries of one array (ajv's `uniqueItems` is quadratic in it). */
  maxArrayLength: number;
  /** Errors reported; beyond them one `limit` error says there are more. */
  maxErrors: number;
}

export const DEFAULT_DATA_LIMITS: DataLimits = {
  maxDepth: 64,
  maxNodes: 200_000,
  maxStringLength: 10_000_000,
  maxArrayLength: 10_000,
  maxErrors: 200,
};

/** Which limit the data exceeds, and its value. */
export interface ExceededLimit {
  limit: keyof DataLimits;
  max: number;
}

/** What one pass over the data found. */
export interface DataScan {
  /** The limit the data exceeds, if it does. */
  tooLarge?: ExceededLimit;
  /** Pointers and 0-based positions of characters XML 1.0 cannot carry (only when asked for). */
  xmlChars: { pointer: string; position: number }[];
}

/** The outcome of `measureShape`. */
export interface ShapeScan {
  exceeded?: ExceededLimit;
  /** A string holds a character XML 1.0 may not carry (surrogate pairs included: confirm precisely). */
  suspectXml: boolean;
}

/**
 * The shape limits (depth, values, array length), measured before ajv sees the data, and, in the
 * same pass, whether a string may hold a character XML cannot carry. No allocations per value, so
 * its cost is a fraction of validation's. Safe recursion: it stops at `maxDepth`.
 */
export function measureShape(value: unknown, limits: DataLimits, checkXml: boolean): ShapeScan {
  const state: ShapeState = { limits, checkXml, nodes: 0, scan: { suspectXml: false } };
  measureChild(value, -1, state);
  return state.scan;
}

interface ShapeState {
  limits: DataLimits;
  checkXml: boolean;
  nodes: number;
  scan: ShapeScan;
}

// Module-level functions and one state object: no closures or arrays allocated per call.
function measureChild(item: unknown, depth: number, state: ShapeState): boolean {
  if (++state.nodes > state.limits.maxNodes) return exceed(state, 'maxNodes');
  if (typeof item === 'string') {
    if (state.checkXml && !state.scan.suspectXml && mayHaveInvalidXmlChar(item)) state.scan.suspectXml = true;
    return true;
  }
  if (typeof item !== 'object' || item === null) return true;
  if (depth + 1 >= state.limits.maxDepth) return exceed(state, 'maxDepth');
  if (Array.isArray(item)) {
    if (item.length > state.limits.maxArrayLength) return exceed(state, 'maxArrayLength');
    for (let index = 0; index < item.length; index++)
      if (!measureChild(item[index], depth + 1, state)) return false;
    return true;
  }
  // Object.keys and an index loop: faster than for-in with hasOwnProperty on V8.
  const keys = Object.keys(item);
  for (let index = 0; index < keys.length; index++) {
    if (!measureChild((item as Record<string, unknown>)[keys[index] as string], depth + 1, state))
      return false;
  }
  return true;
}

function exceed(state: ShapeState, limit: 'maxNodes' | 'maxDepth' | 'maxArrayLength'): false {
  state.scan.exceeded = { limit, max: state.limits[limit] };
  return false;
}

/** The shape limit `value` exceeds, if any. */
export function exceedsShapeLimits(value: unknown, limits: DataLimits): ExceededLimit | undefined {
  // Stryker disable next-line BooleanLiteral: the XML check only sets `suspectXml`, never what is exceeded
  return measureShape(value, limits, false).exceeded;
}

/**
 * One fast pass over the data for the limits (and whether any string has a character XML cannot
 * carry); a second, slower pass that builds pointers runs only when such a character exists.
 * Recursion is safe: it stops at `maxDepth`, so hostile nesting cannot overflow the stack.
 */
export function scanData(value: unknown, limits: DataLimits, checkXmlChars: boolean): DataScan {
  const state = { nodes: 0, tooLarge: undefined as ExceededLimit | undefined, badXml: false };
  measureNode(value, 0, limits, checkXmlChars, state);
  if (state.tooLarge !== undefined) return { tooLarge: state.tooLarge, xmlChars: [] };
  const xmlChars: DataScan['xmlChars'] = [];
  if (state.badXml) collectXmlChars(value, '', xmlChars);
  return { xmlChars };
}

function measureNode(
  node: unknown,
  depth: number,
  limits: DataLimits,
  checkXmlChars: boolean,
  state: { nodes: number; tooLarge: ExceededLimit | undefined; badXml: boolean },
): boolean {
  if (++state.nodes > limits.maxNodes) return fail(state, { limit: 'maxNodes', max: limits.maxNodes });
  if (typeof node === 'string') {
    if (node.length > limits.maxStringLength)
      return fail(state, { limit: 'maxStringLength', max: limits.maxStringLength });
    // Stryker disable next-line ConditionalExpression: once one is found, checking more strings finds nothing new
    if (checkXmlChars && !state.badXml && firstInvalidXmlChar(node) >= 0) state.badXml = true;
    return true;
  }
  if (typeof node !== 'object' || node === null) return true;
  if (depth >= limits.maxDepth) return fail(state, { limit: 'maxDepth', max: limits.maxDepth });
  const children = Array.isArray(node) ? node : Object.values(node);
  for (let index = 0; index < children.length; index++) {
    if (!measureNode(children[index], depth + 1, limits, checkXmlChars, state)) return false;
  }
  return true;
}

function fail(state: { tooLarge: ExceededLimit | undefined }, exceeded: ExceededLimit): false {
  state.tooLarge = exceeded;
  return false;
}

/** Only runs on data already measured, so its depth is bounded. */
function collectXmlChars(node: unknown, pointer: string, out: DataScan['xmlChars']): void {
  if (typeof node === 'string') {
    const position = firstInvalidXmlChar(node);
    if (position >= 0) out.push({ pointer, position });
  } else if (Array.isArray(node))
    node.forEach((item, index) => collectXmlChars(item, joinPointer(pointer, index), out));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, item] of Object.entries(node)) collectXmlChars(item, joinPointer(pointer, key), out);
  }
}

/** Why `value` exceeds the limits, in English for developers, or `undefined`. */
export function exceedsLimits(value: unknown, limits: DataLimits = DEFAULT_DATA_LIMITS): string | undefined {
  // Stryker disable next-line BooleanLiteral: the XML check only collects characters, never what is too large
  const exceeded = scanData(value, limits, false).tooLarge;
  if (!exceeded) return undefined;
  const what = {
    maxDepth: 'nested deeper than',
    maxNodes: 'more values than',
    maxStringLength: 'a text longer than',
    // Stryker disable next-line StringLiteral: `scanData` measures no list (`measureShape` does, before ajv)
    maxArrayLength: 'a list longer than',
    // Stryker disable next-line StringLiteral: only a validation counts errors
    maxErrors: 'more errors than',
  }[exceeded.limit];
  return `${what} ${exceeded.max}`;
}
