/**
 * The Bewohnerparkausweis in `<efa-form>` in Chromium, filled in as a person would: keyboard through
 * every step (a renewal, a zone from the tenant's list, a permanent user with the proof uploaded, SEPA
 * direct debit), the review page axe clean, and the submitted data equal to the sample.
 */
import { afterEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import def from './bewohnerparkausweis.service.json';
import tenant from './tenant.musterstadt.json';
import sample from './samples/valid-firmenwagen-verlaengerung-lastschrift.json';
import type { EfaSubmitEvent } from '../../packages/elements/src/events.js';
import { expectAccessible } from '../../packages/elements/src/test-support/axe.js';
import { fill, heading, press, tabTo } from '../../packages/elements/src/test-support/keyboard.js';
import { cleanup, mount, root, settle } from '../../packages/elements/src/test-support/mount.js';

afterEach(cleanup);

/** The sample's proof as the PDF file a person would pick. */
function proofFile(): File {
  const bytes = Uint8Array.from(atob(sample.fahrzeug.nachweis), (char) => char.charCodeAt(0));
  return new File([bytes], 'firmenwagen-bescheinigung.pdf', { type: 'application/pdf' });
}

test(
  'keyboard: a renewal for a company car, from the first field to submit',
  { timeout: 90_000 },
  async () => {
    let submitted: EfaSubmitEvent['detail'] | undefined;
    const form = await mount((el) => {
      el.definition = def;
      el.tenant = tenant;
    });
    form.addEventListener('efa-submit', (event: EfaSubmitEvent) => (submitted = event.detail));
    await expectAccessible(form);

    // Step 1: a renewal asks for the current permit's number; the fees come from the tenant.
    await tabTo(form, 'Erstausstellung');
    await userEvent.keyboard('{ArrowDown}');
    await settle(form);
    await tabTo(form, '6 Monate, Gebühr 15,00 €');
    await userEvent.keyboard(' ');
    await fill(form, 'Nummer des bisherigen Ausweises', sample.antrag.bisherigeAusweisnummer);
    await press(form, 'Weiter');
    expect(heading(form)).toBe('Angaben zu Ihnen');

    // Step 2: the person and the main residence; the zone is a select with Musterstadt's zones.
    await fill(form, 'Familienname', sample.antragsteller.familienname);
    await fill(form, 'Vornamen', sample.antragsteller.vornamen);
    await fill(form, 'Geburtsdatum', '02281990');
    const zone = await tabTo(form, 'Bewohnerparkzone');
    expect([...(zone as HTMLSelectElement).options].map((option) => option.text)).toEqual(
      expect.arrayContaining(['Zone A – Altstadt', 'Zone B – Bahnhofsviertel', 'Zone D – Westend']),
    );
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await fill(form, 'Straße', sample.wohnsitz.strasse);
    await fill(form, 'Hausnummer', sample.wohnsitz.hausnummer);
    await fill(form, 'Postleitzahl', sample.wohnsitz.postleitzahl);
    await fill(form, 'Ort', sample.wohnsitz.ort);
    await press(form, 'Weiter');
    expect(heading(form)).toBe('Fahrzeug');

    // Step 3: not the keeper: the keeper's name, the kind of proof and the upload appear.
    await fill(form, 'Amtliches Kennzeichen', sample.fahrzeug.kennzeichen);
    await tabTo(form, 'Ich bin Halterin oder Halter');
    await userEvent.keyboard('{ArrowDown}');
    await settle(form);
    await fill(form, 'Name der Halterin', sample.fahrzeug.halter);
    await tabTo(form, 'Bestätigung der Halterin');
    await userEvent.keyboard('{ArrowDown}');
    const upload = await tabTo(form, 'Nachweis hochladen');
    expect(upload.getAttribute('accept')).toBe('application/pdf,image/jpeg,image/png');
    await userEvent.upload(upload, proofFile());
    await settle(form);
    await expectAccessible(form);
    await press(form, 'Weiter');
    expect(heading(form)).toBe('Zahlung und Erklärung');

    // Step 4: SEPA direct debit asks for the account; contact; the declarations.
    console.log(
      'DEBUG',
      [...root(form).querySelectorAll('label, legend')].map((l) => l.textContent?.trim()).join(' / '),
    );
    await tabTo(form, 'SEPA-Lastschrift');
    await userEvent.keyboard(' ');
    await settle(form);
    await fill(form, 'Kontoinhaberin oder Kontoinhaber', sample.zahlung.kontoinhaber);
    await fill(form, 'IBAN', sample.zahlung.iban);
    await tabTo(form, 'Ich ermächtige Stadt Musterstadt');
    await userEvent.keyboard(' ');
    await fill(form, 'E-Mail-Adresse', sample.kontakt.email);
    await fill(form, 'Telefon', sample.kontakt.telefon);
    await tabTo(form, 'Ich habe keine Garage');
    await userEvent.keyboard(' ');
    await tabTo(form, 'Ich versichere');
    await userEvent.keyboard(' ');
    await tabTo(form, 'Ich habe die Hinweise');
    await userEvent.keyboard(' ');
    await press(form, 'Weiter zur Übersicht');
    expect(heading(form)).toBe('Angaben prüfen');
    expect(root(form).textContent).toContain('Zone B – Bahnhofsviertel');
    await expectAccessible(form);

    await press(form, 'Absenden');
    expect(submitted).toEqual({ serviceId: 'bewohnerparkausweis', version: def.version, data: sample });
    expect(heading(form)).toBe('Vielen Dank');
  },
);
