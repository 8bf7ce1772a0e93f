import type { Page } from 'playwright';
import expected from '../../gewerbeanmeldung/samples/valid-juristische-person-mit-vertretern.json';
import { group, Person } from './person.js';

/**
 * The Gewerbeanmeldung of a GmbH, step by step: the condition "juristische Person" (company fields
 * instead of personal ones), the repeat group of two managing directors (added with the button, one
 * in German, one with Turkish letters), the conditional Hauptniederlassung and Erlaubnis fields.
 * What it types is exactly the sample `valid-juristische-person-mit-vertretern.json`.
 */
export async function fillGewerbeanmeldung(page: Page): Promise<void> {
  const person = new Person(page);
  await page.getByRole('heading', { name: 'Angaben zur Inhaberin oder zum Inhaber' }).waitFor();

  // Step 1, the condition: a company, so the company fields replace the personal ones.
  await person.click(
    'Juristische Person oder Personengesellschaft (z. B. GmbH, UG, AG, eingetragener Verein, OHG, KG)',
  );
  await person.type('Name (Firma)', 'Wachschutz Musterstadt GmbH');
  await person.select('Rechtsform', 'Gesellschaft mit beschränkter Haftung; auch gemeinnützige GmbH');
  await person.select('Register', 'Handelsregister Abteilung B (HRB)');
  // Keyboard only from here: Tab to the next field, type.
  await person.tabTo('Registernummer');
  await page.keyboard.type('12345');
  await person.tabTo('Registergericht');
  await page.keyboard.type('Amtsgericht Musterstadt');
  // Enter in a text field continues, as in any form.
  await person.press('Enter');
  await page.getByRole('heading', { name: 'Vertretungsberechtigte Personen', exact: true }).waitFor();

  // Step 2, the repeat group: two people, each added with the button; focus moves into the new item.
  const add = page.getByRole('button', { name: /Eintrag hinzufügen/ });
  for (const [index, vertreter] of expected.vertreter.entries()) {
    await add.click();
    const item = group(page, `Person ${index + 1}`);
    await person.type('Familienname', vertreter.familienname, item);
    await person.type('Vornamen', vertreter.vornamen, item);
    await person.date('Geburtsdatum', vertreter.geburtsdatum, item);
    await person.select(
      'Staatsangehörigkeit',
      vertreter.staatsangehoerigkeit === '000' ? 'deutsch' : 'türkisch',
      item,
    );
    await person.select('Funktion', 'Geschäftsführer § 35 GmbHG', item);
  }
  await person.next('Anschrift und Kontakt');

  // Step 3.
  await person.address(expected.wohnanschrift);
  await person.paste('E-Mail-Adresse', 'info@wachschutz-musterstadt.example');
  await person.type('Telefon', '09999 4711-0');
  await person.next('Angaben zum Betrieb');

  // Step 4: a Zweigniederlassung (shows the Hauptniederlassung), a takeover (shows the predecessor).
  await person.address(expected.betriebsstaette, group(page, 'Anschrift der Betriebsstätte'));
  await person.click('eine Zweigniederlassung');
  await person.address(expected.betrieb.hauptniederlassung, group(page, 'Anschrift der Hauptniederlassung'));
  await person.click(
    'Übernahme (z. B. Kauf, Pacht, Erbfolge, Änderung der Rechtsform, Gesellschaftereintritt)',
  );
  await person.type(
    'Name des früheren Gewerbetreibenden oder frühere Firma',
    'Sicherheitsdienst Becker e.K.',
  );
  // A checkbox with the keyboard: Tab to it, Space.
  await person.tick('Sonstiges');
  await person.paste('Angemeldete Tätigkeit', expected.betrieb.taetigkeit);
  await person.type('Wirtschaftszweig (WZ 2008)', '80.10.0');
  await person.date('Beginn der angemeldeten Tätigkeit', '2025-07-01');
  await person.click('Nein', group(page, 'Die Tätigkeit wird (vorerst) im Nebenerwerb betrieben'));
  await person.type('Zahl der bei Geschäftsaufnahme tätigen Personen (ohne Inhaber)', '12');
  await person.type('davon in Vollzeit', '8');
  await person.type('davon in Teilzeit', '4');
  await person.next('Erlaubnisse und Erklärung');

  // Step 5: the permit condition, yes/no with the mouse, consent with the keyboard.
  await person.click('Ja', group(page, 'Für die Tätigkeit ist eine Erlaubnis nötig'));
  await person.type('Art der Erlaubnis', 'Erlaubnis nach § 34a GewO (Bewachungsgewerbe)');
  await person.type('Erteilende Behörde', 'Stadt Musterstadt, Ordnungsamt');
  await person.date('Erteilt am', '2025-05-15');
  await person.click(
    'Nein',
    group(page, 'Für die Tätigkeit ist eine Eintragung in die Handwerksrolle nötig'),
  );
  await person.tick('Ich versichere', 'Ich habe die Hinweise');
  await person.next('Angaben prüfen', 'Weiter zur Übersicht');
}

/** The data the person typed, as the back office must receive it. */
export const gewerbeanmeldungData: Record<string, unknown> = expected;
