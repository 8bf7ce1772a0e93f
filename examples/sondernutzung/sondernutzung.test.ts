/**
 * The Sondernutzung example: the common checks of every example service, and what is particular to it:
 * the period ("bis" not before "von", a cross-field rule), the traffic restriction that exists only when
 * the footway or carriageway is taken up, applicant or contractor, the site plan upload.
 */
import { describe, expect, it } from 'vitest';
import { activeFields, createValidator, prune } from '@efa-forms/core';
import { toXsd } from '@efa-forms/xoev';
import { describeServiceExample } from '../test-support/service-example.js';

const example = describeServiceExample(new URL('./', import.meta.url));
const { de, en } = example;
const validator = createValidator(de);
const sample = (name: string) => example.sample(name);
const container = () => sample('valid-container-parkstreifen.json');

describe('sondernutzung: period', () => {
  it('accepts a period of one day and rejects "bis" before "von" at the "bis" field, with its own message', () => {
    const oneDay = container();
    oneDay['zeitraum'] = { von: '2025-06-02', bis: '2025-06-02' };
    expect(validator.validate(oneDay).valid).toBe(true);
    const reversed = container();
    reversed['zeitraum'] = { von: '2025-06-02', bis: '2025-05-31' };
    expect(validator.validate(reversed).errors).toEqual([
      {
        pointer: '/zeitraum/bis',
        keyword: 'formatMinimum',
        message: '„Bis“ darf nicht vor dem ersten Tag der Nutzung liegen.',
        params: { comparison: '>=', limit: '2025-06-02', label: 'Bis' },
      },
    ]);
    expect(createValidator(en).validate(reversed).errors[0]?.message).toBe(
      '“To” must not be before the first day of the use.',
    );
  });

  it('compares real dates across months and years, not only the day', () => {
    const data = container();
    data['zeitraum'] = { von: '2025-12-30', bis: '2026-01-02' };
    expect(validator.validate(data).valid).toBe(true);
    data['zeitraum'] = { von: '2026-01-02', bis: '2025-12-30' };
    expect(validator.validate(data).errors.map((error) => error.pointer)).toEqual(['/zeitraum/bis']);
  });

  it('says in the XSD that it cannot compare the two dates', () => {
    expect(toXsd(de)).toContain(
      '<!-- bis: formatMinimum compares with the field 1/von (relative JSON Pointer); checked by the JSON Schema only -->',
    );
  });
});

describe('sondernutzung: traffic restriction only when footway or carriageway are taken up', () => {
  it.each([
    [['parkstreifen'], false],
    [['gruenflaeche', 'radweg'], false],
    [['gehweg'], true],
    [['parkstreifen', 'fahrbahn'], true],
  ])('flaechen %j: verkehr required %s', (flaechen, required) => {
    const data = container();
    data['ort'] = { ...data['ort'], flaechen };
    const fields = activeFields(de, data);
    expect(fields.required.has('/verkehr')).toBe(required);
    expect(fields.visible.has('/verkehr/massnahme')).toBe(required);
  });

  it('validates the verkehr step only when it applies', () => {
    expect(validator.validateStep(container(), 'verkehr').valid).toBe(true);
    const blocked = container();
    blocked['ort'] = { ...blocked['ort'], flaechen: ['gehweg'] };
    expect(validator.validateStep(blocked, 'verkehr').errors.map((error) => error.pointer)).toEqual([
      '/verkehr',
    ]);
  });

  it('drops the restriction details when the footway and carriageway are no longer taken up', () => {
    const data = sample('valid-geruest-gehweg-und-fahrbahn.json');
    data['ort'] = { ...data['ort'], flaechen: ['parkstreifen'] };
    const pruned = prune(de, data) as Record<string, unknown>;
    expect(pruned['verkehr']).toBeUndefined();
    expect(validator.validate(pruned).valid).toBe(true);
  });
});

describe('sondernutzung: applicant or contractor', () => {
  it('asks a company for its name, legal form and contact person, a private person for the name', () => {
    const company = activeFields(de, { antragsteller: { art: 'unternehmen' } });
    const person = activeFields(de, { antragsteller: { art: 'person' } });
    expect(company.required.has('/antragsteller/rechtsform')).toBe(true);
    expect(company.visible.has('/antragsteller/familienname')).toBe(false);
    expect(person.required.has('/antragsteller/familienname')).toBe(true);
    expect(person.visible.has('/antragsteller/firma')).toBe(false);
  });

  it('asks a contractor on whose behalf it applies', () => {
    expect(
      activeFields(de, { antragsteller: { rolle: 'auftragnehmer' } }).required.has(
        '/antragsteller/auftraggeber',
      ),
    ).toBe(true);
    expect(
      activeFields(de, { antragsteller: { rolle: 'veranlasser' } }).visible.has(
        '/antragsteller/auftraggeber',
      ),
    ).toBe(false);
  });

  it('offers the legal forms of the published code list, sole traders included', () => {
    const rechtsform = (
      de.schema['$defs'] as Record<string, { oneOf: { const: string }[]; 'x-xoev': unknown }>
    )['rechtsform'];
    expect(rechtsform?.['x-xoev']).toEqual({
      codeList: { listURI: 'urn:xoev-de:xunternehmen:codeliste:rechtsformen', listVersionID: '2.4' },
    });
    const codes = rechtsform?.oneOf.map((option) => option.const) ?? [];
    expect(codes).toEqual(expect.arrayContaining(['221100', '411000', '412000']));
  });
});

describe('sondernutzung: site plan', () => {
  it('is required and limited to 5 MB (base64 length), within the default string limit of the validator', () => {
    const data = container();
    data['lageplan'] = 'A'.repeat(6990508 + 4) as never;
    const result = validator.validate(data);
    expect(result.errors.map(({ pointer, keyword }) => [pointer, keyword])).toEqual([
      ['/lageplan', 'maxLength'],
    ]);
    const schema = de.schema.properties?.['lageplan'] as Record<string, unknown>;
    expect(schema).toMatchObject({
      contentEncoding: 'base64',
      contentMediaType: 'application/pdf,image/jpeg,image/png',
    });
  });
});
