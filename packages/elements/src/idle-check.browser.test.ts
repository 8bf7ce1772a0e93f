import { afterEach, describe, expect, test } from 'vitest';
import type { ServiceDefinition } from '@efa-forms/core';
import { cleanup, control, mount } from './test-support/mount.js';

// The first check of the answers (compiling the validator and its first run, the slowest part of
// start-up on large forms) runs when the page is idle after the first render, not on the first field
// the person leaves. It must change nothing the person sees: `:state(valid)` follows the initial
// answers, and no error shows before the person interacts.
const service: ServiceDefinition = {
  id: 'idle',
  version: '1.0.0',
  title: 'Leerlauf',
  schema: {
    type: 'object',
    properties: { name: { type: 'string', title: 'Name', minLength: 3 } },
    required: ['name'],
  },
};

afterEach(cleanup);

const idle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => resolve()));

describe('the first check when the page is idle', () => {
  test('valid initial answers: :state(valid) without any interaction', async () => {
    const form = await mount((element) => {
      element.definition = service;
      element.data = { name: 'Erika' };
    });
    await expect.poll(() => form.matches(':state(valid)'), { timeout: 5_000 }).toBe(true);
  });

  test('invalid initial answers: not :state(valid), and no error shown before interaction', async () => {
    const form = await mount((element) => {
      element.definition = service;
      element.data = { name: 'E' };
    });
    await idle();
    await idle();
    expect(form.matches(':state(valid)')).toBe(false);
    expect(form.matches(':state(user-invalid)')).toBe(false);
    expect(control(form, '/name').getAttribute('aria-invalid')).toBeNull();
    expect(form.validate().valid).toBe(false);
  });
});
