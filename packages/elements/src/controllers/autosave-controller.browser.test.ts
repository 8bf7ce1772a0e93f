import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ServiceDefinition } from '@efa-forms/core';
import type { EfaForm } from '../efa-form.js';
import { expectAccessible } from '../test-support/axe.js';
import { cleanup, control, mount, root, settle } from '../test-support/mount.js';
import { draftStorageKey } from './autosave-controller.js';

const service: ServiceDefinition = {
  id: 'entwurf',
  version: '1.0.0',
  title: 'Entwurf',
  schema: {
    type: 'object',
    properties: {
      vorname: { type: 'string', title: 'Vorname' },
      ort: { type: 'string', title: 'Ort' },
    },
    required: ['vorname', 'ort'],
  },
  steps: [
    { id: 'eins', title: 'Eins', fields: ['/vorname'] },
    { id: 'zwei', title: 'Zwei', fields: ['/ort'] },
  ],
};
const KEY = draftStorageKey('entwurf@1.0.0');

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(cleanup);

const open = (storage: 'local' | 'session' | 'off' = 'local'): Promise<EfaForm> =>
  mount((form) => {
    form.definition = service;
    if (storage !== 'off') form.autosave = storage;
  });
const submitButton = (form: EfaForm) =>
  root(form).querySelector('button[type="submit"]') as HTMLButtonElement;

/** Simulates leaving the page (reload): the pending save is flushed on pagehide. */
function leave(form: EfaForm): void {
  window.dispatchEvent(new Event('pagehide'));
  form.remove();
}

describe('autosave', () => {
  test('keeps answers and step across a reload, shows a notice that can discard them', async () => {
    const first = await open();
    await userEvent.type(control(first, '/vorname'), 'Erika');
    await userEvent.click(submitButton(first));
    await settle(first);
    expect(first.currentStep).toBe('zwei');
    await userEvent.type(control(first, '/ort'), 'Musterst');
    leave(first);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').state).toMatchObject({
      data: { vorname: 'Erika', ort: 'Musterst' },
      step: 'zwei',
    });

    const second = await open();
    expect(second.currentStep).toBe('zwei');
    expect(control(second, '/ort').value).toBe('Musterst');
    const notice = root(second).querySelector('[part="notice"]');
    expect(notice?.textContent).toContain('wurden wiederhergestellt');
    await expectAccessible(second);
    await userEvent.click(notice?.querySelector('button') as HTMLButtonElement);
    await settle(second);
    expect(second.answers).toEqual({});
    expect(second.currentStep).toBe('eins');
    expect(root(second).querySelector('[part="notice"]')).toBeNull();
    expect(root(second).querySelector('[role="status"]')?.textContent).toBe(
      'Die gespeicherten Eingaben wurden verworfen.',
    );
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test('saves after a pause in typing, without a reload', async () => {
    const form = await open('session');
    await userEvent.type(control(form, '/vorname'), 'Max');
    // Polled, not slept: the save waits for a pause in typing, and a busy machine delays timers.
    await expect
      .poll(() => JSON.parse(sessionStorage.getItem(KEY) ?? '{}').state?.data, { timeout: 5_000 })
      .toEqual({ vorname: 'Max' });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test('the draft is cleared after submit', async () => {
    const form = await open();
    await userEvent.type(control(form, '/vorname'), 'Erika');
    await userEvent.click(submitButton(form));
    await settle(form);
    await userEvent.type(control(form, '/ort'), 'Musterstadt');
    await userEvent.click(submitButton(form));
    await settle(form);
    expect(form.currentStep).toBe('review');
    leave(form);
    const again = await open();
    expect(again.currentStep).toBe('review');
    await userEvent.click(submitButton(again));
    await settle(again);
    expect(again.currentStep).toBe('submitted');
    leave(again);
    expect(localStorage.getItem(KEY)).toBeNull();
    const third = await open();
    expect(third.answers).toEqual({});
    expect(root(third).querySelector('[part="notice"]')).toBeNull();
  });

  test('a form without autosave neither restores nor removes a draft saved earlier', async () => {
    const saved = JSON.stringify({
      savedAt: '2026-11-30T09:00:00.000Z',
      state: { data: { vorname: 'Erika' } },
    });
    localStorage.setItem(KEY, saved);
    sessionStorage.setItem(KEY, saved);
    const plain = await open('off');
    expect(plain.answers).toEqual({});
    expect(root(plain).querySelector('[part="notice"]')).toBeNull();
    // Turning autosave off on one page is no "discard": the draft stays for a page that has it on.
    expect(localStorage.getItem(KEY)).toBe(saved);
    expect(sessionStorage.getItem(KEY)).toBe(saved);
  });

  test('off unless asked for; a broken draft is ignored and removed', async () => {
    const plain = await open('off');
    await userEvent.type(control(plain, '/vorname'), 'Erika');
    leave(plain);
    const keys = Array.from({ length: localStorage.length }, (_unused, index) => localStorage.key(index));
    expect(keys.filter((key) => key?.startsWith('efa-forms:'))).toEqual([]);
    localStorage.setItem(KEY, '{kaputt');
    const form = await open();
    expect(form.answers).toEqual({});
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test('opening and leaving a form without typing saves nothing', async () => {
    const form = await open();
    leave(form);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  test('drafts are per version: a draft of another version is not offered', async () => {
    localStorage.setItem(
      draftStorageKey('entwurf@0.9.0'),
      JSON.stringify({
        savedAt: new Date().toISOString(),
        state: { data: { vorname: 'Alt' }, step: 'eins', view: 'form' },
      }),
    );
    const form = await open();
    expect(form.answers).toEqual({});
  });
});
