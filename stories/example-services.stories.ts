import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { activeSteps } from '@efa-forms/core';
import { stringsFor } from '@efa-forms/elements';
import { exampleService, exampleServices, serviceIds } from './internal/example-services.js';
import { formArgTypes, formArgs, formIn, renderForm, type FormArgs } from './internal/form-story.js';
import { continueUntilStopped } from './internal/navigation.js';

/**
 * Every service under examples/ (found by `import.meta.glob`, so a new service needs no story file):
 * pick it, its tenant, a step and a sample in the controls. example-services.test.ts runs these
 * stories for every service, step, sample and locale.
 */
export interface ServiceArgs extends FormArgs {
  /** Id of the example service. */
  service: string;
  /** `tenant.<name>.json` beside the service; empty for none. */
  tenantName: string;
  /** Step to open (empty: the first). */
  step: string;
  /** `samples/*.json` beside the service to start from (empty: `data`). */
  sample: string;
}

const first = serviceIds[0] ?? '';
const firstService = first ? exampleService(first) : undefined;
const firstValid = Object.keys(firstService?.validSamples ?? {})[0] ?? '';
const firstInvalid = Object.keys(firstService?.invalidSamples ?? {})[0] ?? '';
const all = Object.values(exampleServices);

const meta: Meta<ServiceArgs> = {
  title: 'Services/Example services',
  component: 'efa-form',
  parameters: { layout: 'padded' },
  args: {
    ...formArgs,
    service: first,
    tenantName: Object.keys(firstService?.tenants ?? {})[0] ?? '',
    step: '',
    sample: '',
  },
  argTypes: {
    ...formArgTypes,
    service: { control: 'select', options: serviceIds, description: 'Service under examples/.' },
    tenantName: {
      control: 'select',
      options: ['', ...new Set(all.flatMap((service) => Object.keys(service.tenants)))],
      description: 'Tenant file beside the service (`tenant.<name>.json`).',
    },
    step: {
      control: 'select',
      options: [
        '',
        ...new Set(all.flatMap((service) => service.definition.steps?.map((step) => step.id) ?? [])),
      ],
      description: 'Step to open.',
    },
    sample: {
      control: 'select',
      options: [
        '',
        ...new Set(
          all.flatMap((service) => [
            ...Object.keys(service.validSamples),
            ...Object.keys(service.invalidSamples),
          ]),
        ),
      ],
      description: 'Sample answers beside the service (`samples/*.json`).',
    },
    // The tenant comes from `tenantName`.
    tenant: { table: { disable: true } },
  },
  render: (args) => {
    const service = exampleService(args.service);
    const data = args.sample
      ? (service.validSamples[args.sample] ?? service.invalidSamples[args.sample] ?? unknownSample(args))
      : args.data;
    const tenant = args.tenantName ? service.tenants[args.tenantName] : undefined;
    return renderForm({ definition: service.definition }, { ...args, data, tenant }, args.step);
  },
};
export default meta;

function unknownSample(args: ServiceArgs): never {
  throw new Error(`examples/${args.service} has no sample "${args.sample}"`);
}

type Story = StoryObj<ServiceArgs>;

/** The number of pages a walk through the service may need: its steps and the review page. */
const pages = (args: ServiceArgs): number => (exampleService(args.service).definition.steps?.length ?? 1) + 1;

export const WholeForm: Story = {
  play: async ({ canvasElement, args }) => {
    const { form, shadow } = await formIn(canvasElement);
    expect(form.loadedDefinition?.id).toBe(args.service);
    expect(shadow.getByRole('heading', { name: form.loadedDefinition?.title })).toBeVisible();
  },
};

export const Step: Story = {
  args: { step: firstService?.definition.steps?.at(-1)?.id ?? '', sample: firstValid },
  play: async ({ canvasElement, args }) => {
    const { form, shadow } = await formIn(canvasElement);
    const definition = form.loadedDefinition;
    const step = definition?.steps.find((candidate) => candidate.id === args.step);
    if (!definition || !step) throw new Error(`${args.service} has no step "${args.step}"`);
    // A step none of whose fields apply to these answers is skipped (core decides which steps apply).
    if (activeSteps(definition, form.answers).includes(step)) {
      await waitFor(() => expect(form.currentStep).toBe(args.step));
      expect(await shadow.findByRole('heading', { name: step.title })).toBeVisible();
    } else {
      expect(form.currentStep).not.toBe(args.step);
    }
  },
};

export const ReviewFromValidSample: Story = {
  args: { sample: firstValid },
  play: async ({ canvasElement, args }) => {
    const { form, shadow } = await formIn(canvasElement);
    expect(form.validate().errors).toEqual([]);
    expect(await continueUntilStopped(shadow, stringsFor(args.locale), pages(args))).toBe('review');
  },
};

export const ErrorsFromInvalidSample: Story = {
  args: { sample: firstInvalid },
  play: async ({ canvasElement, args }) => {
    const { form, shadow } = await formIn(canvasElement);
    // The form drops answers to fields it does not show (as `prune` does on submit): an invalid sample
    // whose only mistakes are there reaches the review page, any other stops with the error summary.
    const expected = form.validate().valid ? 'review' : 'errors';
    expect(await continueUntilStopped(shadow, stringsFor(args.locale), pages(args))).toBe(expected);
    if (expected === 'errors') expect(shadow.getAllByRole('link').length).toBeGreaterThan(0);
  },
};

export const English: Story = {
  args: { locale: 'en', sample: firstValid },
  play: async ({ canvasElement }) => {
    const { form, shadow } = await formIn(canvasElement);
    expect(form.loadedDefinition?.locale).toBe('en');
    expect(shadow.getByRole('button', { name: stringsFor('en').next })).toBeVisible();
  },
};
