import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Widget } from '../widget-registry.js';
import { ariaInvalid } from '../templates.js';
import { fieldFrame } from '../field-frame.js';
import { fieldKind } from '../field-kind.js';
import { displayValue } from '../internal/display-value.js';

/**
 * A `readOnly` field: a read-only text input, so it is focusable, labelled and announced like the others
 * and its value can be selected and copied. Options show their title, booleans Ja/Nein.
 */
export const readOnlyWidget: Widget = {
  name: 'readonly',
  match: (schema, hints) => fieldKind(schema, hints) === 'readonly',
  render(ctx) {
    return fieldFrame(
      ctx,
      { kind: 'readonly' },
      (describedBy) =>
        html`<input
          part="control input readonly"
          class="control"
          id=${ctx.ids.control}
          type="text"
          readonly
          .value=${live(displayValue(ctx.schema, ctx.value, ctx.strings, ctx.locale, ctx.options))}
          aria-invalid=${ariaInvalid(ctx)}
          aria-describedby=${ifDefined(describedBy)}
        />`,
    );
  },
};

/**
 * Fallback for values no other widget can edit (tuples, maps with `additionalProperties`, mixed type
 * unions): JSON text, parsed as the person types; text that is no JSON becomes the field's error.
 */
export const jsonWidget: Widget = {
  name: 'json',
  match: (schema, hints) => fieldKind(schema, hints) === 'json',
  render(ctx) {
    const text = ctx.text ?? (ctx.value === undefined ? '' : JSON.stringify(ctx.value, null, 2));
    const onInput = (event: Event): void => {
      const source = (event.target as HTMLTextAreaElement).value;
      if (source.trim() === '') {
        ctx.setInputError(undefined);
        return ctx.setValue(undefined);
      }
      try {
        const parsed: unknown = JSON.parse(source);
        ctx.setInputError(undefined);
        ctx.setValue(parsed);
      } catch {
        ctx.setInputError(ctx.strings.invalidJson(ctx.label), source);
      }
    };
    return fieldFrame(
      ctx,
      { kind: 'json' },
      (describedBy) =>
        html`<textarea
          part="control textarea"
          class="control control--code"
          id=${ctx.ids.control}
          rows="4"
          spellcheck="false"
          .value=${live(text)}
          ?required=${ctx.required}
          ?readonly=${ctx.readOnly}
          ?disabled=${ctx.disabled}
          aria-invalid=${ariaInvalid(ctx)}
          aria-describedby=${ifDefined(describedBy)}
          @input=${onInput}
          @change=${ctx.touch}
        ></textarea>`,
    );
  },
};
