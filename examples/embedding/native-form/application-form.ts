// Way 3: <efa-form name="antrag"> inside a native <form method="post">. The browser posts the answers
// as one form field (JSON) with the other fields; this handler is the portal's own backend: it reads
// the posted form, forwards the JSON to the intake and answers with a page. Works without any page script
// of the portal's own.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { escapeHtml } from '../../portal/server/html.js';

/** Where the native form lives and where it sends. */
export interface ApplicationFormOptions {
  /** Path of the page, e.g. `/native-form/`; the form posts to `<path>antrag`. */
  path: string;
  /** The intake's submissions URL for the service. */
  submissionsUrl: () => string;
  /** `src` of `<efa-form>` and the module script that defines it. */
  serviceSrc: string;
  elementScript: string;
  tenant: Record<string, unknown>;
  /** Largest posted form in bytes. */
  maxBodyBytes?: number;
}

interface FieldError {
  pointer: string;
  message: string;
}

function page(options: ApplicationFormOptions, body: string): string {
  return `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Gewerbe anmelden – Stadt Musterstadt (Formular)</title>
    <script type="module" src="${escapeHtml(options.elementScript)}"></script>
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

function formPage(options: ApplicationFormOptions, data?: string, errors: FieldError[] = []): string {
  // A new key per page: a form posted twice (double click, reload) is stored once by the intake.
  const key = randomUUID();
  const problems =
    errors.length === 0
      ? ''
      : `<div role="alert"><h2>Bitte korrigieren Sie Ihre Angaben</h2><ul>${errors
          .map((error) => `<li>${escapeHtml(error.message)}</li>`)
          .join('')}</ul></div>`;
  return page(
    options,
    `      <h1>Gewerbe anmelden</h1>
      ${problems}
      <form method="post" action="${escapeHtml(options.path)}antrag">
        <input type="hidden" name="antragskennung" value="${key}" />
        <efa-form
          name="antrag"
          src="${escapeHtml(options.serviceSrc)}"
          tenant="${escapeHtml(JSON.stringify(options.tenant))}"
          ${data === undefined ? '' : `data="${escapeHtml(data)}"`}
          heading-level="2"
        ></efa-form>
      </form>`,
  );
}

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html);
}

async function readForm(request: IncomingMessage, limit: number): Promise<URLSearchParams | string> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded'))
    return 'Erwartet wird ein Formular (application/x-www-form-urlencoded).';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return `Das Formular ist größer als ${limit} Bytes.`;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * `GET <path>`: the form page. `POST <path>antrag`: reads the posted fields `antrag` (the JSON of
 * `<efa-form name="antrag">`) and `antragskennung` (the Idempotency-Key), forwards them to the intake,
 * and answers with the Vorgangsnummer, or with the form again (answers kept) and the intake's errors.
 */
export function applicationForm(options: ApplicationFormOptions): RequestListener {
  const limit = options.maxBodyBytes ?? 2 * 1024 * 1024;
  return (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === options.path) {
      send(response, 200, formPage(options));
      return;
    }
    if (request.method !== 'POST' || path !== `${options.path}antrag`) {
      send(response, 404, page(options, '<h1>Nicht gefunden</h1>'));
      return;
    }
    void (async () => {
      const fields = await readForm(request, limit);
      if (typeof fields === 'string') {
        send(response, 400, page(options, `<h1>Fehler</h1><p>${escapeHtml(fields)}</p>`));
        return;
      }
      const antrag = fields.get('antrag') ?? '';
      const key = fields.get('antragskennung') ?? randomUUID();
      let answer: Response;
      try {
        answer = await fetch(options.submissionsUrl(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key, 'accept-language': 'de' },
          body: antrag,
        });
      } catch {
        send(
          response,
          502,
          page(
            options,
            '<h1>Die Verwaltung ist nicht erreichbar</h1><p>Bitte versuchen Sie es später erneut.</p>',
          ),
        );
        return;
      }
      const result = (await answer.json().catch(() => ({}))) as {
        vorgangsnummer?: string;
        errors?: FieldError[];
        message?: string;
      };
      if (answer.status === 201 && result.vorgangsnummer) {
        send(
          response,
          201,
          page(
            options,
            `      <h1>Ihre Anzeige ist eingegangen</h1>
      <p>Vorgangsnummer: <strong id="vorgangsnummer">${escapeHtml(result.vorgangsnummer)}</strong></p>`,
          ),
        );
      } else if (answer.status === 422 && Array.isArray(result.errors)) {
        send(response, 422, formPage(options, antrag, result.errors));
      } else {
        const message = escapeHtml(result.message ?? `Fehler ${answer.status}`);
        send(
          response,
          answer.status >= 500 ? 502 : answer.status,
          page(options, `<h1>Nicht angenommen</h1><p>${message}</p>`),
        );
      }
    })();
  };
}
