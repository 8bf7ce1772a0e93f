import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WidgetContext } from './widget-registry.js';
import { describedBy } from './described-by.js';
import { errorTemplate, fieldClass, hintTemplate, labelTemplate, legendTemplate } from './templates.js';

/**
 * How a field frame lays out its parts:
 * - `control` (default): a `<div part="field">` with `<label for>`, hint, error, then the control.
 * - `option`: a single checkbox; error, then the control with its `<label>` beside it, then the hint.
 * - `group`: several controls of one field (radios, checkboxes) in a `<fieldset part="field fieldset">`
 *   with `<legend>`, hint and error; the fieldset carries `aria-describedby` and `disabled`.
 * - `container`: a field made of fields (object, list, alternatives) in a `<fieldset part="fieldset">`
 *   that carries the field id with `tabindex="-1"`, so the error summary can focus it.
 */
export type FieldFrameLayout = 'control' | 'option' | 'group' | 'container';

/** Options of `fieldFrame`. */
export interface FieldFrameOptions {
  /** Modifier of the wrapper's class, `field field--<kind>` (a styling hook, e.g. `input`, `rating`). */
  kind: string;
  /** See `FieldFrameLayout`; `control` when not given. */
  layout?: FieldFrameLayout;
  /**
   * A further description shown after the hint (before the error, except in the `option` layout,
   * where the error comes first), e.g. the allowed file types and size. Its id joins
   * `aria-describedby` after the hint and the error (as `describedBy`'s `counter`).
   */
  note?: { id: string; text: unknown } | undefined;
  /** Further ids that describe the control (rendered by the widget, e.g. in `after`), read last. */
  describedByExtra?: readonly (string | undefined)[];
  /** Rendered after the control inside the frame (e.g. the chosen file and its remove button). */
  after?: unknown;
  /** Further CSS part names of the wrapper (e.g. `repeat`). */
  parts?: string;
  /**
   * Whether the label or legend shows the required marker; default `ctx.required`. A group whose
   * own fields carry their markers (a nested object) passes `false`.
   */
  required?: boolean;
}

/**
 * The one frame of every field: label (or legend), hint, error and the control, in GOV.UK order,
 * with ids from `ctx.ids` and `aria-describedby` from `describedBy` over exactly the parts the frame
 * renders. Every built-in widget renders through it, and so can a portal's own widget, which then
 * looks and reads like the built-in ones: `control` receives the `aria-describedby` value to put on
 * the control (`undefined`: leave the attribute out, e.g. with Lit's `ifDefined`). With the `group`
 * and `container` layouts the `<fieldset>` carries it and the content does not need it.
 *
 * ```ts
 * render: (ctx) =>
 *   fieldFrame(ctx, { kind: 'rating' }, (describedBy) =>
 *     html`<input id=${ctx.ids.control} aria-describedby=${ifDefined(describedBy)} ... />`)
 * ```
 *
 * @param ctx the widget context of the field
 * @param options layout, class modifier and the widget's extra parts
 * @param control renders the control(s); called once per render with the `aria-describedby` value
 */
export function fieldFrame(
  ctx: WidgetContext,
  options: FieldFrameOptions,
  control: (describedBy: string | undefined) => unknown,
): TemplateResult {
  const { note, after } = options;
  const layout = options.layout ?? 'control';
  const labelled =
    options.required === undefined || options.required === ctx.required
      ? ctx
      : { ...ctx, required: options.required };
  const ids = describedBy({
    hint: ctx.description ? ctx.ids.hint : undefined,
    error: ctx.error ? ctx.ids.error : undefined,
    counter: note ? note.id : undefined,
    extra: options.describedByExtra,
  });
  const noteTemplate = note ? html`<div part="hint" class="hint" id=${note.id}>${note.text}</div>` : nothing;
  // Hint, note and error in one child part (not in the `option` layout, which splits them): Lit marks
  // each part with a comment node, and most fields show none of the three, so a 1,000-field form
  // creates 2,000 nodes fewer on mount. The control's part stays where it is: it is never re-created.
  const hint = hintTemplate(ctx);
  const error = errorTemplate(ctx);
  const described =
    hint === nothing && noteTemplate === nothing && error === nothing
      ? nothing
      : html`${hint}${noteTemplate}${error}`;
  const className = fieldClass(ctx, options.kind);
  switch (layout) {
    case 'control':
      return html`<div part=${partList('field', options.parts)} class=${className}>
        ${labelTemplate(labelled)}${described}${control(ids)}${after ?? nothing}
      </div>`;
    case 'option':
      return html`<div part=${partList('field', options.parts)} class=${className}>
        ${error}
        <div class="option">${control(ids)}${labelTemplate(labelled)}</div>
        ${hint}${noteTemplate}${after ?? nothing}
      </div>`;
    case 'group':
      return html`<fieldset
        part=${partList('field fieldset', options.parts)}
        class=${className}
        aria-describedby=${ifDefined(ids)}
        ?disabled=${ctx.disabled}
      >
        ${legendTemplate(labelled)}${described}${control(ids)}${after ?? nothing}
      </fieldset>`;
    case 'container':
      return html`<fieldset
        part=${partList('fieldset', options.parts)}
        class=${className}
        id=${ctx.ids.control}
        tabindex="-1"
        aria-describedby=${ifDefined(ids)}
      >
        ${legendTemplate(labelled)}${described}${control(ids)}${after ?? nothing}
      </fieldset>`;
  }
}

function partList(base: string, extra: string | undefined): string {
  return extra ? `${base} ${extra}` : base;
}
