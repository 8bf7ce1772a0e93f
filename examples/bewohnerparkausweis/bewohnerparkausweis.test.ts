/**
 * The Bewohnerparkausweis example: the common checks of every example service (format, strict ajv,
 * samples with expected errors and messages, English texts, golden XÖV message and XSD), and what is
 * particular to it: the zones from the tenant, the fee in the texts, the proof for a permanent user.
 */
import { describe, expect, it } from 'vitest';
import { activeFields, createValidator, loadDefinition, prune } from '@efa-forms/core';
import { toXsd } from '@efa-forms/xoev';
import { describeServiceExample } from '../test-support/service-example.js';

const example = describeServiceExample(new URL('./', import.meta.url));
const { de, en, source, tenant } = example;
const validator = createValidator(de);
const sample = (name: string) => example.sample(name);
const minimal = () => sample('valid-halter-minimal.json');

describe('bewohnerparkausweis: zones from the tenant', () => {
  it('offers exactly the zones of tenant.musterstadt.json, as a select', () => {
    const zone = (
      de.schema.properties?.['wohnsitz'] as { properties: Record<string, Record<string, unknown>> }
    ).properties['parkzone'];
    expect(zone?.['oneOf']).toEqual(tenant['parkzonen']);
    expect(zone?.['x-efa']).toMatchObject({ widget: 'select' });
  });

  it('accepts a zone another municipality lists once loaded with that tenant', () => {
    const other = loadDefinition(source, {
      tenant: { ...tenant, parkzonen: [{ const: 'N7', title: 'Nordstadt 7' }] },
    });
    const data = minimal();
    data['wohnsitz'] = { ...data['wohnsitz'], parkzone: 'N7' };
    expect(createValidator(other).validate(data).valid).toBe(true);
    expect(validator.validate(data).errors.map((error) => error.keyword)).toEqual(['enum']);
    // The XSD of each municipality names its own zones.
    expect(toXsd(other)).toContain('<xs:enumeration value="N7"');
    expect(toXsd(de)).not.toContain('<xs:enumeration value="N7"');
  });

  it('rejects a tenant file without zones, pointing into the tenant configuration', () => {
    const { parkzonen: _zones, ...withoutZones } = tenant;
    expect(() => loadDefinition(source, { tenant: withoutZones })).toThrow(/parkzonen/);
  });
});

describe('bewohnerparkausweis: fee and validity', () => {
  it('shows the fees of the tenant in the options and in the payment step, in German and English', () => {
    const options = (definition: typeof de) =>
      (
        (
          definition.schema.properties?.['antrag'] as {
            properties: Record<string, { oneOf: { title: string }[] }>;
          }
        ).properties['geltungsdauer']?.oneOf ?? []
      ).map((option) => option.title);
    expect(options(de)).toEqual(['6 Monate, Gebühr 15,00 €', '12 Monate, Gebühr 30,00 €']);
    expect(options(en)).toEqual(['6 months, fee 15,00 €', '12 months, fee 30,00 €']);
    const zahlung = de.schema.properties?.['zahlung'] as { description: string };
    expect(zahlung.description).toBe(
      'Die Gebühr von Stadt Musterstadt, Straßenverkehrsbehörde beträgt 15,00 € für 6 Monate und 30,00 € für 12 Monate.',
    );
  });

  it('rejects a fee that is not written as an amount in euros', () => {
    expect(() =>
      loadDefinition(source, {
        tenant: { ...tenant, gebuehren: { sechsMonate: '15 EUR', zwoelfMonate: '30,00 €' } },
      }),
    ).toThrow(/sechsMonate/);
  });
});

describe('bewohnerparkausweis: conditions and pruning', () => {
  it('asks for the keeper and a proof only from a permanent user who is not the keeper', () => {
    const halter = activeFields(de, minimal());
    expect(halter.visible.has('/fahrzeug/nachweis')).toBe(false);
    const user = minimal();
    user['fahrzeug'] = { ...user['fahrzeug'], nutzung: 'dauernutzung' };
    const dauernutzung = activeFields(de, user);
    for (const field of ['/fahrzeug/halter', '/fahrzeug/nachweisArt', '/fahrzeug/nachweis'])
      expect(dauernutzung.required.has(field), field).toBe(true);
  });

  it('asks for the number of the current permit only for a renewal', () => {
    expect(activeFields(de, minimal()).visible.has('/antrag/bisherigeAusweisnummer')).toBe(false);
    const renewal = minimal();
    renewal['antrag'] = { ...renewal['antrag'], art: 'verlaengerung' };
    expect(activeFields(de, renewal).required.has('/antrag/bisherigeAusweisnummer')).toBe(true);
  });

  it('drops the proof and the bank details when the answers that asked for them change', () => {
    const data = sample('valid-firmenwagen-verlaengerung-lastschrift.json');
    data['fahrzeug'] = { ...data['fahrzeug'], nutzung: 'halter' };
    data['zahlung'] = { ...data['zahlung'], zahlungsart: 'ueberweisung' };
    data['antrag'] = { ...data['antrag'], art: 'neu' };
    const pruned = prune(de, data) as Record<string, Record<string, unknown>>;
    expect(pruned['fahrzeug']).toEqual({ kennzeichen: 'MU-ZA 77E', nutzung: 'halter' });
    expect(pruned['zahlung']).toEqual({ zahlungsart: 'ueberweisung' });
    expect(pruned['antrag']).toEqual({ art: 'neu', geltungsdauer: 6 });
    expect(validator.validate(pruned).valid).toBe(true);
  });

  it('limits the proof to 5 MB (base64 length), with the message naming the field', () => {
    const data = sample('valid-halterbestaetigung.json');
    data['fahrzeug'] = { ...data['fahrzeug'], nachweis: 'A'.repeat(6990508 + 4) };
    const result = validator.validate(data);
    expect(result.errors.map(({ pointer, keyword }) => [pointer, keyword])).toEqual([
      ['/fahrzeug/nachweis', 'maxLength'],
    ]);
    expect(result.errors[0]?.message).toContain('„Nachweis hochladen“');
  });
});

describe('bewohnerparkausweis: messages', () => {
  it('gives the field messages of the definition, in German and English', () => {
    const data = minimal();
    data['fahrzeug'] = { ...data['fahrzeug'], kennzeichen: 'mu-ab 1234' };
    data['erklaerung'] = { ...data['erklaerung'], keinStellplatz: false };
    expect(validator.validate(data).errors.map((error) => error.message)).toEqual([
      'Bitte das Kennzeichen in Großbuchstaben mit Bindestrich oder Leerzeichen angeben, z. B. MU-AB 1234.',
      'Ohne diese Bestätigung kann kein Bewohnerparkausweis ausgestellt werden.',
    ]);
    expect(
      createValidator(en)
        .validate(data)
        .errors.map((error) => error.message),
    ).toEqual([
      'Enter the licence plate in capitals with a hyphen or space, e.g. MU-AB 1234.',
      'Without this confirmation no residents’ parking permit can be issued.',
    ]);
  });
});
