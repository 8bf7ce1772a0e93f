import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ServiceDefinition } from '@efa-forms/core';
import type { EfaForm } from './efa-form.js';
import { button, cleanup, control, mount, root, settle } from './test-support/mount.js';

// Leaving a field places only the errors of the step fields that hold a touched field (a thousand
// untouched fields are not walked again). These tests pin what the person sees stays the same: every
// touched field keeps its own error, untouched fields show none, a rule across fields still reaches a
// touched field in another group, and continuing shows every error.
const service: ServiceDefinition = {
  id: 'groups',
  version: '1.0.0',
  title: 'Gruppen',
  schema: {
    type: 'object',
    properties: {
      eins: {
        type: 'object',
        title: 'Gruppe eins',
        properties: {
          plz: { type: 'string', title: 'Postleitzahl', pattern: '^[0-9]{5}$' },
          ort: { type: 'string', title: 'Ort', minLength: 2 },
        },
        required: ['plz', 'ort'],
      },
      zwei: {
        type: 'object',
        title: 'Gruppe zwei',
        properties: { name: { type: 'string', title: 'Name', minLength: 3 } },
        required: ['name'],
      },
      hund: {
        type: 'string',
        title: 'Hund',
        oneOf: [
          { const: 'ja', title: 'Ja' },
          { const: 'nein', title: 'Nein' },
        ],
      },
      rasse: { type: 'string', title: 'Rasse' },
    },
    required: ['eins', 'zwei'],
    // A rule across fields: who has a dog names its breed.
    if: { properties: { hund: { const: 'ja' } }, required: ['hund'] },
    then: { required: ['rasse'] },
  },
  // One page with every field (without steps each top-level group would get its own).
  steps: [{ id: 'alles', title: 'Alles', fields: ['/eins', '/zwei', '/hund', '/rasse'] }],
};

afterEach(cleanup);

const invalid = (form: EfaForm, pointer: string): string | null =>
  control(form, pointer).getAttribute('aria-invalid');
const shownErrors = (form: EfaForm): number => root(form).querySelectorAll('.fields p.error').length;

/** Types `text` into a field and leaves it (a field counts as touched once its value changed). */
async function leave(form: EfaForm, pointer: string, text: string): Promise<void> {
  const input = control(form, pointer);
  input.focus();
  await userEvent.type(input, text);
  await userEvent.tab();
  await settle(form);
}

describe('errors after leaving fields', () => {
  test('each touched field keeps its own error; untouched fields, also in the same group, show none', async () => {
    const form = await mount((element) => (element.definition = service));
    await leave(form, '/eins/plz', '12');
    expect(invalid(form, '/eins/plz')).toBe('true');
    expect(invalid(form, '/eins/ort')).toBeNull();
    expect(invalid(form, '/zwei/name')).toBeNull();
    expect(shownErrors(form)).toBe(1);

    await leave(form, '/zwei/name', 'ab');
    expect(invalid(form, '/zwei/name')).toBe('true');
    expect(invalid(form, '/eins/plz')).toBe('true');
    expect(shownErrors(form)).toBe(2);

    // Fixing one field removes its error only.
    const plz = control(form, '/eins/plz');
    plz.focus();
    await userEvent.type(plz, '345');
    await userEvent.tab();
    await settle(form);
    expect(invalid(form, '/eins/plz')).toBeNull();
    expect(invalid(form, '/zwei/name')).toBe('true');
    expect(invalid(form, '/eins/ort')).toBeNull();
    expect(shownErrors(form)).toBe(1);
  });

  test('an answer in one field makes a touched field elsewhere required: its error shows', async () => {
    const form = await mount((element) => (element.definition = service));
    // Typed and emptied again: touched, and not required while there is no dog.
    await leave(form, '/rasse', 'x');
    const rasse = control(form, '/rasse');
    rasse.focus();
    await userEvent.clear(rasse);
    await userEvent.tab();
    await settle(form);
    expect(invalid(form, '/rasse')).toBeNull();
    // The first radio of "Hund" is "ja".
    await userEvent.click(control(form, '/hund'));
    await userEvent.tab();
    await settle(form);
    expect(invalid(form, '/rasse')).toBe('true');
    expect(invalid(form, '/eins/plz')).toBeNull();
  });

  test('continuing shows every error after some fields were touched, with the summary focused', async () => {
    const form = await mount((element) => (element.definition = service));
    await leave(form, '/eins/plz', '12');
    button(form, 'Weiter').click();
    await settle(form);
    await settle(form);
    expect(invalid(form, '/eins/plz')).toBe('true');
    expect(invalid(form, '/eins/ort')).toBe('true');
    expect(invalid(form, '/zwei/name')).toBe('true');
    expect(shownErrors(form)).toBe(3);
    expect(root(form).activeElement?.id).toBe('error-summary');
    expect(root(form).querySelectorAll('.error-summary-list li')).toHaveLength(3);
  });
});
