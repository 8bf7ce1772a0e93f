import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJson, prune, type Locale, type ValidationError, type ValidatorOptions } from '@efa-forms/core';
import { toXml, XmlError, type HeaderOptions } from '@efa-forms/xoev';
import { IdempotencyConflictError, type Outbox, type OutboxReceipt } from './outbox.js';
import { createVorgangsnummer, isVorgangsnummer } from './vorgangsnummer.js';
import { pickLocale } from './internal/accept-language.js';
import { baseHeaders, HttpError, sendJson } from './internal/http-error.js';
import { intakeMessages, type IntakeMessages } from './internal/intake-messages.js';
import { KeyedLock } from './internal/keyed-lock.js';
import { readBody } from './internal/read-body.js';
import { schemaFolderResolver } from './internal/schema-folder.js';
import { ServiceRegistry, type Service } from './internal/service-registry.js';
import { xmllintCommand } from './internal/xmllint-command.js';
import { wasmValidator, XsdChecker, type BatchValidator } from './internal/xsd-checker.js';

/** Bounds of what the intake accepts. */
export interface IntakeLimits {
  /** Largest request body in bytes; larger ones get `413`. Default 1 MB (1,048,576). */
  maxBodyBytes?: number;
  /** Bounds of the parsed data (depth, values, string and array length), passed to core's validator. */
  data?: ValidatorOptions['limits'];
  /** Most messages checked in one xmllint run. Default 64. */
  xsdBatch?: number;
  /** Most xmllint runs (worker threads) at a time per service. Default 2. */
  xsdRuns?: number;
}

/** Loads a schema an XSD imports, by its absolute URL (see xoev's `validateXml`); never from the network. */
export type SchemaResolver = (url: string) => string | Uint8Array | Promise<string | Uint8Array>;

/** How the intake checks each message against the service's XSD. */
export type IntakeXsdOptions =
  /**
   * A folder with the official XÖV library schemas, named as in their URLs (`xoev-code.xsd`, ...).
   * `command` validates with the `xmllint` command line (Debian `libxml2-utils`, e.g. `'xmllint'`)
   * instead of xmllint-wasm: the same libxml2, a run costs tens of milliseconds instead of hundreds.
   */
  | { libraryDir: string; command?: string }
  /** Loads each schema the XSD imports by its official URL (a catalog, a database, a bundled copy). */
  | { resolve: SchemaResolver }
  /** No XSD check. `toXml` writes valid messages by construction; the check is the second line. */
  | false;

/** Options of `createIntake`. */
export interface IntakeOptions {
  /**
   * The services: `.service.json` content (parsed or as text) or definitions from `loadDefinition`.
   * Several versions of one id may be given; the highest is current, older ones still accept
   * submissions that name them (`?version=`).
   */
  definitions: Iterable<unknown>;
  /** The reusing municipality's configuration per service id (validated against the definition's `tenant`). */
  tenants: Record<string, Record<string, unknown>>;
  /** Where accepted messages go, e.g. `createFolderOutbox('./var/outbox')`. */
  outbox: Outbox;
  /** The XSD check of every message (required: a server must say where the XÖV library schemas are). */
  xsd: IntakeXsdOptions;
  limits?: IntakeLimits;
  /** Where the routes live. Default `/api`. */
  basePath?: string;
  /** One line per request (method, path, status, milliseconds, request id) and details of server errors. Default: stdout. */
  log?: (line: string) => void;
  /**
   * **Demo only.** Adds `GET <basePath>/services/:id/submissions/:vorgangsnummer`, which returns the
   * stored XML to anyone who knows the number. Never enable it where real people submit real data.
   */
  exposeSubmissions?: boolean;
  /** Header and root attributes of the messages; `timeZone` of `erstellungszeitpunkt` defaults to `Europe/Berlin`. */
  message?: { header?: HeaderOptions; timeZone?: string; test?: boolean | string };
  /** `Cache-Control` of `GET <basePath>/services/:id`. Default `public, max-age=300`. */
  cacheControl?: string;
  /** The clock (inject for tests). */
  clock?: () => Date;
  /** Id generators (inject for tests). */
  ids?: {
    vorgangsnummer?: (receivedAt: Date) => string;
    nachrichtenUUID?: () => string;
    requestId?: () => string;
  };
}

/**
 * A Node `http` request listener that is also Connect/Express middleware: for paths outside
 * `<basePath>/services` it calls `next()` (or answers `404` when there is none).
 */
