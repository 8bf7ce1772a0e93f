/**
 * Errors of `@efa-forms/xoev`. Small `Error` subclasses with structured fields, so callers can point
 * at the field (`pointer`) or the place in the XML text (`line`, `column`) without parsing messages.
 */

/** Where an `XmlError` happened: a field, a place in an XML text, or both unknown (whole document). */
export interface XmlErrorDetails {
  /**
   * JSON Pointer of the field in the data (`/inhaber/familienname`, `/vertreter/0/vornamen`; a field
   * the definition cannot map to XML is named the same way, with `0` for any array item), or of a
   * setting: `/xoev/prefix`, `/header/leser/name`, `/header/erstellungszeitpunkt`, `/tenant/dvdv`.
   */
  pointer?: string;
  /** 1-based line in the XML text (parsing only). */
  line?: number;
  /** 1-based column in characters (Unicode code points) in the XML text (parsing only). */
  column?: number;
}

/**
 * A value that cannot become XML, XML that is not well-formed, XML that is refused (DOCTYPE, too
 * large, too deep) or XML that does not fit the definition.
 */
export class XmlError extends Error {
  /** JSON Pointer of the field or setting, when the problem has one (see `XmlErrorDetails`). */
  readonly pointer: string | undefined;
  /** 1-based line in the XML text, when the problem has one. */
  readonly line: number | undefined;
  /** 1-based column in the XML text, when the problem has one. */
  readonly column: number | undefined;

  constructor(message: string, details: XmlErrorDetails = {}) {
    super(message);
    this.name = 'XmlError';
    this.pointer = details.pointer;
    this.line = details.line;
    this.column = details.column;
  }
}

/** One validation problem, as `@efa-forms/core`'s validator reports it. */
export interface DataProblem {
  pointer: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

/**
 * Thrown by `toXml` for data that does not validate against the definition. `errors` lists every
 * problem as data (the validator's `{pointer, keyword, message, params}`); `pointer` is the first one's.
 */
export class InvalidDataError extends XmlError {
  /** All validation errors of the (pruned) data. */
  readonly errors: readonly DataProblem[];

  constructor(errors: readonly DataProblem[]) {
    const first = errors[0];
    super(
      `efa-forms: the data is not valid (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, first at "${first?.pointer ?? ''}")`,
      { pointer: first?.pointer ?? '' },
    );
    this.name = 'InvalidDataError';
    this.errors = errors;
  }
}
