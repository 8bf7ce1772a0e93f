import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';
import type { IntakeMessages } from './intake-messages.js';

/**
 * Reads a request body of at most `maxBytes`. A `Content-Length` above the limit is refused before
 * anything is read; a body that grows beyond it (chunked) is refused as soon as it does, and the rest
 * is discarded (Node drains it after the answer; the answer says `Connection: close`).
 */
export function readBody(req: IncomingMessage, maxBytes: number, messages: IntakeMessages): Promise<Buffer> {
  const tooLarge = () =>
    new HttpError(413, 'body-too-large', messages.tooLarge(maxBytes), { Connection: 'close' }, { maxBytes });
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (error) {
        req.resume(); // discard the rest
        reject(error);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(new HttpError(400, 'body-unreadable', error.message));
    const onAborted = () => finish(new HttpError(400, 'body-unreadable', 'the client aborted the request'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}
