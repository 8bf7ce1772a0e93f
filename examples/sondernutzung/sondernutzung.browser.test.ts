/**
 * The Sondernutzung in `<efa-form>` in Chromium, filled in as a person would: keyboard through every step
 * (scaffolding on footway and carriageway, so the traffic restriction step appears; a contractor company
 * with its legal form from the code list; the site plan uploaded), the "bis" message at the "bis" field,
 * the review page axe clean, and the submitted data equal to the sample.
 */
import { afterEach, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import def from './sondernutzung.service.json';
import tenant from './tenant.musterstadt.json';
import sample from './samples/valid-geruest-gehweg-und-fahrbahn.json';
import { expectAccessible } from '../../packages/elements/src/test-support/axe.js';
import { answer, fill, heading, press, tabTo } from '../../packages/elements/src/test-support/keyboard.js';
import { fileFromBase64, mountService } from '../test-support/service-form.js';
import { cleanup, control, root, settle } from '../../packages/elements/src/test-support/mount.js';

afterEach(cleanup);

test(
  'keyboard: scaffolding on footway and carriageway by a contractor, to submit',
  { timeout: 90_000 },
  async () => {
    const { form, submitted } = await mountService(def, tenant);
    await expectAccessible(form);

    // Step 1: what and where.
    await answer(form, 'Gerüst', ' ');
    const [first, second] = sample.nutzung.beschreibung.split('\n');
    await fill(form, 'Beschreibung des Vorhabens', first ?? '');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(second ?? '');
    await fill(form, 'Straße', sample.ort.strasse);
    await fill(form, 'Hausnummer', sample.ort.hausnummer);
    await answer(form, 'Seite der geraden Hausnummern', '{ArrowDown}');
    await answer(form, 'Gehweg', ' ');
    await answer(form, 'Fahrbahn', ' ');
    await fill(form, 'Fläche in m²', String(sample.ort.flaeche));
    await press(form, 'Weiter');
    expect(heading(form)).toBe('Zeitraum und Lageplan');

    // Step 2: "bis" before "von" is shown at "bis" after trying to continue, then corrected.
    await fill(form, 'Von', '07012025');
    await fill(form, 'Bis', '06302025');
    await press(form, 'Weiter');
    expect(heading(form)).toBeUndefined();
    const bis = control(form, '/zeitraum/bis');
    expect(bis.getAttribute('aria-invalid')).toBe('true');
    const described = (bis.getAttribute('aria-describedby') ?? '').split(' ');
    const message = described.map((id) => root(form).getElementById(id)?.textContent ?? '').join(' ');
    expect(message).toContain('„Bis“ darf nicht vor dem ersten Tag der Nutzung liegen.');
    await expectAccessible(form);
    await answer(form, 'Bis', '08152025');
    const upload = await tabTo(form, 'Lageplan');
    expect(upload.getAttribute('accept')).toBe('application/pdf,image/jpeg,image/png');
    await userEvent.upload(upload, fileFromBase64(sample.lageplan, 'lageplan.pdf', 'application/pdf'));
    await settle(form);
    await press(form, 'Weiter');
    expect(heading(form)).toBe('Einschränkung des Verkehrs');

    // Step 3 exists because the footway and the carriageway are taken up.
    await answer(form, 'Einengung', '{ArrowDown}');
    await fill(form, 'Verbleibende Gehwegbreite', String(sample.verkehr.restgehwegbreite));
    await fill(form, 'Verbleibende Fahrbahnbreite', String(sample.verkehr.restfahrbahnbreite));
    await answer(form, 'Ja', ' ');
    await fill(form, 'Regelplan nach RSA 21', sample.verkehr.regelplan);
    await fill(form, 'Name', sample.verkehr.verantwortlich.name);
    await fill(form, 'Telefon (mobil)', sample.verkehr.verantwortlich.telefon);
    await press(form, 'Weiter');
    expect(heading(form)).toBe('Antragstellerin oder Antragsteller');

    // Step 4: a contractor company: legal form from the code list (typed to select), on whose behalf.
    await answer(form, 'Veranlasserin oder Veranlasser', '{ArrowDown}');
    await answer(form, 'eine Privatperson', '{ArrowDown}');
    await fill(form, 'Straße', sample.antragsteller.anschrift.strasse);
    await fill(form, 'Hausnummer', sample.antragsteller.anschrift.hausnummer);
    await fill(form, 'Postleitzahl', sample.antragsteller.anschrift.postleitzahl);
    await fill(form, 'Ort', sample.antragsteller.anschrift.ort);
    await fill(form, 'E-Mail-Adresse', sample.antragsteller.email);
    await fill(form, 'Telefon', sample.antragsteller.telefon);
    await fill(form, 'Name des Unternehmens', sample.antragsteller.firma);
    // A closed select moves with the arrow keys (Space would open its popup).
    const legalForms = def.schema.$defs.rechtsform.oneOf.map((option) => option.const);
    const select = await tabTo(form, 'Rechtsform');
    await userEvent.keyboard('{ArrowDown}'.repeat(legalForms.indexOf(sample.antragsteller.rechtsform) + 1));
    expect((select as HTMLSelectElement).selectedOptions[0]?.textContent?.trim()).toBe(
      'Gesellschaft mit beschränkter Haftung; auch gemeinnützige GmbH',
    );
    await fill(form, 'Ansprechperson', sample.antragsteller.ansprechperson);
    await fill(form, 'Im Auftrag von', sample.antragsteller.auftraggeber);
    await press(form, 'Weiter');
    expect(heading(form)).toBe('Erklärung');

    // Step 5: the declarations.
    await answer(form, 'Ich sichere', ' ');
    await answer(form, 'Ich versichere', ' ');
    await answer(form, 'Ich habe die Hinweise', ' ');
    await press(form, 'Weiter zur Übersicht');
    expect(heading(form)).toBe('Angaben prüfen');
    expect(root(form).textContent).toContain('Einschränkung des Verkehrs');
    await expectAccessible(form);

    await press(form, 'Absenden');
    expect(submitted()).toEqual({ serviceId: 'sondernutzung', version: def.version, data: sample });
    expect(heading(form)).toBe('Vielen Dank');
  },
);
