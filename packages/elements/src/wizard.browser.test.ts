import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EfaSubmitEvent, EfaStepChangeEvent } from './events.js';
import type { EfaForm } from './efa-form.js';
import { kitchenSink } from './test-support/kitchen-sink.js';
import { expectAccessible } from './test-support/axe.js';
import { button, byId, cleanup, control, mount, root, settle } from './test-support/mount.js';

afterEach(cleanup);

const activeId = (form: EfaForm): string | undefined => root(form).activeElement?.id;

async function fillStepOne(form: EfaForm): Promise<void> {
  await userEvent.type(control(form, '/name'), 'Erika Mustermann');
}

async function fillStepTwo(form: EfaForm): Promise<void> {
  await userEvent.click(control(form, '/rechtsform'));
  await settle(form);
  await userEvent.type(control(form, '/anschrift/strasse'), 'Hauptstraße 1');
  await userEvent.type(control(form, '/anschrift/plz'), '12345');
}

describe('wizard', () => {
  test('continue validates the current step only; the error summary takes focus and links to fields', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    const summary = byId(form, 'error-summary');
    expect(activeId(form)).toBe('error-summary');
    const links = [...summary.querySelectorAll('a')];
    // Step 1 has one required field; step 2 and 3 errors (rechtsform, zustimmung) are not shown yet.
    expect(links.map((link) => link.textContent)).toEqual(['Bitte geben Sie „Name“ an.']);
    const name = control(form, '/name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe(`${name.id}-hint ${name.id}-error`);
    expect(byId(form, `${name.id}-error`).textContent).toContain('Bitte geben Sie „Name“ an.');
    await expectAccessible(form);
    await userEvent.click(links[0] as HTMLAnchorElement);
    expect(activeId(form)).toBe(name.id);
  });

  test('errors show after interaction, not before; they update while typing', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    const name = control(form, '/name');
    await userEvent.type(name, 'E');
    await settle(form);
    expect(name.hasAttribute('aria-invalid')).toBe(false);
    await userEvent.tab();
    await settle(form);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(root(form).querySelector('#error-summary')).toBeNull();
    await userEvent.type(name, 'rika');
    // Live while typing; a slow (large or busy) form re-checks when typing pauses.
    await expect.poll(() => name.hasAttribute('aria-invalid')).toBe(false);
    // Tabbing through an untouched required field shows nothing.
    expect(control(form, '/email').hasAttribute('aria-invalid')).toBe(false);
  });

  test('a value that is no number is an error naming the field, and blocks continuing', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    await fillStepOne(form);
    await userEvent.type(control(form, '/anzahl'), 'zwölf');
    await userEvent.tab();
    await settle(form);
    expect(control(form, '/anzahl').value).toBe('zwölf');
    expect(root(form).querySelector(`#${control(form, '/anzahl').id}-error`)?.textContent).toContain(
      'Anzahl Beschäftigte',
    );
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    expect(activeId(form)).toBe('error-summary');
    await userEvent.clear(control(form, '/anzahl'));
    await userEvent.type(control(form, '/anzahl'), '12');
    await userEvent.type(control(form, '/umsatz'), '1234,5');
    await settle(form);
    expect(form.answers).toMatchObject({ anzahl: 12, umsatz: 1234.5 });
  });

  test('steps: progress, focus on the heading, back, efa-step-change', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    const changes: string[] = [];
    form.addEventListener('efa-step-change', (event: EfaStepChangeEvent) =>
      changes.push(`${event.detail.step}:${event.detail.index}/${event.detail.total}`),
    );
    await fillStepOne(form);
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    expect(root(form).querySelector('.progress')?.textContent).toBe('Schritt 2 von 3');
    expect(activeId(form)).toBe('step-heading');
    expect(root(form).activeElement?.textContent).toBe('Betrieb');
    await userEvent.click(button(form, 'Zurück'));
    await settle(form);
    expect(root(form).activeElement?.textContent).toBe('Angaben zur Person');
    expect(control(form, '/name').value).toBe('Erika Mustermann');
    expect(changes).toEqual(['betrieb:1/3', 'person:0/3']);
  });

  test('conditional fields appear and disappear, and hidden answers are not submitted', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    await fillStepOne(form);
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    expect(root(form).querySelector('[id="f_2f_registernummer"]')).toBeNull();
    await userEvent.click(control(form, '/rechtsform'));
    const gmbh = root(form).getElementById(`${control(form, '/rechtsform').id}-2`) as HTMLInputElement;
    await userEvent.click(gmbh);
    await settle(form);
    const register = control(form, '/registernummer');
    expect(register.required).toBe(true);
    await userEvent.type(register, 'HRB 1');
    await userEvent.click(control(form, '/rechtsform'));
    await settle(form);
    expect(root(form).querySelector('[id="f_2f_registernummer"]')).toBeNull();
    expect(form.answers.registernummer).toBe('HRB 1');
    expect(form.value.registernummer).toBeUndefined();
  });

  test('repeat group: add moves focus into the new item, remove is announced', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    form.goToStep('betrieb');
    await settle(form);
    await userEvent.click(button(form, 'Gesellschafter: Eintrag hinzufügen'));
    await settle(form);
    expect(activeId(form)).toBe(control(form, '/personen/0/vorname').id);
    await userEvent.keyboard('Anna');
    await userEvent.click(button(form, 'Gesellschafter: Eintrag hinzufügen'));
    await settle(form);
    expect(activeId(form)).toBe(control(form, '/personen/1/vorname').id);
    await userEvent.keyboard('Bernd');
    const legends = [...root(form).querySelectorAll('.item legend')].map((legend) =>
      legend.textContent?.trim(),
    );
    expect(legends).toEqual(['Gesellschafter 1', 'Gesellschafter 2']);
    await expectAccessible(form);
    await userEvent.click(button(form, 'Entfernen'));
    await settle(form);
    expect(root(form).querySelector('[role="status"]')?.textContent).toBe('Gesellschafter 1 entfernt.');
    expect(form.answers.personen).toEqual([{ vorname: 'Bernd' }]);
    expect(control(form, '/personen/0/vorname').value).toBe('Bernd');
    expect(activeId(form)).toBe(`${control(form, '/personen').id}-add`);
  });

  test('review page: answers by step, change returns to the step, submit sends pruned valid data', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    let submitted: EfaSubmitEvent['detail'] | undefined;
    form.addEventListener('efa-submit', (event: EfaSubmitEvent) => (submitted = event.detail));
    await fillStepOne(form);
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    await fillStepTwo(form);
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    await userEvent.click(control(form, '/zustimmung'));
    await userEvent.click(
      root(form).getElementById(`${control(form, '/vorbestraft').id}-1`) as HTMLInputElement,
    );
    await userEvent.click(button(form, 'Weiter zur Übersicht'));
    await settle(form);
    expect(root(form).activeElement?.textContent).toBe('Angaben prüfen');
    const sections = [...root(form).querySelectorAll('.review-step')];
    expect(sections.map((section) => section.querySelector('.review-heading')?.textContent)).toEqual([
      'Angaben zur Person',
      'Betrieb',
      'Erklärungen',
    ]);
    const text = root(form).querySelector('.review-step:nth-of-type(2)')?.textContent ?? '';
    expect(text).toContain('Einzelunternehmen');
    expect(text).toContain('Hauptstraße 1');
    await expectAccessible(form);
    const change = sections[0]?.querySelector('button') as HTMLButtonElement;
    expect(change.textContent?.replace(/\s+/g, ' ').trim()).toBe('Ändern: Angaben zur Person');
    await userEvent.click(change);
    await settle(form);
    expect(root(form).activeElement?.textContent).toBe('Angaben zur Person');
    await userEvent.click(button(form, 'Weiter zur Übersicht'));
    await settle(form);
    await userEvent.click(button(form, 'Absenden'));
    await settle(form);
    expect(submitted).toEqual({
      serviceId: 'kitchen-sink',
      version: '1.0.0',
      data: {
        name: 'Erika Mustermann',
        rechtsform: 'einzel',
        anschrift: { strasse: 'Hauptstraße 1', plz: '12345' },
        zustimmung: true,
        vorbestraft: false,
      },
    });
    expect(root(form).activeElement?.textContent).toBe('Vielen Dank');
  });
});

