import type { Locale } from '@efa-forms/core';

/** The intake's own texts in answers (field messages come from core's validator). */
export interface IntakeMessages {
  notFound(path: string): string;
  methodNotAllowed(method: string, allowed: string): string;
  unknownService(id: string): string;
  unknownVersion(id: string, version: string, versions: string[]): string;
  tenantMissing(id: string): string;
  contentType(given: string | undefined): string;
  tooLarge(maxBytes: number): string;
  notUtf8: string;
  notJson(reason: string, line: number, column: number): string;
  badIdempotencyKey: string;
  idempotencyConflict: string;
  invalidData(count: number): string;
  submissionNotFound(vorgangsnummer: string): string;
  internal(requestId: string): string;
}

const bytes = (n: number, locale: string) =>
  n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`
    : `${n.toLocaleString(locale)} Bytes`;

const de: IntakeMessages = {
  notFound: (path) => `Unter ${path} gibt es nichts.`,
  methodNotAllowed: (method, allowed) => `${method} ist hier nicht möglich, nur ${allowed}.`,
  unknownService: (id) => `Den Dienst „${id}“ gibt es hier nicht.`,
  unknownVersion: (id, version, versions) =>
    `Den Dienst „${id}“ gibt es nicht in Version ${version}, nur in ${versions.join(', ')}.`,
  tenantMissing: (id) =>
    `Der Dienst „${id}“ ist hier nicht eingerichtet: es fehlt die Konfiguration der Behörde (tenant).`,
  contentType: (given) =>
    `Bitte senden Sie JSON (Content-Type: application/json; charset=utf-8), nicht ${given ?? 'ohne Content-Type'}.`,
  tooLarge: (max) => `Die Anfrage ist größer als ${bytes(max, 'de-DE')}.`,
  notUtf8: 'Die Anfrage ist kein gültiges UTF-8.',
  notJson: (reason, line, column) =>
    `Die Anfrage ist kein gültiges JSON: ${reason} in Zeile ${line}, Spalte ${column}.`,
  badIdempotencyKey: 'Der Idempotency-Key muss 1 bis 255 sichtbare ASCII-Zeichen lang sein.',
  idempotencyConflict:
    'Dieser Idempotency-Key wurde schon für eine andere Anfrage benutzt. Senden Sie neue Angaben mit einem neuen Schlüssel.',
  invalidData: (count) =>
    count === 1 ? 'Eine Angabe ist nicht korrekt.' : `${count} Angaben sind nicht korrekt.`,
  submissionNotFound: (vorgangsnummer) => `Den Vorgang ${vorgangsnummer} gibt es hier nicht.`,
  internal: (requestId) =>
    `Ein Fehler im Server; Ihre Angaben wurden nicht gespeichert. Bitte versuchen Sie es noch einmal (Anfrage ${requestId}).`,
};

const en: IntakeMessages = {
  notFound: (path) => `There is nothing at ${path}.`,
  methodNotAllowed: (method, allowed) => `${method} is not possible here, only ${allowed}.`,
  unknownService: (id) => `There is no service "${id}" here.`,
  unknownVersion: (id, version, versions) =>
    `The service "${id}" has no version ${version}, only ${versions.join(', ')}.`,
  tenantMissing: (id) =>
    `The service "${id}" is not set up here: the authority's configuration (tenant) is missing.`,
  contentType: (given) =>
    `Please send JSON (Content-Type: application/json; charset=utf-8), not ${given ?? 'no Content-Type'}.`,
  tooLarge: (max) => `The request is larger than ${bytes(max, 'en-GB').replace('Bytes', 'bytes')}.`,
  notUtf8: 'The request is not valid UTF-8.',
  notJson: (reason, line, column) =>
    `The request is not valid JSON: ${reason} at line ${line}, column ${column}.`,
  badIdempotencyKey: 'The Idempotency-Key must be 1 to 255 visible ASCII characters.',
  idempotencyConflict:
    'This Idempotency-Key was already used for a different request. Send new answers with a new key.',
  invalidData: (count) => (count === 1 ? 'One answer is not correct.' : `${count} answers are not correct.`),
  submissionNotFound: (vorgangsnummer) => `There is no submission ${vorgangsnummer} here.`,
  internal: (requestId) =>
    `A server error; your answers were not stored. Please try again (request ${requestId}).`,
};

/** The intake's texts per locale. */
export const intakeMessages: Record<Locale, IntakeMessages> = { de, en };
