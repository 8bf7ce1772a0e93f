import type { Page } from 'playwright';
import expected from '../../gewerbeummeldung/samples/valid-verlegung-natuerliche-person.json';
import { answer, fillAddressAndContact, fillNaturalPerson } from './gewerbe-steps.js';
import { group, Person } from './person.js';

/**
 * The Gewerbeummeldung of a sole trader who moved her business: the natural person's fields (no
 * representatives: only a company must name them), the reason "Verlegung" ticked with the
 * keyboard brings the former address, a part-time business with no staff, no permit and no craft.
 * What it types is exactly the sample `valid-verlegung-natuerliche-person.json`.
 */
export async function fillGewerbeummeldung(page: Page): Promise<void> {
  const person = new Person(page);
  await fillNaturalPerson(person, expected.inhaber);
  await fillAddressAndContact(person, expected.wohnanschrift, expected.kontakt, 'Angaben zur Ummeldung');

  // Step 4: the main branch (no Hauptniederlassung asked), the move brings the former address.
  await person.address(expected.betriebsstaette, group(page, 'Anschrift der Betriebsstätte'));
  await person.click('eine Hauptniederlassung');
  await person.tick('Verlegung des Betriebs innerhalb des Meldebezirks');
  await person.address(
    expected.ummeldung.fruehereBetriebsstaette,
    group(page, 'Bisherige Anschrift der Betriebsstätte'),
  );
  await person.date('Datum der Änderung', expected.ummeldung.aenderungAm);
  await person.paste('Ausgeübte Tätigkeit nach der Änderung', expected.ummeldung.taetigkeit);
  await person.click('Handel');
  await answer(
    person,
    'Die Tätigkeit wird (vorerst) im Nebenerwerb betrieben',
    expected.ummeldung.nebenerwerb,
  );
  await person.type(
    'Zahl der nach der Änderung tätigen Personen (ohne Inhaber)',
    String(expected.ummeldung.anzahlBeschaeftigte),
  );
  await person.next('Erlaubnisse und Erklärung');

  // Step 5.
  await answer(person, 'Für die Tätigkeit ist eine Erlaubnis nötig', false);
  await answer(person, 'Für die Tätigkeit ist eine Eintragung in die Handwerksrolle nötig', false);
  await person.tick('Ich versichere', 'Ich habe die Hinweise');
  await person.next('Angaben prüfen', 'Weiter zur Übersicht');
}

/** The data the person typed, as the back office must receive it. */
export const gewerbeummeldungData: Record<string, unknown> = expected;
