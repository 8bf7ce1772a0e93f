import type { Element } from 'xml-js';
import type { Definition } from '@efa-forms/core';
import type { Behoerde, HeaderOptions } from './header.js';
import { XmlError } from './xml-error.js';
import { XOEV_PREFIXES } from './xoev-schemas.js';
import { ElementSink } from './internal/element-sink.js';
import { escapeAttribute } from './internal/escape.js';
import { behoerdeElement, identifikationElement, kopfElement } from './internal/nachrichtenkopf.js';
import { prepareMessage, type MessageParts } from './internal/prepare-message.js';
import { TextSink } from './internal/text-sink.js';
import { writeData } from './internal/write-data.js';
import { writeFragment } from './internal/write-xml.js';

/** The options `toXml` and `toXmlElement` share. */
export interface MessageOptions {
  /** Author, reader and product attributes of the header. */
  header?: HeaderOptions;
  /** Tenant configuration for the header's authority; default: the definition's `tenantData`. */
  tenant?: Record<string, unknown>;
  /** Clock for `erstellungszeitpunkt` (inject for reproducible output). Default: now. */
  now?: Date | (() => Date);
  /** IANA time zone of the `erstellungszeitpunkt` offset, e.g. `Europe/Berlin`. Default: the runtime's. */
  timeZone?: string;
  /** `nachrichtenUUID` (inject for reproducible output). Default: a new RFC 4122 version 4 UUID. */
  uuid?: string | (() => string);
  /** Marks a test message (root attribute `test`); `true` writes `test="true"`. */
  test?: boolean | string;
  /**
   * The data is already `prune(definition, data)` and valid (`createValidator(definition).validate`),
   * as in an intake that has just checked it: skips both. Values XML cannot carry still throw.
   */
  prevalidated?: boolean;
}

/** Options of `toXml`. */
export interface ToXmlOptions extends MessageOptions {
  /** Indentation per level; `''` or `0` writes one line. Default two spaces. */
  indent?: string | number;
}

const KOPF = `${XOEV_PREFIXES.g2g}:nachrichtenkopf.g2g`;

/**
 * Serialises data as the definition's XÖV message: root element `xoev.message` in `xoev.namespace`
 * with the root attributes, the XÖV-Basisnachricht 1.1 header `nachrichtenkopf.g2g`, then the data in
 * schema order. The data is pruned and validated first (unless `prevalidated`); invalid data throws
 * `InvalidDataError` listing every validation error. Values XML cannot carry throw `XmlError
 * {pointer}`, so the output is always well-formed and valid against `toXsd(definition)`.
 *
 * @param definition a loaded definition with `xoev` settings
 * @param data the submitted data
 * @returns the message as text with XML declaration (encode it as UTF-8)
 */
export function toXml(definition: Definition, data: unknown, options: ToXmlOptions = {}): string {
  const parts = prepareMessage(definition, data, options);
  const indent = indentOf(options.indent);
  const nl1 = indent === '' ? '' : '\n' + indent;
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    (indent === '' ? '' : '\n') +
    '<' +
    parts.rootName +
    attributesXml(parts.rootAttributes);
  const nl2 = indent === '' ? '' : '\n' + indent.repeat(2);
  out += '>' + nl1 + '<' + KOPF + '>' + nl2 + identifikation(parts, indent);
  out += nl2 + written(parts.leser, 'leser', indent) + nl2 + written(parts.autor, 'autor', indent);
  out += nl1 + '</' + KOPF + '>';
  const body = new TextSink(indent);
  writeData(body, parts.plan.root, parts.data, 1);
  out += body.text;
  return out + (indent === '' ? '' : '\n') + '</' + parts.rootName + '>' + (indent === '' ? '' : '\n');
}

/**
 * The same message as `toXml`, as an xml-js element tree (non-compact form) of the root element, for
 * callers that post-process with xml-js: `js2xml({elements: [toXmlElement(d, data)]})`.
 */
