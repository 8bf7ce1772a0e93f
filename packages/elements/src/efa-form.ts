import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import {
  DefinitionError,
  coerce,
  createValidator,
  describeObject,
  fromJsonSchema,
  isPlainObject,
  joinPointer,
  loadDefinition,
  parsePointer,
  prune,
  resolveSchema,
  setAt,
  type Definition,
  type FieldInfo,
  type JsonSchemaObject,
  type Locale,
  type StepDefinition,
  type ValidationError,
  type Validator,
} from '@efa-forms/core';
import { FormAssociatedElement } from './form-associated-element.js';
import { AutosaveController, type AutosaveStorage } from './controllers/autosave-controller.js';
import { EfaChangeEvent, EfaStepChangeEvent, EfaSubmitEvent } from './events.js';
import { defaultRegistry } from './default-registry.js';
import type { ChildOptions, FieldIds, Widget, WidgetContext, WidgetRegistry } from './widget-registry.js';
import { alternativesWidget, objectWidget, repeatGroupWidget } from './widgets/index.js';
import { stringsFor } from './locales/index.js';
import type { UiStrings } from './locales/ui-strings.js';
import { describedBy } from './described-by.js';
import { fieldId } from './internal/ids.js';
import { alternativesOf, fieldKind, hintsOf } from './internal/field-kind.js';
import { optionsOf } from './internal/options.js';
import { discriminatorChoices } from './internal/discriminators.js';
import { displayValue } from './internal/display-value.js';
import { efaFormStyles } from './efa-form.styles.js';
import { jsonAttribute } from './internal/json-attribute.js';
import { whenIdle } from './internal/when-idle.js';
import { isStatic } from './internal/is-static.js';
import { stepFieldIndex } from './internal/step-field-index.js';
import { compareOrder, ownProperty, shallowEqual } from './internal/object-helpers.js';

/**
 * A `Definition` that core's `loadDefinition` already prepared for this locale (e.g. at build time, to
 * keep definition checking off the page's critical path): used as it is. Raw `.service.json` content
 * never has `tenantData`.
 */
function isLoaded(source: unknown, locale: Locale): source is Definition {
  return (
    isPlainObject(source) &&
    isPlainObject(source.tenantData) &&
    source.locale === locale &&
    Array.isArray(source.steps)
  );
}

/** Which page the form shows. */
type View = 'form' | 'review' | 'submitted';

/** What autosave and form-state restore keep. */
interface SavedState {
  data: Record<string, unknown>;
  step: string | undefined;
  view: 'form' | 'review';
}

/** What the form knows about a field apart from its value: stable across renders while nothing changes. */
interface FieldShape {
  /** JSON Pointer of the value. */
  pointer: string;
  /** Pointer-like key the DOM ids derive from (differs from `pointer` for a `oneOf` alternative's view). */
  idBase: string;
  name: string;
  schema: JsonSchemaObject;
  label: string;
  required: boolean;
  readOnly: boolean;
  depth: number;
  /** A second view of a value already rendered (chosen alternative): its errors show on the first. */
  alias: boolean;
  widget: Widget | undefined;
}

/** One field as the form renders it: its shape and its current value. */
interface FieldSpec extends FieldShape {
  /** The cached shape object (identity is the render cache key). */
  shape: FieldShape;
  value: unknown;
}

/** An error as the form shows it: on the field that renders it, in page order. */
interface ShownError {
  /** Pointer of the field the error is shown at. */
  target: string;
  /** Id the error-summary link focuses. */
  focusId: string;
  message: string;
  /** Position in the page (step field, then property index per level) for sorting. */
  order: number[];
}

const EMPTY = Object.freeze({}) as Record<string, unknown>;
/** Where a widget context keeps its field (a symbol: copied by spreads, invisible to widgets). */
const SPEC = Symbol('efa-field');
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
/** Step validations faster than this run on every keystroke; slower ones wait for a pause in typing. */
const LIVE_VALIDATION_BUDGET = 12;
const CONTAINERS: ReadonlySet<Widget> = new Set([objectWidget, repeatGroupWidget, alternativesWidget]);

/**
 * An accessible online form for one administrative service, rendered from its service definition
 * (or any JSON Schema): every field with label, hint, required marker and inline error, a wizard with
 * one page per step, an error summary, a review page and a submit that delivers pruned, valid data.
 *
 * Importing `@efa-forms/elements` registers it as `<efa-form>`. Inside a native `<form>` it is a form
 * control: its answers are submitted as JSON under its `name`.
 *
 * @summary Renders a service definition as an accessible multi-step form.
 *
 * @event efa-submit - `EfaSubmitEvent`: valid answers were submitted on the review page. `detail: {data, serviceId, version}` with `data` pruned. Cancelable: `preventDefault()` keeps the review page and the draft.
 * @event efa-change - `EfaChangeEvent`: an answer changed. `detail: {pointer, value, data}`.
 * @event efa-step-change - `EfaStepChangeEvent`: another page is shown. `detail: {step, index, total, previous}`.
 * @event invalid - Fired by `checkValidity()`/`reportValidity()` (and the surrounding form) while answers are invalid; the form then shows its errors.
 *
 * @slot intro - Shown above the first step (e.g. a privacy notice).
 * @slot submitted - Replaces the default confirmation text after submit.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The service title.
 * @csspart progress - The progress indicator ("Schritt 2 von 5").
 * @csspart progress-bar - The visual bar of the progress indicator.
 * @csspart step-heading - The heading of the current step, the review page and the confirmation.
 * @csspart notice - The draft-restored notice.
 * @csspart error-summary - The error summary box.
 * @csspart error-summary-title - Its heading.
 * @csspart error-summary-link - Each link to a field with an error.
 * @csspart field - The wrapper of one field (label, hint, error, control).
 * @csspart label - A field label (also each option's label, with `option-label`).
 * @csspart option-label - The label of a radio or checkbox option.
 * @csspart hint - A hint (`description`).
 * @csspart error - An inline error message.
 * @csspart control - Every input, select and textarea (plus `input`, `select`, `textarea`, `radio`, `checkbox`, `file`, `readonly`).
 * @csspart fieldset - A group: nested object, radio group, checkbox group, repeatable group.
 * @csspart legend - The legend of a group.
 * @csspart repeat - A repeatable group (also has `fieldset`).
 * @csspart button - Every button (plus `button-primary` or `button-secondary`).
 * @csspart button-primary - Continue and submit.
 * @csspart button-secondary - Back, change, add, remove, discard.
 * @csspart add-button - The add button of a repeatable group.
 * @csspart remove-button - The remove button of a repeatable item.
 * @csspart actions - The row of navigation buttons.
 * @csspart review - The review page's answer lists.
 * @csspart review-heading - The step headings on the review page.
 * @csspart change-button - The "Ändern" buttons on the review page.
 *
 * @cssproperty --efa-color-text - Text colour.
 * @cssproperty --efa-color-text-muted - Hint and secondary text colour.
 * @cssproperty --efa-color-background - Background of the form and controls.
 * @cssproperty --efa-color-primary - Primary buttons, progress, links.
 * @cssproperty --efa-color-primary-hover - Primary button hover.
 * @cssproperty --efa-color-on-primary - Text on primary colour.
 * @cssproperty --efa-color-border - Control borders (at least 3:1 against the background).
 * @cssproperty --efa-color-error - Error text and borders.
 * @cssproperty --efa-color-focus - Focus ring colour.
 * @cssproperty --efa-color-surface - Background of notices, review lists, secondary buttons.
 * @cssproperty --efa-font-family - Font family.
 * @cssproperty --efa-font-size - Base font size.
 * @cssproperty --efa-line-height - Base line height.
 * @cssproperty --efa-space - Base spacing unit (gaps are multiples of it).
 * @cssproperty --efa-radius - Corner radius of controls and buttons.
 * @cssproperty --efa-border-width - Border width of controls.
 * @cssproperty --efa-focus-width - Width of the focus ring.
 * @cssproperty --efa-control-max-width - Largest width of text controls.
 */
