import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { JsonSchemaObject } from '@efa-forms/core';
import { expectAccessible } from './test-support/axe.js';
import { cleanup, mount, root } from './test-support/mount.js';

afterEach(cleanup);

/** Schemas as people write them elsewhere: no `$schema`, draft-07 keywords, bundled `$id` documents. */
describe('<efa-form .schema> takes any JSON Schema', () => {
  test('a draft-07 style schema without $schema renders and validates as draft-07', async () => {
    const schema: JsonSchemaObject = {
      title: 'Bestellung',
      type: 'object',
      definitions: { text: { type: 'string', minLength: 2 } },
      properties: {
        name: { $ref: '#/definitions/text', title: 'Name' },
        karte: { type: 'string', title: 'Kreditkarte' },
        anschrift: { type: 'string', title: 'Rechnungsanschrift' },
      },
      dependencies: { karte: ['anschrift'] },
    };
    const form = await mount((el) => (el.schema = schema));
    expect(root(form).textContent).not.toContain('konnte nicht geladen werden');
    await expectAccessible(form);
    await userEvent.type(page.getByRole('textbox', { name: /Name/ }), 'Ada');
    await userEvent.type(page.getByRole('textbox', { name: /Kreditkarte/ }), '4111');
    expect(form.validate().errors.map((error) => `${error.pointer} ${error.keyword}`)).toEqual([
      '/anschrift dependentRequired',
    ]);
  });

  test('a bundled schema renders the fields of a $defs entry referenced by its $id', async () => {
    const schema: JsonSchemaObject = {
      $id: 'https://example.org/schemas/antrag.json',
      title: 'Antrag',
      type: 'object',
      properties: { anschrift: { $ref: 'anschrift.json', title: 'Anschrift' } },
      $defs: {
        anschrift: {
          $id: 'anschrift.json',
          type: 'object',
          properties: { ort: { type: 'string', title: 'Ort' } },
          required: ['ort'],
        },
      },
    };
    const form = await mount((el) => (el.schema = schema));
    expect(root(form).textContent).not.toContain('konnte nicht geladen werden');
    await expect.element(page.getByRole('group', { name: 'Anschrift' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: /Ort/ })).toBeVisible();
    await expectAccessible(form);
  });
});

describe('<efa-form .schema> reads untitled options as people do', () => {
  test('a yes/no question written as enum [true, false] offers Ja and Nein, and the review page says which', async () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: { newsletter: { type: 'boolean', title: 'Newsletter', enum: [true, false] } },
      required: ['newsletter'],
    };
    const form = await mount((el) => (el.schema = schema));
    const question = page.getByRole('group', { name: /Newsletter/ });
    await expect.element(question.getByRole('radio', { name: 'Ja' })).toBeVisible();
    expect(root(form).textContent).not.toMatch(/\btrue\b|\bfalse\b/);
    await userEvent.click(question.getByRole('radio', { name: 'Nein' }));
    expect(form.value).toEqual({ newsletter: false });
    await expectAccessible(form);
    await userEvent.click(page.getByRole('button', { name: /Weiter|Prüfen/ }));
    await expect.element(page.getByRole('heading', { name: /Angaben prüfen|Prüfen/ })).toBeVisible();
    expect(root(form).textContent).toContain('Nein');
    expect(root(form).textContent).not.toMatch(/\bfalse\b/);
  });
});
