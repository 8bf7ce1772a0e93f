import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { expectAccessible } from './test-support/axe.js';
import { cleanup, mount, root, settle } from './test-support/mount.js';

afterEach(cleanup);

// Both shapes were read differently by core and by elements' own copies (issue 7): the form now
// asks core's schema reader, so what it shows is what the validator and the XML writer assume.
describe('<efa-form> reads alternatives and option lists as core does', () => {
  test('a discriminator given by const in one branch and enum in another is one choice', async () => {
    const form = await mount(
      (el) =>
        (el.schema = {
          type: 'object',
          properties: {
            angabe: {
              title: 'Angabe',
              oneOf: [
                {
                  title: 'A',
                  type: 'object',
                  properties: {
                    typ: { title: 'Typ', const: 'a' },
                    nummer: { title: 'Nummer', type: 'string' },
                  },
                  required: ['typ', 'nummer'],
                },
                {
                  title: 'B',
                  type: 'object',
                  properties: {
                    typ: { title: 'Typ', enum: ['b1', 'b2'] },
                    text: { title: 'Text', type: 'string' },
                  },
                  required: ['typ'],
                },
              ],
            },
          },
          required: ['angabe'],
        }),
    );
    await expectAccessible(form);
    const shadow = root(form);
    expect(shadow.querySelector('input[type="checkbox"]')).toBeNull();
    await expect.element(page.getByRole('group', { name: /^Typ/ })).toBeVisible();
    const radios = [...shadow.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) =>
      radio.closest('fieldset')?.querySelector('legend')?.textContent?.includes('Typ'),
    );
    expect(radios.map((radio) => radio.labels?.[0]?.textContent?.trim())).toEqual(['a', 'b1', 'b2']);
    await userEvent.click(page.getByRole('radio', { name: 'b2' }));
    await settle(form);
    expect(form.answers).toEqual({ angabe: { typ: 'b2' } });
    // The chosen branch's own field shows, the other's is gone.
    await expect.element(page.getByRole('textbox', { name: 'Text' })).toBeVisible();
    expect(shadow.textContent).not.toContain('Nummer');
    await userEvent.click(page.getByRole('radio', { name: 'a' }));
    await settle(form);
    expect(form.answers).toEqual({ angabe: { typ: 'a' } });
    await expect.element(page.getByRole('textbox', { name: /^Nummer/ })).toBeVisible();
  });

  test('a oneOf of $refs to {const, title} is one radio group with the options', async () => {
    const form = await mount(
      (el) =>
        (el.schema = {
          type: 'object',
          $defs: {
            rot: { const: 'rot', title: 'Rot' },
            gruen: { const: 'gruen', title: 'Grün' },
            blau: { const: 'blau', title: 'Blau' },
          },
          properties: {
            farbe: {
              title: 'Farbe',
              oneOf: [{ $ref: '#/$defs/rot' }, { $ref: '#/$defs/gruen' }, { $ref: '#/$defs/blau' }],
            },
          },
          required: ['farbe'],
        }),
    );
    await expectAccessible(form);
    const shadow = root(form);
    expect(shadow.textContent).not.toContain('Art der Angabe');
    expect(shadow.querySelectorAll('fieldset')).toHaveLength(1);
    await expect.element(page.getByRole('group', { name: /^Farbe/ })).toBeVisible();
    const labels = [...shadow.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) =>
      radio.labels?.[0]?.textContent?.trim(),
    );
    expect(labels).toEqual(['Rot', 'Grün', 'Blau']);
    await userEvent.click(page.getByRole('radio', { name: 'Grün' }));
    await settle(form);
    expect(form.answers).toEqual({ farbe: 'gruen' });
  });
});