export class EfaForm extends FormAssociatedElement {
  static override styles = efaFormStyles;

  /**
   * The service definition (`.service.json` content), loaded with core's `loadDefinition` for `tenant`
   * and `locale`. A `Definition` that `loadDefinition` already returned for the same locale is used as it is.
   */
  @property({ attribute: false }) definition: unknown;

  /** A plain JSON Schema to render instead of a service definition (wrapped with `fromJsonSchema`). */
  @property({ attribute: false }) schema: unknown;

  /** URL of a `.service.json` to fetch when `definition` is not set. */
  @property() src: string | undefined;

  /** The reusing municipality's configuration (fills `{tenant.*}` texts). The attribute takes JSON. */
  @property({ converter: jsonAttribute }) tenant: unknown;

  /** Initial answers. Setting it replaces the current answers. The attribute takes JSON. */
  @property({ converter: jsonAttribute }) data: Record<string, unknown> | undefined;

  /** Language of the form: `de` (default) or `en`. Schema texts come from the definition's translations. */
  @property({ reflect: true }) locale: Locale = 'de';

  /** Keep a draft in `local` or `session` storage and offer it after a reload. Off when not set. */
  @property({ reflect: true }) autosave: AutosaveStorage | undefined;

  /** Level of the service title heading; step headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The widgets this form chooses from (defaults to the shared registry with the built-in widgets). */
  @property({ attribute: false }) widgets: WidgetRegistry = defaultRegistry;

  @state() private _definition: Definition | undefined;
  @state() private _loadError: { message: string; problems: string[] } | undefined;
  @state() private _answers: Record<string, unknown> = EMPTY;
  @state() private _stepId: string | undefined;
  @state() private _view: View = 'form';
  @state() private _touched: ReadonlySet<string> = new Set();
  /** Steps where continuing was attempted: all their errors show. */
  @state() private _attempted: ReadonlySet<string> = new Set();
  @state() private _announcement = '';
  @state() private _restoredAt: Date | undefined;

  /** Text typed into a field, by pointer (numbers and dates keep what was typed). */
  #texts = new Map<string, string>();
  /** Errors found while typing (not a number, file too large), by pointer. */
  #inputErrors = new Map<string, string>();
  #viewState = new Map<string, unknown>();
  /** Per pointer: bumped when anything but the value changes, so the field's render cache misses. */
  #versions = new Map<string, number>();
  #shown = new Map<string, ShownError>();
  #validator: Validator | undefined;
  #validatorLocale: Locale | undefined;
  #describeCache = new WeakMap<object, WeakMap<object, FieldInfo[]>>();
  /** Position of each property in a `#describe` result, so lookups by name are O(1). */
  #positions = new WeakMap<FieldInfo[], Map<string, number>>();
  #resolved = new WeakMap<object, JsonSchemaObject>();
  #shapes = new WeakMap<FieldShape, Map<string, FieldShape>>();
  #rootShape: FieldShape | undefined;
  #parsed = new Map<string, string[]>();
  #stepShapes = new WeakMap<StepDefinition, { infos: FieldInfo[]; root: FieldShape; shapes: FieldShape[] }>();
  #previousInfos = new WeakMap<object, Map<string, FieldInfo>>();
  #pendingFocus: string | undefined;
  /** Milliseconds the last step validation took: decides whether errors update on every keystroke. */
  #validationCost = 0;
  #liveTimer: ReturnType<typeof setTimeout> | undefined;
  #fromReview = false;
  #formStateDirty = true;
  #formStateTimer: ReturnType<typeof setTimeout> | undefined;
  #loadedKey: string | undefined;
  #fetchAbort: AbortController | undefined;
  #fetched: unknown;

