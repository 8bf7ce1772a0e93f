import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Widget, WidgetContext } from '../widget-registry.js';
import { ariaInvalid } from '../templates.js';
import { fieldFrame } from '../field-frame.js';
import { fieldKind, type FieldKind } from '../field-kind.js';
import { dateTimeToLocal, localToDateTime, localToTime, timeToLocal } from '../internal/date-time.js';

type InputKind = 'text' | 'email' | 'tel' | 'url' | 'number' | 'integer' | 'date' | 'date-time' | 'time';

interface InputSettings {
  /** `type` of the `<input>`. Numbers use `text` + `inputmode` (GOV.UK: `type=number` loses typed text). */
  type: string;
  inputmode?: string;
  autocomplete?: string;
  spellcheck?: boolean;
  /** Input text -> stored value; `setText` runs core's coercion instead when undefined. */
  toValue?: (text: string, ctx: WidgetContext) => void;
  /** Stored value -> input text. */
  toText?: (value: unknown, ctx: WidgetContext) => string;
}

const asText = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Plain text kinds store the text itself; empty removes the value. */
const storeText = (text: string, ctx: WidgetContext): void => ctx.setValue(text === '' ? undefined : text);

/** Numbers are shown as the locale writes them (`1,5` in German); core's `coerce` reads both. */
const numberText = (value: unknown, ctx: WidgetContext): string =>
  typeof value === 'number' && ctx.locale === 'de' ? String(value).replace('.', ',') : asText(value);

const SETTINGS: Record<InputKind, InputSettings> = {
  text: { type: 'text', toValue: storeText },
  email: { type: 'email', autocomplete: 'email', spellcheck: false, toValue: storeText },
  tel: { type: 'tel', autocomplete: 'tel', spellcheck: false, toValue: storeText },
  url: { type: 'url', autocomplete: 'url', spellcheck: false, toValue: storeText },
  number: { type: 'text', inputmode: 'decimal', spellcheck: false, toText: numberText },
  integer: { type: 'text', inputmode: 'numeric', spellcheck: false, toText: numberText },
  date: { type: 'date' },
  'date-time': {
    type: 'datetime-local',
    toValue: (text, ctx) => {
      if (text === '') return ctx.setValue(undefined);
      const value = localToDateTime(text);
      if (value === undefined) ctx.setText(text);
      else ctx.setValue(value);
    },
    toText: (value) => dateTimeToLocal(value),
  },
  time: {
    type: 'time',
    toValue: (text, ctx) => {
      if (text === '') return ctx.setValue(undefined);
      const value = localToTime(text);
      if (value === undefined) ctx.setText(text);
      else ctx.setValue(value);
    },
    toText: (value) => timeToLocal(value),
  },
};

/** A single-line `<input>` field of one kind. */
export function inputWidget(kind: InputKind): Widget {
  const settings = SETTINGS[kind];
  return {
    name: kind,
    match: (schema, hints) => fieldKind(schema, hints) === (kind as FieldKind),
    render(ctx) {
      const { hints } = ctx;
      const text = ctx.text ?? (settings.toText ? settings.toText(ctx.value, ctx) : asText(ctx.value));
      const onInput = (event: Event): void => {
        const input = event.target as HTMLInputElement;
        if (settings.toValue) settings.toValue(input.value, ctx);
        else ctx.setText(input.value);
      };
      return fieldFrame(
        ctx,
        { kind: 'input' },
        (describedBy) =>
          html`<input
            part="control input"
            class="control"
            id=${ctx.ids.control}
            type=${settings.type}
            .value=${live(text)}
            ?required=${ctx.required}
            ?readonly=${ctx.readOnly}
            ?disabled=${ctx.disabled}
            aria-invalid=${ariaInvalid(ctx)}
            aria-describedby=${ifDefined(describedBy)}
            autocomplete=${ifDefined(hints.autocomplete ?? settings.autocomplete)}
            inputmode=${ifDefined(hints.inputmode ?? settings.inputmode)}
            placeholder=${ifDefined(hints.placeholder)}
            spellcheck=${ifDefined(settings.spellcheck === false ? 'false' : undefined)}
            @input=${onInput}
            @change=${ctx.touch}
          />`,
      );
    },
  };
}

/** A multi-line `<textarea>` (`x-efa.widget: "textarea"` or long `maxLength`). */
export const textareaWidget: Widget = {
  name: 'textarea',
  match: (schema, hints) => fieldKind(schema, hints) === 'textarea',
  render(ctx) {
    const rows = typeof ctx.hints.rows === 'number' ? ctx.hints.rows : 5;
    return fieldFrame(
      ctx,
      { kind: 'textarea' },
      (describedBy) =>
        html`<textarea
          part="control textarea"
          class="control"
          id=${ctx.ids.control}
          rows=${rows}
          .value=${live(ctx.text ?? asText(ctx.value))}
          ?required=${ctx.required}
          ?readonly=${ctx.readOnly}
          ?disabled=${ctx.disabled}
          aria-invalid=${ariaInvalid(ctx)}
          aria-describedby=${ifDefined(describedBy)}
          autocomplete=${ifDefined(ctx.hints.autocomplete)}
          placeholder=${ifDefined(ctx.hints.placeholder)}
          @input=${(event: Event) => storeText((event.target as HTMLTextAreaElement).value, ctx)}
          @change=${ctx.touch}
        ></textarea>`,
    );
  },
};
