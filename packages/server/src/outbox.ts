/**
 * Where accepted submissions go. The intake hands over a finished, XSD-valid XÖV message; the outbox
 * stores or forwards it. `createFolderOutbox` is the embedded default; a FIT-Connect sender, a message
 * queue or a DMS implements the same interface.
 */

/** One accepted submission, ready to be stored. */
export interface OutboxMessage {
  /** Service id of the definition, e.g. `gewerbeanmeldung`. */
  serviceId: string;
  /** Version of the definition the data was validated against. */
  serviceVersion: string;
  /** The case number the intake assigned (see `createVorgangsnummer`). */
  vorgangsnummer: string;
  /** Time of receipt, ISO 8601 in UTC. */
  receivedAt: string;
  /** The XÖV message, valid against the service's XSD. */
  xml: string;
  /** `nachrichtenUUID` of the message header. */
  nachrichtenUUID: string;
  /** The client's `Idempotency-Key`, if it sent one. */
  idempotencyKey?: string;
  /** SHA-256 (hex) over service, version and request body: a retry with the same key must match it. */
  fingerprint: string;
}

/** What the outbox reports back for a stored message. */
export interface OutboxReceipt {
  vorgangsnummer: string;
  receivedAt: string;
  serviceId: string;
  serviceVersion: string;
  /** `true` when the idempotency key was already stored: nothing new was written, this is the first receipt. */
  replayed: boolean;
}

/**
 * The outbox contract.
 *
 * - `put` resolves only once the message is stored durably (or handed over); then the intake answers `201`.
 * - Idempotency is the outbox's job, because only the store sees every earlier submission, also those
 *   before a restart: a message whose `idempotencyKey` is already stored for the service is not stored
 *   again; `put` resolves with the first receipt (`replayed: true`) when the fingerprints match and
 *   rejects with `IdempotencyConflictError` when they differ. Concurrent puts with one key store once.
 */
export interface Outbox {
  put(message: OutboxMessage): Promise<OutboxReceipt>;
  /**
   * The stored receipt for a service's idempotency key, with the stored fingerprint. Optional: the
   * intake uses it to answer a retry without validating and serialising again.
   */
  find?(
    serviceId: string,
    idempotencyKey: string,
  ): Promise<(OutboxReceipt & { fingerprint: string }) | undefined>;
  /** The stored XML of a message, if any. Needed only for `exposeSubmissions` (demo). */
  read?(serviceId: string, vorgangsnummer: string): Promise<string | undefined>;
}

/** The idempotency key was used before with a different request body (the intake answers `409`). */
export class IdempotencyConflictError extends Error {
  override name = 'IdempotencyConflictError';
  constructor(
    readonly serviceId: string,
    /** The Vorgangsnummer the key was first stored under. */
    readonly vorgangsnummer: string,
  ) {
    super(`efa-forms: the Idempotency-Key was already used for ${serviceId} with a different request body`);
  }
}
