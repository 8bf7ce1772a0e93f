import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
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
      <span ${ref((bar) => setWidth(bar, (shown / total) * 100))}></span>
    </div>
  </div>`;
}

/**
 * The bar's width, set through CSSOM: a `style` attribute (also the first render of Lit's styleMap)
 * is an inline style that `Content-Security-Policy: style-src 'self'` blocks.
 */
function setWidth(bar: Element | undefined, percent: number): void {
  if (bar instanceof HTMLElement) bar.style.setProperty('inline-size', `${percent}%`);
}
