/**
 * FIM input that cannot be imported: XML that is not well-formed or not accepted (DOCTYPE, entities,
 * too large), a root that is not XDatenfelder 2 or 3, or a required element that is missing, repeated
 * or unexpected. The message names the element and its line and column; the same facts are fields,
 * so a tool can point at the spot.
 */
export class FimError extends Error {
  override name = 'FimError';
  /** 1-based line of the problem in the XML text, when known. */
  readonly line?: number;
  /** 1-based column of the problem, when known. */
  readonly column?: number;
  /** The element the problem is about, as written (`xdf:identifikation`), when there is one. */
  readonly element?: string;

  constructor(message: string, where: { line?: number; column?: number; element?: string } = {}) {
    super(message);
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
    if (where.element !== undefined) this.element = where.element;
  }
}

/**
 * Something the import could not carry over exactly and a person should look at: a select field
 * without its code list, a rule kept as text, a constraint that was dropped.
 */
export interface FimWarning {
  /** What happened and what to do about it. */
  message: string;
  /** The XDatenfelder element it is about, as written (`xdf:datenfeld`). */
  element?: string;
  /** 1-based line of that element in the XML text. */
  line?: number;
  /** JSON Pointer into the generated definition, where the result (or the gap) is. */
  pointer?: string;
}
