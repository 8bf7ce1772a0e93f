// The steps the three Gewerbe services share (their forms are built from the same blocks in
// examples/_bausteine): who owns the business, its representatives, the address and contact.
import { group, type Person } from './person.js';

/** An address as the samples write it. */
interface Address {
  strasse: string;
  hausnummer: string;
  postleitzahl: string;
  ort: string;
}

/** The visible option texts of the code lists the samples use (codelisten.json). */
const STAATSANGEHOERIGKEIT: Record<string, string> = { '000': 'deutsch', '163': 'türkisch' };
const RECHTSFORM: Record<string, string> = {
  '221100': 'Gesellschaft mit beschränkter Haftung; auch gemeinnützige GmbH',
};
const VERTRETER_FUNKTION: Record<string, string> = { '2': 'Geschäftsführer § 35 GmbHG' };

const option = (list: Record<string, string>, code: string): string => {
  const text = list[code];
  if (text === undefined) throw new Error(`no option text for code ${code}`);
  return text;
};

/**
 * Step 1 for a company: the condition "juristische Person" brings the company fields instead of the
 * personal ones. The register fields with the keyboard only (Tab, type), then Enter continues.
 */
async function fillCompany(
  person: Person,
  inhaber: { firma: string; rechtsform: string; registernummer: string; registergericht: string },
): Promise<void> {
  await person.page.getByRole('heading', { name: 'Angaben zur Inhaberin oder zum Inhaber' }).waitFor();
  await person.click(
    'Juristische Person oder Personengesellschaft (z. B. GmbH, UG, AG, eingetragener Verein, OHG, KG)',
  );
  await person.type('Name (Firma)', inhaber.firma);
  await person.select('Rechtsform', option(RECHTSFORM, inhaber.rechtsform));
  await person.select('Register', 'Handelsregister Abteilung B (HRB)');
  await person.tabTo('Registernummer');
  await person.page.keyboard.type(inhaber.registernummer);
  await person.tabTo('Registergericht');
  await person.page.keyboard.type(inhaber.registergericht);
  // Enter in a text field continues, as in any form.
  await person.press('Enter');
  await person.page.getByRole('heading', { name: 'Vertretungsberechtigte Personen', exact: true }).waitFor();
}

/**
 * Step 1 for a natural person, and step 2 left empty: representatives are required only of a company,
 * so a person continues without adding one.
 */
export async function fillNaturalPerson(
  person: Person,
  inhaber: {
    familienname: string;
    vornamen: string;
    geburtsdatum: string;
    geburtsort: string;
    staatsangehoerigkeit: string;
  },
): Promise<void> {
  await person.page.getByRole('heading', { name: 'Angaben zur Inhaberin oder zum Inhaber' }).waitFor();
  await person.click('Natürliche Person');
  await person.type('Familienname', inhaber.familienname);
  // Keyboard only: Tab to the next field, type.
  await person.tabTo('Vornamen');
  await person.page.keyboard.type(inhaber.vornamen);
  await person.date('Geburtsdatum', inhaber.geburtsdatum);
  await person.type('Geburtsort', inhaber.geburtsort);
  await person.select('Staatsangehörigkeit', option(STAATSANGEHOERIGKEIT, inhaber.staatsangehoerigkeit));
  await person.next('Vertretungsberechtigte Personen');
  await person.next('Anschrift und Kontakt');
}

/** Step 2, the repeat group: each person added with the button; focus moves into the new item. */
async function fillRepresentatives(
  person: Person,
  vertreter: {
    familienname: string;
    vornamen: string;
    geburtsdatum: string;
    staatsangehoerigkeit: string;
    funktion?: string;
  }[],
): Promise<void> {
  const add = person.page.getByRole('button', { name: /Eintrag hinzufügen/ });
  for (const [index, entry] of vertreter.entries()) {
    await add.click();
    const item = group(person.page, `Person ${index + 1}`);
    await person.type('Familienname', entry.familienname, item);
    await person.type('Vornamen', entry.vornamen, item);
    await person.date('Geburtsdatum', entry.geburtsdatum, item);
    await person.select(
      'Staatsangehörigkeit',
      option(STAATSANGEHOERIGKEIT, entry.staatsangehoerigkeit),
      item,
    );
    if (entry.funktion !== undefined)
      await person.select('Funktion', option(VERTRETER_FUNKTION, entry.funktion), item);
  }
  await person.next('Anschrift und Kontakt');
}

/** Step 3: where the owner lives or has its seat, and how to reach them. */
export async function fillAddressAndContact(
  person: Person,
  wohnanschrift: Address,
  kontakt: { email: string; telefon?: string },
  next: string,
): Promise<void> {
  await person.address(wohnanschrift);
  await person.paste('E-Mail-Adresse', kontakt.email);
  if (kontakt.telefon !== undefined) await person.type('Telefon', kontakt.telefon);
  await person.next(next);
}

/** Steps 1 to 3 for a company: its register entry, its representatives, its seat and contact. */
export async function fillCompanySteps(
  person: Person,
  sample: {
    inhaber: Parameters<typeof fillCompany>[1];
    vertreter: Parameters<typeof fillRepresentatives>[1];
    wohnanschrift: Address;
    kontakt: { email: string; telefon?: string };
  },
  next: string,
): Promise<void> {
  await fillCompany(person, sample.inhaber);
  await fillRepresentatives(person, sample.vertreter);
  await fillAddressAndContact(person, sample.wohnanschrift, sample.kontakt, next);
}

/**
 * The premises of a branch: its address, the kind of branch (a radio), which brings the address of
 * the Hauptniederlassung.
 */
export async function fillBranch(
  person: Person,
  betriebsstaette: Address,
  kind: string,
  hauptniederlassung: Address,
): Promise<void> {
  await person.address(betriebsstaette, group(person.page, 'Anschrift der Betriebsstätte'));
  await person.click(kind);
  await person.address(hauptniederlassung, group(person.page, 'Anschrift der Hauptniederlassung'));
}

/** Yes or no of a boolean field, with the mouse, in the group its question labels. */
export async function answer(person: Person, question: string, yes: boolean): Promise<void> {
  await person.click(yes ? 'Ja' : 'Nein', group(person.page, question));
}
