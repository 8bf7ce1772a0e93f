import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ServiceDefinition } from '@efa-forms/core';
import { expectAccessible } from '../test-support/axe.js';
import { cleanup, control, mount, root, settle } from '../test-support/mount.js';
import { acceptsType, maxFileBytes } from './file-upload.js';

afterEach(cleanup);

const upload: ServiceDefinition = {
  id: 'upload',
  version: '1.0.0',
  title: 'Nachweis hochladen',
  schema: {
    type: 'object',
    properties: {
      nachweis: {
        type: 'string',
        title: 'Nachweis',
        contentEncoding: 'base64',
        contentMediaType: 'application/pdf',
        maxLength: 1368,
      },
    },
    required: ['nachweis'],
  },
};
const pdf = (bytes: number, name = 'nachweis.pdf', type = 'application/pdf') =>
  new File([new Uint8Array(bytes).fill(37)], name, { type });

describe('file upload', () => {
  test('limits from the schema: base64 maxLength is bytes * 4/3, media types with wildcards', () => {
    expect(maxFileBytes({ contentEncoding: 'base64', maxLength: 1368 })).toBe(1026);
    expect(maxFileBytes({ maxLength: 10 })).toBe(10);
    expect(maxFileBytes({})).toBeUndefined();
    expect(acceptsType('image/*', { type: 'image/png', name: 'a.png' })).toBe(true);
    expect(acceptsType('application/pdf, image/png', { type: 'image/png', name: 'a.png' })).toBe(true);
    expect(acceptsType('application/pdf', { type: 'text/plain', name: 'a.txt' })).toBe(false);
    expect(acceptsType(undefined, { type: 'text/plain', name: 'a.txt' })).toBe(true);
  });

  test('shows its limits as part of the description', async () => {
    const form = await mount((el) => (el.definition = upload));
    const input = control(form, '/nachweis');
    expect(input.accept).toBe('application/pdf');
    const limits = root(form).getElementById(`${input.id}-limits`);
    expect(limits?.textContent).toBe('Erlaubte Dateitypen: application/pdf. Höchstens 1 KB.');
    expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-limits`);
  });

  test('a file of the wrong type is refused with an error naming the field and the allowed types', async () => {
    const form = await mount((el) => (el.definition = upload));
    const input = control(form, '/nachweis');
    await userEvent.upload(input, pdf(10, 'bild.png', 'image/png'));
    await settle(form);
    expect(root(form).getElementById(`${input.id}-error`)?.textContent).toContain(
      'Die Datei für Nachweis hat einen nicht erlaubten Typ. Erlaubt: application/pdf.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(form.answers.nachweis).toBeUndefined();
    await expectAccessible(form);
  });

  test('a file that is too large is refused; a good file replaces the error, remove clears it', async () => {
    const form = await mount((el) => (el.definition = upload));
    const input = control(form, '/nachweis');
    await userEvent.upload(input, pdf(2000));
    await settle(form);
    expect(root(form).getElementById(`${input.id}-error`)?.textContent).toContain(
      'Die Datei für Nachweis ist zu groß. Sie darf höchstens 1 KB groß sein.',
    );
    await userEvent.upload(control(form, '/nachweis'), pdf(600));
    await expect.poll(() => typeof form.answers.nachweis).toBe('string');
    await settle(form);
    expect(root(form).getElementById(`${input.id}-error`)).toBeNull();
    expect(root(form).querySelector('.file-current')?.textContent).toBe(
      'Gewählte Datei: nachweis.pdf (600 Byte)',
    );
    expect(atob(form.answers.nachweis as string).length).toBe(600);
    await expectAccessible(form);
    const remove = [...root(form).querySelectorAll('button')].find((button) =>
      button.textContent?.includes('Datei entfernen'),
    ) as HTMLButtonElement;
    await userEvent.click(remove);
    await settle(form);
    expect(form.answers.nachweis).toBeUndefined();
    expect(root(form).activeElement).toBe(control(form, '/nachweis'));
  });
});
