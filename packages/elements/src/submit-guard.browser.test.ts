import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ServiceDefinition } from '@efa-forms/core';
import type { EfaForm } from './efa-form.js';
import type { EfaSubmitEvent } from './events.js';
import { draftStorageKey } from './controllers/autosave-controller.js';
import { cleanup, control, mount, root, settle } from './test-support/mount.js';

// The review page's submit is the last line of defence: whatever brought the person there (a draft
// restored onto the review page, an answer changed on an earlier page), an invalid form never leaves.
const service: ServiceDefinition = {
  id: 'antrag',
  version: '1.0.0',
  title: 'Antrag',
  schema: {
    type: 'object',
    properties: {
      vorname: { type: 'string', title: 'Vorname', minLength: 1 },
      ort: { type: 'string', title: 'Ort', minLength: 1 },
      menge: { type: 'integer', title: 'Menge', minimum: 1 },
    },
    required: ['vorname', 'ort'],
    // A rule over the whole object, outside every step's own checks.
    dependentRequired: { menge: ['ort'] },
  },
  steps: [
    { id: 'eins', title: 'Eins', fields: ['/vorname', '/menge'] },
    { id: 'zwei', title: 'Zwei', fields: ['/ort'] },
  ],
};

/** A draft saved on the review page; `step` is the step last shown before it. */
function saveDraft(data: Record<string, unknown>, step = 'zwei'): void {
  localStorage.setItem(
    draftStorageKey('antrag@1.0.0'),
    JSON.stringify({ savedAt: new Date().toISOString(), state: { data, step, view: 'review' } }),
  );
}

const submitButton = (form: EfaForm) =>
  root(form).querySelector('button[type="submit"]') as HTMLButtonElement;

async function openWithSubmits(): Promise<{ form: EfaForm; submitted: unknown[] }> {
  const submitted: unknown[] = [];
  const form = await mount((element) => {
    element.definition = service;
    element.autosave = 'local';
    element.addEventListener('efa-submit', (event: EfaSubmitEvent) => submitted.push(event.detail.data));
  });
  return { form, submitted };
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(cleanup);

describe('submit on the review page', () => {
  test('a draft restored onto the review page with a required answer missing is not submitted', async () => {
    saveDraft({ vorname: 'Erika' });
    const { form, submitted } = await openWithSubmits();
    expect(form.currentStep).toBe('review');

    await userEvent.click(submitButton(form));
    await settle(form);

    expect(submitted).toEqual([]);
    // The person is taken to the step that holds the problem, with the error shown there.
    expect(form.currentStep).toBe('zwei');
    expect(control(form, '/ort').getAttribute('aria-invalid')).toBe('true');
    expect(root(form).querySelector('[part~="error-summary"]')?.textContent).toContain('Ort');
    // Focus goes to the summary, so a screen reader user hears why the submit stopped.
    expect(root(form).activeElement?.id).toBe('error-summary');
    // The draft is kept: nothing was delivered.
    expect(localStorage.getItem(draftStorageKey('antrag@1.0.0'))).not.toBeNull();
  });

  test('a draft whose every answer is present is submitted once, with exactly those answers', async () => {
    saveDraft({ vorname: 'Erika', ort: 'Musterstadt', menge: 2 });
    const { form, submitted } = await openWithSubmits();
    expect(form.currentStep).toBe('review');

    await userEvent.click(submitButton(form));
    await settle(form);

    expect(submitted).toEqual([{ vorname: 'Erika', ort: 'Musterstadt', menge: 2 }]);
    expect(form.currentStep).toBe('submitted');
  });

  test('a rule no step can show (it names an answer no step asks for) still stops the submit', async () => {
    // The error is outside every step's scope: nothing is delivered, the draft stays, and the person
    // is taken to the last step (whichever step was shown before the review page), whose error summary
    // says why: the last step shows the errors no step holds.
    const strict: ServiceDefinition = {
      ...service,
      schema: { ...service.schema, dependentRequired: { menge: ['kennung'] } },
    };
    saveDraft({ vorname: 'Erika', ort: 'Musterstadt', menge: 2 }, 'eins');
    const submitted: unknown[] = [];
    const form = await mount((element) => {
      element.definition = strict;
      element.autosave = 'local';
      element.addEventListener('efa-submit', (event: EfaSubmitEvent) => submitted.push(event.detail.data));
    });
    expect(form.currentStep).toBe('review');
    await userEvent.click(submitButton(form));
    await settle(form);

    expect(submitted).toEqual([]);
    expect(form.currentStep).toBe('zwei');
    expect(localStorage.getItem(draftStorageKey('antrag@1.0.0'))).not.toBeNull();
    const summary = root(form).querySelector('#error-summary');
    expect(root(form).activeElement).toBe(summary);
    expect(summary?.querySelectorAll('a')).toHaveLength(1);
    expect(summary?.textContent).toMatch(/kennung/i);
  });

  test('an answer that breaks a step rule after the step was passed stops the submit', async () => {
    saveDraft({ vorname: 'Erika', ort: 'Musterstadt', menge: 0 });
    const { form, submitted } = await openWithSubmits();
    await userEvent.click(submitButton(form));
    await settle(form);

    expect(submitted).toEqual([]);
    expect(form.currentStep).toBe('eins');
    expect(control(form, '/menge').getAttribute('aria-invalid')).toBe('true');
    expect(root(form).activeElement?.id).toBe('error-summary');
  });
});
