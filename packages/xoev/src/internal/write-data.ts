import { formatPointer, isPlainObject, firstInvalidXmlChar } from '@efa-forms/core';
import { XmlValueError } from '../xml-error.js';
import {
  dateLexical,
  dateTimeLexical,
  decimalLexical,
  integerLexical,
  isBase64,
  timeLexical,
} from './lexical.js';
import { checkXmlChars } from './xml-tree.js';
import type { ArrayNode, CodeNode, EnumNode, EnumOption, Node, ObjectNode, Tags } from './xml-plan.js';

/** A path into the data, built as a linked list and turned into a JSON Pointer only for an error. */
interface Path {
  parent: Path | undefined;
  token: string | number;
}

/** JSON Pointer of a path (core's `formatPointer`). */
function pointerOf(path: Path | undefined): string {
  const tokens: (string | number)[] = [];
  for (let at = path; at; at = at.parent) tokens.push(at.token);
  return formatPointer(tokens.reverse());
}

/**
 * Where `writeData` puts the elements it decides on: the message text (`TextSink`, behind `toXml`) or
 * an xml-js tree (`ElementSink`, behind `toXmlElement`). A sink only formats; which element a value
 * becomes, its lexical form and every error are `writeData`'s, so both outputs say the same.
 */
export interface XmlSink {
  /**
   * An element holding text (`''` writes an empty element). The text is checked for characters XML
   * cannot carry; `plain` says it has none that need escaping either (`&`, `<`, `>`, CR).
   */
  leaf(tags: Tags, text: string, plain: boolean, depth: number): void;
  /** The start of an element with element content (an object, a nested array) at `depth`. */
  open(tags: Tags, depth: number): void;
  /** The end of the element `open` started; one that got no child is written empty. */
  close(tags: Tags, depth: number): void;
  /** A code list value: the element with `listURI`/`listVersionID`, its `code` and optional `name` (checked). */
  code(tags: Tags, node: CodeNode, chosen: EnumOption, depth: number): void;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Characters that need escaping or checking; most values have none and are written as they are. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ATTENTION = /[&<>\r\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Options whose texts were checked once (a message repeats few codes). */
const checkedOptions = new WeakSet<EnumOption>();

/**
 * Writes the properties of an object into `sink`, in schema order, each as the element(s) of its plan
 * node: the one per-kind switch of the XML serialiser. The data must be pruned and valid; what XML still
 * cannot carry (characters outside XML 1.0, year 0000, leap seconds, malformed base64, keys without a
 * property) throws `XmlValueError {pointer}`.
 */
export function writeData(
  sink: XmlSink,
  node: ObjectNode,
  value: Record<string, unknown>,
  depth: number,
): void {
  writeObject(sink, node, value, undefined, depth);
}

function writeObject(
  sink: XmlSink,
  node: ObjectNode,
  value: Record<string, unknown>,
  path: Path | undefined,
  depth: number,
): void {
  let matched = 0;
  for (const property of node.properties) {
    if (!hasOwn.call(value, property.name)) continue;
    matched++;
    const child = value[property.name];
    if (child === undefined) continue;
    if (property.node.kind === 'array') {
      if (!Array.isArray(child)) typeError({ parent: path, token: property.name }, 'an array');
      const items = property.node.items;
      const arrayPath: Path = { parent: path, token: property.name };
      for (let index = 0; index < child.length; index++) {
        writeValue(sink, property.tags, items, child[index], arrayPath, index, depth);
      }
    } else writeValue(sink, property.tags, property.node, child, path, property.name, depth);
  }
  if (matched !== countKeys(value)) unknownKey(node, value, path);
}

/** One element for one value; `parent` and `token` locate the value for error pointers. */
function writeValue(
  sink: XmlSink,
  tags: Tags,
  node: Node,
  value: unknown,
  parent: Path | undefined,
  token: string | number,
  depth: number,
): void {
  switch (node.kind) {
    case 'object': {
      if (!isPlainObject(value)) typeError({ parent, token }, 'an object');
      sink.open(tags, depth);
      writeObject(sink, node, value, { parent, token }, depth + 1);
      return sink.close(tags, depth);
    }
    case 'array':
      return nestedArray(sink, tags, node, value, { parent, token }, depth);
    case 'string':
      if (typeof value !== 'string') typeError({ parent, token }, 'a string');
      return text(sink, tags, value, parent, token, depth);
    case 'date':
    case 'dateTime':
    case 'time': {
      if (typeof value !== 'string') typeError({ parent, token }, 'a string');
      const lexical =
        node.kind === 'date'
          ? dateLexical(value)
          : node.kind === 'time'
            ? timeLexical(value)
            : dateTimeLexical(value);
      if (typeof lexical !== 'string') {
        const pointer = pointerOf({ parent, token });
        throw new XmlValueError(
          `efa-forms: the value at "${pointer}" cannot be written as xs:${node.kind}: ${lexical.problem}`,
          { pointer },
        );
      }
      // Stryker disable next-line BooleanLiteral: the date, time or dateTime lexical form has no character that needs escaping (& < > CR), so escaping it gives the same text
      return sink.leaf(tags, lexical, true, depth);
    }
    case 'base64':
      if (typeof value !== 'string') typeError({ parent, token }, 'a string');
      if (!isBase64(value)) {
        const pointer = pointerOf({ parent, token });
        throw new XmlValueError(`efa-forms: the value at "${pointer}" is not base64 (xs:base64Binary)`, {
          pointer,
        });
      }
      // Stryker disable next-line BooleanLiteral: checked base64 has no character that needs escaping (& < > CR), so escaping it gives the same text
      return sink.leaf(tags, value, true, depth);
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) typeError({ parent, token }, 'an integer');
      // Stryker disable next-line BooleanLiteral: an integer lexical form has no character that needs escaping (& < > CR), so escaping it gives the same text
      return sink.leaf(tags, integerLexical(value), true, depth);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) typeError({ parent, token }, 'a number');
      // Stryker disable next-line BooleanLiteral: a decimal lexical form has no character that needs escaping (& < > CR), so escaping it gives the same text
      return sink.leaf(tags, decimalLexical(value), true, depth);
    case 'boolean':
      if (typeof value !== 'boolean') typeError({ parent, token }, 'a boolean');
      // Stryker disable next-line BooleanLiteral: 'true' or 'false' has no character that needs escaping (& < > CR), so escaping it gives the same text
      return sink.leaf(tags, value ? 'true' : 'false', true, depth);
    case 'enum':
      return text(sink, tags, option(node, value, parent, token).lexical, parent, token, depth);
    case 'code': {
      const chosen = option(node, value, parent, token);
      // Stryker disable next-line ConditionalExpression: checking an option again finds it as valid as the first time; the set only spares the work
      if (!checkedOptions.has(chosen)) {
        check(chosen.lexical, parent, token);
        if (chosen.title !== undefined) check(chosen.title, parent, token);
        checkedOptions.add(chosen);
      }
      return sink.code(tags, node, chosen, depth);
    }
  }
}

