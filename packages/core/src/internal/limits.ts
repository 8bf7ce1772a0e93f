import { firstInvalidXmlChar } from '../formats/xml-chars.js';
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

/**
 * The shape limits (depth, values, array length), measured before ajv sees the data: containers
 * only, so its cost is a fraction of validation's. Safe recursion: it stops at `maxDepth`.
 */
export function exceedsShapeLimits(value: unknown, limits: DataLimits): ExceededLimit | undefined {
  let nodes = 0;
  const visit = (node: object, depth: number): ExceededLimit | undefined => {
    if (depth >= limits.maxDepth) return { limit: 'maxDepth', max: limits.maxDepth };
    const children = Array.isArray(node) ? node : Object.values(node);
    if (Array.isArray(node) && node.length > limits.maxArrayLength)
      return { limit: 'maxArrayLength', max: limits.maxArrayLength };
    nodes += children.length;
    if (nodes > limits.maxNodes) return { limit: 'maxNodes', max: limits.maxNodes };
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (typeof child === 'object' && child !== null) {
        const exceeded = visit(child, depth + 1);
        if (exceeded) return exceeded;
      }
    }
    return undefined;
  };
  return typeof value === 'object' && value !== null ? visit(value, 0) : undefined;
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

/**
 * In the JSON text of the data, what may be a character XML cannot carry: JSON.stringify writes C0
 * controls as `\u00XX` (`\b`, `\f` for two of them) and lone surrogates as `\udXXX`; U+FFFE/U+FFFF
 * stay raw. A match can be a false alarm (a literal backslash before "b"); the precise scan decides.
 */
const MAYBE_NOT_XML = /\\u00(0[0-8bcef]|1[0-9a-f])|\\[bf]|\\ud[89a-f]|[\uFFFE\uFFFF]/i;

/** Whether data that ajv already bounded (valid data) may hold a character XML cannot carry. */
export function mayHaveXmlIllegalChars(value: unknown): boolean {
  try {
    return MAYBE_NOT_XML.test(JSON.stringify(value) ?? '');
  } catch {
    return true;
  }
}

/** Why `value` exceeds the limits, in English for developers, or `undefined`. */
export function exceedsLimits(value: unknown, limits: DataLimits = DEFAULT_DATA_LIMITS): string | undefined {
  const exceeded = scanData(value, limits, false).tooLarge;
  if (!exceeded) return undefined;
  const what = {
    maxDepth: 'nested deeper than',
    maxNodes: 'more values than',
    maxStringLength: 'a text longer than',
    maxArrayLength: 'a list longer than',
    maxErrors: 'more errors than',
  }[exceeded.limit];
  return `${what} ${exceeded.max}`;
}
