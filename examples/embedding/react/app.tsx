// A React 19 app that embeds the Gewerbeanmeldung with the wrapper @efa-forms/elements/react.
// Bundled with esbuild (see examples/embedding/README.md); the tenant is imported as JSON, the service
// comes from the portal's server (`src`, the published definition with its shared blocks inlined).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EfaForm, type EfaSubmitEvent } from '@efa-forms/elements/react';
// The definition is checked in the page: the runtime loader (ajv; a page under a strict CSP would use
// a service compiled with `efa compile` instead, see docs/embedding.md).
import '@efa-forms/elements/runtime';
import tenant from '../../gewerbeanmeldung/tenant.musterstadt.json';

type Outcome =
  | { kind: 'form' }
  | { kind: 'sending' }
  | { kind: 'received'; vorgangsnummer: string }
  | { kind: 'failed'; message: string };

/** The application page: the form until the intake has received it, then the Vorgangsnummer. */
export function GewerbeanmeldungPage({ submitUrl }: { submitUrl: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'form' });
  const [step, setStep] = useState<string>();

  async function submit(event: EfaSubmitEvent) {
    event.preventDefault(); // keep the review page (and the answers) until the intake answers
    const form = event.target as HTMLElementTagNameMap['efa-form'] & {
      showErrors?: (errors: { pointer: string; message: string }[]) => void;
    };
    setOutcome({ kind: 'sending' });
    try {
      const response = await fetch(submitUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(event.detail.data),
      });
      const body = (await response.json()) as {
        vorgangsnummer?: string;
        errors?: { pointer: string; message: string }[];
      };
      if (response.status === 201 && body.vorgangsnummer) {
        setOutcome({ kind: 'received', vorgangsnummer: body.vorgangsnummer });
        return;
      }
      if (response.status === 422 && body.errors) form.showErrors?.(body.errors);
      setOutcome({
        kind: 'failed',
        message: `Die Verwaltung hat die Anzeige nicht angenommen (${response.status}).`,
      });
    } catch {
      setOutcome({ kind: 'failed', message: 'Keine Verbindung. Ihre Angaben bleiben erhalten.' });
    }
  }

  return (
    <main>
      <h1>Gewerbe anmelden</h1>
      {outcome.kind === 'received' ? (
        <p role="status">Ihre Anzeige ist eingegangen. Vorgangsnummer: {outcome.vorgangsnummer}</p>
      ) : (
        <>
          <p role="status">
            {outcome.kind === 'sending'
              ? 'Wird gesendet …'
              : outcome.kind === 'failed'
                ? outcome.message
                : ''}
          </p>
          <EfaForm
            src="/services/gewerbeanmeldung.service.json"
            tenant={tenant}
            headingLevel={2}
            data-step={step}
            onEfaStepChange={(event) => setStep(event.detail.step)}
            onEfaSubmit={(event) => void submit(event)}
          />
        </>
      )}
    </main>
  );
}

const container = document.getElementById('app');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <GewerbeanmeldungPage submitUrl="/api/services/gewerbeanmeldung/submissions" />
    </StrictMode>,
  );
}
