import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { kitchenSink } from '../packages/elements/src/test-support/kitchen-sink.js';
import { formArgTypes, formArgs, formIn, renderForm, type FormArgs } from './internal/form-story.js';
import { themes, type ThemeName } from './internal/themes.js';

/**
 * The default theme and two portal themes (tokens and parts only, see internal/themes.ts). Each play
 * function opens the error summary, so axe checks the contrast of errors and buttons in every theme.
 */
interface ThemeArgs extends FormArgs {
  theme: ThemeName;
}

const meta: Meta<ThemeArgs> = {
  title: 'Theming/Portal themes',
  component: 'efa-form',
  args: { ...formArgs, theme: 'default', data: { name: 'Erika Mustermann', anzahl: 3 } },
  argTypes: {
    ...formArgTypes,
    theme: { control: 'inline-radio', options: Object.keys(themes), description: 'Portal theme.' },
  },
  render: (args) =>
    html`<style>
        ${unsafeCSS(themes[args.theme].cssText)}
      </style>
      <div class=${`theme-${args.theme}`}>${renderForm({ definition: kitchenSink }, args)}</div>`,
};
export default meta;

type Story = StoryObj<ThemeArgs>;

/** Shows required-field errors on the second step: summary, inline errors, both button kinds. */
const showErrors: Story['play'] = async ({ canvasElement }) => {
  const { shadow } = await formIn(canvasElement);
  await userEvent.click(shadow.getByRole('button', { name: 'Weiter' }));
  await shadow.findByRole('heading', { name: 'Betrieb' });
  await userEvent.click(shadow.getByRole('button', { name: 'Weiter' }));
  await expect(
    await shadow.findByRole('heading', { name: 'Bitte korrigieren Sie Ihre Angaben' }),
  ).toBeVisible();
};

export const Default: Story = { play: showErrors };

/** Shows the errors, then checks that the theme reached a part inside the shadow root (through a token). */
const themed =
  (part: string, property: 'backgroundColor' | 'color', value: string): Story['play'] =>
  async (context) => {
    await showErrors(context);
    const { form } = await formIn(context.canvasElement);
    const element = form.shadowRoot?.querySelector(`[part~="${part}"]`);
    if (!element) throw new Error(`no part ${part}`);
    expect(getComputedStyle(element)[property]).toBe(value);
  };

/** The city's wine red on the primary button. */
export const CityPortal: Story = {
  args: { theme: 'city-portal' },
  play: themed('button-primary', 'backgroundColor', 'rgb(122, 0, 38)'),
};

/** Light text on the dark background. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: themed('base', 'color', 'rgb(241, 245, 249)'),
};