export type IntakeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

const DEFAULT_MAX_BODY = 1024 * 1024;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
const SERVICE_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The back-office intake: lists and serves the services, and receives submissions. A submission is
 * checked by the same core validator the browser ran (messages in the request's `Accept-Language`),
 * pruned, written as XÖV XML with xoev's `toXml`, checked against the service's XSD, stored in the
 * outbox, and answered `201 {vorgangsnummer, receivedAt}`. See docs/server.md for routes and bodies.
 *
 * Configuration mistakes (a definition or tenant that does not load, a missing schema folder) throw here.
 */
export function createIntake(options: IntakeOptions): IntakeHandler {
  const log = options.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const clock = options.clock ?? (() => new Date());
  const nextVorgangsnummer = options.ids?.vorgangsnummer ?? createVorgangsnummer;
  const nextUuid = options.ids?.nachrichtenUUID ?? randomUUID;
  const nextRequestId = options.ids?.requestId ?? randomUUID;
  const basePath = normaliseBase(options.basePath ?? '/api');
  const root = `${basePath}/services`;
  const maxBodyBytes = options.limits?.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const cacheControl = options.cacheControl ?? 'public, max-age=300';
  const { outbox } = options;
  if (options.exposeSubmissions && !outbox.read)
    throw new Error('efa-forms intake: exposeSubmissions needs an outbox with read()');
  if (options.xsd === undefined)
    throw new Error(
      'efa-forms intake: options.xsd is required: { libraryDir } (a folder with the official XÖV library schemas), { resolve }, or false',
    );
  const registry = new ServiceRegistry(options.definitions, options.tenants, {
    limits: options.limits?.data,
    header: options.message?.header,
    log,
  });
  const xsd =
    options.xsd === false
      ? undefined
      : new XsdChecker(batchValidator(options.xsd), options.limits?.xsdBatch, options.limits?.xsdRuns);
  const messageOptions = {
    timeZone: options.message?.timeZone ?? 'Europe/Berlin',
    ...(options.message?.header ? { header: options.message.header } : {}),
    ...(options.message?.test !== undefined ? { test: options.message.test } : {}),
  };
  const keys = new KeyedLock();

  /** Looks up the service of a route, or refuses with 404. */
  function serviceOf(id: string, version: string | undefined, texts: IntakeMessages): Service {
    if (!SERVICE_ID.test(id)) throw new HttpError(404, 'unknown-service', texts.unknownService(id));
    const found = registry.find(id, version);
    if ('missing' in found) {
      if (found.missing === 'service') throw new HttpError(404, 'unknown-service', texts.unknownService(id));
      throw new HttpError(
        404,
        'unknown-version',
        texts.unknownVersion(id, version ?? '', registry.versions(id)),
        {},
        {
          versions: registry.versions(id),
        },
      );
    }
    if (!found.service.offered) throw new HttpError(404, 'tenant-missing', texts.tenantMissing(id));
    return found.service;
  }

  function listServices(res: ServerResponse, locale: Locale, headers: Record<string, string>) {
    const services = registry
      .current()
      .filter((service) => service.offered)
      .map((service) => {
        const definition = service.localized(locale);
        return {
          id: service.id,
          version: service.version,
          title: definition.title,
          ...(definition.description !== undefined ? { description: definition.description } : {}),
          ...(definition.leika !== undefined ? { leika: definition.leika } : {}),
          tenant: service.tenantName ?? null,
          versions: registry.versions(service.id),
        };
      });
    sendJson(
      res,
      200,
      { services },
      { ...headers, 'Cache-Control': 'no-cache', 'Content-Language': locale, Vary: 'Accept-Language' },
    );
  }

  function getService(
    req: IncomingMessage,
    res: ServerResponse,
    service: Service,
    headers: Record<string, string>,
  ) {
    const { body, etag } = service.published;
    const cache = { ...headers, ETag: etag, 'Cache-Control': cacheControl };
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.writeHead(304, cache);
      res.end();
      return;
    }
    res.writeHead(200, {
      ...cache,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
    });
    res.end(body);
  }

  async function getSubmission(
    res: ServerResponse,
    service: Service,
    vorgangsnummer: string,
    download: boolean,
    texts: IntakeMessages,
    headers: Record<string, string>,
  ) {
    const xml = isVorgangsnummer(vorgangsnummer)
      ? await outbox.read?.(service.id, vorgangsnummer)
      : undefined;
    if (xml === undefined)
      throw new HttpError(404, 'unknown-submission', texts.submissionNotFound(vorgangsnummer));
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(xml)),
      'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="${service.id}-${vorgangsnummer}.xml"`,
      'Cache-Control': 'no-store',
    });
    res.end(xml);
  }

  async function submit(
    req: IncomingMessage,
    res: ServerResponse,
    service: Service,
    requestedVersion: string | undefined,
    locale: Locale,
    texts: IntakeMessages,
    headers: Record<string, string>,
  ) {
    checkContentType(req.headers['content-type'], texts);
    const key = req.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)))
      throw new HttpError(400, 'bad-idempotency-key', texts.badIdempotencyKey);
    const body = await readBody(req, maxBodyBytes, texts);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      throw new HttpError(400, 'not-utf-8', texts.notUtf8);
    }
    const parsed = parseJson(text);
    if (!parsed.ok)
      throw new HttpError(
        400,
        'not-json',
        texts.notJson(parsed.message, parsed.line, parsed.column),
        {},
        {
          line: parsed.line,
          column: parsed.column,
        },
      );
    const fingerprint = createHash('sha256')
      .update(`${service.id}\n${requestedVersion ?? ''}\n`)
      .update(body)
      .digest('hex');
    const answer = (receipt: OutboxReceipt) => {
      const location: Record<string, string> = options.exposeSubmissions
        ? { Location: `${root}/${service.id}/submissions/${receipt.vorgangsnummer}` }
        : {};
      sendJson(
        res,
        201,
        { vorgangsnummer: receipt.vorgangsnummer, receivedAt: receipt.receivedAt },
        {
          ...headers,
          ...location,
          'Cache-Control': 'no-store',
          ...(receipt.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
        },
      );
    };
    const store = async (): Promise<OutboxReceipt> => {
      if (key !== undefined && outbox.find) {
        const stored = await outbox.find(service.id, key);
        if (stored && stored.fingerprint !== fingerprint) throw conflict(texts);
        if (stored) return { ...stored, replayed: true };
      }
      const receivedAt = clock();
      const data = prune(service.definition, parsed.value);
      const result = service.validator(locale).validate(data);
      if (!result.valid) throw invalid(result.errors, texts);
      const nachrichtenUUID = nextUuid();
      let xml: string;
      try {
        xml = toXml(service.definition, data, {
          ...messageOptions,
          prevalidated: true,
          uuid: nachrichtenUUID,
          now: receivedAt,
        });
      } catch (error) {
        // The validator refuses what XML cannot carry; should a value slip through, it is still the data's fault.
        if (!(error instanceof XmlError) || error.pointer === undefined) throw error;
        throw invalid(
          [{ pointer: error.pointer, keyword: 'xml', message: error.message }],
          texts,
        );
      }
      if (xsd) {
        const problems = await xsd.check(service, service.xsd, xml);
        if (problems.length > 0)
          throw new Error(
            `the message of ${service.id} ${service.version} does not validate against its XSD: ${problems
              .map((problem) => `line ${problem.line ?? '?'}: ${problem.message}`)
              .join('; ')}`,
          );
      }
      try {
        return await outbox.put({
          serviceId: service.id,
          serviceVersion: service.version,
          vorgangsnummer: nextVorgangsnummer(receivedAt),
          receivedAt: receivedAt.toISOString(),
          xml,
          nachrichtenUUID,
          ...(key !== undefined ? { idempotencyKey: key } : {}),
          fingerprint,
        });
      } catch (error) {
        if (error instanceof IdempotencyConflictError) throw conflict(texts);
        throw error;
      }
    };
    // Identical requests (one key) queue behind the first, then find its receipt: stored once.
    answer(await (key === undefined ? store() : keys.run(`${service.id}\n${key}`, store)));
  }

  async function handle(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) {
    const start = process.hrtime.bigint();
    const requestId = nextRequestId();
    const method = req.method ?? 'GET';
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://intake.invalid');
    } catch {
      url = new URL('http://intake.invalid/');
    }
    const path = url.pathname;
    // Middleware: what is not ours goes on. Used as the whole server, it answers 404 (in `route`).
    if (next && path !== root && !path.startsWith(root + '/')) return next();
    res.once('close', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const status = res.writableFinished ? res.statusCode : `${res.statusCode} (aborted)`;
      log(`${new Date().toISOString()} ${method} ${path} ${status} ${ms.toFixed(1)}ms ${requestId}`);
    });
    const locale = pickLocale(req.headers['accept-language']);
    const texts = intakeMessages[locale];
    const headers = baseHeaders(requestId);
    try {
      await route(req, res, method, url, locale, texts, headers);
    } catch (error) {
      if (error instanceof HttpError) {
        if (!res.headersSent) {
          const body = { error: error.code, message: error.message, ...error.extra };
          sendJson(res, error.status, body, { ...headers, ...error.headers, 'Cache-Control': 'no-store' });
        }
        return;
      }
      // A bug or an outage: details in the log, never to the client.
      log(
        `${new Date().toISOString()} ERROR ${requestId} ${method} ${path}: ${(error as Error)?.stack ?? String(error)}`,
      );
      if (res.headersSent) res.destroy();
      else
        sendJson(
          res,
          500,
          { error: 'internal', message: texts.internal(requestId), requestId },
          { ...headers, 'Cache-Control': 'no-store' },
        );
    }
  }

  async function route(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    url: URL,
    locale: Locale,
    texts: IntakeMessages,
    headers: Record<string, string>,
  ) {
    const path =
      url.pathname.endsWith('/') && url.pathname !== '/' ? url.pathname.slice(0, -1) : url.pathname;
    if (path !== root && !path.startsWith(root + '/'))
      throw new HttpError(404, 'not-found', texts.notFound(path));
    const segments = path
      .slice(root.length + 1)
      .split('/')
      .map(decodeSegment);
    const version = url.searchParams.get('version') ?? undefined;
    const allow = (allowed: string[]) => {
      if (!allowed.includes(method))
        throw new HttpError(405, 'method-not-allowed', texts.methodNotAllowed(method, allowed.join(', ')), {
          Allow: allowed.join(', '),
        });
    };
    if (path === root) {
      allow(['GET', 'HEAD']);
      return listServices(res, locale, headers);
    }
    const [id = '', collection, vorgangsnummer, ...rest] = segments;
    if (collection === undefined) {
      allow(['GET', 'HEAD']);
      return getService(req, res, serviceOf(id, version, texts), headers);
    }
    if (collection === 'submissions' && vorgangsnummer === undefined) {
      allow(['POST']);
      return submit(req, res, serviceOf(id, version, texts), version, locale, texts, headers);
    }
    if (collection === 'submissions' && rest.length === 0 && options.exposeSubmissions) {
      allow(['GET', 'HEAD']);
      const service = serviceOf(id, undefined, texts);
      return getSubmission(
        res,
        service,
        vorgangsnummer ?? '',
        url.searchParams.has('download'),
        texts,
        headers,
      );
    }
    throw new HttpError(404, 'not-found', texts.notFound(path));
  }

  return (req, res, next) => {
    void handle(req, res, next);
  };
}

