import { afterEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import tenant from '../../../examples/gewerbeanmeldung/tenant.musterstadt.json';
import { exampleDefinition } from '../../../examples/load-example.js';
import minimal from '../../../examples/gewerbeanmeldung/samples/valid-natuerliche-person-minimal.json';
import type { EfaSubmitEvent } from './events.js';
import { expectAccessible } from './test-support/axe.js';
import { fill, heading, nameOf, tabTo } from './test-support/keyboard.js';
import { cleanup, mount, root, settle } from './test-support/mount.js';

afterEach(cleanup);

/** The example with its shared blocks inlined, fetched from the test server like a portal would. */
const def = await exampleDefinition('gewerbeanmeldung');

test('keyboard only: the Gewerbe example from the first field to submit', { timeout: 60_000 }, async () => {
  let submitted: EfaSubmitEvent['detail'] | undefined;
  const before = document.createElement('a');
  before.href = '#start';
  before.textContent = 'Zum Formular';
  document.body.append(before);
  const form = await mount((el) => {
    el.definition = def;
    el.tenant = tenant;
  });
  form.addEventListener('efa-submit', (event: EfaSubmitEvent) => (submitted = event.detail));
  before.focus();

  // Step 1. Continuing too early: the error summary takes focus, its first link leads to the field.
  await tabTo(form, 'Natürliche Person');
  await userEvent.keyboard('{Enter}');
  await settle(form);
  expect(root(form).activeElement?.id).toBe('error-summary');
  await userEvent.tab();
  expect(nameOf(root(form).activeElement as Element)).toBe('Bitte geben Sie „Der Betrieb gehört“ an.');
  await userEvent.keyboard('{Enter}');
  expect(nameOf(root(form).activeElement as Element)).toBe('Natürliche Person');
  await userEvent.keyboard(' ');
  await settle(form);
  await fill(form, 'Familienname', 'Mustermann');
  await fill(form, 'Vornamen', 'Erika');
  await fill(form, 'Geburtsdatum', '04121985');
  await fill(form, 'Geburtsort', 'Musterstadt');
  await tabTo(form, 'Staatsangehörigkeit');
  await userEvent.keyboard('{ArrowDown}');
  await expectAccessible(form);
  // Enter in a text field continues, like in any form.
  await tabTo(form, 'Geburtsort', true);
  await userEvent.keyboard('{Enter}');
  await settle(form);
  expect(heading(form)).toBe('Vertretungsberechtigte Personen');

  // Step 2 is optional for a natural person.
  await tabTo(form, 'Weiter');
  await userEvent.keyboard('{Enter}');
  await settle(form);
  expect(heading(form)).toBe('Anschrift und Kontakt');

  // Step 3.
  await fill(form, 'Straße', 'Lindenweg');
  await fill(form, 'Hausnummer', '7');
  await fill(form, 'Postleitzahl', '12345');
  await fill(form, 'Ort', 'Musterstadt');
  await fill(form, 'E-Mail-Adresse', 'erika.mustermann@example.org');
  await tabTo(form, 'Weiter');
  await userEvent.keyboard('{Enter}');
  await settle(form);
  expect(heading(form)).toBe('Angaben zum Betrieb');

  // Step 4: radios with Space and arrows, checkboxes with Space, a textarea, a date.
  await fill(form, 'Straße', 'Lindenweg');
  await fill(form, 'Hausnummer', '7');
  await fill(form, 'Postleitzahl', '12345');
  await fill(form, 'Ort', 'Musterstadt');
  await tabTo(form, 'eine Hauptniederlassung');
  await userEvent.keyboard(' ');
  await tabTo(form, 'Neuerrichtung');
  await userEvent.keyboard('{ArrowDown}{ArrowUp}');
  await tabTo(form, 'Handel');
  await userEvent.keyboard(' ');
  await fill(form, 'Angemeldete Tätigkeit', 'Onlinehandel mit gebrauchten Büchern');
  await fill(form, 'Beginn der angemeldeten Tätigkeit', '03012025');
  await tabTo(form, 'Ja');
  await userEvent.keyboard(' ');
  await fill(form, 'Zahl der bei Geschäftsaufnahme', '0');
  await tabTo(form, 'Weiter');
  await userEvent.keyboard('{Enter}');
  await settle(form);
  expect(heading(form)).toBe('Erlaubnisse und Erklärung');

  // Step 5: yes/no questions answered "Nein" with the arrow key, consent checkboxes with Space.
  await tabTo(form, 'Ja');
  await userEvent.keyboard('{ArrowDown}');
  await tabTo(form, 'Ja');
  await userEvent.keyboard('{ArrowDown}');
  await tabTo(form, 'Ich versichere');
  await userEvent.keyboard(' ');
  await tabTo(form, 'Ich habe die Hinweise');
  await userEvent.keyboard(' ');
  await tabTo(form, 'Weiter zur Übersicht');
  await userEvent.keyboard('{Enter}');
  await settle(form);
  expect(heading(form)).toBe('Angaben prüfen');
  await expectAccessible(form);

  // Review: change a step and come back, then submit.
  await tabTo(form, 'Ändern: Anschrift und Kontakt');
  await userEvent.keyboard('{Enter}');
  await settle(form);
  expect(heading(form)).toBe('Anschrift und Kontakt');
  await tabTo(form, 'Weiter zur Übersicht');
  await userEvent.keyboard('{Enter}');
  await settle(form);
  expect(heading(form)).toBe('Angaben prüfen');
  await tabTo(form, 'Zurück');
  await tabTo(form, 'Absenden', true);
  await userEvent.keyboard('{Enter}');
  await settle(form);

  expect(submitted).toEqual({ serviceId: 'gewerbeanmeldung', version: def.version, data: minimal });
  expect(heading(form)).toBe('Vielen Dank');
});
