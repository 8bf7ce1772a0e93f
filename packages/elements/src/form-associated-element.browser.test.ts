import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ServiceDefinition } from '@efa-forms/core';
import type { EfaForm } from './efa-form.js';
import { cleanup, control, root, settle } from './test-support/mount.js';
import './define.js';

afterEach(cleanup);

const small: ServiceDefinition = {
  id: 'klein',
  version: '2.0.0',
  title: 'Kleines Formular',
  schema: {
    type: 'object',
    properties: {
      vorname: { type: 'string', title: 'Vorname' },
      alter: { type: 'integer', title: 'Alter' },
    },
    required: ['vorname'],
  },
};

async function inNativeForm(
  data?: Record<string, unknown>,
): Promise<{ form: HTMLFormElement; efa: EfaForm }> {
  const form = document.createElement('form');
  form.innerHTML =
    '<input name="vorgang" value="42"><efa-form name="antrag"></efa-form><button>Senden</button>';
  const efa = form.querySelector('efa-form') as EfaForm;
  efa.definition = small;
  if (data) efa.data = data;
  document.body.append(form);
  await settle(efa);
  return { form, efa };
}

describe('form association', () => {
  test('submits its pruned answers as JSON under its name', async () => {
    const { form, efa } = await inNativeForm({ vorname: 'Erika', alter: 40 });
    efa.checkValidity();
    const data = new FormData(form);
    expect(data.get('vorgang')).toBe('42');
    expect(JSON.parse(String(data.get('antrag')))).toEqual({ vorname: 'Erika', alter: 40 });
    expect(efa.form).toBe(form);
  });

  test('takes part in checkValidity/reportValidity with a message, and shows its errors', async () => {
    const { form, efa } = await inNativeForm();
    let invalidEvents = 0;
    efa.addEventListener('invalid', () => invalidEvents++);
    expect(form.checkValidity()).toBe(false);
    expect(efa.validity.customError).toBe(true);
    expect(efa.validationMessage).toBe('Eine Angabe ist noch nicht korrekt.');
    expect(invalidEvents).toBe(1);
    await settle(efa);
    // The invalid event marks the step as attempted: the inline error is visible now.
    expect(control(efa, '/vorname').getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(control(efa, '/vorname'), 'Erika');
    await userEvent.tab();
    expect(efa.checkValidity()).toBe(true);
    expect(form.reportValidity()).toBe(true);
  });

  test('a native submit is blocked while answers are invalid', async () => {
    const { form } = await inNativeForm();
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits++;
    });
    form.requestSubmit();
    expect(submits).toBe(0);
  });

  test('submit on the review page submits the surrounding form', async () => {
    const { form, efa } = await inNativeForm({ vorname: 'Erika' });
    const submitted: FormData[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(new FormData(form));
    });
    const next = () => root(efa).querySelector('button[type="submit"]') as HTMLButtonElement;
    await userEvent.click(next());
    await settle(efa);
    expect(efa.currentStep).toBe('review');
    await userEvent.click(next());
    await settle(efa);
    expect(submitted).toHaveLength(1);
    expect(JSON.parse(String(submitted[0]?.get('antrag')))).toEqual({ vorname: 'Erika' });
  });

  test('form reset puts the initial answers back', async () => {
    const { form, efa } = await inNativeForm({ vorname: 'Erika' });
    await userEvent.clear(control(efa, '/vorname'));
    await userEvent.type(control(efa, '/vorname'), 'Max');
    await settle(efa);
    expect(efa.answers).toEqual({ vorname: 'Max' });
    form.reset();
    await settle(efa);
    expect(efa.answers).toEqual({ vorname: 'Erika' });
    expect(control(efa, '/vorname').value).toBe('Erika');
  });

  test('restores a state the browser kept (formStateRestoreCallback)', async () => {
    const { efa } = await inNativeForm();
    efa.formStateRestoreCallback(
      JSON.stringify({ data: { vorname: 'Wieder', alter: 3 }, step: 'angaben', view: 'form' }),
      'restore',
    );
    await settle(efa);
    expect(control(efa, '/vorname').value).toBe('Wieder');
    efa.formStateRestoreCallback('kein JSON', 'restore');
    expect(efa.answers).toEqual({ vorname: 'Wieder', alter: 3 });
  });

  test('a disabled fieldset disables the form', async () => {
    const fieldset = document.createElement('fieldset');
    const { form, efa } = await inNativeForm({ vorname: 'Erika' });
    fieldset.append(efa);
    form.append(fieldset);
    fieldset.disabled = true;
    await settle(efa);
    expect(control(efa, '/vorname').disabled).toBe(true);
    expect((root(efa).querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(true);
    fieldset.disabled = false;
    await settle(efa);
    expect(control(efa, '/vorname').disabled).toBe(false);
  });
});

describe('custom states and validation target (as Web Awesome`s form-associated base)', () => {
  test(':state(required); :state(user-invalid) once errors show; :state(valid) once filled', async () => {
    const { efa } = await inNativeForm();
    expect(efa.matches(':state(required)')).toBe(true);
    expect(efa.matches(':state(user-invalid)')).toBe(false);
    expect(efa.matches(':state(valid)')).toBe(false);
    const continueButton = [...root(efa).querySelectorAll('button')].find((button) =>
      button.textContent?.includes('Weiter'),
    ) as HTMLButtonElement;
    await userEvent.click(continueButton);
    await settle(efa);
    expect(efa.matches(':state(user-invalid)')).toBe(true);
    expect(efa.checkValidity()).toBe(false);
    expect(efa.validationTarget).toBe(control(efa, '/vorname'));
    await userEvent.type(control(efa, '/vorname'), 'Erika');
    await settle(efa);
    expect(efa.checkValidity()).toBe(true);
    expect(efa.validationTarget).toBeUndefined();
    expect(efa.matches(':state(valid)')).toBe(true);
    expect(efa.matches(':state(user-invalid)')).toBe(false);
  });
});
