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
import { expectAccessible } from '../../packages/elements/src/test-support/axe.js';
import { answer, fill, heading, press, tabTo } from '../../packages/elements/src/test-support/keyboard.js';
import { fileFromBase64, mountService } from '../test-support/service-form.js';
import { cleanup, root, settle } from '../../packages/elements/src/test-support/mount.js';

afterEach(cleanup);

test(
  'keyboard: a renewal for a company car, from the first field to submit',
  { timeout: 90_000 },
  async () => {
    const { form, submitted } = await mountService(def, tenant);
    await expectAccessible(form);

    // Step 1: a renewal asks for the current permit's number; the fees come from the tenant.
    await answer(form, 'Erstausstellung', '{ArrowDown}');
    await answer(form, '6 Monate, Gebühr 15,00 €', ' ');
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
    await answer(form, 'Ich bin Halterin oder Halter', '{ArrowDown}');
    await fill(form, 'Name der Halterin', sample.fahrzeug.halter);
    await answer(form, 'Bestätigung der Halterin', '{ArrowDown}');
    const upload = await tabTo(form, 'Nachweis hochladen');
    expect(upload.getAttribute('accept')).toBe('application/pdf,image/jpeg,image/png');
    await userEvent.upload(
      upload,
      fileFromBase64(sample.fahrzeug.nachweis, 'firmenwagen-bescheinigung.pdf', 'application/pdf'),
    );
    await settle(form);
    await expectAccessible(form);
    await press(form, 'Weiter');
    expect(heading(form)).toBe('Zahlung und Erklärung');

    // Step 4: SEPA direct debit asks for the account; contact; the declarations.
    console.log(
      'DEBUG',
      [...root(form).querySelectorAll('label, legend')].map((l) => l.textContent?.trim()).join(' / '),
    );
    await answer(form, 'SEPA-Lastschrift', ' ');
    await fill(form, 'Kontoinhaberin oder Kontoinhaber', sample.zahlung.kontoinhaber);
    await fill(form, 'IBAN', sample.zahlung.iban);
    await answer(form, 'Ich ermächtige Stadt Musterstadt', ' ');
    await fill(form, 'E-Mail-Adresse', sample.kontakt.email);
    await fill(form, 'Telefon', sample.kontakt.telefon);
    await answer(form, 'Ich habe keine Garage', ' ');
    await answer(form, 'Ich versichere', ' ');
    await answer(form, 'Ich habe die Hinweise', ' ');
    await press(form, 'Weiter zur Übersicht');
    expect(heading(form)).toBe('Angaben prüfen');
    expect(root(form).textContent).toContain('Zone B – Bahnhofsviertel');
    await expectAccessible(form);

    await press(form, 'Absenden');
    expect(submitted()).toEqual({ serviceId: 'bewohnerparkausweis', version: def.version, data: sample });
    expect(heading(form)).toBe('Vielen Dank');
  },
);
