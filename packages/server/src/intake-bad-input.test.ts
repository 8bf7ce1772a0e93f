/**
 * The intake under bad input, each case its own test, against one real server on 127.0.0.1. After
 * every case the server still serves (a list and a valid submission) and the outbox holds exactly
 * the messages that were accepted, each whole (XML with its receipt, no temporary files).
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { post, sample, startIntake, storedMessages, type TestIntake } from './test-support/intake-server.js';

// Real servers, xmllint runs and fsyncs on a shared machine: generous guards, never timed assertions.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let intake: TestIntake;
/** Messages the outbox must hold: every `201` that was not a replay. */
let accepted = 0;

beforeAll(async () => {
  intake = await startIntake();
});
afterAll(async () => {
  await intake.remove();
});
afterEach(async () => {
  const list = await fetch(`${intake.origin}/api/services`);
  expect(list.status).toBe(200);
  const valid = await post(intake.submissions, sample);
  expect(valid.status).toBe(201);
  accepted++;
  expect(storedMessages(intake.dir)).toHaveLength(accepted);
});

interface ErrorBody {
  error: string;
  message: string;
  errors?: { pointer: string; keyword: string; message: string }[];
  [key: string]: unknown;
}

async function refused(response: Response, status: number, error: string): Promise<ErrorBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = (await response.json()) as ErrorBody;
  expect(body.error).toBe(error);
  expect(body.message).toEqual(expect.any(String));
  expect(JSON.stringify(body)).not.toMatch(/at \S+ \(|node:internal|\.ts:\d+/); // no stack trace
  return body;
}

