import type { TemplateResult } from 'lit';
import type { EfaHints, JsonSchemaObject, Locale } from '@efa-forms/core';
import type { UiStrings } from './locales/ui-strings.js';

/** One choice of an enum field: from `enum`, or from `oneOf`/`anyOf: [{const, title}]`. */
export interface FieldOption {
  /** The JSON value stored when this option is chosen. */
  value: unknown;
  /** Visible text (the `title`, else the value as text). */
  label: string;
  /** Optional hint under the option (the branch's `description`). */
  description?: string | undefined;
}

/** Ids a widget wires together inside the form's shadow root. */
export interface FieldIds {
  /** The control (`<label for>`, error-summary link target). Every widget renders an element with it. */
  control: string;
  /** The visible label or legend. */
  label: string;
  /** The hint; render it only when `ctx.description` is set. */
  hint: string;
  /** The inline error; render it only when `ctx.error` is set. */
  error: string;
}

/** Options of `ctx.renderChild`. */
export interface ChildOptions {
  /** Visible label instead of the child's own label (array items are numbered this way). */
  label?: string;
  /** Whether the child must be filled (array items are). */
  required?: boolean;
}

/**
 * Everything a widget needs to render one field. Created by `<efa-form>` for each field render;
 * values are read-only snapshots, the methods write back into the form's state. Call the methods on
 * the context (`ctx.setValue(v)`); a copy made with a spread (`{ ...ctx, label }`) keeps them working.
 * `touch` is bound and may be passed directly as an event listener.
 */
export interface WidgetContext {
  /** JSON Pointer of the field in the data, e.g. `/inhaber/anschrift/plz`. */
  readonly pointer: string;
  /** Property name (or array index) of the field. */
  readonly name: string;
  /** The field's schema, `$ref`s followed and `allOf` folded in. */
  readonly schema: JsonSchemaObject;
  /** The `x-efa` hints of the field (`{}` when none). */
  readonly hints: EfaHints;
  readonly ids: FieldIds;
  /** Visible label (already translated). */
  readonly label: string;
  /** Hint text from `description`, if any. */
  readonly description: string | undefined;
  readonly required: boolean;
  /** `readOnly: true` on the field or an ancestor. */
  readonly readOnly: boolean;
  /** The form is disabled (form association: a disabled `<fieldset>` around it). */
  readonly disabled: boolean;
  /** The current value (`undefined` when empty). */
  readonly value: unknown;
  /** Text the person typed that could not be turned into a value yet (e.g. `1,2,3` in a number field). */
  readonly text: string | undefined;
  /** The error to show now, or `undefined`: errors appear after interaction or a continue attempt. */
  readonly error: string | undefined;
  /** `aria-describedby` for the control, built by `describedBy` from hint and error ids. */
  readonly describedBy: string | undefined;
  /** Choices from `enum`/`oneOf`/`anyOf` (of `items` for arrays), `[]` when the field has none. */
  readonly options: readonly FieldOption[];
  readonly locale: Locale;
  readonly strings: UiStrings;
  /** Nesting depth: 0 for fields of a step, +1 per fieldset. */
  readonly depth: number;
  /**
   * For a field of alternatives (`oneOf`/`anyOf` a person chooses between, core's `alternativesOf`):
   * the index of the branch to show, by core's `chosenBranch` from the data and the person's pick
   * (view state `variant`); `undefined` for other fields and while no branch is chosen.
   */
  readonly alternative: number | undefined;
  /** Stores a new value at the field's pointer (`undefined` removes it). */
  setValue(value: unknown): void;
  /**
   * Stores typed text: turned into the schema's type by core's `coerce`; when that fails, the text is
   * kept and the coercion message becomes the field's error.
   */
  setText(text: string): void;
  /**
   * Sets or clears an error found by the widget itself (file too large, not JSON). With `text`, that
   * text stays in the control (`ctx.text`) while the error is shown.
   */
  setInputError(message: string | undefined, text?: string): void;
  /** Marks the field as interacted with, so its errors show from now on. */
  touch(): void;
  /** Says something through the form's polite live region. */
  announce(message: string): void;
  /** Moves focus to the element with this id inside the form after the next render. */
  focusAfterRender(id: string): void;
  /** Per-field view state kept by the form across renders (a chosen file's name, a chosen variant). */
  getViewState<T>(key: string): T | undefined;
  setViewState(key: string, value: unknown): void;
  /** Appends an item to this array field; returns its index. */
  addItem(value: unknown): number;
  /** Removes an item of this array field; the view state of later items moves up with them. */
  removeItem(index: number): void;
  /** A schema with `$ref` followed and `allOf` folded in (core `resolveSchema`). */
  resolve(schema: unknown): JsonSchemaObject;
  /** Renders the active properties of this object field, each through the registry. */
  renderProperties(schema?: JsonSchemaObject): unknown;
  /**
   * Renders a child field at `pointer + "/" + token` (an array item), or with `token` `null` the same
   * value again under another schema (the chosen alternative of a `oneOf`), with ids of its own.
   */
  renderChild(token: string | number | null, schema: JsonSchemaObject, options?: ChildOptions): unknown;
}

/** A field kind: decides which schemas it renders and renders them as a Lit template. */
export interface Widget {
  /** Name for debugging and for `x-efa.widget` (e.g. `textarea`, `radio`). */
  readonly name: string;
  /** Whether this widget renders a field with this (resolved) schema and hints. */
  match(schema: JsonSchemaObject, hints: EfaHints): boolean;
  /** The field as a template: label, hint, control, inline error, all inside the form's shadow root. */
  render(ctx: WidgetContext): TemplateResult;
}

/**
 * The list of widgets a form chooses from. The last registered widget whose `match` accepts a field
 * wins, so a portal's widgets override the built-in ones without removing them.
 */
export class WidgetRegistry {
  readonly #widgets: Widget[] = [];
  #cache = new WeakMap<object, Widget | null>();
  #version = 0;
  #cacheVersion = 0;

  constructor(widgets: readonly Widget[] = []) {
    for (const widget of widgets) this.register(widget);
  }

  /** Adds a widget with priority over every widget registered before it. */
  register(widget: Widget): this {
    if (typeof widget?.match !== 'function' || typeof widget.render !== 'function') {
      throw new TypeError('efa-forms: a widget needs match(schema, hints) and render(ctx) functions');
    }
    this.#widgets.push(widget);
    this.#version++;
    return this;
  }

  /** The widget for a field, or `undefined` when none matches. */
  find(schema: JsonSchemaObject, hints: EfaHints): Widget | undefined {
    if (this.#cacheVersion !== this.#version) {
      // Registration after first use (a portal adding a widget late) invalidates what was chosen.
      this.#cacheVersion = this.#version;
      this.#cache = new WeakMap();
    }
    const cached = this.#cache.get(schema);
    if (cached !== undefined) return cached ?? undefined;
    let found: Widget | undefined;
    for (let index = this.#widgets.length - 1; index >= 0; index--) {
      const widget = this.#widgets[index] as Widget;
      if (widget.match(schema, hints)) {
        found = widget;
        break;
      }
    }
    this.#cache.set(schema, found ?? null);
    return found;
  }

  /** The registered widgets, oldest first. */
  get widgets(): readonly Widget[] {
    return this.#widgets;
  }
}
