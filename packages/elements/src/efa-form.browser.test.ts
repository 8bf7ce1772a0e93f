import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DefinitionError, loadDefinition } from '@efa-forms/core';
import type { EfaLoadErrorEvent } from './events.js';
import { kitchenSink } from './test-support/kitchen-sink.js';
import { expectAccessible } from './test-support/axe.js';
import { cleanup, control, mount, root, settle } from './test-support/mount.js';
import { exampleDefinition } from '../../../examples/load-example.js';
// English for the tests that switch `locale` (a German page leaves it out).
import './en.js';

afterEach(cleanup);

describe('<efa-form> rendering', () => {
  test('renders the first step with labels, hints and required markers', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    await expectAccessible(form);
    const shadow = root(form);
    expect(shadow.querySelector('#step-heading')?.textContent).toBe('Angaben zur Person');
    expect(shadow.querySelector('.progress')?.textContent).toBe('Schritt 1 von 3');
    const name = control(form, '/name');
    expect(name.labels?.[0]?.textContent).toContain('Name');
    expect(name.required).toBe(true);
    expect(name.getAttribute('autocomplete')).toBe('name');
    expect(name.getAttribute('aria-describedby')).toBe(`${name.id}-hint`);
    await expect.element(page.getByRole('textbox', { name: 'Notiz' })).toBeVisible();
  });

  test('typing updates the answers', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    await userEvent.type(control(form, '/name'), 'Erika');
    await settle(form);
    expect(form.answers).toEqual({ name: 'Erika' });
  });
});

describe('<efa-form> loading', () => {
  test('fetches a definition from src', async () => {
    // Served self-contained (shared blocks inlined), as a portal publishes it.
    const json = JSON.stringify(await exampleDefinition('gewerbeanmeldung'));
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const form = await mount((el) => el.setAttribute('src', url));
    await expect.poll(() => form.loadedDefinition?.id, { timeout: 5000 }).toBe('gewerbeanmeldung');
    await settle(form);
    expect(root(form).querySelector('#title')?.textContent).toBe('Gewerbe anmelden');
  });

  test('a definition with problems shows them and reports them as an efa-load-error event', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const events: EfaLoadErrorEvent[] = [];
    const listener = (event: EfaLoadErrorEvent): void => void events.push(event);
    document.addEventListener('efa-load-error', listener);
    try {
      const form = await mount(
        (el) =>
          (el.definition = {
            id: 'Kaputt!',
            title: 'x',
            schema: { type: 'object', properties: { a: { type: 'strin' } } },
          }),
      );
      const alert = root(form).querySelector('[role="alert"]');
      expect(alert?.textContent).toContain('Das Formular konnte nicht geladen werden.');
      const items = [...(alert?.querySelectorAll('li') ?? [])].map((item) => item.textContent);
      expect(items.length).toBeGreaterThan(1);
      // The problems are data: the same ones the form lists, with their pointers.
      expect(events).toHaveLength(1);
      const [event] = events as [EfaLoadErrorEvent];
      expect(event.bubbles && event.composed).toBe(true);
      expect(event.detail.problems.map((problem) => `${problem.pointer || '/'}: ${problem.message}`)).toEqual(
        items,
      );
      expect(event.detail.problems.some((problem) => problem.pointer === '/id')).toBe(true);
      expect(event.detail.error).toBeInstanceOf(DefinitionError);
      expect(errors).toHaveLength(0);
    } finally {
      console.error = original;
      document.removeEventListener('efa-load-error', listener);
    }
  });

  test('a src that cannot be fetched is an efa-load-error with the URL', async () => {
    const events: EfaLoadErrorEvent[] = [];
    const listener = (event: EfaLoadErrorEvent): void => void events.push(event);
    document.addEventListener('efa-load-error', listener);
    try {
      const url = new URL('./does-not-exist.service.json', import.meta.url).href;
      const form = await mount((el) => el.setAttribute('src', url));
      await expect.poll(() => events.length, { timeout: 5000 }).toBe(1);
      await settle(form);
      expect(events[0]?.detail.src).toBe(url);
      expect(events[0]?.detail.problems).toEqual([]);
      expect(root(form).querySelector('[role="alert"]')?.textContent).toContain(url);
    } finally {
      document.removeEventListener('efa-load-error', listener);
    }
  });

  test('a definition loadDefinition already prepared is used as it is', async () => {
    const loaded = loadDefinition(kitchenSink, { locale: 'en' });
    const form = await mount((el) => {
      el.locale = 'en';
      el.definition = loaded;
    });
    expect(form.loadedDefinition).toBe(loaded);
    expect(root(form).querySelector('#title')?.textContent).toBe('All field kinds');
  });

  test('attributes take JSON for data and tenant', async () => {
    const form = await mount((el) => {
      el.setAttribute('data', '{"name":"Aus dem Attribut"}');
      el.definition = kitchenSink;
    });
    expect(control(form, '/name').value).toBe('Aus dem Attribut');
  });

  test('setting data later replaces the answers', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    form.data = { name: 'Neu' };
    await settle(form);
    expect(control(form, '/name').value).toBe('Neu');
  });
});

