import { formatPointer, isPlainObject, firstInvalidXmlChar } from '@efa-forms/core';
import { XmlValueError } from '../xml-error.js';
import { escapeAttribute, escapeText } from './escape.js';
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
export interface Path {
  parent: Path | undefined;
  token: string | number;
}

/** JSON Pointer of a path (core's `formatPointer`). */
export function pointerOf(path: Path | undefined): string {
  const tokens: (string | number)[] = [];
  for (let at = path; at; at = at.parent) tokens.push(at.token);
  return formatPointer(tokens.reverse());
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Characters that need escaping or checking; most values have none and are written as they are. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ATTENTION = /[&<>\r\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Code list parts written once per code node and option. */
const codeOpenings = new WeakMap<CodeNode, string>();
const optionXml = new WeakMap<EnumOption, string>();
/** Whole code elements by indentation, property, option and depth: a message repeats few codes. */
const codeElements = new Map<string, WeakMap<Tags, Map<EnumOption, string[]>>>();

/**
 * Writes the body of a message straight from the plan and the data, as text: the same XML as
 * building xml-js elements (`objectElements`) and writing them, without the intermediate objects
 * (bench/xml.bench.ts measures both). Data must be pruned and valid; what XML still cannot carry
 * throws `XmlValueError {pointer}`.
 */
export class DataWriter {
  private readonly newlines: string[] = [];

  constructor(private readonly indent: string) {}

  /** The properties of an object, each on its own line at `depth`. */
  object(node: ObjectNode, value: Record<string, unknown>, path: Path | undefined, depth: number): string {
    let out = '';
    let matched = 0;
    const nl = this.newline(depth);
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
          out += nl + this.element(property.tags, items, child[index], arrayPath, index, depth);
        }
      } else out += nl + this.element(property.tags, property.node, child, path, property.name, depth);
    }
    if (matched !== countKeys(value)) unknownKey(node, value, path);
    return out;
  }

  /** One element for one value; `parent` and `token` locate the value for error pointers. */
  private element(
    tags: Tags,
    node: Node,
    value: unknown,
    parent: Path | undefined,
    token: string | number,
    depth: number,
  ): string {
    switch (node.kind) {
      case 'object': {
        if (!isPlainObject(value)) typeError({ parent, token }, 'an object');
        const inner = this.object(node, value, { parent, token }, depth + 1);
        return inner === '' ? tags.empty : tags.open + inner + this.newline(depth) + tags.close;
      }
      case 'array':
        return this.nestedArray(tags, node, value, { parent, token }, depth);
      case 'string':
        if (typeof value !== 'string') typeError({ parent, token }, 'a string');
        return text(tags, value, parent, token);
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
        return tags.open + lexical + tags.close;
      }
      case 'base64':
        if (typeof value !== 'string') typeError({ parent, token }, 'a string');
        if (!isBase64(value)) {
          const pointer = pointerOf({ parent, token });
          throw new XmlValueError(`efa-forms: the value at "${pointer}" is not base64 (xs:base64Binary)`, {
            pointer,
          });
        }
        return value === '' ? tags.empty : tags.open + value + tags.close;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value)) typeError({ parent, token }, 'an integer');
        return tags.open + integerLexical(value) + tags.close;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) typeError({ parent, token }, 'a number');
        return tags.open + decimalLexical(value) + tags.close;
      case 'boolean':
        if (typeof value !== 'boolean') typeError({ parent, token }, 'a boolean');
        return tags.open + (value ? 'true' : 'false') + tags.close;
      case 'enum':
        return text(tags, option(node, value, parent, token).lexical, parent, token);
      case 'code':
        return this.code(tags, node, value, parent, token, depth);
    }
  }

  private nestedArray(tags: Tags, node: ArrayNode, value: unknown, path: Path, depth: number): string {
    if (!Array.isArray(value)) typeError(path, 'an array');
    if (value.length === 0) return tags.empty;
    const nl = this.newline(depth + 1);
    let inner = '';
    for (let index = 0; index < value.length; index++) {
      inner += nl + this.element(node.itemTags, node.items, value[index], path, index, depth + 1);
    }
    return tags.open + inner + this.newline(depth) + tags.close;
  }

  private code(
    tags: Tags,
    node: CodeNode,
    value: unknown,
    parent: Path | undefined,
    token: string | number,
    depth: number,
  ): string {
    const chosen = option(node, value, parent, token);
    let byTags = codeElements.get(this.indent);
    if (!byTags) codeElements.set(this.indent, (byTags = new WeakMap()));
    let byOption = byTags.get(tags);
    if (!byOption) byTags.set(tags, (byOption = new Map()));
    let byDepth = byOption.get(chosen);
    if (!byDepth) byOption.set(chosen, (byDepth = []));
    const cached = byDepth[depth];
    if (cached !== undefined) return cached;
    let opening = codeOpenings.get(node);
    if (opening === undefined) {
      opening = ` listURI="${escapeAttribute(node.codeList.listURI)}" listVersionID="${escapeAttribute(node.codeList.listVersionID)}">`;
      codeOpenings.set(node, opening);
    }
    let inner = optionXml.get(chosen);
    if (inner === undefined) {
      // Checked and escaped once; U+0000 (never in XML text) marks where the indentation goes.
      inner = text(CODE_TAGS, chosen.lexical, parent, token);
      if (chosen.title !== undefined) inner += '\u0000' + text(NAME_TAGS, chosen.title, parent, token);
      optionXml.set(chosen, inner);
    }
    const nl = this.newline(depth + 1);
    const xml =
      tags.open.slice(0, -1) + opening + nl + inner.replace('\u0000', nl) + this.newline(depth) + tags.close;
    byDepth[depth] = xml;
    return xml;
  }

  private newline(depth: number): string {
    let nl = this.newlines[depth];
    if (nl === undefined) {
      nl = this.indent === '' ? '' : '\n' + this.indent.repeat(depth);
      this.newlines[depth] = nl;
    }
    return nl;
  }
}

const CODE_TAGS: Tags = { open: '<code>', close: '</code>', empty: '<code/>' };
const NAME_TAGS: Tags = { open: '<name>', close: '</name>', empty: '<name/>' };

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

function text(tags: Tags, value: string, parent: Path | undefined, token: string | number): string {
  if (value === '') return tags.empty;
  if (!ATTENTION.test(value)) return tags.open + value + tags.close;
  if (firstInvalidXmlChar(value) >= 0) checkXmlChars(value, pointerOf({ parent, token }));
  return tags.open + escapeText(value) + tags.close;
}

/** Throws for the first key of `value` that is not a property of the object schema. */
export function unknownKey(node: ObjectNode, value: Record<string, unknown>, path: Path | undefined): never {
  const extra = Object.keys(value).find((key) => !node.byName.has(key)) as string;
  const where = pointerOf({ parent: path, token: extra });
  throw new XmlValueError(`efa-forms: "${where}" is not a property of the schema and has no XML element`, {
    pointer: where,
  });
}

/** Throws the type mismatch of a value (only reachable with `prevalidated` data that is not valid). */
export function typeError(path: Path, expected: string): never {
  const pointer = pointerOf(path);
  throw new XmlValueError(`efa-forms: the value at "${pointer}" is not ${expected}`, { pointer });
}
