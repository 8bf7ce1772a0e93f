import type { Page } from 'playwright';
import expected from '../../gewerbeabmeldung/samples/valid-uebergabe-juristische-person.json';
import { fillBranch, fillCompanySteps } from './gewerbe-steps.js';
import { Person } from './person.js';

/**
 * The Gewerbeabmeldung of a GmbH's branch that is leased out: the company's fields and two
 * representatives (the second without a function), the branch brings the Hauptniederlassung, the
 * reason "Übergabe" brings the kind of handover and the successor (a name with a Danish letter).
 * What it types is exactly the sample `valid-uebergabe-juristische-person.json`.
 */
export async function fillGewerbeabmeldung(page: Page): Promise<void> {
  const person = new Person(page);
  await fillCompanySteps(person, expected, 'Angaben zur Abmeldung');

  // Step 4: a Zweigstelle (shows the Hauptniederlassung), a handover (shows its kind and the successor).
  await fillBranch(
    person,
    expected.betriebsstaette,
    'eine unselbständige Zweigstelle',
    expected.abmeldung.hauptniederlassung,
  );
  await person.click(/^Übergabe des Betriebs/);
  await person.click('Verpachtung');
  await person.type(
    'Name der künftigen Gewerbetreibenden oder künftige Firma',
    expected.abmeldung.nachfolger,
  );
  await person.date('Datum der Betriebsaufgabe', expected.abmeldung.aufgabeAm);
  await person.paste('Bisher ausgeübte Tätigkeit', expected.abmeldung.taetigkeit);
  await person.type('Wirtschaftszweig (WZ 2008)', expected.abmeldung.wz2008);
  await person.type(
    'Zahl der bei der Betriebsaufgabe tätigen Personen (ohne Inhaber)',
    String(expected.abmeldung.anzahlBeschaeftigte),
  );
  await person.type('davon in Vollzeit', String(expected.abmeldung.davonVollzeit));
  await person.type('davon in Teilzeit', String(expected.abmeldung.davonTeilzeit));
  await person.next('Erklärung');

  // Step 5: the declarations with the keyboard.
  await person.tick('Ich versichere', 'Ich habe die Hinweise');
  await person.next('Angaben prüfen', 'Weiter zur Übersicht');
}

/** The data the person typed, as the back office must receive it. */
export const gewerbeabmeldungData: Record<string, unknown> = expected;
