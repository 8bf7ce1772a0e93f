import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EfaStepChangeEvent, EfaSubmitEvent } from './events.js';
import { expectAccessible } from './test-support/axe.js';
import { button, byId, cleanup, control, mount, root, settle } from './test-support/mount.js';

afterEach(cleanup);

const definition = {
  id: 'antrag',
  version: '1.0.0',
  title: 'Antrag',
  schema: {
    type: 'object',
    properties: {
      person: {
        type: 'object',
        title: 'Person',
        properties: {
          name: { type: 'string', title: 'Name' },
          email: { type: 'string', title: 'E-Mail', format: 'email' },
        },
        required: ['name', 'email'],
      },
      zweck: { type: 'string', title: 'Zweck' },
    },
    required: ['person', 'zweck'],
  },
  steps: [
    { id: 'person', title: 'Person', fields: ['/person'] },
    { id: 'zweck', title: 'Zweck', fields: ['/zweck'] },
  ],
};

const data = { person: { name: 'Erika', email: 'erika@example.org' }, zweck: 'Test' };
const taken = 'Diese E-Mail-Adresse ist schon registriert.';

describe('showErrors: a server`s field errors (422) in the form', () => {
  test('from the review page: goes to the step, shows inline and in the summary, focuses the summary', async () => {
    const form = await mount((el) => {
      el.definition = definition;
      el.data = data;
    });
    const submits: EfaSubmitEvent[] = [];
    form.addEventListener('efa-submit', (event) => {
      event.preventDefault(); // the portal sends the data and waits for the intake's answer
      submits.push(event);
    });
    await userEvent.click(button(form, 'Weiter'));
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    expect(form.currentStep).toBe('review');
    await userEvent.click(button(form, 'Absenden'));
    expect(submits).toHaveLength(1);
    const steps: string[] = [];
    form.addEventListener('efa-step-change', (event: EfaStepChangeEvent) => steps.push(event.detail.step));

    form.showErrors([
      { pointer: '/person/email', message: taken },
      { pointer: '/zweck', message: 'Zweck unbekannt.' },
    ]);
    await settle(form);
    expect(form.currentStep).toBe('person');
    expect(steps).toEqual(['person']);
    const summary = byId(form, 'error-summary');
    expect(root(form).activeElement?.id).toBe('error-summary');
    expect([...summary.querySelectorAll('a')].map((link) => link.textContent)).toEqual([taken]);
    const email = control(form, '/person/email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(byId(form, `${email.id}-error`).textContent).toContain(taken);
    expect(email.getAttribute('aria-describedby')).toContain(`${email.id}-error`);
    await expectAccessible(form);

    // Continuing is blocked until the field is edited; the edit clears the server's error.
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    expect(form.currentStep).toBe('person');
    await userEvent.type(email, 'x');
    await userEvent.tab();
    await settle(form);
    expect(email.hasAttribute('aria-invalid')).toBe(false);
    // Back from the review page, continue returns there; submitting goes to the other server error.
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    expect(form.currentStep).toBe('review');
    await userEvent.click(button(form, 'Absenden'));
    await settle(form);
    expect(submits).toHaveLength(1);
    expect(form.currentStep).toBe('zweck');
    expect(root(form).activeElement?.id).toBe('error-summary');
    expect(byId(form, `${control(form, '/zweck').id}-error`).textContent).toContain('Zweck unbekannt.');
    await userEvent.type(control(form, '/zweck'), '!');
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    expect(form.currentStep).toBe('review');
    await userEvent.click(button(form, 'Absenden'));
    expect(submits).toHaveLength(2);
  });

  test('on the step shown: no page change, a pointer outside every field shows there, [] clears', async () => {
    const form = await mount((el) => {
      el.definition = definition;
      el.data = data;
    });
    const steps: string[] = [];
    form.addEventListener('efa-step-change', (event: EfaStepChangeEvent) => steps.push(event.detail.step));
    form.showErrors([{ pointer: '/person/name', message: 'Name passt nicht zur Steuer-ID.' }]);
    await settle(form);
    expect(steps).toEqual([]);
    expect(root(form).activeElement?.id).toBe('error-summary');
    expect(control(form, '/person/name').getAttribute('aria-invalid')).toBe('true');
    form.showErrors([]);
    await settle(form);
    expect(root(form).querySelector('#error-summary')).toBeNull();
    expect(control(form, '/person/name').hasAttribute('aria-invalid')).toBe(false);
  });

  test('a pointer outside every step goes to the last step, with the message in its summary', async () => {
    const form = await mount((el) => {
      el.definition = definition;
      el.data = data;
    });
    expect(form.currentStep).toBe('person');
    form.showErrors([{ pointer: '/aktenzeichen', message: 'Aktenzeichen unbekannt.' }]);
    await settle(form);
    expect(form.currentStep).toBe('zweck');
    const summary = root(form).querySelector('#error-summary');
    expect(root(form).activeElement).toBe(summary);
    expect(summary?.textContent).toContain('Aktenzeichen unbekannt.');
  });

  test('an item removed before its error moves the error along', async () => {
    const form = await mount((el) => {
      el.definition = {
        id: 'liste',
        version: '1.0.0',
        title: 'Liste',
        schema: {
          type: 'object',
          properties: {
            namen: { type: 'array', title: 'Namen', items: { type: 'string', title: 'Name' } },
          },
        },
      };
      el.data = { namen: ['a', 'b', 'c'] };
    });
    form.showErrors([{ pointer: '/namen/2', message: 'Doppelt.' }]);
    await settle(form);
    expect(control(form, '/namen/2').getAttribute('aria-invalid')).toBe('true');
    const remove = [...root(form).querySelectorAll('button')].filter((candidate) =>
      candidate.textContent?.includes('Entfernen'),
    );
    await userEvent.click(remove[0] as HTMLButtonElement);
    await settle(form);
    expect(form.answers).toEqual({ namen: ['b', 'c'] });
    expect(control(form, '/namen/1').getAttribute('aria-invalid')).toBe('true');
    expect(root(form).querySelector('#error-summary a')?.textContent).toBe('Doppelt.');
  });
});
