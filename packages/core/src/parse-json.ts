/** The outcome of `parseJson`: the value, or where and why the text is not JSON. */
export type ParseJsonResult =
  { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/**
 * `JSON.parse` whose error names line and column (Node's messages often give neither), for JSON
 * from people and untrusted clients (definition files, request bodies). Never throws.
 *
 * @returns `{ok: true, value}`, or `{ok: false, message, line, column}` with 1-based line and column
 */
export function parseJson(text: string): ParseJsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const offset = syntaxErrorOffset(text);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const reason =
      error instanceof Error && /too deep|stack/i.test(error.message)
        ? 'nested too deeply'
        : unexpected(text, offset);
    return { ok: false, message: reason, line, column };
  }
}

/** What the scanner stopped at, said so that a person sees it (a line break or tab shows as nothing). */
function unexpected(text: string, offset: number): string {
  if (offset >= text.length) return 'unexpected end of input';
  const code = text.charCodeAt(offset);
  // Whitespace outside strings is skipped, so a control character here is raw inside a string (or stray).
  if (code === 0x0a || code === 0x0d) return 'unexpected line break inside a string (write it as \\n)';
  if (code < 0x20)
    return `unexpected control character U+${code.toString(16).toUpperCase().padStart(4, '0')} (write it as an escape, e.g. \\t or \\u0001)`;
  return `unexpected "${text.slice(offset, offset + 10).split('\n')[0]}"`;
}

/**
 * The offset of the first JSON syntax error. An iterative scanner (no recursion, so hostile nesting
 * cannot overflow the stack); it only runs after JSON.parse has already failed.
 */
function syntaxErrorOffset(text: string): number {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const skipSpace = () => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end text[i] is undefined, which ' \t\n\r'.includes rejects too, so the bound only makes the loop's end explicit
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const scanString = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const char = text.charCodeAt(i);
      if (char === 0x22) return (i++, true);
      if (char < 0x20) return false;
      if (char === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          // Sticky: exactly the four characters after `\u` (no anchors a slice would make redundant).
          const hex = /[0-9a-fA-F]{4}/y;
          hex.lastIndex = i + 2;
          if (!hex.test(text)) return ((i += 2), false);
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return (i++, false);
      } else i++;
    }
    // Stryker disable next-line BooleanLiteral: the loop ends only at the end of the text, where every caller then fails on the missing next character at the same offset
    return false;
  };
  const scanValue = (): 'open' | boolean => {
    skipSpace();
    const char = text[i];
    if (char === '{' || char === '[') {
      stack.push(char);
      i++;
      return 'open';
    }
    if (char === '"') return scanString();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) return false;
    i += literal[0].length;
    return true;
  };
  // expecting: 'value' | 'key' | 'after' (after a value inside a container)
  let expecting: 'value' | 'key-or-close' | 'value-or-close' | 'after' = 'value';
  for (;;) {
    skipSpace();
    const closes =
      (expecting === 'key-or-close' && text[i] === '}') ||
      (expecting === 'value-or-close' && text[i] === ']');
    if (closes) {
      stack.pop();
      i++;
      expecting = 'after';
      continue;
    }
    if (expecting === 'key-or-close') {
      if (!scanString()) return i;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      expecting = 'value';
      continue;
    }
    if (expecting === 'value' || expecting === 'value-or-close') {
      const result = scanValue();
      if (result === false) return i;
      expecting =
        result === 'open' ? (stack[stack.length - 1] === '{' ? 'key-or-close' : 'value-or-close') : 'after';
      continue;
    }
    // after a value
    const top = stack[stack.length - 1];
    if (top === undefined) return i;
    if (text[i] === ',') {
      i++;
      skipSpace();
      if (top === '{') {
        if (!scanString()) return i;
        skipSpace();
        if (text[i] !== ':') return i;
        i++;
      }
      expecting = 'value';
    } else if ((top === '{' && text[i] === '}') || (top === '[' && text[i] === ']')) {
      stack.pop();
      i++;
    } else return i;
  }
}
