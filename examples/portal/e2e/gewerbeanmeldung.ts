import type { Page } from 'playwright';
import expected from '../../gewerbeanmeldung/samples/valid-juristische-person-mit-vertretern.json';
import { answer, fillBranch, fillCompanySteps } from './gewerbe-steps.js';
import { Person } from './person.js';

/**
 * The Gewerbeanmeldung of a GmbH, step by step: the condition "juristische Person" (company fields
 * instead of personal ones), the repeat group of two managing directors (added with the button, one
 * in German, one with Turkish letters), the conditional Hauptniederlassung and Erlaubnis fields.
 * What it types is exactly the sample `valid-juristische-person-mit-vertretern.json`.
 */
export async function fillGewerbeanmeldung(page: Page): Promise<void> {
  const person = new Person(page);
  await fillCompanySteps(person, expected, 'Angaben zum Betrieb');

  // Step 4: a Zweigniederlassung (shows the Hauptniederlassung), a takeover (shows the predecessor).
  await fillBranch(
    person,
    expected.betriebsstaette,
    'eine Zweigniederlassung',
    expected.betrieb.hauptniederlassung,
  );
  await person.click(
    'Übernahme (z. B. Kauf, Pacht, Erbfolge, Änderung der Rechtsform, Gesellschaftereintritt)',
  );
  await person.type(
    'Name des früheren Gewerbetreibenden oder frühere Firma',
    expected.betrieb.fruehererInhaber,
  );
  // A checkbox with the keyboard: Tab to it, Space.
  await person.tick('Sonstiges');
  await person.paste('Angemeldete Tätigkeit', expected.betrieb.taetigkeit);
  await person.type('Wirtschaftszweig (WZ 2008)', expected.betrieb.wz2008);
  await person.date('Beginn der angemeldeten Tätigkeit', expected.betrieb.beginn);
  await answer(person, 'Die Tätigkeit wird (vorerst) im Nebenerwerb betrieben', expected.betrieb.nebenerwerb);
  await person.type(
    'Zahl der bei Geschäftsaufnahme tätigen Personen (ohne Inhaber)',
    String(expected.betrieb.anzahlBeschaeftigte),
  );
  await person.type('davon in Vollzeit', String(expected.betrieb.davonVollzeit));
  await person.type('davon in Teilzeit', String(expected.betrieb.davonTeilzeit));
  await person.next('Erlaubnisse und Erklärung');

  // Step 5: the permit condition, yes/no with the mouse, consent with the keyboard.
  await answer(person, 'Für die Tätigkeit ist eine Erlaubnis nötig', true);
  await person.type('Art der Erlaubnis', expected.erlaubnis.art);
  await person.type('Erteilende Behörde', expected.erlaubnis.behoerde);
  await person.date('Erteilt am', expected.erlaubnis.erteiltAm);
  await answer(person, 'Für die Tätigkeit ist eine Eintragung in die Handwerksrolle nötig', false);
  await person.tick('Ich versichere', 'Ich habe die Hinweise');
  await person.next('Angaben prüfen', 'Weiter zur Übersicht');
}

/** The data the person typed, as the back office must receive it. */
export const gewerbeanmeldungData: Record<string, unknown> = expected;
