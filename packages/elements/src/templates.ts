import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetContext } from './widget-registry.js';

/**
 * The parts of a field: label or legend, hint, error, in GOV.UK order (label, hint, error, control).
 * `fieldFrame` (field-frame.ts) puts them together for every built-in widget, and is what a portal
 * widget should use too; the parts stay public for a widget that needs a layout of its own.
 */

/** The required marker: a visible `*` hidden from screen readers (the control's `required` says it). */
export function requiredMarker(ctx: WidgetContext): TemplateResult | typeof nothing {
  return ctx.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing;
}

/**
 * The required marker of a group (`<legend>`): `<fieldset>` has no `required`, so screen readers get
 * the word, sighted people the `*`.
 */
export function groupRequiredMarker(ctx: WidgetContext): TemplateResult | typeof nothing {
  return ctx.required
    ? html`<span class="required" aria-hidden="true"> *</span
        ><span class="visually-hidden"> (${ctx.strings.required})</span>`
    : nothing;
}

/** `<label>` for the control. */
export function labelTemplate(ctx: WidgetContext): TemplateResult {
  return html`<label part="label" class="label" id=${ctx.ids.label} for=${ctx.ids.control}
    >${ctx.label}${requiredMarker(ctx)}</label
  >`;
}

/** `<legend>` of a group (radios, checkboxes, fieldsets). */
export function legendTemplate(ctx: WidgetContext): TemplateResult {
  return html`<legend part="legend" class="legend" id=${ctx.ids.label}>
    ${ctx.label}${groupRequiredMarker(ctx)}
  </legend>`;
}

/** The hint from `description`, or nothing. */
export function hintTemplate(ctx: WidgetContext): TemplateResult | typeof nothing {
  return ctx.description
    ? html`<div part="hint" class="hint" id=${ctx.ids.hint}>${ctx.description}</div>`
    : nothing;
}

/** The inline error, or nothing. The hidden prefix makes "Fehler:" part of what screen readers read. */
export function errorTemplate(ctx: WidgetContext): TemplateResult | typeof nothing {
  return ctx.error
    ? html`<p part="error" class="error" id=${ctx.ids.error}>
        <span class="visually-hidden">${ctx.strings.errorPrefix} </span>${ctx.error}
      </p>`
    : nothing;
}

/** `aria-invalid` value: `"true"` while an error shows, else the attribute is left out. */
export function ariaInvalid(ctx: WidgetContext): 'true' | typeof nothing {
  return ctx.error ? 'true' : nothing;
}

/** Class list of a field wrapper. */
export function fieldClass(ctx: WidgetContext, kind: string): string {
  return ctx.error ? `field field--${kind} field--error` : `field field--${kind}`;
}
