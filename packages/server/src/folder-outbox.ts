import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IdempotencyConflictError, type Outbox, type OutboxMessage, type OutboxReceipt } from './outbox.js';
import { isVorgangsnummer } from './vorgangsnummer.js';
import { syncFolder, TEMP_FILE, writeFileAtomic } from './internal/atomic-file.js';
import { KeyedLock } from './internal/keyed-lock.js';

/** The receipt file `<vorgangsnummer>.json` beside each message. */
export interface FolderReceipt {
  vorgangsnummer: string;
  receivedAt: string;
  service: { id: string; version: string };
  nachrichtenUUID: string;
  /** The message file beside the receipt, its size in bytes and SHA-256 (hex). */
  xml: { file: string; bytes: number; sha256: string };
  idempotencyKey?: string;
  fingerprint: string;
}

/** What `recover` found and cleaned up. */
export interface FolderRecovery {
  /** Temporary files of writes that never finished, removed. */
  removedTempFiles: string[];
  /** Messages whose receipt was never written (the client got no `201`), removed. */
  removedIncomplete: string[];
}

/** Options of `createFolderOutbox`. */
export interface FolderOutboxOptions {
  /** Receives one line per file recovery removed. Default: nothing. */
  log?: (line: string) => void;
}

/** The folder outbox: the `Outbox` methods plus recovery. */
export interface FolderOutbox extends Required<Outbox> {
  /** The folder. */
  readonly dir: string;
  /**
   * Removes what an interrupted process left: temporary files and messages without receipt. Runs
   * once by itself before the first operation; its result is memoised.
   */
  recover(): Promise<FolderRecovery>;
}

/** Where idempotency keys live, beside the service folders (service ids cannot start with a dot). */
const KEYS = '.idempotency';
const SERVICE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The embedded outbox: one folder per service, one message per Vorgangsnummer.
 *
 * ```
 * <dir>/<serviceId>/<vorgangsnummer>.xml    the XÖV message
 * <dir>/<serviceId>/<vorgangsnummer>.json   its receipt (FolderReceipt); written last
 * <dir>/.idempotency/<serviceId>/<sha256(key)>.json   idempotency keys
 * ```
 *
 * Every file is written atomically (temporary file, fsync, rename, fsync of the folder), in the order
 * XML, key, receipt: **a message is complete once its `.json` receipt exists**, and readers (the back
 * office) pick up only those. A process killed at any point leaves each message whole or absent;
 * `recover` (run before the first operation) removes temporary files and XML without receipt.
 * One process writes to a folder at a time: the in-process lock orders puts with one key.
 */
