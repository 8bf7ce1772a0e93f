import type { ValidationError } from '@efa-forms/core';

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

/**
 * A value in the data that XML cannot hold: not of the schema's type (with validation turned off), not
 * base64, not one of the options, a property the schema does not declare, or a character XML 1.0
 * cannot carry. `pointer` names the value.
 */
export class XmlValueError extends XmlError {
  constructor(message: string, details: XmlErrorDetails = {}) {
    super(message, details);
    this.name = 'XmlValueError';
  }
}

/** @deprecated Use `ValidationError` of `@efa-forms/core`: the errors are the validator's own. */
export type DataProblem = ValidationError;

/**
 * Thrown by `toXml` for data that does not validate against the definition: the data is wrong, not
 * the XML, so it is no `XmlError`. `errors` are core's `ValidationError`s for the pruned data, every
 * one; `pointer` is the first one's.
 */
export class InvalidDataError extends Error {
  /** All validation errors of the (pruned) data. */
  readonly errors: readonly ValidationError[];
  /** JSON Pointer of the first error. */
  readonly pointer: string;

  constructor(errors: readonly ValidationError[]) {
    const first = errors[0];
    super(
      `efa-forms: the data is not valid (${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, first at "${first?.pointer ?? ''}")`,
    );
    this.name = 'InvalidDataError';
    this.errors = errors;
    this.pointer = first?.pointer ?? '';
  }
}
