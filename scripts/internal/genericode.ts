/**
 * A small reader for OASIS genericode 1.0 code lists (the format XRepository publishes XÖV code lists in).
 * It reads what a form needs: the list's identity (`CanonicalUri` = XÖV `listURI`, `Version` = `listVersionID`),
 * its columns, its key column and its rows as plain strings. Anything it cannot read becomes a
 * `GenericodeError` naming the file and the problem, never a parser stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { xml2js } from 'xml-js';
import type { Element } from 'xml-js';

const GENERICODE_NS = 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/';

/** Genericode is small; anything larger than this is not a code list we should hold in memory. */
const MAX_BYTES = 16 * 1024 * 1024;

/** A genericode file that is missing, not well-formed XML, or not a usable code list. */
export class GenericodeError extends Error {
  override name = 'GenericodeError';
  constructor(
    /** The file (or label) the problem was found in. */
    readonly file: string,
    /** What is wrong, without the file name. */
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** One `ColumnSet/Column`. */
export interface GenericodeColumn {
  id: string;
  shortName: string;
  longName?: string;
  required: boolean;
}

/** A parsed genericode code list. */
export interface GenericodeList {
  /** `Identification/ShortName`. */
  shortName: string;
  /** `Identification/LongName`, if given. */
  longName?: string;
  /** `Identification/CanonicalUri`: the XÖV `listURI`. */
  listURI: string;
  /** `Identification/Version`: the XÖV `listVersionID`. */
  listVersionID: string;
  /** `Identification/CanonicalVersionUri`, if given. */
  canonicalVersionUri?: string;
  columns: GenericodeColumn[];
  /** Id of the column holding the code: the XÖV-recommended key, otherwise the first key's first column. */
  keyColumn: string;
  /** Rows as column id -> value. Columns without a value in a row are absent. */
  rows: Record<string, string>[];
}

const localName = (name: string | undefined): string => (name ?? '').replace(/^.*:/, '');

const childElements = (parent: Element): Element[] =>
  (parent.elements ?? []).filter((node) => node.type === 'element');

const children = (parent: Element, name: string): Element[] =>
  childElements(parent).filter((node) => localName(node.name) === name);

const child = (parent: Element, name: string): Element | undefined => children(parent, name)[0];

const textOf = (element: Element | undefined): string | undefined => {
  if (!element) return undefined;
  return (element.elements ?? [])
    .map((node) =>
      node.type === 'text' ? String(node.text ?? '') : node.type === 'cdata' ? String(node.cdata ?? '') : '',
    )
    .join('');
};

const attribute = (element: Element, name: string): string | undefined => {
  const value = element.attributes?.[name];
  return value === undefined ? undefined : String(value);
};

/** The `Key` flagged by XÖV as the code column (`xoev-cl-3:empfohleneCodeSpalte`, `xoev-cl:xoev-code`). */
const isRecommendedKey = (key: Element): boolean => {
  const appInfo = child(child(key, 'Annotation') ?? {}, 'AppInfo');
  return childElements(appInfo ?? {}).some((node) =>
    ['empfohleneCodeSpalte', 'xoev-code', 'recommendedKeyColumn'].includes(localName(node.name)),
  );
};

/** Whether the document's last markup, after trailing comments and processing instructions, is `</name>`. */
function endsWithEndTag(xml: string, name: string): boolean {
  let tail = xml.trimEnd();
  for (;;) {
    if (tail.endsWith('-->')) tail = tail.slice(0, tail.lastIndexOf('<!--')).trimEnd();
    else if (tail.endsWith('?>')) tail = tail.slice(0, tail.lastIndexOf('<?')).trimEnd();
    else break;
  }
  const start = tail.lastIndexOf('</');
  return start !== -1 && tail.slice(start + 2, -1).trimEnd() === name && tail.endsWith('>');
}

/**
 * Parses genericode XML.
 * @param xml the file's text
 * @param file the name used in error messages
 * @throws GenericodeError when the XML is not well-formed or not a genericode code list
 */
export function parseGenericode(xml: string, file: string): GenericodeList {
  const fail = (detail: string): never => {
    throw new GenericodeError(file, detail);
  };

  let document: Element;
  try {
    document = xml2js(xml, { compact: false, trim: false }) as Element;
  } catch (error) {
    // sax reports "Unexpected close tag\nLine: 3\nColumn: 5\nChar: >": keep it on one line.
    const message = error instanceof Error ? error.message : String(error);
    const [what = 'parse error', ...where] = message.split('\n');
    return fail(`not well-formed XML: ${what}${where.length ? ` (${where.join(', ')})` : ''}`);
  }

  if ((document.elements ?? []).some((node) => node.type === 'doctype')) {
    fail('DOCTYPE declarations are not accepted in code lists');
  }
  // sax, under xml-js, reports errors at the end of the input to nobody: a second root element or a
  // truncated file (unclosed elements) would pass silently. Check both here.
  const roots = childElements(document);
  if (roots.length > 1) fail(`not well-formed XML: ${roots.length} root elements, expected one`);
  const root = roots[0];
  if (root?.elements && !endsWithEndTag(xml, root.name ?? '')) {
    fail(`not well-formed XML: the file ends before </${root.name}> (truncated?)`);
  }
  if (!root || localName(root.name) !== 'CodeList') {
    return fail(`root element is <${root?.name ?? 'nothing'}>, expected a genericode <gc:CodeList>`);
  }
  const prefix = root.name?.includes(':') ? root.name.split(':')[0] : undefined;
  const namespace = attribute(root, prefix ? `xmlns:${prefix}` : 'xmlns');
  if (namespace !== GENERICODE_NS) {
    fail(`root element <${root.name}> is in namespace ${namespace ?? '(none)'}, expected ${GENERICODE_NS}`);
  }

  const identification = child(root, 'Identification') ?? fail('missing <Identification>');
  const required = (parent: Element, name: string, where: string): string => {
    const value = textOf(child(parent, name))?.trim();
    return value ? value : fail(`missing or empty <${name}> in <${where}>`);
  };
  const shortName = required(identification, 'ShortName', 'Identification');
  const listURI = required(identification, 'CanonicalUri', 'Identification');
  const listVersionID = required(identification, 'Version', 'Identification');
  const longName = textOf(child(identification, 'LongName'))?.trim();
  const canonicalVersionUri = textOf(child(identification, 'CanonicalVersionUri'))?.trim();

  const columnSet = child(root, 'ColumnSet') ?? fail('missing <ColumnSet>');
  const columns: GenericodeColumn[] = children(columnSet, 'Column').map((column, index) => {
    const id = attribute(column, 'Id') ?? fail(`<Column> number ${index + 1} has no Id attribute`);
    const columnLongName = textOf(child(column, 'LongName'))?.trim();
    return {
      id,
      shortName: textOf(child(column, 'ShortName'))?.trim() || id,
      ...(columnLongName ? { longName: columnLongName } : {}),
      required: attribute(column, 'Use') === 'required',
    };
  });
  if (columns.length === 0) fail('<ColumnSet> declares no <Column>');
  const columnIds = new Set(columns.map((column) => column.id));
  if (columnIds.size !== columns.length) fail('<ColumnSet> declares a column Id twice');

  const keys = children(columnSet, 'Key');
  const key =
    keys.find(isRecommendedKey) ?? keys[0] ?? fail('<ColumnSet> declares no <Key>, so no code column');
  const keyRef = child(key, 'ColumnRef');
  const keyColumn =
    (keyRef && attribute(keyRef, 'Ref')) ?? fail(`<Key Id="${attribute(key, 'Id') ?? ''}"> has no ColumnRef`);
  if (!columnIds.has(keyColumn))
    fail(`<Key> refers to column "${keyColumn}", which <ColumnSet> does not declare`);

  const codeList = child(root, 'SimpleCodeList') ?? fail('missing <SimpleCodeList>');
  const seen = new Set<string>();
  const rows = children(codeList, 'Row').map((row, rowIndex) => {
    const where = `<Row> number ${rowIndex + 1}`;
    const values: Record<string, string> = {};
    // A Value without ColumnRef belongs to the column after the previous Value's (genericode 1.0, 3.4.4).
    let position = -1;
    for (const value of children(row, 'Value')) {
      const ref = attribute(value, 'ColumnRef');
      position = ref === undefined ? position + 1 : columns.findIndex((column) => column.id === ref);
      const column =
        columns[position] ??
        fail(`${where} has a value for ${ref ? `unknown column "${ref}"` : 'a column past the last one'}`);
      if (child(value, 'ComplexValue'))
        fail(`${where}, column "${column.id}": ComplexValue is not supported`);
      const simple = child(value, 'SimpleValue');
      if (simple) values[column.id] = textOf(simple) ?? '';
    }
    const code = values[keyColumn]?.trim();
    if (!code) fail(`${where} has no value in the key column "${keyColumn}"`);
    else if (seen.has(code)) fail(`${where} repeats the code "${code}" of key column "${keyColumn}"`);
    else seen.add(code);
    return values;
  });
  if (rows.length === 0) fail('<SimpleCodeList> has no <Row>');

  return {
    shortName,
    ...(longName ? { longName } : {}),
    listURI,
    listVersionID,
    ...(canonicalVersionUri ? { canonicalVersionUri } : {}),
    columns,
    keyColumn,
    rows,
  };
}

/**
 * Reads and parses a genericode file.
 * @throws GenericodeError when the file is missing, unreadable, too large or not a genericode code list
 */
export async function readGenericode(path: string | URL): Promise<GenericodeList> {
  const file = path instanceof URL ? fileURLToPath(path) : path;
  let xml: string;
  try {
    const { size } = await stat(file);
    if (size > MAX_BYTES)
      throw new GenericodeError(file, `is ${size} bytes, more than the ${MAX_BYTES} a code list may have`);
    xml = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof GenericodeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new GenericodeError(
      file,
      code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})`,
    );
  }
  return parseGenericode(xml, file);
}
