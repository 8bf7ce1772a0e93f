import type { Element } from 'xml-js';
import { isDin91379C, firstInvalidXmlChar } from '@efa-forms/core';
import { XmlError, XmlValueError } from '../xml-error.js';

/** An element of a parsed document with its namespace resolved. */
export interface NamedElement {
  element: Element;
  namespace: string;
  local: string;
  scope: Map<string, string>;
}

/** The element children of `parent` with namespaces resolved (whitespace between them is skipped). */
export function childElements(parent: NamedElement, where: string): NamedElement[] {
  const out: NamedElement[] = [];
  for (const node of parent.element.elements ?? []) {
    if (node.type === 'element') out.push(named(node, parent.scope));
    else if ((node.type === 'text' && String(node.text ?? '').trim() !== '') || node.type === 'cdata') {
      throw new XmlError(`efa-forms: unexpected text in <${parent.local}> at ${where || '/'}`, {
        pointer: where,
      });
    }
  }
  return out;
}

/** Resolves the namespace of an element against its parent's scope. */
export function named(element: Element, parentScope: Map<string, string>): NamedElement {
  let scope = parentScope;
  const attributes = element.attributes;
  if (attributes) {
    for (const key of Object.keys(attributes)) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        if (scope === parentScope) scope = new Map(parentScope);
        // Stryker disable next-line ConditionalExpression,StringLiteral: 'xmlns'.slice(6) is '' as well
        scope.set(key === 'xmlns' ? '' : key.slice(6), String(attributes[key]));
      }
    }
  }
  const name = element.name ?? '';
  const colon = name.indexOf(':');
  // Stryker disable next-line EqualityOperator: checkWellFormed refuses a name that starts with ':'
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  // checkWellFormed has verified every prefix is declared.
  return {
    element,
    namespace: scope.get(prefix) ?? '',
    // Stryker disable next-line ConditionalExpression,EqualityOperator: slice(-1 + 1) is the whole name; no name starts with ':'
    local: colon < 0 ? name : name.slice(colon + 1),
    scope,
  };
}

/** The text content of an element (text and CDATA joined); child elements are an error. */
export function textContent(node: NamedElement, where: string): string {
  let text = '';
  for (const child of node.element.elements ?? []) {
    if (child.type === 'text') text += String(child.text ?? '');
    else if (child.type === 'cdata') text += String(child.cdata ?? '');
    else if (child.type === 'element') {
      throw new XmlError(`efa-forms: <${node.local}> at ${where || '/'} must contain text, not elements`, {
        pointer: where,
      });
    }
  }
  return text;
}

/** An unprefixed attribute's value. */
export function attribute(node: NamedElement, name: string): string | undefined {
  const value = node.element.attributes?.[name];
  return value === undefined ? undefined : String(value);
}

/** Throws `XmlValueError {pointer}` when `value` has a character XML 1.0 cannot carry. */
export function checkXmlChars(value: string, pointer: string): void {
  const at = firstInvalidXmlChar(value);
  if (at >= 0) {
    const code = value.codePointAt(at) ?? 0;
    throw new XmlValueError(
      `efa-forms: the value at "${pointer}" contains U+${code.toString(16).toUpperCase().padStart(4, '0')} at index ${at}, which XML 1.0 cannot carry`,
      { pointer },
    );
  }
}

/** Throws `XmlError {pointer}` unless `value` is DIN 91379 datatype C (what the XÖV header requires). */
export function checkDatatypeC(value: string, pointer: string): void {
  checkXmlChars(value, pointer);
  if (!isDin91379C(value)) {
    throw new XmlError(
      `efa-forms: the header value at "${pointer}" has characters outside DIN 91379 (datatype C)`,
      { pointer },
    );
  }
}
