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
  // The width is set through the CSSOM, which a Content-Security-Policy without 'unsafe-inline'
  // allows. A `style` attribute (a binding, or styleMap's first render, which writes the attribute)
  // is a style-src-attr violation there.
  const width = `${(shown / total) * 100}%`;
  return html`<div class="progress-wrap">
    <p part="progress" class="progress">${strings.stepOf(shown, total)}</p>
    <div part="progress-bar" class="progress-bar" aria-hidden="true">
      <span
        ${ref((element) => (element as HTMLElement | undefined)?.style.setProperty('inline-size', width))}
      ></span>
    </div>
  </div>`;
}