describe('<efa-form> locale', () => {
  test('English: UI strings, translated schema texts and messages', async () => {
    const form = await mount((el) => {
      el.definition = kitchenSink;
      el.locale = 'en';
    });
    expect(root(form).querySelector('#title')?.textContent).toBe('All field kinds');
    expect(root(form).querySelector('#step-heading')?.textContent).toBe('About you');
    expect(root(form).querySelector('.progress')?.textContent).toBe('Step 1 of 3');
    expect(root(form).querySelector('.base')?.getAttribute('lang')).toBe('en');
    const submit = root(form).querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(submit.textContent?.trim()).toBe('Continue');
    await userEvent.click(submit);
    await settle(form);
    expect(root(form).querySelector('#error-summary')?.textContent).toContain('Name (en)');
    expect(root(form).querySelector('#error-summary-title')?.textContent).toBe('Please correct your answers');
    await expectAccessible(form);
  });

  test('switching the locale keeps the answers', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    await userEvent.type(control(form, '/name'), 'Erika');
    form.locale = 'en';
    await settle(form);
    expect(control(form, '/name').value).toBe('Erika');
    expect(control(form, '/name').labels?.[0]?.textContent).toContain('Name (en)');
  });
});

describe('<efa-form> theming', () => {
  test('a portal restyles with tokens and parts alone', async () => {
    const style = document.createElement('style');
    style.textContent = `
      efa-form.portal { --efa-color-primary: rgb(128, 0, 128); --efa-font-family: Georgia, serif; --efa-radius: 0px; }
      efa-form.portal::part(label) { color: rgb(0, 100, 0); }
      efa-form.portal::part(button-primary) { text-transform: uppercase; }
      efa-form.portal::part(progress) { font-style: italic; }
      efa-form.portal::part(error-summary) { border-style: dashed; }
      efa-form.portal::part(hint) { letter-spacing: 2px; }
      efa-form.portal::part(control) { background-color: rgb(255, 255, 224); }
    `;
    document.head.append(style);
    try {
      const form = await mount((el) => {
        el.className = 'portal';
        el.definition = kitchenSink;
      });
      const submit = root(form).querySelector('button[type="submit"]') as HTMLButtonElement;
      // Read before clicking: hover and focus styles (with their transition) would blur the check.
      expect(getComputedStyle(submit).backgroundColor).toBe('rgb(128, 0, 128)');
      await userEvent.click(submit);
      await settle(form);
      const name = control(form, '/name');
      expect(getComputedStyle(submit).textTransform).toBe('uppercase');
      expect(getComputedStyle(submit).borderTopLeftRadius).toBe('0px');
      expect(getComputedStyle(name).fontFamily).toBe('Georgia, serif');
      expect(getComputedStyle(name).backgroundColor).toBe('rgb(255, 255, 224)');
      expect(getComputedStyle(name.labels?.[0] as HTMLElement).color).toBe('rgb(0, 100, 0)');
      expect(getComputedStyle(root(form).querySelector('.progress') as HTMLElement).fontStyle).toBe('italic');
      expect(getComputedStyle(root(form).querySelector('#error-summary') as HTMLElement).borderTopStyle).toBe(
        'dashed',
      );
      expect(getComputedStyle(root(form).querySelector('[part="hint"]') as HTMLElement).letterSpacing).toBe(
        '2px',
      );
    } finally {
      style.remove();
    }
  });

  test('the default theme meets contrast rules (axe colour-contrast)', async () => {
    const form = await mount((el) => (el.definition = kitchenSink));
    await userEvent.click(root(form).querySelector('button[type="submit"]') as HTMLButtonElement);
    await settle(form);
    await expectAccessible(form);
  });
});

describe('<efa-form> review page', () => {
  test('every field kind filled: answers shown as people read them, axe clean', async () => {
    const form = await mount((el) => {
      el.definition = kitchenSink;
      el.data = {
        name: 'Erika Mustermann',
        notiz: 'Zwei\nZeilen',
        email: 'erika@example.org',
        telefon: '030 123',
        webseite: 'https://example.org',
        anzahl: 3,
        umsatz: 1234.5,
        beginn: '2025-03-01',
        termin: '2025-03-01T09:30:00+01:00',
        rechtsform: 'gmbh',
        registernummer: 'HRB 1',
        land: 'L1',
        zustimmung: true,
        newsletter: false,
        vorbestraft: false,
        branchen: ['handel', 'dienst'],
        anschrift: { strasse: 'Hauptstraße 1', plz: '12345' },
        personen: [{ vorname: 'Anna', nachname: 'A' }, { nachname: 'B' }],
        aktenzeichen: 'AZ-1',
        nachweis: btoa('%PDF'),
      };
    });
    for (let step = 0; step < 3; step++) {
      await userEvent.click(root(form).querySelector('button[type="submit"]') as HTMLButtonElement);
      await settle(form);
    }
    expect(form.currentStep).toBe('review');
    const rows = Object.fromEntries(
      [...root(form).querySelectorAll('.review-row:not(.review-row--group)')].map((row) => [
        row.querySelector('dt')?.textContent,
        row.querySelector('dd')?.textContent?.trim(),
      ]),
    );
    expect(rows).toMatchObject({
      'Anzahl Beschäftigte': '3',
      'Umsatz in Euro': '1.234,5',
      Beginn: '01.03.2025',
      Rechtsform: 'GmbH',
      Land: 'Österreich',
      'Ich stimme zu': 'Ja',
      Newsletter: 'Nein',
      Branchen: 'Handel, Dienstleistung',
      Straße: 'Hauptstraße 1',
      Nachname: 'B',
      Registernummer: 'HRB 1',
      Webseite: 'https://example.org',
      Telefon: '030 123',
    });
    const firstNames = [...root(form).querySelectorAll('.review-row')].filter(
      (row) => row.querySelector('dt')?.textContent === 'Vorname',
    );
    expect(firstNames.map((row) => row.querySelector('dd')?.textContent?.trim())).toEqual([
      'Anna',
      'Keine Angabe',
    ]);
    expect([...root(form).querySelectorAll('.review-row--group > dt')].map((dt) => dt.textContent)).toEqual([
      'Anschrift',
      'Gesellschafter',
      'Gesellschafter 1',
      'Gesellschafter 2',
    ]);
    await expectAccessible(form);
  });
});
