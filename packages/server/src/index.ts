// @efa-forms/server: the Node intake for submissions (validate, prune, XÖV XML, outbox).

export {
  createIntake,
  type IntakeHandler,
  type IntakeLimits,
  type IntakeOptions,
  type IntakeXsdOptions,
  type SchemaResolver,
} from './create-intake.js';
export { IdempotencyConflictError, type Outbox, type OutboxMessage, type OutboxReceipt } from './outbox.js';
export {
  createFolderOutbox,
  type FolderOutbox,
  type FolderOutboxOptions,
  type FolderReceipt,
  type FolderRecovery,
} from './folder-outbox.js';
export { createVorgangsnummer, isVorgangsnummer } from './vorgangsnummer.js';
