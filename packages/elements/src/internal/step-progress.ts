import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
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
      <span ${inlineSize((shown / total) * 100)}></span>
    </div>
  </div>`;
}

/**
 * The bar's width, set through CSSOM: a `style` attribute (also the first render of Lit's styleMap)
 * is an inline style that `Content-Security-Policy: style-src 'self'` blocks. A plain element
 * directive, not Lit's `ref`: that one brings AsyncDirective along (about 1.7 KB of the bundle).
 */
class InlineSize extends Directive {
  render(_percent: number): unknown {
    return noChange;
  }

  override update(part: ElementPart, [percent]: [number]): unknown {
    (part.element as HTMLElement).style.setProperty('inline-size', `${percent}%`);
    return noChange;
  }
}

const inlineSize = directive(InlineSize);
