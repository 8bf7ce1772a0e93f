import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ServiceDefinition } from '@efa-forms/core';
import type { EfaForm } from './efa-form.js';
import { cleanup, control, mount, settle } from './test-support/mount.js';

// Errors shown on a touched field follow the typing: on every keystroke while checking the answers is
// cheap, after a pause in typing when it is not (large forms, slow devices). The cost is measured on the
// device, so both paths are tested by setting the budget, never by hoping the machine is fast or slow.
const service: ServiceDefinition = {
  id: 'plz',
  version: '1.0.0',
  title: 'Postleitzahl',
  schema: {
    type: 'object',
    properties: { plz: { type: 'string', title: 'Postleitzahl', pattern: '^[0-9]{5}$' } },
    required: ['plz'],
  },
};

afterEach(cleanup);

/** A form whose Postleitzahl field shows its error: typed wrong, then left. */
async function withShownError(budget: number): Promise<{ form: EfaForm; plz: HTMLInputElement }> {
  const form = await mount((element) => {
    element.definition = service;
    element.liveValidationBudget = budget;
  });
  const plz = control(form, '/plz');
  await userEvent.type(plz, '123');
  await userEvent.tab();
  await settle(form);
  expect(plz.getAttribute('aria-invalid')).toBe('true');
  return { form, plz };
}

describe('live validation while typing', () => {
  test('within the budget, the error goes with the keystroke that fixes the value', async () => {
    const { form, plz } = await withShownError(Number.POSITIVE_INFINITY);
    await userEvent.type(plz, '45');
    await settle(form);
    expect(plz.getAttribute('aria-invalid')).toBeNull();
  });

  test('over the budget, the shown error waits for a pause in typing, then goes', async () => {
    const { form, plz } = await withShownError(-1);
    await userEvent.type(plz, '45');
    await settle(form);
    // Still the state before the keystrokes: the re-check is deferred, not skipped.
    expect(plz.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => plz.getAttribute('aria-invalid'), { timeout: 5_000 }).toBeNull();
  });

  test('over the budget, leaving the field re-checks at once', async () => {
    const { form, plz } = await withShownError(-1);
    await userEvent.type(plz, '45');
    await userEvent.tab();
    await settle(form);
    expect(plz.getAttribute('aria-invalid')).toBeNull();
  });
});
