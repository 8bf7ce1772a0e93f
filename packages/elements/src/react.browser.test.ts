// @efa-forms/elements/react in Chromium: a React 19 root renders the wrapper; props arrive as element
// properties (objects, numbers), the typed event props fire, and a ref reaches the element.
import { createElement, createRef, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ServiceDefinition } from '@efa-forms/core';
import type { EfaForm as EfaFormElement } from './efa-form.js';
import { EfaForm, type EfaChangeEvent, type EfaStepChangeEvent, type EfaSubmitEvent } from './react.js';
import { expectAccessible } from './test-support/axe.js';
import { control, root, settle } from './test-support/mount.js';

const definition: ServiceDefinition = {
  id: 'hundesteuer',
  version: '1.0.0',
  title: 'Hund anmelden',
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string', title: 'Name des Hundes' },
      rasse: { type: 'string', title: 'Rasse' },
    },
    required: ['name'],
  },
  steps: [
    { id: 'hund', title: 'Ihr Hund bei {tenant.behoerde}', fields: ['/name'] },
    { id: 'details', title: 'Einzelheiten', fields: ['/rasse'] },
  ],
  tenant: {
    type: 'object',
    properties: { behoerde: { type: 'string' } },
    required: ['behoerde'],
  },
};

let reactRoot: Root | undefined;
afterEach(() => {
  reactRoot?.unmount();
  reactRoot = undefined;
  document.body.replaceChildren();
});

function render(props: Parameters<typeof EfaForm>[0]): { element: () => EfaFormElement } {
  const container = document.createElement('div');
  document.body.append(container);
  reactRoot = createRoot(container);
  flushSync(() => reactRoot?.render(createElement(EfaForm, props)));
  return { element: () => container.querySelector('efa-form') as EfaFormElement };
}

describe('EfaForm (React wrapper)', () => {
  test('passes definition, tenant and headingLevel as properties and renders an accessible form', async () => {
    const { element } = render({ definition, tenant: { behoerde: 'Stadt Musterstadt' }, headingLevel: 3 });
    const form = element();
    await settle(form);
    expect(form.tenant).toEqual({ behoerde: 'Stadt Musterstadt' });
    expect(form.headingLevel).toBe(3);
    // The title at level 3, the step heading one below, with the tenant text filled in.
    expect(root(form).querySelector('h3')?.textContent).toContain('Hund anmelden');
    expect(root(form).querySelector('h4')?.textContent).toContain('Ihr Hund bei Stadt Musterstadt');
    await expectAccessible(form);
  });

  test('onEfaChange, onEfaStepChange and onEfaSubmit receive the typed events; a ref reaches the element', async () => {
    const changes: EfaChangeEvent['detail'][] = [];
    const steps: string[] = [];
    const onEfaSubmit = vi.fn((event: EfaSubmitEvent) => event.preventDefault());
    const ref: RefObject<EfaFormElement | null> = createRef();
    const { element } = render({
      definition,
      tenant: { behoerde: 'Stadt Musterstadt' },
      ref,
      onEfaChange: (event: EfaChangeEvent) => changes.push(event.detail),
      onEfaStepChange: (event: EfaStepChangeEvent) => steps.push(event.detail.step),
      onEfaSubmit,
    });
    const form = element();
    await settle(form);
    expect(ref.current).toBe(form);
    expect(ref.current?.validate().valid).toBe(false);

    await userEvent.type(control(form, '/name'), 'Bello');
    await userEvent.tab();
    expect(changes.at(-1)).toEqual({ pointer: '/name', value: 'Bello', data: { name: 'Bello' } });

    const button = (name: string) =>
      [...root(form).querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
    button('Weiter')?.click();
    await settle(form);
    button('Weiter zur Übersicht')?.click();
    await settle(form);
    expect(steps).toEqual(['details', 'review']);
    button('Absenden')?.click();
    await settle(form);

    expect(onEfaSubmit).toHaveBeenCalledTimes(1);
    const submitted = onEfaSubmit.mock.calls[0]?.[0];
    expect(submitted?.detail).toEqual({
      data: { name: 'Bello' },
      serviceId: 'hundesteuer',
      version: '1.0.0',
    });
    // preventDefault() in the handler kept the review page.
    expect(form.currentStep).toBe('review');
  });

  test('new props from a re-render reach the element (another tenant)', async () => {
    const { element } = render({ definition, tenant: { behoerde: 'Stadt Musterstadt' } });
    await settle(element());
    flushSync(() =>
      reactRoot?.render(createElement(EfaForm, { definition, tenant: { behoerde: 'Stadt Beispielhausen' } })),
    );
    await settle(element());
    expect(root(element()).textContent).toContain('Ihr Hund bei Stadt Beispielhausen');
  });
});
