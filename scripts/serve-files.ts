/**
 * A real HTTP server on 127.0.0.1 (a random free port) that serves fixed files by path, for tests that
 * load pages in Chromium (the bundle, CSP and pack tests). Paths it does not have get a 404 and are
 * recorded, so a test can assert that the page asked for nothing unexpected.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One file: its content type, body, and headers of its own (`false` drops a default header). */
export interface ServedFile {
  type: string;
  body: string | Uint8Array;
  headers?: Record<string, string | false>;
}

export interface FileServer {
  origin: string;
  /** Paths requested that the server does not have. */
  unknownRequests: string[];
  close(): Promise<void>;
}

/** Serves `files` with `headers` on every response (e.g. a Content-Security-Policy). */
export async function serveFiles(
  files: Record<string, ServedFile>,
  headers: Record<string, string> = {},
): Promise<FileServer> {
  const unknownRequests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files[path];
    if (!file) {
      unknownRequests.push(path);
      response.writeHead(404, headers).end();
      return;
    }
    const merged: Record<string, string> = { ...headers, 'content-type': file.type };
    for (const [name, value] of Object.entries(file.headers ?? {})) {
      if (value === false) delete merged[name];
      else merged[name] = value;
    }
    response.writeHead(200, merged).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    unknownRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
