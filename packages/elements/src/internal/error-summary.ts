import { html, type TemplateResult } from 'lit';
import type { UiStrings } from '../locales/ui-strings.js';
import { heading } from './heading.js';
import type { ShownError } from './shown-errors.js';

/**
 * The error summary above a step (GOV.UK pattern): it takes focus after a failed continue, and each
 * link moves focus to its field through `focus` instead of the URL fragment.
 */
export function errorSummary(
  errors: ShownError[],
  strings: UiStrings,
  level: number,
  focus: (id: string) => void,
): TemplateResult {
  const focusField = (event: Event, id: string): void => {
    event.preventDefault();
    focus(id);
  };
  return html`<div
    part="error-summary"
    class="error-summary"
    id="error-summary"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    ${heading(level, 'error-summary-title', 'error-summary-title', strings.errorSummaryTitle)}
    <ul class="error-summary-list">
      ${errors.map(
        (error) =>
          html`<li>
            <a
              part="error-summary-link"
              href=${`#${error.focusId}`}
              @click=${(event: Event) => focusField(event, error.focusId)}
              >${error.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
