import { describeObject, joinPointer, type Definition } from '@efa-forms/core';
import type { MessageHeader } from './header.js';
import { XmlError } from './xml-error.js';
import { XOEV_NAMESPACES } from './xoev-schemas.js';
import { collapse, readBoolean, readDecimal, readInteger } from './internal/lexical.js';
import { readCode, readKopf } from './internal/nachrichtenkopf.js';
import { DEFAULT_PARSE_LIMITS, parseXml } from './internal/parse-xml.js';
import { childElements, named, textContent, type NamedElement } from './internal/xml-tree.js';
import {
  xmlPlan,
  type CodeNode,
  type EnumNode,
  type EnumOption,
  type Node,
  type ObjectNode,
} from './internal/xml-plan.js';

/** Options of `fromXml`. */
export interface FromXmlOptions {
  /** Largest accepted message in bytes (UTF-8). Default 10 MB; raise it for messages with attachments. */
  maxBytes?: number;
  /** Deepest accepted element nesting. Default 128. */
  maxDepth?: number;
}

/** What `fromXml` returns. */
export interface ParsedMessage<T = Record<string, unknown>> {
  header: MessageHeader;
  data: T;
}

/**
 * Reads an XÖV message of the definition back into data: `fromXml(d, toXml(d, data)).data` equals the
 * (pruned) data. The input is untrusted: DOCTYPEs and entity declarations, documents over `maxBytes`,
 * nesting beyond `maxDepth` and malformed XML are refused with `XmlError` (`line` and `column` where
 * the text has a position; `pointer` for elements that do not fit the definition). The data is
 * converted, not validated: run `createValidator(definition).validate(data)` on it.
 *
 * @param definition the definition the message was written for
 * @param xml the message, as text or UTF-8 bytes
 */
