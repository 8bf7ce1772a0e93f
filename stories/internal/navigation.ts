import { expect, userEvent, waitFor } from 'storybook/test';
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

/**
 * Continues page by page (whatever the service's steps are) until the review page or the error
 * summary shows; returns which. Stops after `maxPages` presses, which a wizard never needs.
 */
export async function continueUntilStopped(
  shadow: Shadow,
  strings: { next: string; toReview: string; reviewHeading: string; errorSummaryTitle: string },
  maxPages: number,
): Promise<'review' | 'errors'> {
  for (let page = 0; page <= maxPages; page++) {
    if (shadow.queryByRole('heading', { name: strings.errorSummaryTitle })) return 'errors';
    if (shadow.queryByRole('heading', { name: strings.reviewHeading })) return 'review';
    const button =
      shadow.queryByRole('button', { name: strings.toReview }) ??
      shadow.getByRole('button', { name: strings.next });
    const stepHeading = (): string | null | undefined => shadow.getAllByRole('heading')[1]?.textContent;
    const before = stepHeading();
    await userEvent.click(button);
    // The next page changes the step heading; the summary appears above the same one.
    await waitFor(() =>
      expect(
        shadow.queryByRole('heading', { name: strings.errorSummaryTitle }) !== null ||
          stepHeading() !== before,
      ).toBe(true),
    );
  }
  throw new Error(`neither the review page nor errors after ${maxPages} pages`);
}
