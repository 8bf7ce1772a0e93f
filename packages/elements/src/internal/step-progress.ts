import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../locales/ui-strings.js';

/** The progress indicator ("Schritt 2 von 5" and a bar); nothing for a single step. */
export function stepProgress(
  position: number,
  total: number,
  strings: UiStrings,
): TemplateResult | typeof nothing {
  if (total < 2) return nothing;
  const shown = Math.min(position + 1, total);
  return html`<div class="progress-wrap">
    <p part="progress" class="progress">${strings.stepOf(shown, total)}</p>
    <div part="progress-bar" class="progress-bar" aria-hidden="true">
      <span style=${`inline-size:${(shown / total) * 100}%`}></span>
    </div>
  </div>`;
}