/** A POST through node:http, which sends header values fetch would refuse. */
function rawPost(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('intake under bad input', () => {
  it('malformed JSON: 400 naming line and column', async () => {
    const text = '{\n  "inhaber": {\n    "art": "natuerlich",\n  }\n}';
    const body = await refused(await post(intake.submissions, text), 400, 'not-json');
    expect(body).toMatchObject({ line: 4, column: 3 });
    expect(body.message).toMatch(/Zeile 4, Spalte 3/);
    const english = await post(intake.submissions, '{"a": tru}', { 'accept-language': 'en' });
    expect((await refused(english, 400, 'not-json')).message).toMatch(
      /^The request is not valid JSON: .* at line 1, column 7\.$/,
    );
    await refused(await post(intake.submissions, ''), 400, 'not-json');
  });

  it('JSON that is not an object: 422 from the validator', async () => {
    for (const text of ['null', '"Gewerbe"', '[]', '42']) {
      const body = await refused(await post(intake.submissions, text), 422, 'invalid-data');
      expect(body.errors?.length).toBeGreaterThan(0);
    }
  });

  it('invalid UTF-8: 400', async () => {
    const bytes = new Uint8Array([...Buffer.from('{"x": "'), 0xc3, 0x28, ...Buffer.from('"}')]);
    await refused(await post(intake.submissions, bytes), 400, 'not-utf-8');
  });

  it('a 5 MB body: 413, with Content-Length and chunked', async () => {
    const big = JSON.stringify({ ...sample, padding: 'x'.repeat(5 * 1024 * 1024) });
    const declared = await refused(await post(intake.submissions, big), 413, 'body-too-large');
    expect(declared.maxBytes).toBe(1024 * 1024);
    const encoded = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < encoded.length; offset += 64 * 1024)
          controller.enqueue(encoded.slice(offset, offset + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await fetch(intake.submissions, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await refused(chunked, 413, 'body-too-large');
  });

  it('__proto__ and constructor payloads: no prototype pollution, nothing of them stored', async () => {
    const hostile = JSON.stringify(sample).replace(
      /^\{/,
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, ',
    );
    const nested = JSON.stringify(sample).replace(
      '"inhaber":{',
      '"inhaber":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
    );
    for (const text of [hostile, nested]) {
      expect(text).toContain('"__proto__"');
      // Undeclared properties are pruned, as the browser prunes them: the rest is a valid submission.
      const response = await post(intake.submissions, text);
      expect(response.status).toBe(201);
      accepted++;
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const { xml } of storedMessages(intake.dir)) expect(xml).not.toContain('polluted');
    // Route parameters that name Object.prototype members are no services.
    for (const id of ['__proto__', 'constructor', 'hasOwnProperty', 'toString']) {
      await refused(
        await post(`${intake.origin}/api/services/${id}/submissions`, sample),
        404,
        'unknown-service',
      );
      await refused(await fetch(`${intake.origin}/api/services/${id}`), 404, 'unknown-service');
    }
    await refused(await post(`${intake.submissions}?version=__proto__`, sample), 404, 'unknown-version');
    expect((await post(intake.submissions, sample, { 'idempotency-key': '__proto__' })).status).toBe(201);
    accepted++;
  });

  it('10,000-deep nesting: 422 naming the limit, no stack overflow', async () => {
    const deepArray = '['.repeat(10_000) + ']'.repeat(10_000);
    const root = await refused(await post(intake.submissions, deepArray), 422, 'invalid-data');
    expect(root.errors).toEqual([expect.objectContaining({ pointer: '', keyword: 'limit' })]);
    const inField = JSON.stringify({ ...sample, vertreter: ['__DEEP__'] }).replace('"__DEEP__"', deepArray);
    const field = await refused(await post(intake.submissions, inField), 422, 'invalid-data');
    expect(field.errors).toContainEqual(expect.objectContaining({ keyword: 'limit' }));
    const deepObject = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const nestedObject = JSON.stringify({ ...sample, inhaber: '__DEEP__' }).replace('"__DEEP__"', deepObject);
    await refused(await post(intake.submissions, nestedObject), 422, 'invalid-data');
  });

  it('unknown service: 404', async () => {
    const body = await refused(
      await post(`${intake.origin}/api/services/hundesteuer/submissions`, sample),
      404,
      'unknown-service',
    );
    expect(body.message).toContain('hundesteuer');
    await refused(await fetch(`${intake.origin}/api/services/hundesteuer`), 404, 'unknown-service');
    await refused(
      await post(`${intake.origin}/api/services/Gewerbe%2F..%2F..%2Fetc/submissions`, sample),
      404,
      'unknown-service',
    );
    await refused(await fetch(`${intake.origin}/api/services/gewerbeanmeldung/other`), 404, 'not-found');
  });

  it('wrong content type: 415 with Accept-Post', async () => {
    const json = JSON.stringify(sample);
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=iso-8859-1',
      'application/xml',
    ]) {
      const response = await post(intake.submissions, json, { 'content-type': type });
      await refused(response, 415, 'unsupported-media-type');
      expect(response.headers.get('accept-post')).toBe('application/json');
    }
    const none = await fetch(intake.submissions, { method: 'POST', body: new Blob([json]) });
    await refused(none, 415, 'unsupported-media-type');
    // What is fine: charset utf-8 in any spelling, and +json types.
    for (const type of ['application/json; charset=UTF-8', 'application/vnd.efa+json']) {
      expect((await post(intake.submissions, json, { 'content-type': type })).status).toBe(201);
      accepted++;
    }
  });

  it('XML-illegal characters: 422 with the field’s pointer, nothing stored', async () => {
    for (const [character, name] of [
      ['\u0000', 'NUL'],
      ['\u0001', 'control'],
      ['\uFFFE', 'non-character'],
      ['\uD800', 'lone surrogate'],
    ] as const) {
      const data = {
        ...sample,
        betrieb: { ...(sample.betrieb as object), taetigkeit: `Handel ${character} mit Büchern` },
      };
      const body = await refused(await post(intake.submissions, data), 422, 'invalid-data');
      expect(body.errors, name).toContainEqual(expect.objectContaining({ pointer: '/betrieb/taetigkeit' }));
    }
  });

  it('an Idempotency-Key that is no visible ASCII or too long: 400', async () => {
    for (const key of ['', 'x'.repeat(256), 'with space', 'schl\u00fcssel']) {
      // node:http sends the header as given (fetch refuses some of these values itself).
      const { status, body } = await rawPost(intake.submissions, JSON.stringify(sample), {
        'content-type': 'application/json',
        'idempotency-key': key,
      });
      expect(status, JSON.stringify(key)).toBe(400);
      expect(JSON.parse(body)).toMatchObject({ error: 'bad-idempotency-key' });
    }
  });

  it('a client that disconnects in the middle of its body: nothing stored', async () => {
    const { port } = new URL(intake.origin);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST /api/services/gewerbeanmeldung/submissions HTTP/1.1\r\nHost: x\r\n' +
            'Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"inhaber": {',
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
      socket.on('error', reject);
    });
    await expect.poll(() => intake.logs.some((line) => / 400 | \(aborted\)/.test(line))).toBe(true);
  });

  it(
    '50 concurrent identical submits with one Idempotency-Key: all 201 with one number, one stored',
    { timeout: 120_000 },
    async () => {
      const before = storedMessages(intake.dir).length;
      const responses = await Promise.all(
        Array.from({ length: 50 }, () =>
          post(intake.submissions, sample, { 'idempotency-key': 'doppelklick-1' }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
      const numbers = new Set(
        await Promise.all(
          responses.map(
            async (response) => ((await response.json()) as { vorgangsnummer: string }).vorgangsnummer,
          ),
        ),
      );
      expect(numbers.size).toBe(1);
      expect(
        responses.filter((response) => response.headers.get('idempotent-replayed') !== 'true'),
      ).toHaveLength(1);
      accepted++;
      expect(storedMessages(intake.dir)).toHaveLength(before + 1);
    },
  );

  it('200 concurrent distinct submits: all stored, none lost or mixed', { timeout: 120_000 }, async () => {
    const before = new Set(storedMessages(intake.dir).map((message) => message.receipt.vorgangsnummer));
    const email = (index: number) => `person-${index}@example.org`;
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        post(intake.submissions, {
          ...sample,
          kontakt: { ...(sample.kontakt as object), email: email(index) },
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(200).fill(201));
    const numbers = await Promise.all(
      responses.map(
        async (response) => ((await response.json()) as { vorgangsnummer: string }).vorgangsnummer,
      ),
    );
    expect(new Set(numbers).size).toBe(200);
    accepted += 200;
    const stored = new Map(
      storedMessages(intake.dir)
        .filter((message) => !before.has(message.receipt.vorgangsnummer))
        .map((message) => [message.receipt.vorgangsnummer, message.xml]),
    );
    expect(stored.size).toBe(200);
    numbers.forEach((number, index) => {
      const xml = stored.get(number) ?? '';
      expect(xml).toContain(`>${email(index)}<`);
      expect(xml.match(/@example\.org</g)).toHaveLength(1);
    });
  });
});
