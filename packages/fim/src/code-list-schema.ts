import type { JsonSchemaObject } from '@efa-forms/core';
import { GenericodeError, parseGenericode, type GenericodeList } from './parse-genericode.js';

type Row = Record<string, string>;

/** Which rows of a code list become options, and how they are labelled. */
export interface CodeListOptions {
  /** Column holding the code. Default: the list's key column. */
  code?: string;
  /**
   * Column holding the option's label, or a function building the label from a row. Default: the
   * column XÖV marks as the name key, else a column called like a name (`name`, `beschreibung`,
   * `bezeichnung`, `description`, … ; a long form before a short one), else the first required
   * column that is not the code. With the default, labels that several codes share get the code
   * added ("Leitstelle (ag)"), so a person can tell the options apart; a title named here must give
   * distinct labels.
   */
  title?: string | ((row: Row) => string | undefined);
  /** Which rows become options. Default: all. */
  include?: (row: Row) => boolean;
  /** Codes listed first, in this order (e.g. "deutsch" at the top of the nationalities). */
  first?: string[];
  /** Name of the list in error messages (a file name). Default `code list`. */
  fileName?: string;
}

/** One option of a code-list enum. */
export interface CodeOption {
  const: string;
  title: string;
}

/** Collapses the line breaks and runs of spaces some lists have inside labels. */
const clean = (value: string | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

const NAME_COLUMN =
  /^(?:name|beschreibung|bezeichnung|description|wert|text|label)(?:[-_.](?:de|de-de|lang))?$/i;
const NAME_LIKE = /name|beschreibung|bezeichnung|description/i;

/** The label column `CodeListOptions.title` defaults to. */
function defaultTitleColumn(list: GenericodeList, codeColumn: string): string | undefined {
  const others = list.columns.filter((column) => column.id !== codeColumn);
  const exact = others.find((column) => NAME_COLUMN.test(column.id));
  if (exact) return exact.id;
  const like = others.filter((column) => NAME_LIKE.test(column.id));
  const long = like.find((column) => /lang|voll|long|de/i.test(column.id));
  return (long ?? like[0] ?? others.find((column) => column.required) ?? others[0])?.id;
}

/**
 * Turns a parsed code list into `{const, title}` options: codes from the code column, labels from
 * the title column (whitespace collapsed), in the publisher's order except for `first`.
 * @throws GenericodeError when a named column is not in the list, a label is empty or used twice, no row
 *   is left, or a `first` code is missing
 */
export function codeListOptions(list: GenericodeList, options: CodeListOptions = {}): CodeOption[] {
  const file = options.fileName ?? 'code list';
  const columnIds = new Set(list.columns.map((column) => column.id));
  const codeColumn = options.code ?? list.keyColumn;
  const titleOption = options.title ?? defaultTitleColumn(list, codeColumn) ?? codeColumn;
  for (const column of [codeColumn, ...(typeof titleOption === 'string' ? [titleOption] : [])]) {
    if (!columnIds.has(column)) {
      throw new GenericodeError(file, `has no column "${column}" (columns: ${[...columnIds].join(', ')})`);
    }
  }
  const label = typeof titleOption === 'string' ? (row: Row) => row[titleOption] : titleOption;

  const result: CodeOption[] = [];
  const titles = new Map<string, string>();
  const rows = options.include ? list.rows.filter(options.include) : list.rows;
  const shared = new Set<string>();
  if (options.title === undefined) {
    const seen = new Set<string>();
    for (const row of rows) {
      const title = clean(label(row));
      if (seen.has(title)) shared.add(title);
      seen.add(title);
    }
  }
  for (const row of rows) {
    const code = clean(row[codeColumn]);
    if (!code) throw new GenericodeError(file, `a row has no value in the code column "${codeColumn}"`);
    const plain = clean(label(row));
    const title = shared.has(plain) ? `${plain} (${code})` : plain;
    if (!title) throw new GenericodeError(file, `code "${code}" has no label`);
    // Two options a person cannot tell apart are a mistake in the column choice, not in the list.
    const other = titles.get(title);
    if (other !== undefined)
      throw new GenericodeError(file, `codes "${other}" and "${code}" have the same label "${title}"`);
    titles.set(title, code);
    result.push({ const: code, title });
  }
  if (result.length === 0) throw new GenericodeError(file, 'no row is left after filtering');

  const first = options.first ?? [];
  for (const code of first) {
    if (!result.some((option) => option.const === code)) {
      throw new GenericodeError(
        file,
        `code "${code}", which is to be listed first, is not among the options`,
      );
    }
  }
  const rank = (option: CodeOption) => {
    const index = first.indexOf(option.const);
    return index === -1 ? first.length : index;
  };
  // Array.prototype.sort is stable: codes not listed in `first` keep the publisher's order.
  return result.sort((a, b) => rank(a) - rank(b));
}

/**
 * The JSON Schema of a field whose value is a code of a genericode code list: `type: string`,
 * `x-xoev.codeList` with the list's `listURI` and `listVersionID` (so `@efa-forms/xoev` writes an
 * XÖV Code type), `title` from the list's name, and the options as `oneOf: [{const, title}]`.
 *
 * @param genericodeXml the genericode 1.0 file's text (read as untrusted XML)
 * @throws GenericodeError (a `FimError`) when the XML is malformed or not a usable code list
 */
export function codeListSchema(genericodeXml: string, options: CodeListOptions = {}): JsonSchemaObject {
  const list = parseGenericode(genericodeXml, options.fileName);
  return {
    type: 'string',
    title: list.longName ?? list.shortName,
    'x-xoev': { codeList: { listURI: list.listURI, listVersionID: list.listVersionID } },
    oneOf: codeListOptions(list, options).map((option) => ({ ...option })),
  };
}
