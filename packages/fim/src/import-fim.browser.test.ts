/// <reference types="vite/client" />
import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
// The imported definitions are raw: the runtime entry loads them in the page.
import { EfaForm, type EfaSubmitEvent } from '@efa-forms/elements/runtime';
import { importFim } from './index.js';

// Registration may move out of the package's index (issue 7); define it here when it is not there.
if (!customElements.get('efa-form')) customElements.define('efa-form', EfaForm);

const samples = import.meta.glob<string>('../../../../shared/fim/*.xml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const codeLists = import.meta.glob<string>('../../../../shared/codelists/*.xml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sample = (name: string): string => samples[`../../../../shared/fim/${name}`] as string;

async function render(definition: unknown): Promise<EfaForm> {
  const form = document.createElement('efa-form') as EfaForm;
  form.definition = definition;
  document.body.append(form);
  for (let round = 0; round < 5 && !(await form.updateComplete); round++);
  return form;
}

async function expectAccessible(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

afterEach(() => document.body.replaceChildren());

describe('an imported FIM schema in <efa-form>', () => {
  test('every importable sample renders without a load error', async () => {
    for (const [path, xml] of Object.entries(samples)) {
      let definition: unknown;
      try {
        definition = importFim(xml).definition;
      } catch {
        continue; // the malformed samples; the Node test checks how they are refused
      }
      const form = await render(definition);
      expect(form.shadowRoot?.textContent, path).not.toContain('konnte nicht geladen werden');
      expect(form.shadowRoot?.querySelector('form, fieldset, button'), path).not.toBeNull();
      form.remove();
    }
  });

  test('XDatenfelder 3: group as fieldset, field with its label and FIM help text, length limit enforced', async () => {
    const form = await render(importFim(sample('xdf3-simple.xml')).definition);
    await expectAccessible(form);
    await expect.element(page.getByRole('group', { name: 'Anschrift in Deutschland' })).toBeVisible();
    const strasse = page.getByRole('textbox', { name: /Straße/ });
    await expect.element(strasse).toBeVisible();
    await expect.element(strasse).toHaveAccessibleDescription(/Geben Sie an, wie die Straße heißt\./);
    await userEvent.type(strasse, 'x'.repeat(56));
    await userEvent.tab();
    await expect.element(strasse).toHaveAttribute('aria-invalid', 'true');
  });

  test('XDatenfelder 2: a select field with its genericode list offers the list and submits a code', async () => {
    const xml = sample('xdf2-select.xml').replace(
      /urn:de:example<\/xdf:canonicalIdentification>\s*<xdf:version>1</,
      'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland</xdf:canonicalIdentification><xdf:version>2010-04-01<',
    );
    const bundesland = codeLists['../../../../shared/codelists/Bundesland_2010-04-01.xml'] as string;
    const { definition } = importFim(xml, {
      codeLists: new Map([['urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland', bundesland]]),
    });
    const form = await render(definition);
    await expectAccessible(form);
    const submitted = new Promise<unknown>((resolve) =>
      form.addEventListener('efa-submit', (event) => resolve((event as EfaSubmitEvent).detail.data)),
    );
    const bayern = page
      .getByRole('option', { name: 'Bayern' })
      .or(page.getByRole('radio', { name: 'Bayern' }));
    const select = page.getByRole('combobox', { name: /Hinweis/ });
    if ((await select.elements()).length > 0) await userEvent.selectOptions(select, 'Bayern');
    else await userEvent.click(bayern);
    await userEvent.click(page.getByRole('button', { name: /Weiter|Prüfen|Absenden/ }));
    const submit = page.getByRole('button', { name: /Absenden|Senden/ });
    if ((await submit.elements()).length > 0) await userEvent.click(submit);
    expect(await submitted).toEqual({ hinweis: '09' });
  });
});
