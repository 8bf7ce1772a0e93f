import type { Page } from 'playwright';
import expected from '../../bewohnerparkausweis/samples/valid-firmenwagen-verlaengerung-lastschrift.json';
import { group, Person } from './person.js';

/**
 * A renewal of a Bewohnerparkausweis for a company car: the renewal asks for the old permit's number
 * (a condition), the zone comes from Musterstadt's list, "not the keeper" brings the keeper's name,
 * the kind of proof and the upload of the employer's certificate; SEPA direct debit asks for the
 * account. What it types is the sample `valid-firmenwagen-verlaengerung-lastschrift.json`.
 */
export async function fillBewohnerparkausweis(page: Page): Promise<void> {
  const person = new Person(page);
  await page.getByRole('heading', { name: 'Antrag und Geltungsdauer', exact: true }).waitFor();

  // Step 1: the kind of application with the keyboard (arrow keys move within the radio group).
  await person.tabTo('Erstausstellung');
  await person.press('ArrowDown');
  await person.click(/^6 Monate, Gebühr/);
  await person.type('Nummer des bisherigen Ausweises', expected.antrag.bisherigeAusweisnummer);
  await person.next('Angaben zu Ihnen');

  // Step 2.
  await person.type('Familienname', expected.antragsteller.familienname);
  await person.type('Vornamen', expected.antragsteller.vornamen);
  await person.date('Geburtsdatum', expected.antragsteller.geburtsdatum);
  await person.select('Bewohnerparkzone', 'Zone B – Bahnhofsviertel');
  await person.address(expected.wohnsitz);
  await person.next('Fahrzeug');

  // Step 3: the condition "not the keeper", and the upload.
  await person.type('Amtliches Kennzeichen', expected.fahrzeug.kennzeichen);
  await person.click('Ich nutze das Fahrzeug dauerhaft, bin aber nicht Halterin oder Halter.');
  await person.type('Name der Halterin, des Halters oder der Firma', expected.fahrzeug.halter);
  await person.click(
    'Bescheinigung des Arbeitgebers über einen Firmenwagen, den Sie auch privat nutzen dürfen',
  );
  await person.upload('Nachweis hochladen', {
    name: 'firmenwagen-bescheinigung.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(expected.fahrzeug.nachweis, 'base64'),
  });
  await page.getByText('Gewählte Datei: firmenwagen-bescheinigung.pdf', { exact: false }).waitFor();
  await person.next('Zahlung und Erklärung');

  // Step 4: direct debit brings the account fields; the declarations with the keyboard.
  await person.click('SEPA-Lastschrift');
  await person.type('Kontoinhaberin oder Kontoinhaber', expected.zahlung.kontoinhaber);
  await person.type('IBAN', expected.zahlung.iban);
  await person.click(/^Ich ermächtige Stadt Musterstadt/);
  const kontakt = group(page, 'Kontakt');
  await person.paste('E-Mail-Adresse', expected.kontakt.email, kontakt);
  await person.type('Telefon', expected.kontakt.telefon, kontakt);
  await person.tick('Ich habe keine Garage', 'Ich versichere', 'Ich habe die Hinweise');
  await person.next('Angaben prüfen', 'Weiter zur Übersicht');
}

/** The data the person typed. */
export const bewohnerparkausweisData: Record<string, unknown> = expected;
