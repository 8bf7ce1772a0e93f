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

export const CityPortal: Story = {
  args: { theme: 'city-portal' },
  play: async (context) => {
    await showErrors(context);
    const { form } = await formIn(context.canvasElement);
    const primary = form.shadowRoot?.querySelector('[part~="button-primary"]') as HTMLElement;
    // The portal's colour reached the shadow root through the token.
    expect(getComputedStyle(primary).backgroundColor).toBe('rgb(122, 0, 38)');
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  play: async (context) => {
    await showErrors(context);
    const { form } = await formIn(context.canvasElement);
    const base = form.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
    expect(getComputedStyle(base).color).toBe('rgb(241, 245, 249)');
  },
};
