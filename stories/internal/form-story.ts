import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { within } from 'storybook/test';
import type { ArgTypes } from '@storybook/web-components-vite';
import type { Locale } from '@efa-forms/core';
import type { EfaForm } from '@efa-forms/elements';
import { settle } from '../../packages/elements/src/test-support/mount.js';

/** The controls every form story has: a tester changes them in the UI and sees the form change. */
export interface FormArgs {
  /** Language of the form. */
  locale: Locale;
  /** Draft storage; `off` leaves the attribute away. */
  autosave: 'off' | 'local' | 'session';
  /** Level of the service title heading. */
  headingLevel: number;
  /** The reusing municipality's configuration (`{tenant.*}` texts). */
  tenant: Record<string, unknown> | undefined;
  /** Initial answers (setting them replaces the current answers). */
  data: Record<string, unknown>;
  /** Disables the whole form (the `disabled` attribute, as a disabled `<fieldset>` around it would). */
  disabled: boolean;
}

export const formArgs: FormArgs = {
  locale: 'de',
  autosave: 'off',
  headingLevel: 2,
  tenant: undefined,
  data: {},
  disabled: false,
};

export const formArgTypes: Partial<ArgTypes<FormArgs>> = {
  locale: { control: 'inline-radio', options: ['de', 'en'], description: 'Language of the form.' },
  autosave: {
    control: 'inline-radio',
    options: ['off', 'local', 'session'],
    description: 'Keep a draft in Web Storage and offer it after a reload.',
  },
  headingLevel: {
    control: { type: 'number', min: 1, max: 5 },
    description: 'Level of the service title heading; step headings are one below.',
  },
  tenant: { control: 'object', description: "The reusing municipality's configuration." },
  data: { control: 'object', description: 'Initial answers.' },
  disabled: { control: 'boolean', description: 'Disabled form (attribute `disabled`).' },
};

/** What a story renders: a service definition or a plain JSON Schema. */
export type FormSource = { definition: unknown } | { schema: unknown };

/** `<efa-form>` for a source with the story's args; `step` opens that step once the form has loaded. */
export function renderForm(source: FormSource, args: FormArgs, step?: string): TemplateResult {
  return html`<efa-form
    ${ref((element) => {
      if (step && element) void settle(element as EfaForm).then(() => (element as EfaForm).goToStep(step));
    })}
    .definition=${'definition' in source ? source.definition : undefined}
    .schema=${'schema' in source ? source.schema : undefined}
    .tenant=${args.tenant}
    .data=${args.data}
    locale=${args.locale}
    autosave=${ifDefined(args.autosave === 'off' ? undefined : args.autosave)}
    heading-level=${args.headingLevel}
    ?disabled=${args.disabled}
  ></efa-form>`;
}

/**
 * The story's `<efa-form>` once rendered, and testing-library queries inside its shadow root (where
 * every field lives).
 */
export async function formIn(canvasElement: HTMLElement): Promise<{
  form: EfaForm;
  shadow: ReturnType<typeof within>;
}> {
  const form = canvasElement.querySelector('efa-form');
  if (!form) throw new Error('the story rendered no <efa-form>');
  await settle(form);
  // The wrapper inside the shadow root rather than the root itself: testing-library prints an element
  // (not a ShadowRoot) when a query fails.
  const base = form.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!base) throw new Error('<efa-form> rendered no shadow root');
  return { form, shadow: within(base) };
}
