import { joinPointer } from '@efa-forms/core';

/** A place in a text: 1-based line and column (in characters). */
export interface Position {
  line: number;
  column: number;
}

/** JSON text that does not parse, with where. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

/**
 * Parses JSON text and records where each value starts, by JSON Pointer, so a problem at
 * `/schema/properties/x` can be shown as `file:line:column`. Throws `JsonSyntaxError` with the
 * line and column of the first mistake.
 */
export function parseJsonWithPositions(text: string): { value: unknown; positions: Map<string, number> } {
  const positions = new Map<string, number>();
  let at = 0;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, positionAt(text, at));
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at] as string)) at++;
  };
  const string = (): string => {
    const start = at;
    at++; // opening quote
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\\') at++;
      else if ((text.codePointAt(at) as number) < 0x20) fail('Control character in a string');
      at++;
    }
    if (at >= text.length) fail('Unterminated string');
    at++;
    try {
      return JSON.parse(text.slice(start, at)) as string;
    } catch {
      at = start;
      return fail('Invalid escape in a string');
    }
  };
  const value = (pointer: string, depth: number): void => {
    if (depth > 512) fail('Nested too deeply');
    space();
    positions.set(pointer, at);
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') {
        at++;
        return;
      }
      for (;;) {
        space();
        if (text[at] !== '"') fail('Expected a property name in double quotes');
        const key = string();
        space();
        if (text[at] !== ':') fail('Expected ":" after a property name');
        at++;
        value(joinPointer(pointer, key), depth + 1);
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === '}') {
          at++;
          return;
        }
        fail('Expected "," or "}" after a property value');
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text[at] === ']') {
        at++;
        return;
      }
      for (let index = 0; ; index++) {
        value(joinPointer(pointer, index), depth + 1);
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === ']') {
          at++;
          return;
        }
        fail('Expected "," or "]" after an array item');
      }
    }
    if (char === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(at, at + 400),
    );
    if (!literal)
      fail(at >= text.length ? 'Unexpected end of the text' : `Unexpected character "${text[at]}"`);
    at += (literal as RegExpExecArray)[0].length;
  };
  if (text.charCodeAt(0) === 0xfeff) at = 1; // a byte order mark, as editors on Windows write it
  value('', 0);
  space();
  if (at < text.length) fail('Unexpected text after the JSON value');
  return { value: JSON.parse(text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0)) as unknown, positions };
}

/** Line and column of a character offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

/** Where a pointer's value starts; for a place that does not exist (a missing property), its nearest parent. */
export function positionOf(text: string, positions: Map<string, number>, pointer: string): Position {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const offset = positions.get(current);
    if (offset !== undefined) return positionAt(text, offset);
    if (current === '') return { line: 1, column: 1 };
  }
}
