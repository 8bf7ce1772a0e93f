import type { ServerResponse } from 'node:http';

/** A request the intake refuses: status, a machine-readable code, a message for developers. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Headers on every answer: no MIME sniffing, and the request id for the log. */
export function baseHeaders(requestId: string): Record<string, string> {
  return { 'X-Content-Type-Options': 'nosniff', 'X-Request-Id': requestId };
}

/** Sends `body` as JSON (UTF-8) with `status` and `headers`. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}
