import type { EfaForm } from '@efa-forms/elements';

/** A field error as the intake reports it with 422 (the same validator as in the page). */
interface ServerFieldError {
  pointer: string;
  message: string;
}

/** `showErrors` shows the intake's 422 errors inline at their fields. */
type FormWithServerErrors = EfaForm & { showErrors?: (errors: ServerFieldError[]) => void };

/** 128 random bits as hex: an `Idempotency-Key` (getRandomValues also works outside secure contexts). */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The JSON body of a response, or undefined when it has none. */
async function jsonBody(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function fieldErrors(body: Record<string, unknown> | undefined): ServerFieldError[] {
  const errors = body?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (error): error is ServerFieldError =>
      typeof error === 'object' &&
      error !== null &&
      typeof (error as ServerFieldError).pointer === 'string' &&
      typeof (error as ServerFieldError).message === 'string',
  );
}

/**
 * Sends the service page's `efa-submit` to the intake on the same origin and opens the confirmation
 * page on `201`. While it sends, the form stays on its review page (`preventDefault()`), so nothing
 * typed is lost: on `422` the intake's field errors are shown at their fields; on a network error or
 * any other status a message in a `role=alert` box takes focus and offers to send again. A retry of the
 * same answers reuses the `Idempotency-Key`, so the intake stores the application once even when the
 * first attempt did arrive; changed answers get a new key.
 */
export function connectServiceForm(root: Document): void {
  const form = root.querySelector<FormWithServerErrors>('efa-form');
  const problem = root.querySelector<HTMLElement>('#uebermittlung');
  const status = root.querySelector<HTMLElement>('#sendestatus');
  const submitUrl = form?.dataset.submitUrl;
  const confirmationUrl = form?.dataset.confirmationUrl;
  if (!form || !problem || !status || !submitUrl || !confirmationUrl) return;
  let sending = false;
  let last: { body: string; key: string } | undefined;

  const showProblem = (title: string, lines: string[], retry: boolean): void => {
    const heading = root.createElement('h2');
    heading.textContent = title;
    const list = lines.map((line) => {
      const paragraph = root.createElement('p');
      paragraph.textContent = line;
      return paragraph;
    });
    const nodes: Node[] = [heading, ...list];
    if (retry) {
      const button = root.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = 'Erneut senden';
      button.addEventListener('click', () => {
        if (last) void send(last.body);
      });
      nodes.push(button);
    }
    problem.replaceChildren(...nodes);
    problem.classList.add('problem--shown');
    problem.focus();
  };
  const clearProblem = (): void => {
    problem.replaceChildren();
    problem.classList.remove('problem--shown');
  };

  const send = async (body: string): Promise<void> => {
    if (sending) return;
    sending = true;
    const key = last?.body === body ? last.key : newIdempotencyKey();
    last = { body, key };
    clearProblem();
    status.textContent = 'Ihr Antrag wird übermittelt …';
    form.setAttribute('aria-busy', 'true');
    let response: Response | undefined;
    try {
      response = await fetch(submitUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'accept-language': document.documentElement.lang || 'de',
          'idempotency-key': key,
        },
        body,
      });
    } catch {
      response = undefined;
    } finally {
      sending = false;
      form.removeAttribute('aria-busy');
      status.textContent = '';
    }
    const kept = 'Ihre Angaben sind erhalten geblieben.';
    if (!response) {
      showProblem(
        'Der Antrag konnte nicht übermittelt werden',
        [
          'Die Verbindung zum Server ist fehlgeschlagen.',
          `${kept} Bitte prüfen Sie Ihre Verbindung und senden Sie den Antrag erneut.`,
        ],
        true,
      );
      return;
    }
    const result = await jsonBody(response);
    if (response.status === 201 && typeof result?.vorgangsnummer === 'string') {
      const query =
        typeof result.receivedAt === 'string' ? `?eingang=${encodeURIComponent(result.receivedAt)}` : '';
      location.assign(`${confirmationUrl}${encodeURIComponent(result.vorgangsnummer)}${query}`);
      return;
    }
    const errors = fieldErrors(result);
    if (response.status === 422 && errors.length > 0) {
      if (form.showErrors) {
        // The form shows them at their fields, with its error summary taking focus.
        form.showErrors(errors);
        problem.replaceChildren(
          Object.assign(root.createElement('p'), {
            textContent: `Die Prüfung durch die Verwaltung hat ${errors.length === 1 ? 'eine Angabe' : `${errors.length} Angaben`} beanstandet. Bitte korrigieren Sie sie im Formular.`,
          }),
        );
        problem.classList.add('problem--shown');
      } else {
        showProblem(
          'Bitte korrigieren Sie Ihre Angaben',
          [...errors.map((error) => error.message), kept],
          false,
        );
      }
      return;
    }
    const message = typeof result?.message === 'string' ? result.message : undefined;
    showProblem(
      'Der Antrag konnte nicht übermittelt werden',
      [
        `Der Server hat mit Fehler ${response.status} geantwortet${message ? `: ${message}` : '.'}`,
        `${kept} Bitte versuchen Sie es in einigen Minuten erneut.`,
      ],
      response.status >= 500 || response.status === 408 || response.status === 429,
    );
  };

  form.addEventListener('efa-submit', (event) => {
    // The portal decides what happens next: the form keeps its review page and the answers.
    event.preventDefault();
    void send(JSON.stringify(event.detail.data));
  });
}