export function fromXml<T = Record<string, unknown>>(
  definition: Definition,
  xml: string | Uint8Array,
  options: FromXmlOptions = {},
): ParsedMessage<T> {
  const plan = xmlPlan(definition);
  const settings = plan.settings;
  const rootElement = parseXml(xml, {
    maxBytes: options.maxBytes ?? DEFAULT_PARSE_LIMITS.maxBytes,
    maxDepth: options.maxDepth ?? DEFAULT_PARSE_LIMITS.maxDepth,
  });
  const root = named(rootElement, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
  if (root.namespace !== settings.namespace || root.local !== settings.message) {
    throw new XmlError(
      `efa-forms: the root element is {${root.namespace}}${root.local}, expected {${settings.namespace}}${settings.message}`,
      { pointer: '' },
    );
  }
  const children = childElements(root, '');
  const kopf = children[0];
  if (!kopf || kopf.namespace !== XOEV_NAMESPACES.g2g || kopf.local !== 'nachrichtenkopf.g2g') {
    throw new XmlError('efa-forms: the message does not start with nachrichtenkopf.g2g', {
      pointer: '/header',
    });
  }
  const header = readKopf(root, kopf);
  const reader = new Reader(definition, settings.namespace);
  const data = reader.object(plan.root, children.slice(1), '');
  return { header, data: data as T };
}

class Reader {
  constructor(
    private readonly definition: Definition,
    private readonly namespace: string,
  ) {}

  object(node: ObjectNode, children: NamedElement[], pointer: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const child of children) {
      const property = child.namespace === this.namespace ? node.byElement.get(child.local) : undefined;
      if (!property) {
        throw new XmlError(
          `efa-forms: unexpected element {${child.namespace}}${child.local} in ${pointer || 'the message'}`,
          {
            pointer: pointer,
          },
        );
      }
      const where = joinPointer(pointer, property.name);
      if (property.node.kind === 'array') {
        let list = Object.prototype.hasOwnProperty.call(out, property.name)
          ? (out[property.name] as unknown[])
          : undefined;
        if (!list) define(out, property.name, (list = []));
        list.push(this.value(property.node.items, child, joinPointer(where, list.length)));
      } else {
        if (Object.prototype.hasOwnProperty.call(out, property.name)) {
          throw new XmlError(`efa-forms: <${child.local}> appears twice at ${where}`, { pointer: where });
        }
        define(out, property.name, this.value(property.node, child, where));
      }
    }
    // Stryker disable next-line ConditionalExpression: without arrays restoreEmptyArrays skips every property (it only spares the loop)
    if (node.hasArrays) this.restoreEmptyArrays(node, out);
    return out;
  }

  /**
   * An empty array writes no element. A required one (now, for this data: conditions included) is
   * put back as `[]`, so the data equals what was serialised; `prune` drops optional empty arrays.
   */
  private restoreEmptyArrays(node: ObjectNode, out: Record<string, unknown>): void {
    let fields: ReturnType<typeof describeObject> | undefined;
    for (const property of node.properties) {
      if (property.node.kind !== 'array' || Object.prototype.hasOwnProperty.call(out, property.name))
        continue;
      fields ??= describeObject(this.definition, node.schema, out);
      const field = fields.find((candidate) => candidate.name === property.name);
      if (property.required || (field?.active && field.required)) define(out, property.name, []);
    }
  }

  private value(node: Node, element: NamedElement, pointer: string): unknown {
    switch (node.kind) {
      case 'object':
        return this.object(node, childElements(element, pointer), pointer);
      case 'array':
        return childElements(element, pointer).map((item, index) => {
          if (item.namespace !== this.namespace || item.local !== node.itemElement) {
            throw new XmlError(
              `efa-forms: expected <${node.itemElement}> in ${pointer}, found <${item.local}>`,
              { pointer },
            );
          }
          return this.value(node.items, item, joinPointer(pointer, index));
        });
      case 'string':
        return textContent(element, pointer);
      case 'date':
      case 'dateTime':
      case 'time':
        return collapse(textContent(element, pointer));
      case 'base64':
        return textContent(element, pointer).replace(/[\t\n\r ]+/g, '');
      case 'integer':
        return required(readInteger(textContent(element, pointer)), pointer, 'an integer (xs:integer)');
      case 'number':
        return required(readDecimal(textContent(element, pointer)), pointer, 'a number (xs:decimal)');
      case 'boolean':
        return required(readBoolean(textContent(element, pointer)), pointer, 'true or false');
      case 'enum':
        return enumValue(node, textContent(element, pointer), pointer);
      case 'code':
        return this.code(node, element, pointer);
    }
  }

  private code(node: CodeNode, element: NamedElement, pointer: string): unknown {
    const code = readCode(element, pointer);
    for (const key of ['listURI', 'listVersionID'] as const) {
      const given = code[key];
      if (given !== undefined && given !== node.codeList[key]) {
        throw new XmlError(
          `efa-forms: ${key} "${given}" at ${pointer} is not the definition's "${node.codeList[key]}"`,
          { pointer },
        );
      }
    }
    const option = node.byLexical.get(code.code);
    if (!option)
      throw new XmlError(`efa-forms: code "${code.code}" at ${pointer} is not in the code list`, { pointer });
    return option.value;
  }
}

function enumValue(node: EnumNode, text: string, pointer: string): unknown {
  let option: EnumOption | undefined = node.byLexical.get(text);
  if (!option && node.base !== 'xs:string') {
    // Typed enumerations compare values, not spellings: " 1 " and "+1" are 1, "1" is true.
    const value =
      node.base === 'xs:boolean'
        ? readBoolean(text)
        : node.base === 'xs:integer'
          ? readInteger(text)
          : readDecimal(text);
    option = node.options.find((candidate) => candidate.value === value);
  }
  if (!option)
    throw new XmlError(`efa-forms: "${text}" at ${pointer} is not one of the options`, { pointer });
  return option.value;
}

function required<T>(value: T | undefined, pointer: string, expected: string): T {
  if (value === undefined)
    throw new XmlError(`efa-forms: the value at ${pointer} is not ${expected}`, { pointer });
  return value;
}

/**
 * Own enumerable property. Only `__proto__` needs `defineProperty` (assignment would set the
 * prototype); everything else is assigned, which keeps the objects fast.
 */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