describe('oneOf with const discriminators', () => {
  const discriminated = {
    id: 'diskriminator',
    version: '1.0.0',
    title: 'Antragsteller',
    schema: {
      type: 'object',
      properties: { name: { type: 'string', title: 'Name' } },
      required: ['name', 'art'],
      oneOf: [
        {
          title: 'Privatperson',
          properties: {
            art: { const: 'privat', title: 'Antragsteller ist' },
            geburtstag: { type: 'string', format: 'date', title: 'Geburtstag' },
          },
          required: ['art'],
        },
        {
          title: 'Firma',
          properties: {
            art: { const: 'firma', title: 'Antragsteller ist' },
            hrb: { type: 'string', title: 'Handelsregisternummer' },
          },
          required: ['art', 'hrb'],
        },
      ],
    },
  };

  test('the discriminator is one question with every branch as an option; the branch fields follow it', async () => {
    const form = await mount((el) => (el.definition = discriminated));
    const radios = [...root(form).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual(['Privatperson', 'Firma']);
    expect(radios[0]?.closest('fieldset')?.querySelector('legend')?.textContent).toContain(
      'Antragsteller ist',
    );
    await userEvent.click(radios[1] as HTMLInputElement);
    await settle(form);
    await userEvent.type(control(form, '/hrb'), 'HRB 42');
    await userEvent.type(control(form, '/name'), 'Muster GmbH');
    expect(root(form).querySelector('[id="f_2f_geburtstag"]')).toBeNull();
    await expectAccessible(form);
    expect(form.value).toEqual({ name: 'Muster GmbH', art: 'firma', hrb: 'HRB 42' });
    expect(form.validate().valid).toBe(true);
  });
});
