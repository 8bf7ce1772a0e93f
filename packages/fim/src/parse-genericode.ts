/**
 * A reader for OASIS genericode 1.0 code lists (the format XRepository publishes XÖV code lists in).
 * It reads what a form needs: the list's identity (`CanonicalUri` = XÖV `listURI`, `Version` = `listVersionID`),
 * its columns, its key column and its rows as plain strings. The XML is read as untrusted (see `parseXml`).
 * Anything it cannot read becomes a `GenericodeError` naming the file and the problem, never a parser stack trace.
 */
import { FimError } from './fim-error.js';
import { parseXml, type XmlNode } from './internal/parse-xml.js';

const GENERICODE_NS = 'http://docs.oasis-open.org/codelist/ns/genericode/1.0/';

/** Genericode is small; anything larger than this is not a code list we should hold in memory. */
const MAX_LENGTH = 16 * 1024 * 1024;

/** A genericode file that is not well-formed XML or not a usable code list. */
export class GenericodeError extends FimError {
  override name = 'GenericodeError';
  constructor(
    /** The file (or label) the problem was found in. */
    readonly file: string,
    /** What is wrong, without the file name. */
    readonly detail: string,
    where: { line?: number; column?: number; element?: string } = {},
  ) {
    super(`${file}: ${detail}`, where);
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

const children = (parent: XmlNode | undefined, name: string): XmlNode[] =>
  (parent?.children ?? []).filter((node) => node.local === name);

const child = (parent: XmlNode | undefined, name: string): XmlNode | undefined => children(parent, name)[0];

const text = (node: XmlNode | undefined): string | undefined => node?.text;

/** The `Key` flagged by XÖV as the code column (`xoev-cl-3:empfohleneCodeSpalte`, `xoev-cl:xoev-code`). */
const isRecommendedKey = (key: XmlNode): boolean =>
  (child(child(key, 'Annotation'), 'AppInfo')?.children ?? []).some((node) =>
    ['empfohleneCodeSpalte', 'xoev-code', 'recommendedKeyColumn'].includes(node.local),
  );

/**
 * Parses genericode XML.
 * @param xml the file's text
 * @param file the name used in error messages (a file name or a label)
 * @throws GenericodeError when the XML is not well-formed or not a genericode code list
 */
export function parseGenericode(xml: string, file = 'code list'): GenericodeList {
  const at = (node: XmlNode) => ({ line: node.line, column: node.column, element: node.name });
  const fail = (detail: string, node?: XmlNode): never => {
    throw new GenericodeError(file, detail, node ? at(node) : {});
  };

  let root: XmlNode;
  try {
    root = parseXml(xml, { maxLength: MAX_LENGTH, maxDepth: 32 });
  } catch (error) {
    if (!(error instanceof FimError)) throw error;
    const { line, column, element } = error;
    throw new GenericodeError(file, error.message, {
      ...(line !== undefined ? { line } : {}),
      ...(column !== undefined ? { column } : {}),
      ...(element !== undefined ? { element } : {}),
    });
  }
  if (root.local !== 'CodeList') {
    throw new GenericodeError(
      file,
      `root element is <${root.name}>, expected a genericode <gc:CodeList>`,
      at(root),
    );
  }
  if (root.namespace !== GENERICODE_NS) {
    throw new GenericodeError(
      file,
      `root element <${root.name}> is in namespace ${root.namespace ?? '(none)'}, expected ${GENERICODE_NS}`,
      at(root),
    );
  }

  const identification = child(root, 'Identification') ?? fail('missing <Identification>', root);
  const required = (parent: XmlNode, name: string, where: string): string => {
    const value = text(child(parent, name))?.trim();
    return value ? value : fail(`missing or empty <${name}> in <${where}>`, parent);
  };
  const shortName = required(identification, 'ShortName', 'Identification');
  const listURI = required(identification, 'CanonicalUri', 'Identification');
  const listVersionID = required(identification, 'Version', 'Identification');
  const longName = text(child(identification, 'LongName'))?.trim();
  const canonicalVersionUri = text(child(identification, 'CanonicalVersionUri'))?.trim();

  const columnSet = child(root, 'ColumnSet') ?? fail('missing <ColumnSet>', root);
  const columns: GenericodeColumn[] = children(columnSet, 'Column').map((column, index) => {
    const id = column.attributes['Id'] ?? fail(`<Column> number ${index + 1} has no Id attribute`, column);
    const columnLongName = text(child(column, 'LongName'))?.trim();
    return {
      id,
      shortName: text(child(column, 'ShortName'))?.trim() || id,
      ...(columnLongName ? { longName: columnLongName } : {}),
      required: column.attributes['Use'] === 'required',
    };
  });
  if (columns.length === 0) fail('<ColumnSet> declares no <Column>', columnSet);
  const columnIds = new Set(columns.map((column) => column.id));
  if (columnIds.size !== columns.length) fail('<ColumnSet> declares a column Id twice', columnSet);

  const keys = children(columnSet, 'Key');
  const key =
    keys.find(isRecommendedKey) ??
    keys[0] ??
    fail('<ColumnSet> declares no <Key>, so no code column', columnSet);
  const keyRef = child(key, 'ColumnRef');
  const keyColumn =
    keyRef?.attributes['Ref'] ?? fail(`<Key Id="${key.attributes['Id'] ?? ''}"> has no ColumnRef`, key);
  if (!columnIds.has(keyColumn))
    fail(`<Key> refers to column "${keyColumn}", which <ColumnSet> does not declare`, key);

  const codeList = child(root, 'SimpleCodeList') ?? fail('missing <SimpleCodeList>', root);
  const seen = new Set<string>();
  const rows = children(codeList, 'Row').map((row, rowIndex) => {
    const where = `<Row> number ${rowIndex + 1}`;
    const values: Record<string, string> = {};
    // A Value without ColumnRef belongs to the column after the previous Value's (genericode 1.0, 3.4.4).
    let position = -1;
    for (const value of children(row, 'Value')) {
      const ref = value.attributes['ColumnRef'];
      position = ref === undefined ? position + 1 : columns.findIndex((column) => column.id === ref);
      const column =
        columns[position] ??
        fail(
          `${where} has a value for ${ref ? `unknown column "${ref}"` : 'a column past the last one'}`,
          value,
        );
      if (child(value, 'ComplexValue'))
        fail(`${where}, column "${column.id}": ComplexValue is not supported`, value);
      const simple = child(value, 'SimpleValue');
      if (simple) values[column.id] = simple.text;
    }
    const code = values[keyColumn]?.trim();
    if (!code) fail(`${where} has no value in the key column "${keyColumn}"`, row);
    else if (seen.has(code)) fail(`${where} repeats the code "${code}" of key column "${keyColumn}"`, row);
    else seen.add(code);
    return values;
  });
  if (rows.length === 0) fail('<SimpleCodeList> has no <Row>', codeList);

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
