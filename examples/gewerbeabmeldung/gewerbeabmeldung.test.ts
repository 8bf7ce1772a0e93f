// The Gewerbeabmeldung (GewA 3) through @efa-forms/core and @efa-forms/xoev: the checks every example
// passes, and the conditions of this form.
import { describe, expect, it } from 'vitest';
import { activeFields, prune } from '@efa-forms/core';
import { describeServiceExample } from '../test-support/service-example.js';

const example = describeServiceExample(new URL('./', import.meta.url));

describe('gewerbeabmeldung conditions', () => {
  const definition = example.de;

  it('asks for the kind of hand-over and the successor only for a hand-over', () => {
    const closed = activeFields(definition, { abmeldung: { grund: 'aufgabe' } });
    expect(closed.visible.has('/abmeldung/nachfolger')).toBe(false);
    const handedOver = activeFields(definition, { abmeldung: { grund: 'uebergabe' } });
    expect(handedOver.required.has('/abmeldung/uebergabeArt')).toBe(true);
    expect(handedOver.required.has('/abmeldung/nachfolger')).toBe(true);
  });

  it('drops the successor from the submitted data when the reason is changed to a full closure', () => {
    const data = example.sample('valid-uebergabe-juristische-person.json');
    const changed = { ...data, abmeldung: { ...data.abmeldung, grund: 'aufgabe' } };
    const pruned = prune(definition, changed) as { abmeldung: Record<string, unknown> };
    expect(pruned.abmeldung['nachfolger']).toBeUndefined();
    expect(pruned.abmeldung['uebergabeArt']).toBeUndefined();
    expect(pruned.abmeldung['aufgabeAm']).toBe('2025-10-31');
  });
});
