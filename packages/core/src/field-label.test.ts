// fieldLabel: the label a form, an error message and a summary show for a field.
import { describe, expect, it } from 'vitest';
import type { SchemaHolder } from './definition.js';
import { fieldLabel } from './field-label.js';

const holder = (): SchemaHolder => ({
  schema: {
    type: 'object',
    $defs: {
      adresse: { type: 'object', title: 'Anschrift' },
      leer: { type: 'object', title: '' },
      blank: { type: 'object', title: '   ' },
    },
  },
});

describe('fieldLabel', () => {
  it("takes the field's own title, with or without a holder", () => {
    expect(fieldLabel({ title: 'Vorname', type: 'string' }, 'firstName')).toBe('Vorname');
    expect(fieldLabel({ title: 'Wohnort', $ref: '#/$defs/adresse' }, 'ort', holder())).toBe('Wohnort');
  });

  it('does not count an empty or blank own title: the name is made readable', () => {
    expect(fieldLabel({ title: '', type: 'string' }, 'firstName')).toBe('First name');
    expect(fieldLabel({ title: '   ', type: 'string' }, 'firstName')).toBe('First name');
  });

  it('takes the title of what the field references ($ref, a single allOf member) when given the holder', () => {
    expect(fieldLabel({ $ref: '#/$defs/adresse' }, 'wohnsitz', holder())).toBe('Anschrift');
    expect(fieldLabel({ allOf: [{ $ref: '#/$defs/adresse' }] }, 'wohnsitz', holder())).toBe('Anschrift');
    // Without the holder the reference cannot be followed.
    expect(fieldLabel({ $ref: '#/$defs/adresse' }, 'wohnsitz')).toBe('Wohnsitz');
  });

  it('does not count an empty or blank referenced title either', () => {
    expect(fieldLabel({ $ref: '#/$defs/leer' }, 'wohnsitz', holder())).toBe('Wohnsitz');
    expect(fieldLabel({ $ref: '#/$defs/blank' }, 'wohnsitz', holder())).toBe('Wohnsitz');
  });

  it('makes a camelCase or snake_case name readable: words split, later words lower case', () => {
    expect(fieldLabel(undefined, 'firstName')).toBe('First name');
    expect(fieldLabel(undefined, 'postal_code')).toBe('Postal code');
    expect(fieldLabel(undefined, 'postal__code')).toBe('Postal code');
    expect(fieldLabel(undefined, '_intern')).toBe('Intern');
    expect(fieldLabel(undefined, 'straßeUndHausnummer')).toBe('Straße und hausnummer');
    expect(fieldLabel(undefined, 'wohnungÄnderungÜberTag')).toBe('Wohnung änderung über tag');
    expect(fieldLabel(undefined, 'anzahlÄÖÜ')).toBe('Anzahl ÄÖÜ');
  });

  it('keeps abbreviations and other names as they are, only the first letter upper case', () => {
    expect(fieldLabel(undefined, 'anzahlPKWs')).toBe('Anzahl PKWs');
    expect(fieldLabel(undefined, 'IBAN')).toBe('IBAN');
    expect(fieldLabel(undefined, 'e-mail')).toBe('E-mail');
    expect(fieldLabel(undefined, '2fa')).toBe('2fa');
  });

  it('gives an empty label for an empty name without a title', () => {
    expect(fieldLabel(undefined, '')).toBe('');
    expect(fieldLabel({ type: 'string' }, '', holder())).toBe('');
  });
});
