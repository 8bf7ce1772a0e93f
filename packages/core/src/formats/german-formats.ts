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

/**
 * The German formats by ajv format name, for `"format": "…"` in a service definition's schema:
 * - `de-postcode`: {@link isGermanPostcode}
 * - `iban`: {@link isIban} (spaces in groups of four and lower case allowed; store `normalizeIban`'s result)
 * - `de-steuer-id`: {@link isSteuerId}
 * - `de-licence-plate`: {@link isGermanLicencePlate}
 * - `din-91379-a`, `din-91379-b`, `din-91379-c`: {@link isDin91379A}, {@link isDin91379B}, {@link isDin91379C}
 */
export const germanFormats: Readonly<Record<GermanFormatName, StringFormat>> = {
  'de-postcode': { type: 'string', validate: isGermanPostcode },
  iban: { type: 'string', validate: isIban },
  'de-steuer-id': { type: 'string', validate: isSteuerId },
  'de-licence-plate': { type: 'string', validate: isGermanLicencePlate },
  'din-91379-a': { type: 'string', validate: isDin91379A },
  'din-91379-b': { type: 'string', validate: isDin91379B },
  'din-91379-c': { type: 'string', validate: isDin91379C },
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
