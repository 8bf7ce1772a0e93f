import { isPlainObject, type JsonSchemaObject, type Locale } from '@efa-forms/core/engine';
import type { ChildOptions, WidgetContext } from '../widget-registry.js';
import type { UiStrings } from '../locales/ui-strings.js';
import { describedBy } from '../described-by.js';
import { hintsOf } from '../field-kind.js';
import { fieldIds } from './ids.js';
import { fieldOptions } from './display-value.js';
import type { FieldSpec } from './field-model.js';

/** What a widget context reads from and does to its form: everything by the field's pointer or spec. */
export interface WidgetContextHost {
  /** The error shown now at a pointer, if any (`ShownErrors`). */
  shownError(pointer: string): string | undefined;
  /** Typed text kept for a pointer that could not be turned into a value yet. */
  text(pointer: string): string | undefined;
  /** Whether the form is disabled. */
  disabled(): boolean;
  locale(): Locale;
  /** The chosen branch of a field of alternatives (`FieldModel.alternativeIndex`). */
  alternativeIndex(spec: FieldSpec): number | undefined;
  resolve(schema: unknown): JsonSchemaObject;
  /** The answer at a pointer. */
  valueAt(pointer: string): unknown;
  setValue(pointer: string, value: unknown): void;
  setText(spec: FieldSpec, text: string): void;
  setInputError(pointer: string, message: string | undefined, text?: string): void;
  touch(pointer: string): void;
  announce(message: string): void;
  focusAfterRender(id: string): void;
  /** View state by `pointer\u0000key`. */
  viewState(key: string): unknown;
  setViewState(pointer: string, key: string, value: unknown): void;
  removeItem(pointer: string, index: number): void;
  renderProperties(spec: FieldSpec, schema: JsonSchemaObject): unknown;
  renderChild(
    spec: FieldSpec,
    token: string | number | null,
    schema: JsonSchemaObject,
    options: ChildOptions | undefined,
  ): unknown;
}

/** Where a widget context keeps its field (a symbol: copied by spreads, invisible to widgets). */
const SPEC = Symbol('efa-field');

type Self = WidgetContext & { [SPEC]: FieldSpec };

/** The data part of a widget context. */
type ContextData = Omit<
  WidgetContext,
  | `${'set' | 'get'}${string}`
  | 'touch'
  | 'announce'
  | 'focusAfterRender'
  | 'addItem'
  | 'removeItem'
  | 'resolve'
  | 'renderProperties'
  | 'renderChild'
>;

/**
 * Builds the `WidgetContext` each widget renders from: the field's ids (`fieldIds`), its hint, shown
 * error and `aria-describedby` (`describedBy`), its options, and the methods that change the form.
 * The methods are created once per form: they find their field through the context they are called
 * on (`this[SPEC]`, copied along when a widget spreads the context), so a thousand fields do not hold
 * twenty closures each. `touch` is the exception: widgets pass it as an event listener, so each
 * context gets its own bound copy.
 */
export class WidgetContextFactory {
  readonly #host: WidgetContextHost;
  readonly #methods: Omit<WidgetContext, keyof ContextData | 'touch'>;

  constructor(host: WidgetContextHost) {
    this.#host = host;
    this.#methods = {
      setValue(this: Self, value: unknown) {
        host.setValue(this[SPEC].pointer, value);
      },
      setText(this: Self, text: string) {
        host.setText(this[SPEC], text);
      },
      setInputError(this: Self, message: string | undefined, text?: string) {
        host.setInputError(this[SPEC].pointer, message, text);
      },
      announce(message: string) {
        host.announce(message);
      },
      focusAfterRender(id: string) {
        host.focusAfterRender(id);
      },
      getViewState<T>(this: Self, key: string): T | undefined {
        return host.viewState(`${this[SPEC].pointer}\u0000${key}`) as T | undefined;
      },
      setViewState(this: Self, key: string, value: unknown) {
        host.setViewState(this[SPEC].pointer, key, value);
      },
      addItem(this: Self, value: unknown): number {
        const current = host.valueAt(this[SPEC].pointer);
        const items = Array.isArray(current) ? current : [];
        host.setValue(this[SPEC].pointer, [...items, value]);
        return items.length;
      },
      removeItem(this: Self, index: number) {
        host.removeItem(this[SPEC].pointer, index);
      },
      resolve(schema: unknown): JsonSchemaObject {
        return host.resolve(schema);
      },
      renderProperties(this: Self, schema?: JsonSchemaObject): unknown {
        return host.renderProperties(this[SPEC], schema ?? this[SPEC].schema);
      },
      renderChild(
        this: Self,
        token: string | number | null,
        schema: JsonSchemaObject,
        options?: ChildOptions,
      ): unknown {
        return host.renderChild(this[SPEC], token, schema, options);
      },
    };
  }

  /** The context for one field as it is rendered now. */
  create(spec: FieldSpec, strings: UiStrings): WidgetContext {
    const host = this.#host;
    const { pointer } = spec;
    const ids = fieldIds(spec.idBase);
    const description =
      typeof spec.schema.description === 'string' && spec.schema.description !== ''
        ? spec.schema.description
        : undefined;
    // A second view of a value (the chosen alternative) shows no error: the first view shows it.
    const error = spec.alias ? undefined : host.shownError(pointer);
    const items = spec.schema.items;
    const options =
      fieldOptions(spec.schema, strings) ??
      (isPlainObject(items) ? fieldOptions(host.resolve(items), strings) : undefined) ??
      [];
    const data: ContextData = {
      pointer,
      name: spec.name,
      schema: spec.schema,
      hints: hintsOf(spec.schema),
      ids,
      label: spec.label,
      description,
      required: spec.required,
      readOnly: spec.readOnly,
      disabled: host.disabled(),
      value: spec.value,
      text: host.text(pointer),
      error,
      describedBy: describedBy({
        hint: description ? ids.hint : undefined,
        error: error ? ids.error : undefined,
      }),
      options,
      locale: host.locale(),
      strings,
      depth: spec.depth,
      alternative: host.alternativeIndex(spec),
    };
    return Object.assign(data, this.#methods, { [SPEC]: spec, touch: () => host.touch(pointer) });
  }
}