export function createFolderOutbox(dir: string, options: FolderOutboxOptions = {}): FolderOutbox {
  const lock = new KeyedLock();
  const created = new Set<string>();
  let recovery: Promise<FolderRecovery> | undefined;

  const recover = (): Promise<FolderRecovery> => (recovery ??= runRecovery(dir, options.log ?? (() => {})));

  async function folder(path: string): Promise<string> {
    if (!created.has(path)) {
      await mkdir(path, { recursive: true });
      created.add(path);
    }
    return path;
  }

  async function find(
    serviceId: string,
    idempotencyKey: string,
  ): Promise<(OutboxReceipt & { fingerprint: string }) | undefined> {
    checkServiceId(serviceId);
    await recover();
    let stored: KeyRecord;
    try {
      stored = JSON.parse(await readFile(keyFile(dir, serviceId, idempotencyKey), 'utf8')) as KeyRecord;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    // The key is written before the receipt: a key whose message never completed is no key.
    if (!(await exists(join(dir, serviceId, `${stored.vorgangsnummer}.json`)))) return undefined;
    return { ...stored, serviceId, replayed: true };
  }

  async function write(message: OutboxMessage): Promise<OutboxReceipt> {
    const serviceDir = await folder(join(dir, message.serviceId));
    const { vorgangsnummer } = message;
    const bytes = Buffer.from(message.xml, 'utf8');
    await writeFileAtomic(serviceDir, `${vorgangsnummer}.xml`, bytes);
    await syncFolder(serviceDir);
    if (message.idempotencyKey !== undefined) {
      const keysDir = await folder(join(dir, KEYS, message.serviceId));
      const record: KeyRecord = {
        vorgangsnummer,
        receivedAt: message.receivedAt,
        serviceVersion: message.serviceVersion,
        fingerprint: message.fingerprint,
      };
      await writeFileAtomic(keysDir, keyName(message.idempotencyKey), JSON.stringify(record));
      await syncFolder(keysDir);
    }
    const receipt: FolderReceipt = {
      vorgangsnummer,
      receivedAt: message.receivedAt,
      service: { id: message.serviceId, version: message.serviceVersion },
      nachrichtenUUID: message.nachrichtenUUID,
      xml: {
        file: `${vorgangsnummer}.xml`,
        bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      },
      ...(message.idempotencyKey !== undefined ? { idempotencyKey: message.idempotencyKey } : {}),
      fingerprint: message.fingerprint,
    };
    // The commit point: from this rename on, the message exists.
    await writeFileAtomic(serviceDir, `${vorgangsnummer}.json`, JSON.stringify(receipt, null, 2) + '\n');
    await syncFolder(serviceDir);
    return {
      vorgangsnummer,
      receivedAt: message.receivedAt,
      serviceId: message.serviceId,
      serviceVersion: message.serviceVersion,
      replayed: false,
    };
  }

  async function put(message: OutboxMessage): Promise<OutboxReceipt> {
    checkServiceId(message.serviceId);
    if (!isVorgangsnummer(message.vorgangsnummer))
      throw new Error(`efa-forms: "${message.vorgangsnummer}" is not a Vorgangsnummer`);
    await recover();
    const key = message.idempotencyKey;
    if (key === undefined) return write(message);
    return lock.run(`${message.serviceId}\n${key}`, async () => {
      const stored = await find(message.serviceId, key);
      if (!stored) return write(message);
      if (stored.fingerprint !== message.fingerprint)
        throw new IdempotencyConflictError(message.serviceId, stored.vorgangsnummer);
      const { fingerprint: _fingerprint, ...receipt } = stored;
      return receipt;
    });
  }

  async function read(serviceId: string, vorgangsnummer: string): Promise<string | undefined> {
    checkServiceId(serviceId);
    if (!isVorgangsnummer(vorgangsnummer)) return undefined;
    await recover();
    const base = join(dir, serviceId, vorgangsnummer);
    if (!(await exists(`${base}.json`))) return undefined;
    try {
      return await readFile(`${base}.xml`, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  return { dir, put, find, read, recover };
}

interface KeyRecord {
  vorgangsnummer: string;
  receivedAt: string;
  serviceVersion: string;
  fingerprint: string;
}

/** Keys are client text: stored under their hash, so any key is a safe file name. */
function keyName(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey, 'utf8').digest('hex') + '.json';
}

function keyFile(dir: string, serviceId: string, idempotencyKey: string): string {
  return join(dir, KEYS, serviceId, keyName(idempotencyKey));
}

function checkServiceId(serviceId: string): void {
  // Path safety: a service id becomes a folder name.
  if (!SERVICE_ID.test(serviceId)) throw new Error(`efa-forms: "${serviceId}" is not a service id`);
}

async function runRecovery(dir: string, log: (line: string) => void): Promise<FolderRecovery> {
  await mkdir(dir, { recursive: true });
  const result: FolderRecovery = { removedTempFiles: [], removedIncomplete: [] };
  const folders: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && SERVICE_ID.test(entry.name)) folders.push(join(dir, entry.name));
  }
  try {
    for (const entry of await readdir(join(dir, KEYS), { withFileTypes: true }))
      if (entry.isDirectory()) folders.push(join(dir, KEYS, entry.name));
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  for (const folder of folders) {
    const names = new Set(await readdir(folder));
    let changed = false;
    for (const name of names) {
      if (TEMP_FILE.test(name)) {
        await rm(join(folder, name), { force: true });
        result.removedTempFiles.push(join(folder, name));
        changed = true;
      } else if (name.endsWith('.xml') && !names.has(name.slice(0, -4) + '.json')) {
        await rm(join(folder, name), { force: true });
        result.removedIncomplete.push(join(folder, name));
        changed = true;
      }
    }
    if (changed) await syncFolder(folder);
  }
  for (const file of result.removedTempFiles) log(`outbox: removed the unfinished write ${file}`);
  for (const file of result.removedIncomplete) log(`outbox: removed the message without receipt ${file}`);
  return result;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
