import type { Element } from 'xml-js';
import { isPlainObject, firstInvalidXmlChar } from '@efa-forms/core';
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
import type { ArrayNode, CodeNode, EnumNode, EnumOption, Node, ObjectNode } from './xml-plan.js';
import { pointerOf, typeError, unknownKey, type Path } from './write-data.js';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The elements for the properties of an object, in schema order. The data must be pruned and valid;
 * what XML still cannot carry (characters outside XML 1.0, year 0000, leap seconds, malformed base64,
 * keys without a property) throws `XmlValueError {pointer}`.
 */
export function objectElements(
  node: ObjectNode,
  value: Record<string, unknown>,
  path: Path | undefined,
): Element[] {
  const out: Element[] = [];
  let matched = 0;
  for (const property of node.properties) {
    if (!hasOwn.call(value, property.name)) continue;
    matched++;
    const child = value[property.name];
    if (child === undefined) continue;
    const childPath: Path = { parent: path, token: property.name };
    if (property.node.kind === 'array') {
      if (!Array.isArray(child)) typeError(childPath, 'an array');
      const items = property.node.items;
      for (let index = 0; index < child.length; index++) {
        out.push(valueElement(property.qname, items, child[index], { parent: childPath, token: index }));
      }
    } else out.push(valueElement(property.qname, property.node, child, childPath));
  }
  if (matched !== Object.keys(value).length) unknownKey(node, value, path);
  return out;
}

function valueElement(name: string, node: Node, value: unknown, path: Path): Element {
  switch (node.kind) {
    case 'object':
      if (!isPlainObject(value)) typeError(path, 'an object');
      return { type: 'element', name, elements: objectElements(node, value, path) };
    case 'array':
      return nestedArray(name, node, value, path);
    case 'string':
      if (typeof value !== 'string') typeError(path, 'a string');
      return text(name, value, path);
    case 'date':
    case 'dateTime':
    case 'time': {
      if (typeof value !== 'string') typeError(path, 'a string');
      const lexical =
        node.kind === 'date'
          ? dateLexical(value)
          : node.kind === 'time'
            ? timeLexical(value)
            : dateTimeLexical(value);
      if (typeof lexical !== 'string') {
        const pointer = pointerOf(path);
        throw new XmlValueError(
          `efa-forms: the value at "${pointer}" cannot be written as xs:${node.kind}: ${lexical.problem}`,
          { pointer },
        );
      }
      return text(name, lexical, path);
    }
    case 'base64':
      if (typeof value !== 'string') typeError(path, 'a string');
      if (!isBase64(value)) {
        const pointer = pointerOf(path);
        throw new XmlValueError(`efa-forms: the value at "${pointer}" is not base64 (xs:base64Binary)`, {
          pointer,
        });
      }
      return text(name, value, path);
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) typeError(path, 'an integer');
      return text(name, integerLexical(value), path);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) typeError(path, 'a number');
      return text(name, decimalLexical(value), path);
    case 'boolean':
      if (typeof value !== 'boolean') typeError(path, 'a boolean');
      return text(name, value ? 'true' : 'false', path);
    case 'enum':
      return text(name, option(node, value, path).lexical, path);
    case 'code':
      return codeElement(name, node, value, path);
  }
}

function nestedArray(name: string, node: ArrayNode, value: unknown, path: Path): Element {
  if (!Array.isArray(value)) typeError(path, 'an array');
  const elements: Element[] = [];
  for (let index = 0; index < value.length; index++) {
    elements.push(valueElement(node.itemQName, node.items, value[index], { parent: path, token: index }));
  }
  return { type: 'element', name, elements };
}

function codeElement(name: string, node: CodeNode, value: unknown, path: Path): Element {
  const chosen = option(node, value, path);
  const elements: Element[] = [
    { type: 'element', name: 'code', elements: [{ type: 'text', text: chosen.lexical }] },
  ];
  if (chosen.title !== undefined) {
    checked(chosen.title, path);
    elements.push({ type: 'element', name: 'name', elements: [{ type: 'text', text: chosen.title }] });
  }
  checked(chosen.lexical, path);
  return {
    type: 'element',
    name,
    attributes: { listURI: node.codeList.listURI, listVersionID: node.codeList.listVersionID },
    elements,
  };
}

function option(node: EnumNode | CodeNode, value: unknown, path: Path): EnumOption {
  for (const candidate of node.options) if (candidate.value === value) return candidate;
  const pointer = pointerOf(path);
  throw new XmlValueError(`efa-forms: the value at "${pointer}" is not one of the options`, { pointer });
}

function text(name: string, value: string, path: Path): Element {
  if (value === '') return { type: 'element', name };
  checked(value, path);
  return { type: 'element', name, elements: [{ type: 'text', text: value }] };
}

/** The pointer is only built when the check fails. */
function checked(value: string, path: Path): void {
  if (firstInvalidXmlChar(value) >= 0) checkXmlChars(value, pointerOf(path));
}
