import { expect, userEvent } from 'storybook/test';
import type { within } from 'storybook/test';

type Shadow = ReturnType<typeof within>;

/** Presses the primary button ("Weiter", "Weiter zur Übersicht" or "Absenden") and waits for the page it opens. */
export async function pressPrimary(
  shadow: Shadow,
  name: RegExp | string,
  nextHeading: RegExp | string,
): Promise<void> {
  await userEvent.click(shadow.getByRole('button', { name }));
  await expect(await shadow.findByRole('heading', { name: nextHeading })).toBeVisible();
}
