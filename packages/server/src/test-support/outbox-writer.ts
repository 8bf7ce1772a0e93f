/**
 * Test support, run as a child process (`node --import tsx outbox-writer.ts <dir> <round>`): puts
 * messages into a folder outbox as fast as it can, each large enough that a kill often lands in the
 * middle of a write, and prints `stored <vorgangsnummer> <sha256> <key>` once each put has resolved.
 * The crash test kills it with SIGKILL at a random moment.
 */
import { createHash } from 'node:crypto';
import { createFolderOutbox } from '../folder-outbox.js';
import { createVorgangsnummer } from '../vorgangsnummer.js';

const [dir = '', round = '0'] = process.argv.slice(2);
const outbox = createFolderOutbox(dir);
const filler = 'Bücher, Zeitschriften & Noten <gebraucht> '.repeat(6000); // ~250 KB

for (let index = 0; ; index++) {
  const receivedAt = new Date();
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<nachricht nummer="${round}-${index}">${filler
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')}</nachricht>\n`;
  const key = `round-${round}-${index}`;
  const receipt = await outbox.put({
    serviceId: 'gewerbeanmeldung',
    serviceVersion: '1.0.0',
    vorgangsnummer: createVorgangsnummer(receivedAt),
    receivedAt: receivedAt.toISOString(),
    xml,
    nachrichtenUUID: crypto.randomUUID(),
    idempotencyKey: key,
    fingerprint: createHash('sha256').update(key).digest('hex'),
  });
  const sha = createHash('sha256').update(xml).digest('hex');
  process.stdout.write(`stored ${receipt.vorgangsnummer} ${sha} ${key}\n`);
}
