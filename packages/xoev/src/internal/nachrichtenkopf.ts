import type { Element } from 'xml-js';
import { XmlError } from '../xml-error.js';
import type { Behoerde, Erreichbarkeit, MessageHeader, XoevCode } from '../header.js';
import { XOEV_NAMESPACES, XOEV_PREFIXES } from '../xoev-schemas.js';
import {
  attribute,
  checkDatatypeC,
  checkXmlChars,
  childElements,
  textContent,
  type NamedElement,
} from './xml-tree.js';

const G2G = XOEV_PREFIXES.g2g + ':';
const BEH = XOEV_PREFIXES.behoerde + ':';
const KOM = XOEV_PREFIXES.kommunikation + ':';

/** The header values of one message. */
export interface Kopf {
  nachrichtenUUID: string;
  nachrichtentyp: XoevCode;
  erstellungszeitpunkt: string;
  leser: Behoerde;
  autor: Behoerde;
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * `nachrichtenkopf.g2g` as an xml-js element, in the element order of
 * xoev-basisnachricht-g2g_1.1.xsd: identifikation.nachricht (nachrichtenUUID, nachrichtentyp,
 * erstellungszeitpunkt), leser, autor. Texts are checked: XML characters everywhere, DIN 91379
 * datatype C where the schema says so.
 */
export function kopfElement(kopf: Kopf): Element {
  return element(G2G + 'nachrichtenkopf.g2g', [
    identifikationElement(kopf),
    behoerdeElement('leser', kopf.leser),
    behoerdeElement('autor', kopf.autor),
  ]);
}

/** `identifikation.nachricht`: the part of the header that is new in every message. */
export function identifikationElement(
  kopf: Pick<Kopf, 'nachrichtenUUID' | 'nachrichtentyp' | 'erstellungszeitpunkt'>,
): Element {
  if (!UUID.test(kopf.nachrichtenUUID)) {
    throw new XmlError(`efa-forms: "${kopf.nachrichtenUUID}" is not a UUID`, {
      pointer: '/header/nachrichtenUUID',
    });
  }
  return element(G2G + 'identifikation.nachricht', [
    leaf(G2G + 'nachrichtenUUID', kopf.nachrichtenUUID),
    code(G2G + 'nachrichtentyp', kopf.nachrichtentyp, true, '/header/nachrichtentyp'),
    leaf(G2G + 'erstellungszeitpunkt', kopf.erstellungszeitpunkt),
  ]);
}

/** `leser` or `autor`. */
export function behoerdeElement(role: 'leser' | 'autor', value: Behoerde): Element {
  return behoerde(G2G + role, value, `/header/${role}`);
}

function behoerde(name: string, value: Behoerde, pointer: string): Element {
  checkDatatypeC(value.kennung, `${pointer}/kennung`);
  checkDatatypeC(value.name, `${pointer}/name`);
  return element(name, [
    // Code.VerzeichnisdienstType and Code.Kommunikation.KanalType restrict Code to `code` only, no `name`.
    code(BEH + 'verzeichnisdienst', value.verzeichnisdienst, false, `${pointer}/verzeichnisdienst`),
    leaf(BEH + 'kennung', value.kennung),
    leaf(BEH + 'name', value.name),
    ...value.erreichbarkeit.map((entry, index) =>
      erreichbarkeit(entry, `${pointer}/erreichbarkeit/${index}`),
    ),
  ]);
}

function erreichbarkeit(value: Erreichbarkeit, pointer: string): Element {
  checkDatatypeC(value.kennung, `${pointer}/kennung`);
  if (value.zusatz !== undefined) checkDatatypeC(value.zusatz, `${pointer}/zusatz`);
  return element(KOM + 'erreichbarkeit', [
    code(KOM + 'kanal', value.kanal, false, `${pointer}/kanal`),
    leaf(KOM + 'kennung', value.kennung),
    ...(value.zusatz !== undefined ? [leaf(KOM + 'zusatz', value.zusatz)] : []),
  ]);
}

/** An XÖV Code element; `code` and `name` are unqualified (form="unqualified" in xoev-code.xsd). */
export function code(name: string, value: XoevCode, withName: boolean, pointer: string): Element {
  checkXmlChars(value.code, `${pointer}/code`);
  const attributes: Record<string, string> = {};
  if (value.listURI !== undefined) {
    checkXmlChars(value.listURI, `${pointer}/listURI`);
    attributes.listURI = value.listURI;
  }
  if (value.listVersionID !== undefined) {
    checkXmlChars(value.listVersionID, `${pointer}/listVersionID`);
    attributes.listVersionID = value.listVersionID;
  }
  const children = [leaf('code', value.code)];
  if (withName && value.name !== undefined) {
    checkXmlChars(value.name, `${pointer}/name`);
    children.push(leaf('name', value.name));
  }
  return { type: 'element', name, attributes, elements: children };
}

function element(name: string, elements: Element[]): Element {
  return { type: 'element', name, elements };
}

function leaf(name: string, text: string): Element {
  // Stryker disable next-line ConditionalExpression,StringLiteral: <x/> and <x></x> are the same element
  return { type: 'element', name, elements: text === '' ? [] : [{ type: 'text', text }] };
}

/** Reads `nachrichtenkopf.g2g` and the root attributes. */
export function readKopf(root: NamedElement, kopf: NamedElement): MessageHeader {
  const [identifikation, leser, autor] = expect(
    kopf,
    ['identifikation.nachricht', 'leser', 'autor'],
    XOEV_NAMESPACES.g2g,
    '/header',
    3,
  );
  const [uuid, typ, zeitpunkt] = expect(
    identifikation as NamedElement,
    ['nachrichtenUUID', 'nachrichtentyp', 'erstellungszeitpunkt'],
    XOEV_NAMESPACES.g2g,
    '/header/identifikation.nachricht',
    3,
  );
  const required = (name: string): string => {
    const value = attribute(root, name);
    if (value === undefined)
      throw new XmlError(`efa-forms: the root element has no attribute "${name}"`, {
        pointer: `/header/${name}`,
      });
    return value;
  };
  const produktversion = attribute(root, 'produktversion');
  const test = attribute(root, 'test');
  return {
    nachrichtenUUID: textContent(uuid as NamedElement, '/header/nachrichtenUUID').trim(),
    nachrichtentyp: readCode(typ as NamedElement, '/header/nachrichtentyp'),
    erstellungszeitpunkt: textContent(zeitpunkt as NamedElement, '/header/erstellungszeitpunkt').trim(),
    leser: readBehoerde(leser as NamedElement, '/header/leser'),
    autor: readBehoerde(autor as NamedElement, '/header/autor'),
    produkt: required('produkt'),
    produkthersteller: required('produkthersteller'),
    ...(produktversion !== undefined ? { produktversion } : {}),
    standard: required('standard'),
    version: required('version'),
    ...(test !== undefined ? { test } : {}),
  };
}

function readBehoerde(node: NamedElement, pointer: string): Behoerde {
  const children = childElements(node, pointer);
  const [verzeichnisdienst, kennung, name] = expect(
    node,
    ['verzeichnisdienst', 'kennung', 'name'],
    XOEV_NAMESPACES.behoerde,
    pointer,
    3,
    children.slice(0, 3),
  );
  const erreichbarkeit = children.slice(3).map((child, index) => {
    const where = `${pointer}/erreichbarkeit/${index}`;
    if (child.namespace !== XOEV_NAMESPACES.kommunikation || child.local !== 'erreichbarkeit')
      unexpected(child, where);
    const parts = childElements(child, where);
    const [kanal, kennungElement] = expect(
      child,
      ['kanal', 'kennung'],
      XOEV_NAMESPACES.kommunikation,
      where,
      2,
      parts.slice(0, 2),
    );
    const zusatz = parts[2];
    if (zusatz && (zusatz.local !== 'zusatz' || zusatz.namespace !== XOEV_NAMESPACES.kommunikation))
      unexpected(zusatz, where);
    if (parts.length > 3) unexpected(parts[3] as NamedElement, where);
    return {
      kanal: readCode(kanal as NamedElement, `${where}/kanal`),
      kennung: textContent(kennungElement as NamedElement, `${where}/kennung`),
      ...(zusatz ? { zusatz: textContent(zusatz, `${where}/zusatz`) } : {}),
    };
  });
  return {
    verzeichnisdienst: readCode(verzeichnisdienst as NamedElement, `${pointer}/verzeichnisdienst`),
    kennung: textContent(kennung as NamedElement, `${pointer}/kennung`),
    name: textContent(name as NamedElement, `${pointer}/name`),
    erreichbarkeit,
  };
}

/** Reads an XÖV Code element: attributes and the unqualified `code` and `name` children. */
export function readCode(node: NamedElement, pointer: string): XoevCode {
  const children = childElements(node, pointer);
  const codeElement = children[0];
  if (!codeElement || codeElement.local !== 'code' || codeElement.namespace !== '') {
    throw new XmlError(`efa-forms: <${node.local}> at ${pointer} has no <code>`, { pointer });
  }
  const nameElement = children[1];
  if (nameElement && (nameElement.local !== 'name' || nameElement.namespace !== ''))
    unexpected(nameElement, pointer);
  if (children.length > 2) unexpected(children[2] as NamedElement, pointer);
  const listURI = attribute(node, 'listURI');
  const listVersionID = attribute(node, 'listVersionID');
  return {
    // xs:token: whitespace collapses.
    code: textContent(codeElement, `${pointer}/code`)
      .replace(/[\t\n\r ]+/g, ' ')
      .trim(),
    ...(nameElement ? { name: textContent(nameElement, `${pointer}/name`) } : {}),
    ...(listURI !== undefined ? { listURI } : {}),
    ...(listVersionID !== undefined ? { listVersionID } : {}),
  };
}

function expect(
  parent: NamedElement,
  names: string[],
  namespace: string,
  pointer: string,
  count: number,
  given?: NamedElement[],
): NamedElement[] {
  const children = given ?? childElements(parent, pointer);
  if (given === undefined && children.length > count) unexpected(children[count] as NamedElement, pointer);
  names.forEach((name, index) => {
    const child = children[index];
    if (!child)
      throw new XmlError(`efa-forms: <${parent.local}> at ${pointer} lacks <${name}>`, {
        pointer: `${pointer}/${name}`,
      });
    if (child.local !== name || child.namespace !== namespace) unexpected(child, pointer, name);
  });
  return children;
}

function unexpected(node: NamedElement, pointer: string, wanted?: string): never {
  throw new XmlError(
    `efa-forms: unexpected element {${node.namespace}}${node.local} at ${pointer}${wanted ? `, expected ${wanted}` : ''}`,
    { pointer },
  );
}
