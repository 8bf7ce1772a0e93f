import type { Page } from 'playwright';
import expected from '../../sondernutzung/samples/valid-geruest-gehweg-und-fahrbahn.json';
import { group, Person } from './person.js';

/**
 * A scaffolding firm applies for a scaffold on the footway and carriageway: the cross-field rule
 * (Bis before Von) is met first and corrected, the traffic step appears because the carriageway is
 * used (a condition), the site plan is uploaded, the firm applies on behalf of its client.
 * What it types is the sample `valid-geruest-gehweg-und-fahrbahn.json`.
 */
export async function fillSondernutzung(page: Page): Promise<void> {
  const person = new Person(page);
  await page.getByRole('heading', { name: 'Was und wo', exact: true }).waitFor();

  // Step 1.
  await person.click('Gerüst');
  await person.paste('Beschreibung des Vorhabens', expected.nutzung.beschreibung);
  await person.type('Straße', expected.ort.strasse);
  await person.type('Hausnummer', expected.ort.hausnummer);
  await person.click('Seite der ungeraden Hausnummern');
  // Checkboxes with the keyboard: Tab, Space.
  await person.tick('Gehweg', 'Fahrbahn');
  await person.type('Fläche in m²', '16,8');
  await person.next('Zeitraum und Lageplan');

  // Step 2: an end before the start is refused at "Bis", then corrected.
  await person.date('Von', expected.zeitraum.von);
  await person.date('Bis', '2025-06-30');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await page.getByRole('link', { name: /Bis/ }).first().waitFor();
  await person.date('Bis', expected.zeitraum.bis);
  await person.upload('Lageplan', {
    name: 'lageplan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(expected.lageplan, 'base64'),
  });
  await page.getByText('Gewählte Datei: lageplan.pdf', { exact: false }).waitFor();
  await person.next('Einschränkung des Verkehrs');

  // Step 3, shown because the carriageway is used.
  await person.click('Halbseitige Sperrung mit wechselseitigem Verkehr (Ampel oder Vorrangregelung)');
  await person.type('Verbleibende Gehwegbreite in m', '1,3');
  await person.type('Verbleibende Fahrbahnbreite in m', '3,25');
  await person.click('Ja', group(page, 'Für die Nutzung wird ein Haltverbot benötigt'));
  await person.type('Regelplan nach RSA 21', expected.verkehr.regelplan);
  const verantwortlich = group(page, 'Verantwortliche Person für die Verkehrssicherung');
  await person.type('Name', expected.verkehr.verantwortlich.name, verantwortlich);
  await person.type('Telefon (mobil)', expected.verkehr.verantwortlich.telefon, verantwortlich);
  await person.next('Antragstellerin oder Antragsteller');

  // Step 4: a firm on behalf of its client (two conditions).
  await person.click('ausführendes Unternehmen im Auftrag (z. B. Gerüstbau, Containerdienst)');
  await person.click('ein Unternehmen oder eine Organisation');
  const a = expected.antragsteller;
  await person.type('Name des Unternehmens (Firma)', a.firma);
  await person.select('Rechtsform', 'Gesellschaft mit beschränkter Haftung; auch gemeinnützige GmbH');
  await person.type('Ansprechperson', a.ansprechperson);
  await person.type('Im Auftrag von', a.auftraggeber);
  await person.address(a.anschrift, group(page, 'Anschrift'));
  await person.paste('E-Mail-Adresse', a.email);
  await person.type('Telefon', a.telefon);
  await person.next('Erklärung');

  // Step 5.
  await person.tick('Ich sichere', 'Ich versichere', 'Ich habe die Hinweise');
  await person.next('Angaben prüfen', 'Weiter zur Übersicht');
}

/** The data the person typed. */
export const sondernutzungData: Record<string, unknown> = expected;