function nestedArray(
  sink: XmlSink,
  tags: Tags,
  node: ArrayNode,
  value: unknown,
  path: Path,
  depth: number,
): void {
  if (!Array.isArray(value)) typeError(path, 'an array');
  sink.open(tags, depth);
  for (let index = 0; index < value.length; index++) {
    writeValue(sink, node.itemTags, node.items, value[index], path, index, depth + 1);
  }
  sink.close(tags, depth);
}

function countKeys(value: Record<string, unknown>): number {
  let count = 0;
  for (const key in value) if (hasOwn.call(value, key)) count++;
  return count;
}

function option(
  node: EnumNode | CodeNode,
  value: unknown,
  parent: Path | undefined,
  token: string | number,
): EnumOption {
  for (const candidate of node.options) if (candidate.value === value) return candidate;
  const pointer = pointerOf({ parent, token });
  throw new XmlValueError(`efa-forms: the value at "${pointer}" is not one of the options`, { pointer });
}

/** A text value: checked, and marked plain when it needs no escaping (the common case, one regex test). */
function text(
  sink: XmlSink,
  tags: Tags,
  value: string,
  parent: Path | undefined,
  token: string | number,
  depth: number,
): void {
  const plain = !ATTENTION.test(value);
  // Stryker disable next-line ConditionalExpression: ATTENTION matches every character check refuses, so a plain text always passes check
  if (!plain) check(value, parent, token);
  sink.leaf(tags, value, plain, depth);
}

/** Throws for characters XML 1.0 cannot carry; the pointer is only built when the check fails. */
function check(value: string, parent: Path | undefined, token: string | number): void {
  // Stryker disable next-line ConditionalExpression: checkXmlChars throws only where firstInvalidXmlChar finds a character; the test only spares building the pointer
  if (firstInvalidXmlChar(value) >= 0) checkXmlChars(value, pointerOf({ parent, token }));
}

/** Throws for the first key of `value` that is not a property of the object schema. */
function unknownKey(node: ObjectNode, value: Record<string, unknown>, path: Path | undefined): never {
  const extra = Object.keys(value).find((key) => !node.byName.has(key)) as string;
  const where = pointerOf({ parent: path, token: extra });
  throw new XmlValueError(`efa-forms: "${where}" is not a property of the schema and has no XML element`, {
    pointer: where,
  });
}

/** Throws the type mismatch of a value (only reachable with `prevalidated` data that is not valid). */
function typeError(path: Path, expected: string): never {
  const pointer = pointerOf(path);
  throw new XmlValueError(`efa-forms: the value at "${pointer}" is not ${expected}`, { pointer });
}
