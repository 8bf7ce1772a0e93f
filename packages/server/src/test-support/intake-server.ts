/**
 * Test support: the intake on a real HTTP server on 127.0.0.1 (random free port), with a fresh
 * folder outbox in a temporary directory, the Gewerbeanmeldung example and the official XÖV library
 * schemas from `../shared/xoev/bibliothek/` (never copied into the repository).
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createIntake, type IntakeOptions } from '../create-intake.js';
import { createFolderOutbox, type FolderOutbox, type FolderReceipt } from '../folder-outbox.js';
import { LIBRARY_DIR } from '../../../xoev/src/test-support/library.js';
import { exampleDefinition } from '../../../../examples/load-example.js';

export { LIBRARY_DIR, xmllintCli } from '../../../xoev/src/test-support/library.js';

const EXAMPLE = new URL('../../../../examples/gewerbeanmeldung/', import.meta.url);

/** A file of the Gewerbeanmeldung example, parsed. */
export function example<T = Record<string, unknown>>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, EXAMPLE), 'utf8')) as T;
}

/** The definition as published (shared blocks inlined), the tenant and the full sample. */
export const gewerbeJson = (await exampleDefinition('gewerbeanmeldung')) as unknown as Record<string, unknown>;
export const tenant = example('tenant.musterstadt.json');
export const sample = example('samples/valid-alle-felder.json');

/** A running intake. */
export interface TestIntake {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `<origin>/api/services/gewerbeanmeldung/submissions` */
  submissions: string;
  dir: string;
  outbox: FolderOutbox;
  logs: string[];
  server: Server;
  /** Stops the server (the outbox folder stays until `remove`). */
  close(): Promise<void>;
  /** Stops the server and removes the outbox folder. */
  remove(): Promise<void>;
}

/** Starts an intake for the Gewerbeanmeldung of Musterstadt; `options` override the defaults. */
export async function startIntake(
  options: Partial<IntakeOptions> = {},
  dir: string = mkdtempSync(join(tmpdir(), 'efa-intake-')),
): Promise<TestIntake> {
  const logs: string[] = [];
  const outbox = createFolderOutbox(dir);
  const intake = createIntake({
    definitions: [gewerbeJson],
    tenants: { gewerbeanmeldung: tenant },
    outbox,
    xsd: { libraryDir: LIBRARY_DIR },
    log: (line) => logs.push(line),
    ...options,
  });
  const server = createServer((req, res) => intake(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    origin,
    submissions: `${origin}/api/services/gewerbeanmeldung/submissions`,
    dir,
    outbox,
    logs,
    server,
    close,
    remove: async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** POSTs JSON text (or a value, stringified) with `application/json` unless `headers` say otherwise. */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body:
      typeof body === 'string'
        ? body
        : body instanceof Uint8Array
          ? new Blob([new Uint8Array(body)])
          : JSON.stringify(body),
  });
}

/** One stored message: its receipt and XML. */
export interface StoredMessage {
  receipt: FolderReceipt;
  xml: string;
}

/**
 * What the outbox folder holds for a service, checked for consistency on the way: every XML has its
 * receipt and vice versa, size and hash match, no temporary or other files. Throws on anything wrong.
 */
export function storedMessages(dir: string, serviceId = 'gewerbeanmeldung'): StoredMessage[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, serviceId)).sort();
  } catch {
    return [];
  }
  const stray = names.filter((name) => !/^\d{8}T\d{9}Z-[0-9A-Z]{16}\.(xml|json)$/.test(name));
  if (stray.length > 0) throw new Error(`unexpected files in the outbox: ${stray.join(', ')}`);
  const receipts = names.filter((name) => name.endsWith('.json'));
  const xmls = names.filter((name) => name.endsWith('.xml'));
  if (receipts.length !== xmls.length)
    throw new Error(`${xmls.length} XML files but ${receipts.length} receipts`);
  return receipts.map((name) => {
    const receipt = JSON.parse(readFileSync(join(dir, serviceId, name), 'utf8')) as FolderReceipt;
    const bytes = readFileSync(join(dir, serviceId, receipt.xml.file));
    if (bytes.length !== receipt.xml.bytes)
      throw new Error(`${receipt.xml.file}: size differs from the receipt`);
    return { receipt, xml: bytes.toString('utf8') };
  });
}
