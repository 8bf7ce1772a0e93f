// isAutocompleteValue: what lintDefinition accepts as `x-efa.autocomplete`, the HTML autofill grammar
// `[section-*] [shipping|billing] [home|work|mobile|fax|pager] field`. Each list says which values pass;
// a failure names the values that were judged wrongly.
import { describe, expect, it } from 'vitest';
import { isAutocompleteValue } from './autocomplete-tokens.js';

const misjudged = (values: string[], expected: boolean) =>
  values.filter((value) => isAutocompleteValue(value) !== expected);

describe('isAutocompleteValue', () => {
  it('accepts a lone autofill field name, and on/off', () => {
    expect(
      misjudged(['name', 'given-name', 'postal-code', 'email', 'tel', 'bday', 'on', 'off'], true),
    ).toEqual([]);
  });

  it('refuses what is no autofill field name, and an empty value', () => {
    expect(misjudged(['', '   ', 'vorname', 'nickname-ish', 'section-a', 'shipping', 'work'], false)).toEqual(
      [],
    );
  });

  it('accepts every contact kind before every telephone, e-mail and messenger field', () => {
    const contactFields = [
      'tel',
      'tel-country-code',
      'tel-national',
      'tel-area-code',
      'tel-local',
      'tel-local-prefix',
      'tel-local-suffix',
      'tel-extension',
      'email',
      'impp',
    ];
    const values = ['home', 'work', 'mobile', 'fax', 'pager'].flatMap((kind) =>
      contactFields.map((field) => `${kind} ${field}`),
    );
    expect(values).toHaveLength(50);
    expect(misjudged(values, true)).toEqual([]);
  });

  it('refuses a contact kind before a field that is no contact field, and an unknown kind', () => {
    expect(
      misjudged(['work name', 'home street-address', 'mobile postal-code', 'office tel'], false),
    ).toEqual([]);
  });

  it('accepts shipping or billing, and a section, in their places', () => {
    const values = [
      'shipping street-address',
      'billing postal-code',
      'shipping work tel',
      'billing home email',
      'section-lieferung name',
      'section-lieferung shipping street-address',
      'section-2 billing mobile tel',
    ];
    expect(misjudged(values, true)).toEqual([]);
  });

  it('refuses tokens out of order, twice, unknown, or a section not starting with "section-"', () => {
    const values = [
      'work shipping tel',
      'shipping section-a name',
      'home work tel',
      'shipping billing name',
      'section-a section-b name',
      'foo tel',
      'tel tel',
      'my-section-a name',
      'abschnitt name',
      'x section-a shipping work tel',
    ];
    expect(misjudged(values, false)).toEqual([]);
  });

  it('ignores case, surrounding space and runs of white space between tokens', () => {
    const values = [
      '  email  ',
      'Given-Name',
      'SECTION-A Shipping WORK Tel',
      'shipping  work\ttel',
      'billing\n name',
    ];
    expect(misjudged(values, true)).toEqual([]);
  });
});