export function toXmlElement(definition: Definition, data: unknown, options: MessageOptions = {}): Element {
  const parts = prepareMessage(definition, data, options);
  // The same writer as toXml's (one per-kind switch, one set of errors), into xml-js elements.
  const body = new ElementSink();
  writeData(body, parts.plan.root, parts.data, 1);
  return {
    type: 'element',
    name: parts.rootName,
    attributes: { ...parts.rootAttributes },
    elements: [kopfElement(kopfOf(parts)), ...body.elements],
  };
}

const identifikationParts = new WeakMap<object, Map<string, [string, string, string]>>();

/**
 * `identifikation.nachricht`, the only part of the header that changes per message: the written
 * element around a placeholder UUID and timestamp is split once, then only the two values go in.
 */
function identifikation(parts: MessageParts, indent: string): string {
  const typ = parts.plan.settings.nachrichtentyp;
  let byIndent = identifikationParts.get(typ);
  // Stryker disable next-line ConditionalExpression: a cache; a new map each time writes the same pieces
  if (!byIndent) identifikationParts.set(typ, (byIndent = new Map()));
  let pieces = byIndent.get(indent);
  // Stryker disable next-line ConditionalExpression: a cache; splitting again gives the same pieces
  if (!pieces) {
    const uuid = '00000000-0000-4000-8000-000000000000';
    const time = '2000-01-01T00:00:00.000Z';
    const xml = writeFragment(
      identifikationElement({ nachrichtenUUID: uuid, nachrichtentyp: typ, erstellungszeitpunkt: time }),
      indent,
      2,
    );
    const [head, rest] = xml.split(uuid) as [string, string];
    const [middle, tail] = rest.split(time) as [string, string];
    pieces = [head, middle, tail];
    byIndent.set(indent, pieces);
  }
  // The checks identifikationElement makes for every message: a UUID, and the timestamp we wrote.
  // Stryker disable next-line ConditionalExpression: the full check, run for every UUID, accepts every UUID the pattern accepts
  if (!UUID.test(parts.nachrichtenUUID)) identifikationElement(kopfOf(parts));
  return pieces[0] + parts.nachrichtenUUID + pieces[1] + parts.erstellungszeitpunkt + pieces[2];
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const writtenAttributes = new WeakMap<Record<string, string>, string>();

/** The root attributes as XML; they are cached per definition and options (see `prepareMessage`). */
function attributesXml(attributes: Record<string, string>): string {
  let xml = writtenAttributes.get(attributes);
  // Stryker disable next-line ConditionalExpression: a cache; writing the attributes again gives the same text
  if (xml === undefined) {
    xml = '';
    for (const [name, value] of Object.entries(attributes))
      xml += ' ' + name + '="' + escapeAttribute(value) + '"';
    writtenAttributes.set(attributes, xml);
  }
  return xml;
}

const writtenParties = new WeakMap<Behoerde, Map<string, string>>();

/** `leser`/`autor` as XML; the same authority object (see `headerParties`) is written once per indentation. */
function written(behoerde: Behoerde, role: 'leser' | 'autor', indent: string): string {
  let byIndent = writtenParties.get(behoerde);
  // Stryker disable next-line ConditionalExpression: a cache; a new map each time writes the same text
  if (!byIndent) writtenParties.set(behoerde, (byIndent = new Map()));
  // Stryker disable next-line StringLiteral: role is leser or autor and indent only spaces and tabs, so no two keys meet without the separator
  const key = role + '|' + indent;
  let xml = byIndent.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; writing the authority again gives the same text
  if (xml === undefined) {
    xml = writeFragment(behoerdeElement(role, behoerde), indent, 2);
    byIndent.set(key, xml);
  }
  return xml;
}

function kopfOf(parts: MessageParts) {
  return {
    nachrichtenUUID: parts.nachrichtenUUID,
    nachrichtentyp: parts.plan.settings.nachrichtentyp,
    erstellungszeitpunkt: parts.erstellungszeitpunkt,
    leser: parts.leser,
    autor: parts.autor,
  };
}

function indentOf(indent: string | number | undefined): string {
  if (indent === undefined) return '  ';
  if (typeof indent === 'number') return ' '.repeat(Math.max(0, Math.min(10, Math.floor(indent))));
  if (!/^[ \t]*$/.test(indent)) throw new XmlError('efa-forms: indent must be spaces or tabs');
  return indent;
}
