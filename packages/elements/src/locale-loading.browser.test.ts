// A form asked for English on a page that has not loaded it (a German page bundle): all German, not a
// mix, and the console says what to load; once English arrives (a second script, a lazy import) the
// form switches by itself. This file does not import test-support/mount.ts: its runtime entry loads
// English, which is exactly what must be missing here.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fromJsonSchema, loadDefinition } from '@efa-forms/core';
import type { EfaForm } from './efa-form.js';
import { useRawDefinitionLoader } from './internal/prepare-service.js';
import { kitchenSink } from './test-support/kitchen-sink.js';
import './define.js';

useRawDefinitionLoader({ loadDefinition, fromJsonSchema });

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function settle(form: EfaForm): Promise<void> {
  for (let round = 0; round < 5; round++) if (await form.updateComplete) break;
}

const text = (form: EfaForm, selector: string) =>
  form.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<efa-form locale="en"> without English loaded', () => {
  test('shows German throughout, says so once, and switches to English when it is added', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const form = document.createElement('efa-form');
    form.definition = kitchenSink;
    form.locale = 'en';
    document.body.append(form);
    await settle(form);

    // German texts of the definition, German UI strings and messages, marked as German.
    expect(text(form, '#title')).toBe('Alle Feldarten');
    expect(text(form, '.progress')).toBe('Schritt 1 von 3');
    expect(form.shadowRoot?.querySelector('.base')?.getAttribute('lang')).toBe('de');
    await userEvent.click(form.shadowRoot?.querySelector('button[type="submit"]') as HTMLButtonElement);
    await settle(form);
    expect(text(form, '#error-summary-title')).toBe('Bitte korrigieren Sie Ihre Angaben');
    expect(text(form, '#error-summary')).toContain('Bitte geben Sie „Name“ an.');
    const warnings = warn.mock.calls.map(([message]) => String(message));
    expect(
      warnings.filter((message) => message.includes('<efa-form locale="en"> shows German')),
    ).toHaveLength(1);
    expect(warnings[0]).toContain('@efa-forms/elements/en');

    // English arrives late: the form switches without any other change, the validator too.
    await import('./en.js');
    await settle(form);
    expect(text(form, '#title')).toBe('All field kinds');
    expect(text(form, '.progress')).toBe('Step 1 of 3');
    expect(form.shadowRoot?.querySelector('.base')?.getAttribute('lang')).toBe('en');
    expect(text(form, '#error-summary-title')).toBe('Please correct your answers');
    expect(text(form, '#error-summary')).toContain('Enter “Name (en)”.');
    expect(text(form, '#error-summary')).not.toContain('Bitte');
  });
});
