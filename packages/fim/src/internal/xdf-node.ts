/**
 * Reading XDatenfelder elements strictly: a child that must be there once is there once, the small
 * containers whose content the standard fixes (`identifikation`, `struktur`, `enthaelt`, ...) hold
 * nothing else. Every refusal is a `FimError` naming the element and its line and column.
 */
import { FimError } from '../fim-error.js';
import type { XmlNode } from './parse-xml.js';

/** XDatenfelder 2.0 namespace. */
export const XDF2 = 'urn:xoev-de:fim:standard:xdatenfelder_2';
/** XDatenfelder 3.0.0 namespace. */
export const XDF3 = 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0';

/** ` (line 9, column 9)`, for messages. */
export const at = (node: XmlNode): string => ` (line ${node.line}, column ${node.column})`;

/** Throws a `FimError` about `node`. */
export function failAt(node: XmlNode, message: string): never {
  throw new FimError(`${message}${at(node)}`, { line: node.line, column: node.column, element: node.name });
}

/** The children called `local`. */
export const childrenNamed = (node: XmlNode, local: string): XmlNode[] =>
  node.children.filter((child) => child.local === local);

/** The child called `local`, if any; more than one is an error. */
export function optionalChild(node: XmlNode, local: string): XmlNode | undefined {
  const found = childrenNamed(node, local);
  if (found.length > 1) {
    failAt(
      found[1] as XmlNode,
      `<${(found[1] as XmlNode).name}> appears twice in <${node.name}>; it is allowed once`,
    );
  }
  return found[0];
}

/** The one child called `local`; missing or repeated is an error. */
export function requiredChild(node: XmlNode, local: string): XmlNode {
  return (
    optionalChild(node, local) ??
    failAt(node, `<${node.name}> has no <${prefixed(node, local)}>, which is required`)
  );
}

/** Refuses children of `node` whose local name is not in `allowed`. */
export function onlyChildren(node: XmlNode, allowed: readonly string[]): void {
  for (const child of node.children) {
    if (!allowed.includes(child.local) || child.namespace !== node.namespace) {
      failAt(
        child,
        `unexpected element <${child.name}> in <${node.name}>; expected only ${allowed.map((name) => `<${prefixed(node, name)}>`).join(', ')}`,
      );
    }
  }
}

/** `local` with the prefix `node` uses, for messages (`xdf:id`). */
function prefixed(node: XmlNode, local: string): string {
  const colon = node.name.indexOf(':');
  return colon === -1 ? local : `${node.name.slice(0, colon)}:${local}`;
}

/** Text of a child with runs of white space collapsed, or `undefined` when absent or empty. */
export function textOf(node: XmlNode, local: string): string | undefined {
  const child = optionalChild(node, local);
  return child ? cleanText(child.text) : undefined;
}

/** Collapses white space in each line and drops empty lines at the ends; `undefined` when empty. */
export function cleanText(text: string): string | undefined {
  const cleaned = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cleaned || undefined;
}

/** The `<code>` inside a code-typed element (`<xdf:feldart><code>input</code></xdf:feldart>`). */
export function codeOf(node: XmlNode, local: string): string | undefined {
  const element = optionalChild(node, local);
  if (!element) return undefined;
  const code = element.children.find((child) => child.local === 'code');
  return code ? cleanText(code.text) : undefined;
}

/** FIM id and version from `identifikation`, which holds exactly `id` and an optional `version`. */
export function identification(node: XmlNode): { id: string; version?: string } {
  const element = requiredChild(node, 'identifikation');
  onlyChildren(element, ['id', 'version']);
  const idNode = requiredChild(element, 'id');
  const id = cleanText(idNode.text) ?? failAt(idNode, `<${idNode.name}> is empty`);
  const version = textOf(element, 'version');
  return version ? { id, version } : { id };
}

/** Multiplicity from `anzahl` "min:max" (`max` a number or `*`). */
export interface Multiplicity {
  min: number;
  /** `Infinity` for `*`. */
  max: number;
}

/** Reads `anzahl`. */
export function multiplicity(node: XmlNode): Multiplicity {
  const text = node.text.trim();
  const match = /^(\d+):(\d+|\*)$/.exec(text);
  if (!match) failAt(node, `<${node.name}> is "${text}", expected "min:max" such as "1:1", "0:1" or "0:*"`);
  const min = Number(match[1]);
  const max = match[2] === '*' ? Infinity : Number(match[2]);
  if (max < min || max === 0) failAt(node, `<${node.name}> "${text}" allows no value (max below min, or 0)`);
  return { min, max };
}
