import type AjvCore from 'ajv/dist/core.js';
import { isDin91379A, isDin91379B, isDin91379C } from './din-91379.js';
import { isIban } from './iban.js';
import { isGermanLicencePlate } from './licence-plate.js';
import { isGermanPostcode } from './postcode.js';
import { isSteuerId } from './steuer-id.js';

/**
 * An ajv format for string data. ajv calls `validate` only for strings, so the function never sees
 * other JSON types; every validator here is cheap enough to run on each keystroke.
 */
export interface StringFormat {
  /** ajv applies the format to strings only. */
  readonly type: 'string';
  /** Whether the string conforms; never throws. */
  readonly validate: (s: string) => boolean;
}

/** The names under which {@link addGermanFormats} registers the German formats with ajv. */
export type GermanFormatName =
  | 'de-postcode'
  | 'iban'
  | 'de-steuer-id'
  | 'de-licence-plate'
  | 'din-91379-a'
  | 'din-91379-b'
  | 'din-91379-c';

// One constant per format, so that a compiled service's formats module imports the ones its code
// names and a bundler drops the rest (`standaloneValidators`' `formatsCode`).
/** `de-postcode`: {@link isGermanPostcode} */
export const dePostcodeFormat: StringFormat = { type: 'string', validate: isGermanPostcode };
/** `iban`: {@link isIban} (spaces in groups of four and lower case allowed; store `normalizeIban`'s result) */
export const ibanFormat: StringFormat = { type: 'string', validate: isIban };
/** `de-steuer-id`: {@link isSteuerId} */
export const deSteuerIdFormat: StringFormat = { type: 'string', validate: isSteuerId };
/** `de-licence-plate`: {@link isGermanLicencePlate} */
export const deLicencePlateFormat: StringFormat = { type: 'string', validate: isGermanLicencePlate };
/** `din-91379-a`: {@link isDin91379A} */
export const din91379AFormat: StringFormat = { type: 'string', validate: isDin91379A };
/** `din-91379-b`: {@link isDin91379B} */
export const din91379BFormat: StringFormat = { type: 'string', validate: isDin91379B };
/** `din-91379-c`: {@link isDin91379C} */
export const din91379CFormat: StringFormat = { type: 'string', validate: isDin91379C };

/**
 * The German formats by ajv format name, for `"format": "…"` in a service definition's schema (each
 * described at its constant above).
 */
export const germanFormats: Readonly<Record<GermanFormatName, StringFormat>> = {
  'de-postcode': dePostcodeFormat,
  iban: ibanFormat,
  'de-steuer-id': deSteuerIdFormat,
  'de-licence-plate': deLicencePlateFormat,
  'din-91379-a': din91379AFormat,
  'din-91379-b': din91379BFormat,
  'din-91379-c': din91379CFormat,
};

/**
 * Registers every format of {@link germanFormats} with an ajv instance of any draft (`Ajv`,
 * `Ajv2019`, `Ajv2020`). A format of the same name that was added before is replaced.
 *
 * @param ajv the instance to extend
 * @returns the same instance, for chaining
 */
export function addGermanFormats<T extends AjvCore>(ajv: T): T {
  for (const [name, definition] of Object.entries(germanFormats)) ajv.addFormat(name, definition);
  return ajv;
}
