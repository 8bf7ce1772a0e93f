// The benchmark's page server: the built apps and their inputs from one folder, on 127.0.0.1 only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
};

/**
 * The page of one app: its stylesheet (when it has one), the harness, then the app. The CSP allows
 * this origin only, so a library that fetches from a CDN fails with a violation the harness reports.
 */
function page(out: string, bundle: string): string {
  const css = existsSync(join(out, 'apps', `${bundle}.css`))
    ? `<link rel="stylesheet" href="/apps/${bundle}.css">`
    : '';
  return [
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:">`,
    css,
    '</head><body>',
    '<script src="/apps/harness.js"></script>',
    `<script src="/apps/${bundle}.js"></script>`,
    '</body></html>',
  ].join('');
}

/** Serves `out/` and `/page/<bundle>.html`; resolves with the server and its origin. */
export function serve(out: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const pageMatch = /^\/page\/([a-z-]+)\.html$/.exec(path);
    if (pageMatch) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(page(out, pageMatch[1] as string));
      return;
    }
    const file = normalize(join(out, path));
    if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end(`not found: ${path}`);
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}