  readonly #autosave = new AutosaveController<SavedState>(this, {
    storage: () => (this.autosave === 'local' || this.autosave === 'session' ? this.autosave : undefined),
    key: () => (this._definition ? `${this._definition.id}@${this._definition.version}` : undefined),
    state: () => ({
      data: this._answers,
      step: this._stepId,
      view: this._view === 'review' ? 'review' : 'form',
    }),
  });

  constructor() {
    super();
    // `invalid` comes from checkValidity()/reportValidity(), also when the surrounding form submits.
    this.addEventListener('invalid', () => {
      if (this._stepId !== undefined) this._attempted = new Set(this._attempted).add(this._stepId);
    });
  }

  /** The loaded definition (translations applied, steps completed), once it is ready. */
  get loadedDefinition(): Definition | undefined {
    return this._definition;
  }

  /** The current answers as the person entered them (not pruned). */
  get answers(): Record<string, unknown> {
    return this._answers;
  }

  /** The answers as they would be submitted: without hidden fields and empty optional values. */
  get value(): Record<string, unknown> {
    return this._definition ? prune(this._definition, this._answers) : {};
  }

  /** Id of the step shown, `review` or `submitted`. */
  get currentStep(): string | undefined {
    return this._view === 'form' ? this._stepId : this._view;
  }

  /** Validates all answers (pruned) with core's validator; errors are not shown by this call. */
  validate(): { valid: boolean; errors: ValidationError[] } {
    if (!this._definition) return { valid: false, errors: [] };
    const result = this.#getValidator().validate(prune(this._definition, this.#shownData()));
    const inputErrors = [...this.#inputErrors].map(([pointer, message]) => ({
      pointer,
      keyword: 'coerce',
      message,
      params: {},
    }));
    const errors = [
      ...inputErrors,
      ...result.errors.filter((error) => !this.#inputErrors.has(error.pointer)),
    ];
    return { valid: errors.length === 0, errors };
  }

  /** Shows a step (by id) of the wizard, e.g. from a portal's own navigation. */
  goToStep(stepId: string): void {
    if (!this._definition?.steps.some((step) => step.id === stepId))
      throw new Error(`efa-form: no step "${stepId}"`);
    this.#show('form', stepId);
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.definition === undefined && this.schema === undefined) void this.#fetch();
    let loaded = false;
    if (changed.has('definition') || changed.has('schema') || changed.has('tenant') || changed.has('locale'))
      loaded = this.#prepare();
    // New initial answers for the service already shown (a new service starts with them anyway).
    if (changed.has('data') && !loaded && this._definition) this.#replaceAnswers(this.data ?? EMPTY, 'reset');
    const onlyTyping = changed.size === 1 && changed.has('_answers');
    if (onlyTyping && this.#validationCost > LIVE_VALIDATION_BUDGET) {
      // Large forms: re-check shown errors when typing pauses, not on every keystroke.
      clearTimeout(this.#liveTimer);
      this.#liveTimer = setTimeout(() => {
        this.#refreshShownErrors();
        this.requestUpdate();
      }, 150);
    } else if (
      changed.has('_answers') ||
      changed.has('_touched') ||
      changed.has('_attempted') ||
      changed.has('_stepId') ||
      changed.has('_view') ||
      changed.has('_definition') ||
      changed.has('locale')
    ) {
      this.#refreshShownErrors();
    }
  }

  async #fetch(): Promise<void> {
    this.#fetchAbort?.abort();
    if (!this.src) return;
    const abort = (this.#fetchAbort = new AbortController());
    try {
      const response = await fetch(this.src, {
        signal: abort.signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
      const json: unknown = await response.json();
      if (abort.signal.aborted) return;
      this.#fetched = json;
      this.#prepare();
      this.requestUpdate();
    } catch (error) {
      if (abort.signal.aborted) return;
      this._loadError = { message: `${this.src}: ${(error as Error).message}`, problems: [] };
    }
  }

  /**
   * Loads the definition (or wraps the plain schema) for the current tenant and locale. Returns whether
   * a new service was loaded (its answers start from `data` or a draft).
   */
  #prepare(): boolean {
    const source = this.definition ?? this.#fetched;
    if (source === undefined && this.schema === undefined) return false;
    let definition: Definition;
    try {
      const locale = this.locale === 'en' ? 'en' : 'de';
      definition =
        source === undefined
          ? fromJsonSchema(this.schema, { locale })
          : isLoaded(source, locale)
            ? source
            : loadDefinition(source, { tenant: this.tenant, locale });
    } catch (error) {
      const problems =
        error instanceof DefinitionError
          ? error.problems.map((problem) => `${problem.pointer || '/'}: ${problem.message}`)
          : [];
      this._loadError = { message: (error as Error).message.split('\n')[0] ?? '', problems };
      this._definition = undefined;
      console.error(error);
      return false;
    }
    this._loadError = undefined;
    this._definition = definition;
    this.#validator = undefined;
    this.#resetCaches();
    const key = `${definition.id}@${definition.version}`;
    if (key === this.#loadedKey) return false; // same service in another language or tenant: keep the answers
    this.#loadedKey = key;
    this.#replaceAnswers(this.data ?? EMPTY, 'load');
    const draft = this.#autosave.restore();
    if (draft && isPlainObject(draft.state.data) && Object.keys(draft.state.data).length > 0) {
      this.#applyState(draft.state);
      this._restoredAt = draft.savedAt;
    }
    return true;
  }

  /** Forgets everything derived from the definition or the registry. */
  #resetCaches(): void {
    this.#describeCache = new WeakMap();
    this.#previousInfos = new WeakMap();
    this.#resolved = new WeakMap();
    this.#shapes = new WeakMap();
    this.#stepShapes = new WeakMap();
    this.#rootShape = undefined;
  }

  #getValidator(): Validator {
    const definition = this._definition as Definition;
    if (!this.#validator || this.#validatorLocale !== this.locale) {
      // The answers come from the person's own form, not from an untrusted upload: every error is shown
      // (core caps them at 200 by default, a guard for servers).
      this.#validator = createValidator(definition, {
        locale: this.locale === 'en' ? 'en' : 'de',
        limits: { maxErrors: Number.MAX_SAFE_INTEGER },
      });
      this.#validatorLocale = this.locale;
    }
    return this.#validator;
  }

  // ---------------------------------------------------------------------------------------------
  // State

  /** Replaces all answers (load, reset, draft, restore); view state of the old answers is dropped. */
  #replaceAnswers(data: Record<string, unknown>, reason: 'load' | 'reset'): void {
    this._answers = isPlainObject(data) ? data : EMPTY;
    this.#texts = new Map();
    this.#inputErrors = new Map();
    this.#viewState = new Map();
    this.#bumpAll();
    this._touched = new Set();
    this._attempted = new Set();
    this._view = 'form';
    this._stepId = this._definition?.steps[0]?.id;
    this.#fromReview = false;
    this._restoredAt = undefined;
    this.#formStateDirty = true;
    if (reason === 'reset')
      this.dispatchEvent(new EfaChangeEvent({ pointer: '', value: this._answers, data: this._answers }));
  }

  #applyState(saved: SavedState): void {
    this.#replaceAnswers(saved.data, 'load');
    if (saved.step && this._definition?.steps.some((step) => step.id === saved.step))
      this._stepId = saved.step;
    this._view = saved.view === 'review' ? 'review' : 'form';
  }

  /** Stores a value at a pointer: an immutable update, so only the objects on the path change. */
  #setValue(pointer: string, value: unknown, keepText = false): void {
    if (!keepText && (this.#texts.delete(pointer) || this.#inputErrors.delete(pointer))) this.#bump(pointer);
    this._answers = setAt(this._answers, pointer, value);
    this.#changed(pointer, value);
  }

  #changed(pointer: string, value: unknown): void {
    this.#autosave.schedule();
    this.#scheduleFormState();
    this.dispatchEvent(new EfaChangeEvent({ pointer, value, data: this._answers }));
  }

  #setText(spec: FieldSpec, text: string): void {
    const result = coerce(spec.schema, text, {
      label: spec.label,
      locale: this.locale === 'en' ? 'en' : 'de',
    });
    this.#texts.set(spec.pointer, text);
    this.#bump(spec.pointer);
    if (result.ok) {
      this.#inputErrors.delete(spec.pointer);
      this.#setValue(spec.pointer, result.value, true);
    } else {
      this.#inputErrors.set(spec.pointer, result.message);
      this.#setValue(spec.pointer, undefined, true);
    }
  }

  #setInputError(pointer: string, message: string | undefined, text?: string): void {
    if (message === undefined) {
      this.#inputErrors.delete(pointer);
      this.#texts.delete(pointer);
    } else {
      this.#inputErrors.set(pointer, message);
      if (text !== undefined) this.#texts.set(pointer, text);
    }
    this.#bump(pointer);
    this.#formStateDirty = true;
    this.requestUpdate();
    this.#refreshShownErrors();
  }

  #touch(pointer: string): void {
    if (!this._touched.has(pointer)) this._touched = new Set(this._touched).add(pointer);
    // Leaving a field is when a surrounding form may submit next: keep its validity exact.
    if (this.internals.form) this.#syncFormState();
  }

  /**
   * Value and validity for a surrounding form, brought up to date when the page is idle. Without a
   * form owner nobody reads them until `checkValidity()`, which syncs itself: large forms then pay
   * for a full validation only when asked.
   */
  #scheduleFormState(): void {
    this.#formStateDirty = true;
    clearTimeout(this.#formStateTimer);
    if (this.internals.form)
      this.#formStateTimer = setTimeout(() => whenIdle(() => this.#syncFormState()), 200);
  }

  /** Marks a field (and its ancestors) changed for the render cache. */
  #bump(pointer: string): void {
    let current = pointer;
    for (;;) {
      this.#versions.set(current, (this.#versions.get(current) ?? 0) + 1);
      if (current === '') break;
      current = current.slice(0, current.lastIndexOf('/'));
    }
  }

  #bumpAll(): void {
    for (const [key, version] of this.#versions) this.#versions.set(key, version + 1);
    this.#versions.set('', (this.#versions.get('') ?? 0) + 1);
  }

  /** Removes array item `index` at `pointer`; pointer-keyed state of later items moves up. */
  #removeItem(pointer: string, index: number): void {
    const items = this.#valueAt(pointer);
    if (!Array.isArray(items)) return;
    const prefix = pointer + '/';
    const move = <T>(map: Map<string, T>): Map<string, T> => {
      const next = new Map<string, T>();
      for (const [key, value] of map) {
        if (!key.startsWith(prefix)) {
          next.set(key, value);
          continue;
        }
        const rest = key.slice(prefix.length);
        const slash = rest.indexOf('/');
        const position = Number(slash < 0 ? rest : rest.slice(0, slash));
        if (position === index) continue;
        next.set(
          position > index ? `${prefix}${position - 1}${slash < 0 ? '' : rest.slice(slash)}` : key,
          value,
        );
      }
      return next;
    };
    this.#texts = move(this.#texts);
    this.#inputErrors = move(this.#inputErrors);
    this.#viewState = move(this.#viewState);
    this._touched = new Set(move(new Map([...this._touched].map((key) => [key, true]))).keys());
    for (const key of this.#versions.keys())
      if (key.startsWith(prefix)) this.#versions.set(key, (this.#versions.get(key) ?? 0) + 1);
    this.#bump(pointer);
    const next = items.filter((_item, position) => position !== index);
    this._answers = setAt(this._answers, pointer, next);
    this.#changed(pointer, next);
  }

  /**
   * The answers as the page shows them: every object the form renders as a fieldset exists, empty if
   * nothing was entered. So a required group that is still empty reports its missing fields
   * ("Bitte geben Sie Familienname an") instead of itself. Optional empty groups are pruned as before.
   */
  #shownData(): Record<string, unknown> {
    const root = this.#rootSpec();
    return this.#withObjects(root.schema, root.value) as Record<string, unknown>;
  }

  #withObjects(schema: JsonSchemaObject, value: unknown): unknown {
    if (value !== undefined && !isPlainObject(value)) return value;
    const object = (value ?? {}) as Record<string, unknown>;
    let result = object;
    for (const info of this.#describe(schema, object)) {
      if (!info.active || this.#widgetFor(info.schema) !== objectWidget) continue;
      const child = Object.prototype.hasOwnProperty.call(object, info.name) ? object[info.name] : undefined;
      const filled = this.#withObjects(info.schema, child);
      if (filled !== child) {
        if (result === object) result = { ...object };
        Object.defineProperty(result, info.name, {
          value: filled,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    return result;
  }

  #valueAt(pointer: string): unknown {
    let current: unknown = this._answers;
    for (const token of parsePointer(pointer)) {
      if (Array.isArray(current)) current = current[Number(token)];
      else if (isPlainObject(current) && Object.prototype.hasOwnProperty.call(current, token))
        current = current[token];
      else return undefined;
    }
    return current;
  }

  // ---------------------------------------------------------------------------------------------
  // Schema walking (core's describeObject, cached per schema and value identity)

  #describe(schema: JsonSchemaObject, value: unknown): FieldInfo[] {
    const definition = this._definition as Definition;
    let byValue = this.#describeCache.get(schema);
    if (!byValue) this.#describeCache.set(schema, (byValue = new WeakMap()));
    // Without conditional keywords the properties do not depend on the data: describe once per schema.
    const valueKey = isPlainObject(value) && !isStatic(schema) ? value : EMPTY;
    let infos: FieldInfo[] | undefined = byValue.get(valueKey);
    if (!infos) {
      const choices = discriminatorChoices(definition, schema);
      infos = describeObject(definition, schema, valueKey).map((info) => {
        const choice = choices.get(info.name);
        return choice ? { ...info, schema: choice.schema, label: choice.label } : info;
      });
      // describeObject builds fresh schema views; reuse the previous view when it has the same
      // keywords, so the per-field render cache (keyed by schema identity) keeps hitting.
      const previous = this.#previousInfos.get(schema);
      const current = new Map<string, FieldInfo>();
      infos = infos.map((info) => {
        const before = previous?.get(info.name);
        const stable =
          before && before.schema !== info.schema && shallowEqual(before.schema, info.schema)
            ? { ...info, schema: before.schema }
            : info;
        current.set(info.name, stable);
        return stable;
      });
      this.#previousInfos.set(schema, current);
      byValue.set(valueKey, infos);
    }
    return infos;
  }

  /** Position of each property in a `#describe` result. */
  #positionsOf(infos: FieldInfo[]): Map<string, number> {
    let positions = this.#positions.get(infos);
    if (!positions) {
      positions = new Map(infos.map((info, position) => [info.name, position]));
      this.#positions.set(infos, positions);
    }
    return positions;
  }

  #resolve(schema: unknown): JsonSchemaObject {
    if (isPlainObject(schema)) {
      const cached = this.#resolved.get(schema);
      if (cached) return cached;
      const resolved = resolveSchema(this._definition as Definition, schema as JsonSchemaObject);
      this.#resolved.set(schema, resolved);
      return resolved;
    }
    return resolveSchema(this._definition as Definition, schema as JsonSchemaObject);
  }

  /**
   * The cached shape of a child field; a new one only when what it is made of changed. `make` (which
   * formats pointers) runs only on a miss: this is on the path of every keystroke, once per field.
   */
  #shape(
    parent: FieldShape,
    key: string,
    part: Pick<FieldShape, 'schema' | 'label' | 'required' | 'readOnly' | 'alias'>,
    make: () => Pick<FieldShape, 'pointer' | 'idBase' | 'name'>,
  ): FieldShape {
    let children = this.#shapes.get(parent);
    if (!children) this.#shapes.set(parent, (children = new Map()));
    const cached = children.get(key);
    if (
      cached &&
      cached.schema === part.schema &&
      cached.label === part.label &&
      cached.required === part.required &&
      cached.readOnly === part.readOnly &&
      cached.alias === part.alias
    ) {
      return cached;
    }
    const shape: FieldShape = {
      ...make(),
      ...part,
      depth: parent.depth + 1,
      widget: this.#widgetFor(part.schema),
    };
    children.set(key, shape);
    return shape;
  }

  #spec(shape: FieldShape, value: unknown): FieldSpec {
    return { ...shape, shape, value };
  }

  #childShape(parent: FieldShape, info: FieldInfo): FieldShape {
    return this.#shape(
      parent,
      info.name,
      {
        schema: info.schema,
        label: info.label,
        required: info.required,
        readOnly: parent.readOnly || info.schema.readOnly === true,
        alias: false,
      },
      () => ({
        pointer: joinPointer(parent.pointer, info.name),
        idBase: joinPointer(parent.idBase, info.name),
        name: info.name,
      }),
    );
  }

  #childSpec(parent: FieldSpec, info: FieldInfo): FieldSpec {
    return this.#spec(this.#childShape(parent.shape, info), ownProperty(parent.value, info.name));
  }

  /**
   * Shapes and values of a step's fields. When every field is top-level (the common case, and the
   * generated single step) the shapes are reused while the root's properties are unchanged, so a
   * keystroke costs one property read per field.
   */
  #stepFields(step: StepDefinition): [FieldShape, unknown][] {
    const root = this.#rootSpec();
    const topLevel = step.fields.every((pointer) => this.#tokens(pointer).length === 1);
    if (!topLevel) {
      return step.fields
        .map((pointer) => this.#specAt(pointer))
        .filter((spec): spec is FieldSpec => spec !== undefined)
        .map((spec) => [spec.shape, spec.value]);
    }
    const infos = this.#describe(root.schema, root.value);
    let cached = this.#stepShapes.get(step);
    if (!cached || cached.infos !== infos || cached.root !== root.shape) {
      const positions = this.#positionsOf(infos);
      const shapes: FieldShape[] = [];
      for (const pointer of step.fields) {
        const info = infos[positions.get(this.#tokens(pointer)[0] as string) ?? -1];
        if (info?.active) shapes.push(this.#childShape(root.shape, info));
      }
      this.#stepShapes.set(step, (cached = { infos, root: root.shape, shapes }));
    }
    return cached.shapes.map((shape) => [shape, ownProperty(root.value, shape.name)]);
  }

  /** The root of the data as a field (never rendered itself). */
  #rootSpec(): FieldSpec {
    const definition = this._definition as Definition;
    if (
      this.#rootShape?.schema !== this.#resolve(definition.schema) ||
      this.#rootShape.label !== definition.title
    ) {
      this.#rootShape = {
        pointer: '',
        idBase: '',
        name: '',
        schema: this.#resolve(definition.schema),
        label: definition.title,
        required: true,
        readOnly: false,
        depth: -1,
        alias: false,
        widget: objectWidget,
      };
    }
    return this.#spec(this.#rootShape, this._answers);
  }

  /** Tokens of a pointer, parsed once. */
  #tokens(pointer: string): string[] {
    let tokens = this.#parsed.get(pointer);
    if (!tokens) this.#parsed.set(pointer, (tokens = parsePointer(pointer)));
    return tokens;
  }

  /**
   * The field at a step's pointer (`/inhaber`, `/betrieb/anschrift`), or `undefined` when it is not
   * active for the current answers. `order` collects property positions for sorting errors.
   */
  #specAt(pointer: string, order?: number[]): FieldSpec | undefined {
    let spec = this.#rootSpec();
    for (const token of this.#tokens(pointer)) {
      const next = this.#child(spec, token, order);
      if (!next) return undefined;
      spec = next;
    }
    return spec;
  }

  /** One level down from a container field, as the container widget renders it. */
  #child(spec: FieldSpec, token: string, order?: number[]): FieldSpec | undefined {
    const widget = spec.widget;
    if (widget === repeatGroupWidget) {
      const position = Number(token);
      if (!Array.isArray(spec.value) || !/^\d+$/.test(token) || position >= spec.value.length)
        return undefined;
      order?.push(position);
      return this.#itemSpec(spec, position, undefined);
    }
    let schema = spec.schema;
    if (widget === alternativesWidget) {
      const branch = this.#chosenBranch(spec);
      if (!branch || fieldKind(branch) !== 'object') return undefined;
      schema = branch;
    } else if (widget !== objectWidget) {
      return undefined;
    }
    const infos = this.#describe(schema, spec.value);
    const index = this.#positionsOf(infos).get(token) ?? -1;
    if (index < 0 || !infos[index]?.active) return undefined;
    order?.push(index);
    return this.#childSpec(spec, infos[index] as FieldInfo);
  }

  /** An array item (the repeat group renders it with a numbered label). */
  #itemSpec(
    parent: FieldSpec,
    position: number,
    options: ChildOptions | undefined,
    schema = this.#resolve(parent.schema.items),
  ): FieldSpec {
    const value = Array.isArray(parent.value) ? parent.value[position] : undefined;
    const token = String(position);
    // Walks (errors, review) and renders label items differently: separate cache entries.
    const shape = this.#shape(
      parent.shape,
      options ? token : `${token}\u0000walk`,
      {
        schema,
        label: options?.label ?? parent.label,
        required: options?.required ?? true,
        readOnly: parent.readOnly || schema.readOnly === true,
        alias: false,
      },
      () => ({
        pointer: joinPointer(parent.pointer, token),
        idBase: joinPointer(parent.idBase, token),
        name: token,
      }),
    );
    return this.#spec(shape, value);
  }

  #chosenBranch(spec: FieldSpec): JsonSchemaObject | undefined {
    const branches = (alternativesOf(spec.schema) ?? []).map((branch) => this.#resolve(branch));
    const stored = this.#viewState.get(`${spec.pointer}\u0000variant`);
    if (typeof stored === 'number') return branches[stored];
    // Same guess as the widget: the alternative whose properties fit the data best.
    const keys = isPlainObject(spec.value) ? Object.keys(spec.value) : [];
    let best = branches[0];
    let bestScore = -Infinity;
    for (const branch of branches) {
      const names = isPlainObject(branch.properties) ? Object.keys(branch.properties) : [];
      const score =
        keys.filter((key) => names.includes(key)).length - keys.filter((key) => !names.includes(key)).length;
      if (score > bestScore) [best, bestScore] = [branch, score];
    }
    return best;
  }

  #widgetFor(schema: JsonSchemaObject): Widget | undefined {
    return this.widgets.find(schema, hintsOf(schema));
  }

  // ---------------------------------------------------------------------------------------------
  // Steps

  /** The steps that have at least one active field, in order. */
  #activeSteps(): StepDefinition[] {
    const steps = this._definition?.steps ?? [];
    const active = steps.filter((step) => step.fields.some((pointer) => this.#specAt(pointer) !== undefined));
    return active.length > 0 ? active : steps.slice(0, 1);
  }

  #currentStep(steps = this.#activeSteps()): StepDefinition | undefined {
    return steps.find((step) => step.id === this._stepId) ?? steps[0];
  }

  #show(view: View, stepId = this._stepId): void {
    const steps = this.#activeSteps();
    const previous = this.currentStep;
    this._view = view;
    if (stepId !== undefined) this._stepId = stepId;
    this.#pendingFocus = 'step-heading';
    if (view === 'submitted') this.#autosave.clear();
    else this.#autosave.schedule();
    const index =
      view === 'form'
        ? Math.max(
            0,
            steps.findIndex((step) => step.id === this._stepId),
          )
        : steps.length;
    const step = view === 'form' ? (this._stepId ?? '') : view;
    this.dispatchEvent(new EfaStepChangeEvent({ step, index, total: steps.length, previous }));
  }

  /** Continue: validates the current step only; on errors the summary takes focus. */
  #next(): void {
    const steps = this.#activeSteps();
    const step = this.#currentStep(steps);
    if (!step) return;
    this._attempted = new Set(this._attempted).add(step.id);
    this.#refreshShownErrors();
    if (this.#stepErrors(step).length > 0) {
      this.#pendingFocus = 'error-summary';
      this.requestUpdate();
      return;
    }
    const position = steps.indexOf(step);
    if (this.#fromReview || position === steps.length - 1) {
      this.#fromReview = false;
      this.#show('review');
    } else {
      this.#show('form', steps[position + 1]?.id);
    }
  }

  #back(): void {
    const steps = this.#activeSteps();
    if (this._view === 'review') return this.#show('form', steps[steps.length - 1]?.id);
    const position = steps.findIndex((step) => step.id === this._stepId);
    if (position > 0) this.#show('form', steps[position - 1]?.id);
  }

  #submit(): void {
    const definition = this._definition;
    if (!definition) return;
    const steps = this.#activeSteps();
    // Every step was checked on its way here, but a change on an earlier page can break a later rule.
    for (const step of steps) {
      if (this.#stepErrors(step).length > 0) {
        this._attempted = new Set(this._attempted).add(step.id);
        this.#show('form', step.id);
        this.#pendingFocus = 'error-summary';
        return;
      }
    }
    const data = prune(definition, this.#shownData());
    const result = this.#getValidator().validate(data);
    if (!result.valid) {
      // Errors outside every step's fields (a rule on the whole object): show them on the last step.
      const last = steps[steps.length - 1];
      if (last) this._attempted = new Set(this._attempted).add(last.id);
      this.#show('form', last?.id);
      this.#pendingFocus = 'error-summary';
      return;
    }
    const event = new EfaSubmitEvent({ data, serviceId: definition.id, version: definition.version });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    this.#autosave.clear();
    this._restoredAt = undefined;
    if (this.internals.form) {
      this.#syncFormState();
      this.internals.form.requestSubmit();
    } else {
      this.#show('submitted');
    }
  }

  #discardDraft(): void {
    this.#replaceAnswers(this.data ?? EMPTY, 'reset');
    this._announcement = this.#strings().draftDiscarded;
    this.#show('form', this._definition?.steps[0]?.id);
    this.#autosave.clear();
  }

  #announce(message: string): void {
    // The same text twice in a row would not be announced again; a trailing no-break space makes it new.
    this._announcement = this._announcement === message ? `${message}\u00a0` : message;
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  /** All errors of a step: input errors (not a number, ...) first, then core's `validateStep`. */
  #stepErrors(step: StepDefinition): ShownError[] {
    const definition = this._definition;
    if (!definition) return [];
    const inStep = (pointer: string): boolean => stepFieldIndex(step, pointer) >= 0;
    const errors: { pointer: string; message: string }[] = [];
    for (const [pointer, message] of this.#inputErrors)
      if (inStep(pointer)) errors.push({ pointer, message });
    const started = performance.now();
    const result = this.#getValidator().validateStep(this.#shownData(), step.id);
    this.#validationCost = performance.now() - started;
    for (const error of result.errors) {
      if (!this.#inputErrors.has(error.pointer)) errors.push(error);
    }
    const byTarget = new Map<string, ShownError>();
    for (const error of errors) {
      const shown = this.#target(step, error.pointer, error.message);
      if (!byTarget.has(shown.target)) byTarget.set(shown.target, shown);
    }
    return [...byTarget.values()].sort((a, b) => compareOrder(a.order, b.order));
  }

  /** The rendered field an error pointer belongs to: the deepest field on its path the page shows. */
  #target(step: StepDefinition, pointer: string, message: string): ShownError {
    const fieldIndex = stepFieldIndex(step, pointer);
    const fieldPointer = step.fields[Math.max(0, fieldIndex)] ?? '';
    const order = [fieldIndex < 0 ? Number.MAX_SAFE_INTEGER : fieldIndex];
    let spec: FieldSpec | undefined = this.#specAt(fieldPointer);
    if (spec && fieldIndex >= 0) {
      for (const token of parsePointer(pointer).slice(parsePointer(fieldPointer).length)) {
        const current: FieldSpec = spec;
        const next: FieldSpec | undefined = CONTAINERS.has(this.#widgetFor(current.schema) as Widget)
          ? this.#child(current, token, order)
          : undefined;
        if (!next) break;
        spec = next;
      }
    }
    const target = spec?.pointer ?? fieldPointer;
    return { target, focusId: fieldId(spec?.idBase ?? fieldPointer), message, order };
  }

  /** Recomputes which errors show (touched fields, or all after a continue attempt). */
  #refreshShownErrors(): void {
    clearTimeout(this.#liveTimer);
    const previous = this.#shown;
    const next = new Map<string, ShownError>();
    const step = this._definition && this._view === 'form' ? this.#currentStep() : undefined;
    if (step) {
      const attempted = this._attempted.has(step.id);
      const touchedHere = [...this._touched].some((pointer) => stepFieldIndex(step, pointer) >= 0);
      if (attempted || touchedHere) {
        for (const error of this.#stepErrors(step)) {
          if (attempted || this.#isTouched(error.target)) next.set(error.target, error);
        }
      }
    }
    for (const [pointer, error] of next)
      if (previous.get(pointer)?.message !== error.message) this.#bump(pointer);
    for (const pointer of previous.keys()) if (!next.has(pointer)) this.#bump(pointer);
    this.#shown = next;
  }

  /** A field counts as touched when it or a field inside it was. */
  #isTouched(pointer: string): boolean {
    if (this._touched.has(pointer)) return true;
    for (const touched of this._touched) if (touched.startsWith(pointer + '/')) return true;
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Form association

  /** Gives the surrounding form the pruned answers as JSON and the validity of all answers. */
  #syncFormState(): void {
    clearTimeout(this.#formStateTimer);
    if (!this._definition || !this.#formStateDirty) return;
    this.#formStateDirty = false;
    const value = JSON.stringify(prune(this._definition, this._answers));
    const state: SavedState = {
      data: this._answers,
      step: this._stepId,
      view: this._view === 'review' ? 'review' : 'form',
    };
    this.setFormState(value, JSON.stringify(state));
    const { valid, errors } = this.validate();
    if (valid) return this.setValidityMessage(undefined);
    const root = this.renderRoot as ShadowRoot;
    const firstShown = [...this.#shown.values()][0];
    const anchor =
      (firstShown && root.getElementById?.(firstShown.focusId)) ||
      root.querySelector?.<HTMLElement>('[aria-invalid="true"]') ||
      root.querySelector?.<HTMLElement>('button[type="submit"]') ||
      undefined;
    this.setValidityMessage(this.#strings().invalidForm(errors.length), anchor ?? undefined);
  }

  protected override syncValidity(): void {
    this.#formStateDirty = true;
    this.#syncFormState();
  }

  protected override resetValue(): void {
    this.#autosave.clear();
    this.#replaceAnswers(this.data ?? EMPTY, 'reset');
    this.#syncFormState();
  }

  protected override restoreState(state: string): void {
    try {
      const saved = JSON.parse(state) as SavedState;
      if (isPlainObject(saved) && isPlainObject(saved.data)) this.#applyState(saved);
    } catch {
      // A state we did not write: ignore it, the form starts fresh.
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_answers') || changed.has('_stepId') || changed.has('_view')) this.#scheduleFormState();
    if (changed.has('_definition') && this._definition) {
      if (this.internals.form) {
        // Inside a native form the validity must be right from the start: the form may submit any time.
        this.#syncFormState();
      } else if (!this.#validator) {
        // Compiling the validator is the slowest part of start-up; do it when the page is idle, not before the first paint.
        whenIdle(() => {
          if (this._definition) this.#getValidator();
        });
      }
    }
    if (this.#pendingFocus !== undefined) {
      const id = this.#pendingFocus;
      this.#pendingFocus = undefined;
      this.#focus(id);
    }
  }

  #focus(id: string): void {
    const root = this.renderRoot as ShadowRoot;
    const element = root.getElementById(id);
    if (!element) return;
    const target =
      element.dataset.focus === 'first'
        ? (element.querySelector<HTMLElement>(
            'input:not([disabled]), select:not([disabled]), textarea:not([disabled])',
          ) ??
          element.querySelector<HTMLElement>('button:not([disabled])') ??
          element)
        : element;
    target.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#fetchAbort?.abort();
    clearTimeout(this.#formStateTimer);
    clearTimeout(this.#liveTimer);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  #strings(): UiStrings {
    return stringsFor(this.locale);
  }

  #heading(level: number, id: string, part: string, content: unknown): TemplateResult {
    const tag = unsafeStatic(`h${Math.min(6, Math.max(1, level))}`);
    return staticHtml`<${tag} id=${id} part=${part} class=${part} tabindex="-1">${content}</${tag}>`;
  }

  protected override render(): TemplateResult {
    const strings = this.#strings();
    return html`<div part="base" class="base" lang=${strings.lang}>
      <div class="visually-hidden" role="status">${this._announcement}</div>
      ${
        this._loadError
          ? html`<div class="load-error" role="alert">
              <p>${strings.loadFailed}</p>
              <p>${this._loadError.message}</p>
              ${
                this._loadError.problems.length > 0
                  ? html`<ul>
                      ${this._loadError.problems.map((problem) => html`<li>${problem}</li>`)}
                    </ul>`
                  : nothing
              }
            </div>`
          : !this._definition
            ? html`<p class="loading" role="status">${strings.loading}</p>`
            : this.#renderDefinition(this._definition, strings)
      }
    </div>`;
  }

  #renderDefinition(definition: Definition, strings: UiStrings): TemplateResult {
    const level = this.headingLevel;
    const title = this.#heading(level, 'title', 'title', definition.title);
    if (this._view === 'submitted') {
      return html`${title}
        <div class="submitted">
          ${this.#heading(level + 1, 'step-heading', 'step-heading', strings.submittedHeading)}
          <slot name="submitted"><p>${strings.submittedText}</p></slot>
        </div>`;
    }
    const steps = this.#activeSteps();
    const step = this.#currentStep(steps);
    const position =
      this._view === 'review' ? steps.length : Math.max(0, steps.indexOf(step as StepDefinition));
    const disabled = this.formDisabled;
    return html`${title}
      ${
        this._restoredAt
          ? html`<div part="notice" class="notice">
              <p>${strings.draftRestored(this._restoredAt)}</p>
              <button
                type="button"
                part="button button-secondary"
                class="button button--secondary"
                @click=${this.#discardDraft}
              >
                ${strings.discardDraft}
              </button>
            </div>`
          : nothing
      }
      ${position === 0 && this._view === 'form' ? html`<slot name="intro"></slot>` : nothing}
      <form class="form" novalidate @submit=${this.#onSubmit}>
        ${this._view === 'review' ? this.#renderReview(steps, strings, level + 1) : this.#renderStep(step, steps, position, strings, level + 1)}
        <div part="actions" class="actions">
          ${
            this._view === 'review'
              ? html`<button
                  type="submit"
                  part="button button-primary"
                  class="button button--primary"
                  ?disabled=${disabled}
                >
                  ${strings.submit}
                </button>`
              : html`<button
                  type="submit"
                  part="button button-primary"
                  class="button button--primary"
                  ?disabled=${disabled}
                >
                  ${this.#fromReview || position === steps.length - 1 ? strings.toReview : strings.next}
                </button>`
          }
          ${
            position > 0
              ? html`<button
                  type="button"
                  part="button button-secondary"
                  class="button button--secondary"
                  ?disabled=${disabled}
                  @click=${this.#back}
                >
                  ${strings.back}
                </button>`
              : nothing
          }
        </div>
      </form>`;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.formDisabled) return;
    if (this._view === 'review') this.#submit();
    else this.#next();
  }

  #renderProgress(position: number, total: number, strings: UiStrings): TemplateResult | typeof nothing {
    if (total < 2) return nothing;
    const shown = Math.min(position + 1, total);
    return html`<div class="progress-wrap">
      <p part="progress" class="progress">${strings.stepOf(shown, total)}</p>
      <div part="progress-bar" class="progress-bar" aria-hidden="true">
        <span style=${`inline-size:${(shown / total) * 100}%`}></span>
      </div>
    </div>`;
  }

  #renderStep(
    step: StepDefinition | undefined,
    steps: StepDefinition[],
    position: number,
    strings: UiStrings,
    level: number,
  ): TemplateResult {
    if (!step) return html``;
    const attempted = this._attempted.has(step.id);
    const summary = attempted ? [...this.#shown.values()] : [];
    const fields = this.#stepFields(step);
    return html`${this.#renderProgress(position, steps.length, strings)}
      ${summary.length > 0 ? this.#renderSummary(summary, strings, level) : nothing}
      ${this.#heading(level, 'step-heading', 'step-heading', step.title)}
      ${step.description ? html`<p part="hint" class="hint step-hint">${step.description}</p>` : nothing}
      <p class="hint required-note">${strings.requiredNote}</p>
      <div class="fields">
        ${repeat(
          fields,
          ([shape]) => shape.pointer,
          ([shape, value]) => this.#renderField(shape, value),
        )}
      </div>`;
  }

  #renderSummary(errors: ShownError[], strings: UiStrings, level: number): TemplateResult {
    const focusField = (event: Event, id: string): void => {
      event.preventDefault();
      this.#focus(id);
    };
    return html`<div
      part="error-summary"
      class="error-summary"
      id="error-summary"
      tabindex="-1"
      aria-labelledby="error-summary-title"
    >
      ${this.#heading(level, 'error-summary-title', 'error-summary-title', strings.errorSummaryTitle)}
      <ul class="error-summary-list">
        ${errors.map(
          (error) =>
            html`<li>
              <a
                part="error-summary-link"
                href=${`#${error.focusId}`}
                @click=${(event: Event) => focusField(event, error.focusId)}
                >${error.message}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** One field through its widget, cached: it re-renders only when its value, shape or state changed. */
  #renderField(shape: FieldShape, value: unknown): unknown {
    const widget = shape.widget;
    if (!widget) return nothing;
    const strings = this.#strings();
    return guard([shape, value, this.#versions.get(shape.pointer) ?? 0, this.formDisabled, strings], () =>
      widget.render(this.#context(this.#spec(shape, value), strings)),
    );
  }

  /**
   * The methods of every widget context, created once per form: they find their field through the
   * context they are called on (`this[SPEC]`, copied along when a widget spreads the context), so a
   * thousand fields do not hold twenty closures each. `touch` is the exception: widgets pass it as an
   * event listener, so each context gets its own bound copy.
   */
  readonly #contextMethods = EfaForm.#contextMethodsFor(this);

  static #contextMethodsFor(form: EfaForm): Omit<WidgetContext, keyof ContextData | 'touch'> {
    type Self = WidgetContext & { [SPEC]: FieldSpec };
    const viewKey = (self: Self, key: string): string => `${self[SPEC].pointer}\u0000${key}`;
    return {
      setValue(this: Self, value: unknown) {
        form.#setValue(this[SPEC].pointer, value);
      },
      setText(this: Self, text: string) {
        form.#setText(this[SPEC], text);
      },
      setInputError(this: Self, message: string | undefined, text?: string) {
        form.#setInputError(this[SPEC].pointer, message, text);
      },
      announce(message: string) {
        form.#announce(message);
      },
      focusAfterRender(id: string) {
        form.#pendingFocus = id;
        form.requestUpdate();
      },
      getViewState<T>(this: Self, key: string): T | undefined {
        return form.#viewState.get(viewKey(this, key)) as T | undefined;
      },
      setViewState(this: Self, key: string, value: unknown) {
        if (value === undefined) form.#viewState.delete(viewKey(this, key));
        else form.#viewState.set(viewKey(this, key), value);
        form.#bump(this[SPEC].pointer);
        form.requestUpdate();
      },
      addItem(this: Self, value: unknown): number {
        const current = form.#valueAt(this[SPEC].pointer);
        const items = Array.isArray(current) ? current : [];
        form.#setValue(this[SPEC].pointer, [...items, value]);
        return items.length;
      },
      removeItem(this: Self, index: number) {
        form.#removeItem(this[SPEC].pointer, index);
      },
      resolve(schema: unknown): JsonSchemaObject {
        return form.#resolve(schema);
      },
      renderProperties(this: Self, schema?: JsonSchemaObject): unknown {
        return form.#renderProperties(this[SPEC], schema ?? this[SPEC].schema);
      },
      renderChild(
        this: Self,
        token: string | number | null,
        schema: JsonSchemaObject,
        options?: ChildOptions,
      ): unknown {
        return form.#renderChild(this[SPEC], token, schema, options);
      },
    };
  }

  #context(spec: FieldSpec, strings: UiStrings): WidgetContext {
    const { pointer } = spec;
    const control = fieldId(spec.idBase);
    const ids: FieldIds = {
      control,
      label: `${control}-label`,
      hint: `${control}-hint`,
      error: `${control}-error`,
    };
    const description =
      typeof spec.schema.description === 'string' && spec.schema.description !== ''
        ? spec.schema.description
        : undefined;
    const error = spec.alias ? undefined : this.#shown.get(pointer)?.message;
    const items = spec.schema.items;
    const options =
      optionsOf(spec.schema) ?? (isPlainObject(items) ? optionsOf(this.#resolve(items)) : undefined) ?? [];
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
      disabled: this.formDisabled,
      value: spec.value,
      text: this.#texts.get(pointer),
      error,
      describedBy: describedBy({
        hint: description ? ids.hint : undefined,
        error: error ? ids.error : undefined,
      }),
      options,
      locale: this.locale === 'en' ? 'en' : 'de',
      strings,
      depth: spec.depth,
    };
    return Object.assign(data, this.#contextMethods, { [SPEC]: spec, touch: () => this.#touch(pointer) });
  }

  #renderProperties(parent: FieldSpec, schema: JsonSchemaObject): unknown {
    const infos = this.#describe(schema, parent.value).filter((info) => info.active);
    return repeat(
      infos,
      (info) => info.name,
      (info) => this.#renderField(this.#childShape(parent.shape, info), ownProperty(parent.value, info.name)),
    );
  }

  #renderChild(
    parent: FieldSpec,
    token: string | number | null,
    schema: JsonSchemaObject,
    options: ChildOptions = {},
  ): unknown {
    if (token !== null && Array.isArray(parent.value)) {
      const item = this.#itemSpec(parent, Number(token), options, schema);
      return this.#renderField(item.shape, item.value);
    }
    const key = token === null ? '\u0000variant' : String(token);
    const value =
      token === null ? parent.value : isPlainObject(parent.value) ? parent.value[String(token)] : undefined;
    const shape = this.#shape(
      parent.shape,
      key,
      {
        schema,
        label: options.label ?? parent.label,
        required: options.required ?? parent.required,
        readOnly: parent.readOnly || schema.readOnly === true,
        alias: token === null,
      },
      () => ({
        pointer: token === null ? parent.pointer : joinPointer(parent.pointer, token),
        idBase: token === null ? `${parent.idBase}/~v` : joinPointer(parent.idBase, token),
        name: token === null ? parent.name : String(token),
      }),
    );
    return this.#renderField(shape, value);
  }

  // ---------------------------------------------------------------------------------------------
  // Review

  #renderReview(steps: StepDefinition[], strings: UiStrings, level: number): TemplateResult {
    return html`${this.#heading(level, 'step-heading', 'step-heading', strings.reviewHeading)}
      <p class="hint">${strings.reviewIntro}</p>
      ${steps.map(
        (step) =>
          html`<section class="review-step" aria-labelledby=${`review-${fieldId(step.id)}`}>
            <div class="review-step-head">
              ${this.#heading(level + 1, `review-${fieldId(step.id)}`, 'review-heading', step.title)}
              <button
                type="button"
                part="button button-secondary change-button"
                class="button button--secondary button--small"
                ?disabled=${this.formDisabled}
                @click=${() => {
                  this.#fromReview = true;
                  this.#show('form', step.id);
                }}
              >
                ${strings.change}<span class="visually-hidden">${strings.changeWhat(step.title)}</span>
              </button>
            </div>
            <dl part="review" class="review-list">
              ${step.fields.map((pointer) => {
                const spec = this.#specAt(pointer);
                return spec ? this.#reviewRow(spec, strings) : nothing;
              })}
            </dl>
          </section>`,
      )}`;
  }

  #reviewRow(spec: FieldSpec, strings: UiStrings): TemplateResult {
    const widget = this.#widgetFor(spec.schema);
    if (
      widget === objectWidget ||
      (widget === alternativesWidget && fieldKind(this.#chosenBranch(spec) ?? {}) === 'object')
    ) {
      const schema = widget === objectWidget ? spec.schema : (this.#chosenBranch(spec) as JsonSchemaObject);
      const children = this.#describe(schema, spec.value).filter((info) => info.active);
      return html`<div class="review-row review-row--group">
        <dt>${spec.label}</dt>
        <dd>
          <dl class="review-list">
            ${children.map((info) => this.#reviewRow(this.#childSpec(spec, info), strings))}
          </dl>
        </dd>
      </div>`;
    }
    if (widget === repeatGroupWidget && Array.isArray(spec.value) && spec.value.length > 0) {
      const itemSchema = this.#resolve(spec.schema.items);
      const itemName =
        typeof itemSchema.title === 'string' && itemSchema.title !== '' ? itemSchema.title : spec.label;
      return html`<div class="review-row review-row--group">
        <dt>${spec.label}</dt>
        <dd>
          <dl class="review-list">
            ${spec.value.map((_item, index) => {
              const child = this.#child(spec, String(index));
              return child
                ? this.#reviewRow({ ...child, label: strings.itemLabel(itemName, index + 1) }, strings)
                : nothing;
            })}
          </dl>
        </dd>
      </div>`;
    }
    const text = displayValue(spec.schema, spec.value, strings, this.locale);
    return html`<div class="review-row">
      <dt>${spec.label}</dt>
      <dd>${text === '' ? html`<span class="muted">${strings.noAnswer}</span>` : text}</dd>
    </div>`;
  }
}
