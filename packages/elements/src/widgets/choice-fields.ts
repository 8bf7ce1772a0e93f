import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldOption, Widget, WidgetContext } from '../widget-registry.js';
import { ariaInvalid } from '../templates.js';
import { fieldFrame } from '../field-frame.js';
import { schemaTypes } from '@efa-forms/core/engine';
import { fieldKind } from '../field-kind.js';
import { optionIndex } from '../internal/display-value.js';

/** Id of the n-th option control; the first one carries the field's id (error-summary links focus it). */
const optionId = (ctx: WidgetContext, index: number): string =>
  index === 0 ? ctx.ids.control : `${ctx.ids.control}-${index}`;

/** Options of a boolean: Ja / Nein. */
function booleanOptions(ctx: WidgetContext): FieldOption[] {
  return [
    { value: true, label: ctx.strings.yes },
    { value: false, label: ctx.strings.no },
  ];
}

/** The options a radio group or select shows. */
function choicesOf(ctx: WidgetContext): readonly FieldOption[] {
  return ctx.options.length > 0
    ? ctx.options
    : schemaTypes(ctx.schema).includes('boolean')
      ? booleanOptions(ctx)
      : [];
}

/** Radio buttons in a `<fieldset>`: one Tab stop, arrow keys choose (native radio group behaviour). */
export function radioGroupTemplate(ctx: WidgetContext, options: readonly FieldOption[]): TemplateResult {
  const selected = optionIndex(options, ctx.value);
  return fieldFrame(
    ctx,
    { kind: 'radios', layout: 'group' },
    () =>
      html`<div class="options">
        ${options.map(
          (option, index) =>
            html`<div class="option">
              <input
                part="control radio"
                type="radio"
                id=${optionId(ctx, index)}
                name=${ctx.ids.control}
                .checked=${live(index === selected)}
                ?required=${ctx.required}
                ?disabled=${ctx.readOnly}
                aria-invalid=${ariaInvalid(ctx)}
                aria-describedby=${ifDefined(option.description ? `${optionId(ctx, index)}-hint` : undefined)}
                @change=${() => {
                  ctx.setValue(option.value);
                  ctx.touch();
                }}
              />
              <label part="label option-label" for=${optionId(ctx, index)}>${option.label}</label>
              ${
                option.description
                  ? html`<div part="hint" class="hint option-hint" id=${`${optionId(ctx, index)}-hint`}>
                      ${option.description}
                    </div>`
                  : nothing
              }
            </div>`,
        )}
      </div>`,
  );
}

/** Short enums (up to six options) and required yes/no questions. */
export const radioWidget: Widget = {
  name: 'radio',
  match: (schema, hints) => fieldKind(schema, hints) === 'radio',
  render: (ctx) => radioGroupTemplate(ctx, choicesOf(ctx)),
};

/** Long enums: a native `<select>` with a "Bitte auswählen" placeholder option. */
export const selectWidget: Widget = {
  name: 'select',
  match: (schema, hints) => fieldKind(schema, hints) === 'select',
  render(ctx) {
    const options = choicesOf(ctx);
    const selected = optionIndex(options, ctx.value);
    const onChange = (event: Event): void => {
      const index = Number((event.target as HTMLSelectElement).value);
      ctx.setValue((event.target as HTMLSelectElement).value === '' ? undefined : options[index]?.value);
      ctx.touch();
    };
    return fieldFrame(
      ctx,
      { kind: 'select' },
      (describedBy) =>
        html`<select
          part="control select"
          class="control"
          id=${ctx.ids.control}
          ?required=${ctx.required}
          ?disabled=${ctx.disabled || ctx.readOnly}
          aria-invalid=${ariaInvalid(ctx)}
          aria-describedby=${ifDefined(describedBy)}
          autocomplete=${ifDefined(ctx.hints.autocomplete)}
          @change=${onChange}
        >
          <option value="" ?selected=${selected < 0}>${ctx.strings.choose}</option>
          ${options.map((option, index) => html`<option value=${index} ?selected=${index === selected}>${option.label}</option>`)}
        </select>`,
    );
  },
};

/**
 * A boolean as one checkbox (also a lone `const`, e.g. consent `const: true`). A required boolean
 * without `const` asks yes or no with radios: an unticked box cannot say "no" on purpose.
 */
export const checkboxWidget: Widget = {
  name: 'checkbox',
  match: (schema, hints) => fieldKind(schema, hints) === 'checkbox',
  render(ctx) {
    const isBoolean = schemaTypes(ctx.schema).includes('boolean') || typeof ctx.schema.const === 'boolean';
    const fixed =
      'const' in ctx.schema ? ctx.schema.const : ctx.options.length === 1 ? ctx.options[0]?.value : undefined;
    if (ctx.required && isBoolean && fixed === undefined) return radioGroupTemplate(ctx, booleanOptions(ctx));
    const onValue = fixed !== undefined ? fixed : true;
    const checked = optionIndex([{ value: onValue, label: '' }], ctx.value) === 0;
    const onChange = (event: Event): void => {
      const on = (event.target as HTMLInputElement).checked;
      // Unticked: `false` for a free boolean; nothing for a fixed value, so `required` explains the problem.
      ctx.setValue(on ? onValue : isBoolean && fixed === undefined ? false : undefined);
      ctx.touch();
    };
    return fieldFrame(
      ctx,
      { kind: 'checkbox', layout: 'option' },
      (describedBy) =>
        html`<input
          part="control checkbox"
          type="checkbox"
          id=${ctx.ids.control}
          .checked=${live(checked)}
          ?required=${ctx.required}
          ?disabled=${ctx.disabled || ctx.readOnly}
          aria-invalid=${ariaInvalid(ctx)}
          aria-describedby=${ifDefined(describedBy)}
          @change=${onChange}
        />`,
    );
  },
};

/** An array of enum values as checkboxes in a `<fieldset>`; the value keeps the options' order. */
export const checkboxGroupWidget: Widget = {
  name: 'checkboxes',
  match: (schema, hints) => fieldKind(schema, hints) === 'checkboxes',
  render(ctx) {
    const chosen = Array.isArray(ctx.value) ? ctx.value : [];
    const isChosen = (option: FieldOption): boolean =>
      chosen.some((value) => optionIndex([option], value) === 0);
    const toggle = (option: FieldOption, on: boolean): void => {
      const next = ctx.options
        .filter((candidate) => (candidate === option ? on : isChosen(candidate)))
        .map((candidate) => candidate.value);
      ctx.setValue(next.length > 0 ? next : undefined);
      ctx.touch();
    };
    return fieldFrame(
      ctx,
      { kind: 'checkboxes', layout: 'group' },
      () =>
        html`<div class="options">
          ${ctx.options.map(
            (option, index) =>
              html`<div class="option">
                <input
                  part="control checkbox"
                  type="checkbox"
                  id=${optionId(ctx, index)}
                  .checked=${live(isChosen(option))}
                  ?disabled=${ctx.readOnly}
                  aria-invalid=${ariaInvalid(ctx)}
                  @change=${(event: Event) => toggle(option, (event.target as HTMLInputElement).checked)}
                />
                <label part="label option-label" for=${optionId(ctx, index)}>${option.label}</label>
              </div>`,
          )}
        </div>`,
    );
  },
};
