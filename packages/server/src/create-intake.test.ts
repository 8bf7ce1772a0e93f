import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createValidator, loadDefinition, prune } from '@efa-forms/core';
import { fromXml, toXsd } from '@efa-forms/xoev';
import { createIntake } from './create-intake.js';
import { createFolderOutbox } from './folder-outbox.js';
import type { Outbox } from './outbox.js';
import { isVorgangsnummer } from './vorgangsnummer.js';
import {
  LIBRARY_DIR,
  example,
  gewerbeJson,
  post,
  sample,
  startIntake,
  storedMessages,
  tenant,
  xmllintCli,
  type TestIntake,
} from './test-support/intake-server.js';

// Real servers, xmllint runs and fsyncs on a shared machine: generous guards, never timed assertions.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const definition = loadDefinition(gewerbeJson, { tenant, locale: 'de' });
const PRUNED_VALID = 'invalid-personenangaben-bei-juristischer-person.json';
const running: TestIntake[] = [];
async function start(...args: Parameters<typeof startIntake>): Promise<TestIntake> {
  const intake = await startIntake(...args);
  running.push(intake);
  return intake;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((intake) => intake.remove()));
});

describe('POST /api/services/:id/submissions', () => {
  it('stores the Gewerbe sample as XÖV XML valid against the XSD and the official header schemas', async () => {
    const intake = await start();
    const response = await post(intake.submissions, sample);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { vorgangsnummer: string; receivedAt: string };
    expect(isVorgangsnummer(body.vorgangsnummer)).toBe(true);
    expect(new Date(body.receivedAt).toISOString()).toBe(body.receivedAt);

    const [stored, ...more] = storedMessages(intake.dir);
    expect(more).toEqual([]);
    expect(stored?.receipt).toMatchObject({
      vorgangsnummer: body.vorgangsnummer,
      receivedAt: body.receivedAt,
      service: { id: 'gewerbeanmeldung', version: definition.version },
      xml: { file: `${body.vorgangsnummer}.xml` },
    });
    const xml = stored?.xml ?? '';
    expect(createHash('sha256').update(xml).digest('hex')).toBe(stored?.receipt.xml.sha256);
    // xmllint (the command line, as a back office runs it) with the official XÖV library schemas.
    const lint = xmllintCli(toXsd(definition), [xml]);
    expect(lint.stderr).toContain('validates');
    expect(lint.status).toBe(0);
    // The content is what was sent.
    const parsed = fromXml(definition, xml);
    expect(parsed.data).toEqual(prune(definition, sample));
    expect(parsed.header.nachrichtenUUID).toBe(stored?.receipt.nachrichtenUUID);
    expect(xml).toContain('<bn-g2g:erstellungszeitpunkt>');
  });

  it('checks with the xmllint command line when asked (xsd.command)', async () => {
    const intake = await start({ xsd: { libraryDir: LIBRARY_DIR, command: 'xmllint' } });
    const responses = await Promise.all(
      [sample, sample, sample].map((data) => post(intake.submissions, data)),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    const stored = storedMessages(intake.dir);
    expect(stored).toHaveLength(3);
    expect(
      xmllintCli(
        toXsd(definition),
        stored.map((message) => message.xml),
      ).status,
    ).toBe(0);
  });

  it('answers invalid data with 422 and the validator’s errors, in the request’s language', async () => {
    const intake = await start();
    const expectations =
      example<Record<string, { errors: { pointer: string; keyword: string }[] }>>(
        'samples/expectations.json',
      );
    const en = createValidator(loadDefinition(gewerbeJson, { tenant, locale: 'en' }), { locale: 'en' });
    const de = createValidator(definition, { locale: 'de' });
    for (const [file, expected] of Object.entries(expectations)) {
      // Plain ajv on the raw sample refuses the fields of the branch not taken; the browser and the
      // intake prune them first, so that sample is valid here (asserted below).
      if (!file.endsWith('.json') || file === PRUNED_VALID) continue;
      const data = example(`samples/${file}`);
      for (const [language, validator] of [
        ['en-GB,en;q=0.9,de;q=0.5', en],
        [undefined, de],
      ] as const) {
        const response = await post(
          intake.submissions,
          data,
          language ? { 'accept-language': language } : {},
        );
        expect(response.status, file).toBe(422);
        const body = (await response.json()) as { error: string; errors: unknown[] };
        expect(body.error).toBe('invalid-data');
        // Exactly the browser's errors: same pointers, keywords and messages.
        const browser = validator.validate(prune(definition, data)).errors;
        expect(body.errors, file).toEqual(
          browser.map(({ pointer, message, keyword }) => ({ pointer, message, keyword })),
        );
        // Core reports an option list (`oneOf` of consts) as the `enum` it compiles it to: compare pointers.
        for (const { pointer } of expected.errors)
          expect(body.errors, file).toContainEqual(expect.objectContaining({ pointer }));
      }
    }
    expect(storedMessages(intake.dir)).toEqual([]);
    expect((await post(intake.submissions, example(`samples/${PRUNED_VALID}`))).status).toBe(201);
  });

  it('stores a retried submit with one Idempotency-Key once, also after a restart; another body is 409', async () => {
    const first = await start();
    const headers = { 'idempotency-key': 'retry-1' };
    const a = await post(first.submissions, sample, headers);
    expect(a.status).toBe(201);
    const receipt = await a.json();
    const b = await post(first.submissions, sample, headers);
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(await b.json()).toEqual(receipt);
    await first.close();

    // A new process on the same folder.
    const second = await start({}, first.dir);
    const c = await post(second.submissions, sample, headers);
    expect(c.status).toBe(201);
    expect(await c.json()).toEqual(receipt);
    const changed = { ...sample, kontakt: { email: 'andere@example.org' } };
    const d = await post(second.submissions, changed, headers);
    expect(d.status).toBe(409);
    expect(await d.json()).toMatchObject({ error: 'idempotency-conflict' });
    expect(storedMessages(second.dir)).toHaveLength(1);
    // A new key is a new submission.
    expect((await post(second.submissions, changed, { 'idempotency-key': 'retry-2' })).status).toBe(201);
    expect(storedMessages(second.dir)).toHaveLength(2);
  });

  it('accepts the current version by name and refuses unknown versions and services with 404', async () => {
    const intake = await start();
    expect((await post(`${intake.submissions}?version=${definition.version}`, sample)).status).toBe(201);
    const old = await post(`${intake.submissions}?version=0.0.1`, sample);
    expect(old.status).toBe(404);
    expect(await old.json()).toMatchObject({ error: 'unknown-version', versions: [definition.version] });
    expect(storedMessages(intake.dir)).toHaveLength(1);
  });

  it('keeps older versions accepting submissions that name them', async () => {
    const older = { ...gewerbeJson, version: '0.9.0' };
    const intake = await start({ definitions: [older, gewerbeJson] });
    expect((await post(`${intake.submissions}?version=0.9.0`, sample)).status).toBe(201);
    expect((await post(intake.submissions, sample)).status).toBe(201);
    const versions = storedMessages(intake.dir).map((message) => message.receipt.service.version);
    expect(versions.sort()).toEqual(['0.9.0', definition.version].sort());
    const list = (await (await fetch(`${intake.origin}/api/services`)).json()) as {
      services: { version: string; versions: string[] }[];
    };
    expect(list.services).toEqual([
      expect.objectContaining({ version: definition.version, versions: [definition.version, '0.9.0'] }),
    ]);
  });

  it('takes the clock and the ids it is given (reproducible messages in tests)', async () => {
    const intake = await start({
      clock: () => new Date('2025-03-14T08:30:00.000Z'),
      ids: {
        vorgangsnummer: (receivedAt) =>
          `${receivedAt.toISOString().slice(0, 4)}0314T083000000Z-0000000000000001`,
        nachrichtenUUID: () => '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b',
        requestId: () => 'request-1',
      },
    });
    const response = await post(intake.submissions, sample);
    expect(await response.json()).toEqual({
      vorgangsnummer: '20250314T083000000Z-0000000000000001',
      receivedAt: '2025-03-14T08:30:00.000Z',
    });
    expect(response.headers.get('x-request-id')).toBe('request-1');
    const xml = storedMessages(intake.dir)[0]?.xml ?? '';
    expect(xml).toContain(
      '<bn-g2g:nachrichtenUUID>3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b</bn-g2g:nachrichtenUUID>',
    );
    expect(xml).toContain(
      '<bn-g2g:erstellungszeitpunkt>2025-03-14T09:30:00.000+01:00</bn-g2g:erstellungszeitpunkt>',
    );
  });

  it('answers protocol errors in the request’s language', async () => {
    const intake = await start();
    const de = await post(intake.submissions, sample, { 'content-type': 'text/plain' });
    expect(((await de.json()) as { message: string }).message).toMatch(/^Bitte senden Sie JSON/);
    const en = await post(intake.submissions, sample, {
      'content-type': 'text/plain',
      'accept-language': 'en',
    });
    expect(((await en.json()) as { message: string }).message).toMatch(/^Please send JSON/);
  });

  it('answers 500 with a request id and no details when the outbox fails, and logs the details', async () => {
    const outbox: Outbox = {
      put: () => Promise.reject(new Error('disk on fire at /secret/path')),
    };
    const intake = await start({ outbox });
    const response = await post(intake.submissions, sample);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('disk on fire');
    expect(text).not.toContain('/secret/path');
    expect(text).not.toMatch(/at \S+ \(/); // no stack frames
    const body = JSON.parse(text) as { error: string; requestId: string };
    expect(body.error).toBe('internal');
    expect(response.headers.get('x-request-id')).toBe(body.requestId);
    expect(intake.logs.some((line) => line.includes(body.requestId) && line.includes('disk on fire'))).toBe(
      true,
    );
  });
});

describe('GET /api/services', () => {
  it('lists the offered services with title in the request’s language and the tenant’s name', async () => {
    const intake = await start();
    const de = await fetch(`${intake.origin}/api/services`);
    expect(de.status).toBe(200);
    expect(de.headers.get('vary')).toBe('Accept-Language');
    expect(await de.json()).toEqual({
      services: [
        {
          id: 'gewerbeanmeldung',
          version: definition.version,
          title: definition.title,
          description: definition.description,
          leika: definition.leika,
          tenant: 'Stadt Musterstadt, Gewerbeamt',
          versions: [definition.version],
        },
      ],
    });
    const en = await fetch(`${intake.origin}/api/services`, { headers: { 'accept-language': 'en' } });
    const english = loadDefinition(gewerbeJson, { tenant, locale: 'en' });
    expect(((await en.json()) as { services: { title: string }[] }).services[0]?.title).toBe(english.title);
    expect(en.headers.get('content-language')).toBe('en');
  });

  it('serves the definition with the tenant applied, with an ETag and 304 on If-None-Match', async () => {
    const intake = await start();
    const url = `${intake.origin}/api/services/gewerbeanmeldung`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const served = (await response.json()) as Record<string, unknown>;
    expect(JSON.stringify(served)).not.toContain('{tenant.');
    expect(JSON.stringify(served)).toContain('Stadt Musterstadt');
    // It loads as a definition in the browser, in every language.
    expect(loadDefinition(served, { locale: 'en' }).title).toBe(
      loadDefinition(gewerbeJson, { tenant, locale: 'en' }).title,
    );
    const again = await fetch(url, { headers: { 'if-none-match': `W/"other", ${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect((await fetch(url, { method: 'HEAD' })).headers.get('etag')).toBe(etag);
  });

  it('does not offer a service whose tenant is missing: not listed, 404 with a clear reason, nothing written', async () => {
    const intake = await start({ tenants: {} });
    expect(await (await fetch(`${intake.origin}/api/services`)).json()).toEqual({ services: [] });
    const response = await post(intake.submissions, sample);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'tenant-missing' });
    expect((await fetch(`${intake.origin}/api/services/gewerbeanmeldung`)).status).toBe(404);
    expect(storedMessages(intake.dir)).toEqual([]);
    expect(intake.logs.some((line) => line.includes('no tenant'))).toBe(true);
  });

  it('answers 405 with Allow for other methods', async () => {
    const intake = await start();
    const response = await fetch(`${intake.origin}/api/services`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    const get = await fetch(intake.submissions);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });
});

describe('exposeSubmissions (demo)', () => {
  it('returns the stored XML, inline or as a download, only when enabled', async () => {
    const intake = await start({ exposeSubmissions: true });
    const response = await post(intake.submissions, sample);
    const { vorgangsnummer } = (await response.json()) as { vorgangsnummer: string };
    const location = response.headers.get('location') ?? '';
    expect(location).toBe(`/api/services/gewerbeanmeldung/submissions/${vorgangsnummer}`);
    const xml = await fetch(intake.origin + location);
    expect(xml.status).toBe(200);
    expect(xml.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(await xml.text()).toBe(storedMessages(intake.dir)[0]?.xml);
    const download = await fetch(`${intake.origin}${location}?download`);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="gewerbeanmeldung-${vorgangsnummer}.xml"`,
    );
    // Another number of the same form (its last character changed; it ended in 0 one time in ten).
    const unknown = location.slice(0, -1) + (location.endsWith('0') ? '1' : '0');
    expect((await fetch(`${intake.origin}${unknown}`)).status).toBe(404);
    expect(
      (await fetch(`${intake.origin}/api/services/gewerbeanmeldung/submissions/..%2F..%2Fetc`)).status,
    ).toBe(404);

    const closed = await start();
    const other = await post(closed.submissions, sample);
    const number = ((await other.json()) as { vorgangsnummer: string }).vorgangsnummer;
    expect(other.headers.get('location')).toBeNull();
    expect((await fetch(`${closed.submissions}/${number}`)).status).toBe(404);
  });
});

describe('mounting', () => {
  it('works as connect-style middleware: calls next() for paths it does not own', async () => {
    const dir = (await start()).dir;
    const intake = createIntake({
      definitions: [gewerbeJson],
      tenants: { gewerbeanmeldung: tenant },
      outbox: createFolderOutbox(dir),
      xsd: { libraryDir: LIBRARY_DIR },
      log: () => {},
    });
    type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    // The smallest Connect: run the middlewares in order, each may call next().
    const chain =
      (...stack: Middleware[]) =>
      (req: IncomingMessage, res: ServerResponse) => {
        const run = (index: number): void => stack[index]?.(req, res, () => run(index + 1));
        run(0);
      };
    const fallback: Middleware = (_req, res) => res.end('static');
    const server = createServer(chain(intake, fallback));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${origin}/index.html`)).text()).toBe('static');
      expect(await (await fetch(`${origin}/api/other`)).text()).toBe('static');
      expect((await fetch(`${origin}/api/services`)).status).toBe(200);
      expect((await post(`${origin}/api/services/gewerbeanmeldung/submissions`, sample)).status).toBe(201);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves under another basePath and answers 404 JSON for other paths without next', async () => {
    const intake = await start({ basePath: '/buergerservice/api/' });
    expect((await fetch(`${intake.origin}/buergerservice/api/services`)).status).toBe(200);
    const other = await fetch(`${intake.origin}/api/services`);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: 'not-found' });
  });

  it('logs one line per request: method, path, status, milliseconds, request id', async () => {
    const intake = await start();
    const response = await fetch(`${intake.origin}/api/services?x=1`);
    await response.text();
    await expect.poll(() => intake.logs.length).toBeGreaterThan(0);
    expect(intake.logs.at(-1)).toMatch(
      new RegExp(`^\\S+Z GET /api/services 200 \\d+\\.\\dms ${response.headers.get('x-request-id')}$`),
    );
  });

  it('refuses a configuration without xsd settings, with a missing schema folder, or with a bad tenant', () => {
    const base = {
      definitions: [gewerbeJson],
      tenants: { gewerbeanmeldung: tenant },
      outbox: createFolderOutbox('.'),
    };
    expect(() => createIntake({ ...base, xsd: undefined as never })).toThrow(/options\.xsd is required/);
    expect(() => createIntake({ ...base, xsd: { libraryDir: '.' } })).toThrow(
      /lacks xoev-basisnachricht-g2g_1\.1\.xsd/,
    );
    expect(() =>
      createIntake({ ...base, xsd: false, tenants: { gewerbeanmeldung: { behoerde: { name: 1 } } } }),
    ).toThrow();
    expect(() => createIntake({ ...base, xsd: false, definitions: [gewerbeJson, gewerbeJson] })).toThrow(
      /given twice/,
    );
  });
});
