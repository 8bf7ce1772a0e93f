import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { clientScriptFile, compiledServiceFile } from './build-portal.js';
import type { PortalConfig, PortalService } from './catalogue.js';
import { createFolderOutbox, createIntake } from '@efa-forms/server';
import { confirmationPage, notFoundPage, servicePage, startPage, type PageContext } from './pages.js';
import { setSecurityHeaders } from './security-headers.js';

/** What the portal serves and where it keeps things. */
export interface PortalOptions {
  config: PortalConfig;
  services: PortalService[];
  /** Output of `buildPortal` (compiled services, page script). */
  buildDir: string;
  /** The intake's folder outbox (`./var/outbox` for `npm start`). */
  outboxDir: string;
  /** The element bundle (packages/elements/dist/efa-forms.js). */
  elementsBundle: string;
  /** The portal's static files (examples/portal/public). */
  publicDir: string;
  /**
   * The official XÖV library schemas (../shared/xoev/bibliothek in this repository's test setup), for
   * the intake's XSD check of every message. Without them the intake skips that second check.
   */
  xsdLibraryDir?: string;
  /** One line per request (method, path, status, ms); the intake logs its own. */
  log?: (line: string) => void;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** An asset: served from a fixed table, so no URL can reach a file outside it. */
interface Asset {
  file: string;
  type: string;
}

function assetTable(options: PortalOptions): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const add = (url: string, file: string): void => {
    const type = TYPES[extname(file)];
    if (type) assets.set(url, { file, type });
  };
  for (const name of readdirSync(options.publicDir))
    add(`/assets/portal/${name}`, join(options.publicDir, name));
  const script = clientScriptFile(options.buildDir);
  add('/assets/portal/portal.js', script);
  add('/assets/portal/portal.js.map', `${script}.map`);
  add('/assets/efa-forms.js', options.elementsBundle);
  add('/assets/efa-forms.js.map', `${options.elementsBundle}.map`);
  for (const service of options.services) {
    add(`/assets/services/${service.id}.js`, compiledServiceFile(options.buildDir, service.id));
  }
  return assets;
}

function sendAsset(request: IncomingMessage, response: ServerResponse, asset: Asset): void {
  let body: Buffer;
  try {
    body = readFileSync(asset.file);
  } catch {
    sendText(response, 404, 'Nicht gefunden.');
    return;
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  response.setHeader('etag', etag);
  // Always revalidate: `npm start` rebuilds the services, and a stale module would show an old form.
  response.setHeader('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304).end();
    return;
  }
  response.writeHead(200, { 'content-type': asset.type, 'content-length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

function sendPage(request: IncomingMessage, response: ServerResponse, status: number, page: string): void {
  const body = Buffer.from(page);
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'cache-control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * The demo portal as one Node request listener: the pages (start page, one page per service, the
 * confirmation), their assets, and the intake mounted at `/api` on the same origin. Every response
 * carries the security headers (strict CSP).
 */
export function createPortal(options: PortalOptions): RequestListener {
  const log = options.log ?? (() => {});
  const intake = createIntake({
    definitions: options.services.map((service) => service.definition),
    tenants: Object.fromEntries(options.services.map((service) => [service.id, service.tenant])),
    outbox: createFolderOutbox(options.outboxDir),
    xsd: options.xsdLibraryDir ? { libraryDir: options.xsdLibraryDir } : false,
    basePath: '/api',
    log,
    exposeSubmissions: true,
  });
  const assets = assetTable(options);
  const context: PageContext = { config: options.config };
  const byId = new Map(options.services.map((service) => [service.id, service]));

  return (request, response) => {
    setSecurityHeaders(response);
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://portal.invalid');
    } catch {
      sendText(response, 400, 'Ungültige Adresse.');
      return;
    }
    const path = url.pathname;
    if (path === '/api' || path.startsWith('/api/')) {
      intake(request, response);
      return;
    }
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(`${request.method} ${path} ${response.statusCode} ${ms.toFixed(1)} ms`);
    });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      sendText(response, 405, 'Diese Adresse kann nur gelesen werden (GET).');
      return;
    }
    const asset = assets.get(path);
    if (asset) {
      sendAsset(request, response, asset);
      return;
    }
    if (path === '/') {
      sendPage(request, response, 200, startPage(context, options.services, url.searchParams.get('q') ?? ''));
      return;
    }
    const match = /^\/leistungen\/([^/]+)(?:\/eingang\/([^/]+))?\/?$/.exec(path);
    const service = match ? byId.get(decodeURIComponentSafe(match[1] ?? '')) : undefined;
    if (match && service) {
      const vorgangsnummer = match[2] === undefined ? undefined : decodeURIComponentSafe(match[2]);
      if (vorgangsnummer === undefined) sendPage(request, response, 200, servicePage(context, service));
      else
        sendPage(
          request,
          response,
          200,
          confirmationPage(context, service, vorgangsnummer, url.searchParams.get('eingang') ?? undefined),
        );
      return;
    }
    sendPage(request, response, 404, notFoundPage(context));
  };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
