import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { fieldKind, type FieldKind } from '@efa-forms/elements';
import {
  fieldCatalogue,
  fieldKinds,
  fieldsData,
  fieldsDefinition,
  type FieldState,
} from './internal/field-catalogue.js';
import { formArgTypes, formArgs, formIn, renderForm, type FormArgs } from './internal/form-story.js';

/** Every field kind of the widget registry in one state; `kinds` narrows the form to some of them. */
interface FieldArgs extends FormArgs {
  kinds: FieldKind[];
  state: FieldState;
}

const meta: Meta<FieldArgs> = {
  title: 'Fields/Every field kind',
  component: 'efa-form',
  args: { ...formArgs, kinds: fieldKinds, state: 'empty' },
  argTypes: {
    ...formArgTypes,
    kinds: { control: 'check', options: fieldKinds, description: 'Field kinds shown.' },
    state: {
      control: 'select',
      options: ['empty', 'filled', 'required', 'hint', 'error', 'readonly', 'disabled', 'long-labels'],
      description: 'State of every field.',
    },
  },
  render: (args) => renderForm({ definition: fieldsDefinition(args.kinds, args.state) }, args),
};
export default meta;

type Story = StoryObj<FieldArgs>;

const titles = (state: FieldState, locale = 'de'): string[] =>
  fieldKinds.map((kind) =>
    state === 'long-labels'
      ? fieldCatalogue[kind].longTitle
      : locale === 'en'
        ? fieldCatalogue[kind].en.title
        : (fieldCatalogue[kind].schema.title as string),
  );

/** Every kind's label (or legend) is on the page. */
async function expectEveryKind(canvasElement: HTMLElement, state: FieldState, locale = 'de'): Promise<void> {
  const { shadow } = await formIn(canvasElement);
  for (const title of titles(state, locale))
    expect(shadow.getAllByText(title, { exact: false }).length).toBeGreaterThan(0);
}

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    // The catalogue really holds one schema per kind, as the registry chooses them.
    for (const kind of fieldKinds) expect(fieldKind(fieldCatalogue[kind].schema)).toBe(kind);
    await expectEveryKind(canvasElement, 'empty');
  },
};

export const Filled: Story = {
  args: { state: 'filled', data: fieldsData(fieldKinds, 'filled') },
  play: async ({ canvasElement }) => {
    const { form, shadow } = await formIn(canvasElement);
    expect(shadow.getByRole('textbox', { name: /Familienname/ })).toHaveValue('Mustermann');
    expect(form.validate()).toEqual({ valid: true, errors: [] });
  },
};

export const Required: Story = {
  args: { state: 'required' },
  play: async ({ canvasElement }) => {
    const { form, shadow } = await formIn(canvasElement);
    await expectEveryKind(canvasElement, 'required');
    // Marked, but not reported before the person tried to continue.
    expect(shadow.getAllByText('*').length).toBeGreaterThanOrEqual(fieldKinds.length - 1);
    expect(shadow.queryByRole('alert')).toBeNull();
    expect(form.validate().valid).toBe(false);
  },
};

export const WithHint: Story = {
  args: { state: 'hint' },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    for (const kind of fieldKinds) expect(shadow.getByText(fieldCatalogue[kind].description)).toBeVisible();
    expect(shadow.getByRole('textbox', { name: /Familienname/ })).toHaveAccessibleDescription(
      /Wie im Ausweis/,
    );
  },
};

export const ErrorShown: Story = {
  args: { state: 'error', data: fieldsData(fieldKinds, 'error') },
  play: async ({ canvasElement }) => {
    const { form, shadow } = await formIn(canvasElement);
    await userEvent.click(shadow.getByRole('button', { name: 'Weiter zur Übersicht' }));
    const summary = await shadow.findByRole('heading', { name: 'Bitte korrigieren Sie Ihre Angaben' });
    expect(summary).toBeVisible();
    const wrong = new Set(form.validate().errors.map((error) => error.pointer.split('/')[1]));
    for (const kind of fieldKinds) expect(wrong, `no error for ${kind}`).toContain(kind);
    await waitFor(() =>
      expect(shadow.getByRole('textbox', { name: /Familienname/ })).toHaveAttribute('aria-invalid', 'true'),
    );
  },
};

export const ReadOnly: Story = {
  args: { state: 'readonly', data: fieldsData(fieldKinds, 'readonly') },
  play: async ({ canvasElement }) => {
    const { form } = await formIn(canvasElement);
    const root = form.shadowRoot as ShadowRoot;
    const editable = [
      ...root.querySelectorAll<HTMLInputElement>('.form input, .form textarea, .form select'),
    ].filter((control) => !control.readOnly && !control.disabled && control.type !== 'hidden');
    expect(editable.map((control) => control.id)).toEqual([]);
  },
};

export const Disabled: Story = {
  args: { state: 'disabled', data: fieldsData(fieldKinds, 'disabled'), disabled: true },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    expect(shadow.getByRole('textbox', { name: /Familienname/ })).toBeDisabled();
    expect(shadow.getByRole('button', { name: 'Weiter zur Übersicht' })).toBeDisabled();
  },
};

export const LongLabels: Story = {
  args: { state: 'long-labels', data: fieldsData(fieldKinds, 'long-labels') },
  play: async ({ canvasElement }) => expectEveryKind(canvasElement, 'long-labels'),
};

export const English: Story = {
  args: { state: 'hint', locale: 'en', data: fieldsData(fieldKinds, 'filled') },
  play: async ({ canvasElement }) => {
    const { shadow } = await formIn(canvasElement);
    await expectEveryKind(canvasElement, 'hint', 'en');
    expect(shadow.getByRole('button', { name: 'Continue to summary' })).toBeVisible();
  },
};