function batchValidator(options: Exclude<IntakeXsdOptions, false>): BatchValidator {
  if (!('libraryDir' in options)) return wasmValidator(options.resolve);
  const resolve = schemaFolderResolver(options.libraryDir); // checks the folder at start
  return options.command ? xmllintCommand(options.command, options.libraryDir) : wasmValidator(resolve);
}

function checkContentType(header: string | undefined, texts: IntakeMessages): void {
  const [type = '', ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  const json = type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type);
  const charset = parameters
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (!json || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8'))
    throw new HttpError(415, 'unsupported-media-type', texts.contentType(header), {
      'Accept-Post': 'application/json',
    });
}

/** The field errors of a 422: what the form needs to show them at their fields. */
type FieldError = Pick<ValidationError, 'pointer' | 'message'> & { keyword: string };

function invalid(errors: readonly FieldError[], texts: IntakeMessages): HttpError {
  return new HttpError(
    422,
    'invalid-data',
    texts.invalidData(errors.length),
    {},
    {
      errors: errors.map(({ pointer, message, keyword }) => ({ pointer, message, keyword })),
    },
  );
}

function conflict(texts: IntakeMessages): HttpError {
  return new HttpError(409, 'idempotency-conflict', texts.idempotencyConflict);
}

/** `If-None-Match` lists `etag` (weak comparison, RFC 9110) or is `*`. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // an invalid escape: no service has such an id, so it ends as 404
  }
}

function normaliseBase(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
