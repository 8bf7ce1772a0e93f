// Stryker disable all: rendering and wiring are covered by the browser suite and axe; only the submit
// guard below is mutated (stryker.config.mjs, docs/testing.md).
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  activeSteps,
  coerce,
  inStepScope,
  stepFieldIndex,
  createValidator,
  isPlainObject,
  joinPointer,
  prune,
  type CompiledService,
  type Definition,
  type JsonSchemaObject,
  type Locale,
  type StepDefinition,
  type ValidationError,
  type Validator,
} from '@efa-forms/core/engine';
import { FormAssociatedElement } from './form-associated-element.js';
import { AutosaveController, type AutosaveStorage } from './controllers/autosave-controller.js';
import { DefinitionLoaderController } from './controllers/definition-loader-controller.js';
import { EfaChangeEvent, EfaSubmitEvent } from './events.js';
import { defaultRegistry } from './default-registry.js';
import type { ChildOptions, WidgetRegistry } from './widget-registry.js';
import { onLocaleAdded, shownLocale, stringsFor } from './locales/index.js';
import type { UiStrings } from './locales/ui-strings.js';
import { efaFormStyles } from './efa-form.styles.js';
import { jsonAttribute } from './internal/json-attribute.js';
import { whenIdle } from './internal/when-idle.js';
import { EMPTY, ownProperty } from './internal/object-helpers.js';
import { FormState } from './internal/form-state.js';
import { WidgetContextFactory } from './internal/widget-context.js';
import { AnswerCheck } from './internal/answer-check.js';
import { FieldModel, type FieldShape, type FieldSpec } from './internal/field-model.js';
import { ShownErrors } from './internal/shown-errors.js';
import { StepNavigationController, type View } from './controllers/step-navigation-controller.js';
import { heading } from './internal/heading.js';
import { stepProgress } from './internal/step-progress.js';
import { errorSummary } from './internal/error-summary.js';
import { reviewPage } from './internal/review-page.js';

/** What autosave and form-state restore keep. */
interface SavedState {
  data: Record<string, unknown>;
  step: string | undefined;
  view: 'form' | 'review';
}

/**
 * An accessible online form for one administrative service, rendered from its service definition
 * (or any JSON Schema): every field with label, hint, required marker and inline error, a wizard with
 * one page per step, an error summary, a review page and a submit that delivers pruned, valid data.
 *
 * Importing `@efa-forms/elements/define` (or calling `defineEfaForm()`) registers it as `<efa-form>`;
 * importing the class has no side effect. Inside a native `<form>` it is a form
 * control: its answers are submitted as JSON under its `name`.
 *
 * @tagname efa-form
 * @summary Renders a service definition as an accessible multi-step form.
 *
 * @event efa-submit - `EfaSubmitEvent`: valid answers were submitted on the review page. `detail: {data, serviceId, version}` with `data` pruned. Cancelable: `preventDefault()` keeps the review page and the draft.
 * @event efa-change - `EfaChangeEvent`: an answer changed. `detail: {pointer, value, data}`.
 * @event efa-load-error - `EfaLoadErrorEvent`: the definition could not be loaded. `detail: {message, problems, src, error}`; the form shows the message.
 * @event efa-step-change - `EfaStepChangeEvent`: another page is shown. `detail: {step, index, total, previous}`.
 * @cssstate user-invalid - Errors are shown to the person (after interacting or trying to continue).
 * @cssstate valid - The answers passed core's validator at the last check (each change while errors show or inside a `<form>`, and `checkValidity()`).
 * @cssstate required - The service has required fields.
 * @event invalid - Fired by `checkValidity()`/`reportValidity()` (and the surrounding form) while answers are invalid; the form then shows its errors.
 *
 * @attr {boolean} disabled - Disables every control and button (also a disabled `<fieldset>` around the form does).
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
 * @csspart input - A text-like `<input>` (text, email, tel, url, number, date, time); also has `control`.
 * @csspart textarea - A `<textarea>` (long text, JSON); also has `control`.
 * @csspart select - A `<select>` (long option lists); also has `control`.
 * @csspart radio - A radio button (short option lists, alternatives); also has `control`.
 * @csspart checkbox - A checkbox (yes/no, several options); also has `control`.
 * @csspart file - A file `<input>`; also has `control`.
 * @csspart readonly - A read-only value (`readOnly: true`); also has `control` and `input`.
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

  // Lit's reactive properties, declared without decorators: the decorator helpers and Lit's
  // `property`/`state` decorators cost about 1.5 KB of the one-file bundle (docs/elements.md).
  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
    service: { attribute: false },
    schema: { attribute: false },
    src: {},
    tenant: { converter: jsonAttribute },
    data: { converter: jsonAttribute },
    locale: { reflect: true },
    autosave: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    liveValidationBudget: { attribute: false },
    widgets: { attribute: false },
    _definition: { state: true },
    _stepId: { state: true },
    _view: { state: true },
    _attempted: { state: true },
    _announcement: { state: true },
    _restoredAt: { state: true },
  };

  /**
   * The service definition (`.service.json` content), loaded with core's `loadDefinition` for `tenant`
   * and `locale`. A `Definition` that `loadDefinition` already returned for the same locale is used as it is.
   */
  declare definition: unknown;

  /**
   * A service compiled by `efa compile` (the default export of its module): runs without a compiler,
   * under a strict Content-Security-Policy. Takes `tenant` and `locale` as the service allows.
   */
  declare service: CompiledService | undefined;

  /** A plain JSON Schema to render instead of a service definition (wrapped with `fromJsonSchema`). */
  declare schema: unknown;

  /**
   * URL of the service when neither `service` nor `definition` is set: a compiled service module
   * (`.js`/`.mjs`, loaded with `import()`) or a `.service.json` (fetched; needs the runtime compiler).
   */
  declare src: string | undefined;

  /** The reusing municipality's configuration (fills `{tenant.*}` texts). The attribute takes JSON. */
  declare tenant: unknown;

  /** Initial answers. Setting it replaces the current answers. The attribute takes JSON. */
  declare data: Record<string, unknown> | undefined;

  /** Language of the form: `de` (default) or `en`. Schema texts come from the definition's translations. */
  locale: Locale = 'de';

  /** Keep a draft in `local` or `session` storage and offer it after a reload. Off when not set. */
  declare autosave: AutosaveStorage | undefined;

  /** Level of the service title heading; step headings are one level below. */
  headingLevel = 2;

  /**
   * Milliseconds a check of the answers may take and still run on every keystroke (12, below one
   * frame). Slower checks (very large forms, slow devices) update the shown errors when typing
   * pauses (150 ms) instead, so typing stays fluid. The check's cost is measured on the device.
   */
  liveValidationBudget = 12;

  /** The widgets this form chooses from (defaults to the shared registry with the built-in widgets). */
  widgets: WidgetRegistry = defaultRegistry;

  declare private _definition: Definition | undefined;
  declare private _stepId: string | undefined;
  private _view: View = 'form';
  /** Steps where continuing was attempted: all their errors show. */
  private _attempted: ReadonlySet<string> = new Set();
  private _announcement = '';
  declare private _restoredAt: Date | undefined;

  /** Answers, typed texts, input errors, view state, touched fields (re-renders through `_answers`/`_touched`). */
  readonly #state = new FormState((what, before) =>
    this.requestUpdate(what === 'answers' ? '_answers' : '_touched', before),
  );
  /** The answers as reactive state (changes come from `#state`). */
  private get _answers(): Record<string, unknown> {
    return this.#state.answers;
  }
  /** The touched fields as reactive state (changes come from `#state`). */
  private get _touched(): ReadonlySet<string> {
    return this.#state.touched;
  }
  #validator: Validator | undefined;
  #validatorLocale: Locale | undefined;
  #liveTimer: ReturnType<typeof setTimeout> | undefined;
  #formStateDirty = true;
  #formStateTimer: ReturnType<typeof setTimeout> | undefined;
  #loadedKey: string | undefined;

  readonly #loader = new DefinitionLoaderController(this, {
    service: () => this.service,
    definition: () => this.definition,
    schema: () => this.schema,
    src: () => this.src,
    tenant: () => this.tenant,
    locale: () => this.#locale(),
  });

  readonly #autosave = new AutosaveController<SavedState>(this, {
    storage: () => (this.autosave === 'local' || this.autosave === 'session' ? this.autosave : undefined),
    key: () => (this._definition ? `${this._definition.id}@${this._definition.version}` : undefined),
    state: () => ({
      data: this._answers,
      step: this._stepId,
      view: this._view === 'review' ? 'review' : 'form',
    }),
  });

  readonly #model = new FieldModel({
    definition: () => this._definition as Definition,
    widgets: () => this.widgets,
    answers: () => this._answers,
    viewState: (key) => this.#state.viewState(key),
  });

  readonly #check = new AnswerCheck({
    definition: () => this._definition as Definition,
    validator: () => this.#getValidator(),
    shownData: () => this.#model.shownData(),
    answers: () => this._answers,
    checked: (result) => this.setCustomState('valid', result.valid && this.#state.inputErrors.size === 0),
  });

  readonly #errors = new ShownErrors({
    model: this.#model,
    check: () => this.#check.get().result.errors,
    loaded: () => this._definition !== undefined,
    activeSteps: (): readonly StepDefinition[] => this.#steps.activeSteps(),
    inputErrors: () => this.#state.inputErrors,
    serverErrors: () => this.#state.serverErrors,
    touched: () => this._touched,
    bump: (pointer) => this.#state.bump(pointer),
  });

  readonly #steps = new StepNavigationController(this, {
    steps: () => this._definition?.steps ?? [],
    active: () => this.#activeSteps(),
    view: () => this._view,
    stepId: () => this._stepId,
    setPage: (view, stepId) => {
      this._view = view;
      if (stepId !== undefined) this._stepId = stepId;
    },
    attempt: (step) => {
      this._attempted = new Set(this._attempted).add(step.id);
      this.#refreshShownErrors();
      // The refresh just placed all of the step's errors: answered from them, not checked twice.
      return this.#errors.hasErrors(step);
    },
    shown: (view) => {
      if (view === 'submitted') this.#autosave.clear();
      else this.#autosave.schedule();
    },
  });

  /** Core's `activeSteps` for the answers, computed once per answers object (answers change immutably). */
  #active: { definition: Definition; answers: unknown; steps: StepDefinition[] } | undefined;

  #activeSteps(): StepDefinition[] {
    const definition = this._definition;
    if (!definition) return [];
    const answers = this._answers;
    if (this.#active?.definition !== definition || this.#active.answers !== answers)
      this.#active = { definition, answers, steps: activeSteps(definition, answers) };
    return this.#active.steps;
  }

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
    const { result } = this.#check.get();
    const inputErrors = [...this.#state.inputErrors].map(([pointer, message]) => ({
      pointer,
      keyword: 'coerce' as const,
      message,
      params: { label: '' },
    }));
    const errors = [
      ...inputErrors,
      ...result.errors.filter((error) => !this.#state.inputErrors.has(error.pointer)),
    ];
    return { valid: errors.length === 0, errors };
  }

  /**
   * Shows errors a server found (e.g. the intake's 422 answer) at their fields and in the error
   * summary, as if continuing had been attempted: the form goes to the first step holding one (from
   * the review page too; continuing then returns there) and focus moves to the summary. An error
   * stays until its field (or a field inside it) is edited; calling again replaces them, `[]` clears
   * them. A pointer inside a step's fields that no field renders shows at the nearest field shown; one
   * outside every step's scope shows on the last step. Without a loaded definition it does nothing.
   */
  showErrors(errors: ReadonlyArray<{ pointer: string; message: string }>): void {
    const definition = this._definition;
    if (!definition) return;
    this.#state.setServerErrors(errors);
    const steps = this.#steps.activeSteps();
    const holding = (step: StepDefinition): boolean =>
      errors.some((error) => stepFieldIndex(step, error.pointer) >= 0);
    // An error no step's scope holds shows on ShownErrors' catch-all step, so the form goes there.
    const catchAll = errors.some((error) => this.#errors.isOutsideSteps(error.pointer, steps))
      ? this.#errors.catchAllStep(steps)
      : undefined;
    const step =
      steps.find(holding) ??
      catchAll ??
      (this._view === 'form' ? this.#steps.current(steps) : undefined) ??
      steps.find((candidate) => errors.some((error) => inStepScope(candidate, error.pointer)));
    if (!step || errors.length === 0) {
      this.#refreshShownErrors();
      this.requestUpdate();
      return;
    }
    const attempted = new Set(this._attempted);
    for (const candidate of steps)
      if (candidate === step || holding(candidate) || candidate === catchAll) attempted.add(candidate.id);
    this._attempted = attempted;
    if (this._view === 'review') this.#steps.change(step.id);
    else if (this._view !== 'form' || this._stepId !== step.id) this.#steps.show('form', step.id);
    this.#steps.focusAfterRender('error-summary');
    this.#refreshShownErrors();
    this.requestUpdate();
  }

  /**
   * Shows a step (by id) of the wizard, e.g. from a portal's own navigation. A step none of whose
   * fields apply to the answers (a condition hides them all) is skipped by the wizard and is not shown
   * here either: returns whether the step is shown. Throws for an id the service has no step for.
   */
  goToStep(stepId: string): boolean {
    if (!this._definition?.steps.some((step) => step.id === stepId))
      throw new Error(`efa-form: no step "${stepId}"`);
    if (!this.#steps.activeSteps().some((step) => step.id === stepId)) return false;
    this.#steps.show('form', stepId);
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) void this.#loader.fetch((definition) => this.#loaded(definition));
    let loaded = false;
    if (
      changed.has('service') ||
      changed.has('definition') ||
      changed.has('schema') ||
      changed.has('tenant') ||
      changed.has('locale')
    )
      loaded = this.#loaded(this.#loader.prepare());
    // New initial answers for the service already shown (a new service starts with them anyway).
    if (changed.has('data') && !loaded && this._definition) this.#replaceAnswers(this.data ?? EMPTY, 'reset');
    const onlyTyping = changed.size === 1 && changed.has('_answers');
    if (onlyTyping && this.#check.cost > this.liveValidationBudget) {
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

  /**
   * Takes a definition the loader prepared (or `undefined` after a failure). Returns whether a new
   * service was loaded (its answers start from `data` or a draft).
   */
  #loaded(definition: Definition | undefined): boolean {
    this._definition = definition;
    if (!definition) return false;
    this.#validator = undefined;
    this.#model.reset();
    this.#check.reset();
    const root = this.#model.resolve(definition.schema);
    this.setCustomState('required', Array.isArray(root.required) && root.required.length > 0);
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

  #getValidator(): Validator {
    const definition = this._definition as Definition;
    const locale = this.#locale();
    if (!this.#validator || this.#validatorLocale !== locale) {
      // The answers come from the person's own form, not from an untrusted upload: every error is shown
      // (core caps them at 200 by default, a guard for servers).
      this.#validator = createValidator(definition, {
        locale,
        limits: { maxErrors: Number.MAX_SAFE_INTEGER },
      });
      this.#validatorLocale = locale;
    }
    return this.#validator;
  }

  // ---------------------------------------------------------------------------------------------
  // State

  /** Replaces all answers (load, reset, draft, restore); view state of the old answers is dropped. */
  #replaceAnswers(data: Record<string, unknown>, reason: 'load' | 'reset'): void {
    this.#state.replace(data);
    this._attempted = new Set();
    this._view = 'form';
    this._stepId = this._definition?.steps[0]?.id;
    this.#steps.reset();
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
    this.#state.setValue(pointer, value, keepText);
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
      locale: this.#locale(),
    });
    this.#state.setTyped(spec.pointer, text, result);
    this.#changed(spec.pointer, this.#model.valueAt(spec.pointer));
  }

  #setInputError(pointer: string, message: string | undefined, text?: string): void {
    this.#state.setInputError(pointer, message, text);
    this.#formStateDirty = true;
    this.requestUpdate();
    this.#refreshShownErrors();
  }

  #touch(pointer: string): void {
    // Leaving a field ends the typing: a re-check deferred for a slow check runs now.
    if (!this.#state.touch(pointer) && this.#liveTimer !== undefined) {
      this.#refreshShownErrors();
      this.requestUpdate();
    }
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

  /** Removes array item `index` at `pointer`; pointer-keyed state of later items moves up. */
  #removeItem(pointer: string, index: number): void {
    const next = this.#state.removeItem(pointer, this.#model.valueAt(pointer), index);
    if (next) this.#changed(pointer, next);
  }

  // ---------------------------------------------------------------------------------------------
  // Navigation

  #back(): void {
    this.#steps.back();
  }

  // Stryker restore all
  #submit(): void {
    const definition = this._definition;
    if (!definition) return;
    const steps = this.#steps.activeSteps();
    // Every step was checked on its way here, but a change on an earlier page can break a later rule.
    for (const step of steps) {
      if (this.#errors.stepErrors(step).length > 0) {
        this._attempted = new Set(this._attempted).add(step.id);
        this.#steps.show('form', step.id);
        this.#steps.focusAfterRender('error-summary');
        return;
      }
    }
    const { data, result } = this.#check.get();
    // The last step also shows the errors no step's scope holds (ShownErrors), so the loop above has
    // caught every error; this stays so that invalid answers are never sent, whatever a later change does.
    // Stryker disable next-line all: not reached while the loop above sees every error (submit-guard.browser.test.ts)
    if (!result.valid) return;
    const event = new EfaSubmitEvent({ data, serviceId: definition.id, version: definition.version });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    this.#autosave.clear();
    this._restoredAt = undefined;
    if (this.internals.form) {
      this.#syncFormState();
      this.internals.form.requestSubmit();
    } else {
      this.#steps.show('submitted');
    }
  }
  // Stryker disable all

  #discardDraft(): void {
    this.#replaceAnswers(this.data ?? EMPTY, 'reset');
    this._announcement = this.#strings().draftDiscarded;
    this.#steps.show('form', this._definition?.steps[0]?.id);
    this.#autosave.clear();
  }

  #announce(message: string): void {
    // The same text twice in a row would not be announced again; a trailing no-break space makes it new.
    this._announcement = this._announcement === message ? `${message}\u00a0` : message;
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  /** Recomputes which errors show (touched fields, or all after a continue attempt). */
  #refreshShownErrors(): void {
    clearTimeout(this.#liveTimer);
    this.#liveTimer = undefined;
    const step = this._definition && this._view === 'form' ? this.#steps.current() : undefined;
    this.#errors.refresh(step, step !== undefined && this._attempted.has(step.id));
    // Errors the person is shown (after interacting or continuing), as Web Awesome's `user-invalid`.
    this.setCustomState('user-invalid', this.#errors.shown.size > 0);
  }

  // ---------------------------------------------------------------------------------------------
  // Form association

  /** Gives the surrounding form the pruned answers as JSON and the validity of all answers. */
  #syncFormState(): void {
    clearTimeout(this.#formStateTimer);
    if (!this._definition || !this.#formStateDirty) return;
    this.#formStateDirty = false;
    const value = JSON.stringify(this.#check.get().data);
    const state: SavedState = {
      data: this._answers,
      step: this._stepId,
      view: this._view === 'review' ? 'review' : 'form',
    };
    this.setFormState(value, JSON.stringify(state));
    const { valid, errors } = this.validate();
    if (valid) return this.setValidityMessage(undefined);
    const root = this.renderRoot as ShadowRoot;
    const firstShown = [...this.#errors.shown.values()][0];
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
        // Compiling the validator and its first run (the engine compiles a large validation function
        // on its first call) are the slowest part of start-up: done when the page is idle, not before
        // the first paint, and not on the first field the person leaves. Only in a real idle period:
        // a page still busy rendering pays it on the first check instead, as before.
        whenIdle(() => {
          if (this._definition) this.#check.get();
        }, undefined);
      }
    }
  }

  #stopLocaleWatch: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // English loaded after the form started (a second script, a lazy import): the form switches to it,
    // texts, messages and validator, as if `locale` had just been set (it showed German until now).
    this.#stopLocaleWatch = onLocaleAdded((added) => {
      if (added === this.locale) this.requestUpdate('locale', 'de');
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLocaleWatch?.();
    clearTimeout(this.#formStateTimer);
    clearTimeout(this.#liveTimer);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  /** The locale shown: the one asked for when it is loaded, else German (`shownLocale`). */
  #locale(): Locale {
    return shownLocale(this.locale);
  }

  #strings(): UiStrings {
    return stringsFor(this.#locale());
  }

  protected override render(): TemplateResult {
    const strings = this.#strings();
    const failure = this.#loader.failure;
    return html`<div part="base" class="base" lang=${strings.lang}>
      <div class="visually-hidden" role="status">${this._announcement}</div>
      ${
        failure
          ? html`<div class="load-error" role="alert">
              <p>${strings.loadFailed}</p>
              <p>${failure.message}</p>
              ${
                failure.problems.length > 0
                  ? html`<ul>
                      ${failure.problems.map(
                        (problem) => html`<li>${problem.pointer || '/'}: ${problem.message}</li>`,
                      )}
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
    const title = heading(level, 'title', 'title', definition.title);
    if (this._view === 'submitted') {
      return html`${title}
        <div class="submitted">
          ${heading(level + 1, 'step-heading', 'step-heading', strings.submittedHeading)}
          <slot name="submitted"><p>${strings.submittedText}</p></slot>
        </div>`;
    }
    const steps = this.#steps.activeSteps();
    const step = this.#steps.current(steps);
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
        ${
          this._view === 'review'
            ? reviewPage({
                steps,
                strings,
                level: level + 1,
                locale: this.#locale(),
                disabled: this.formDisabled,
                model: this.#model,
                change: (stepId) => this.#steps.change(stepId),
              })
            : this.#renderStep(step, steps, position, strings, level + 1)
        }
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
                  ${this.#steps.fromReview || position === steps.length - 1 ? strings.toReview : strings.next}
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
    else this.#steps.next();
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
    const summary = attempted ? [...this.#errors.shown.values()] : [];
    const fields = this.#model.stepFields(step);
    return html`${stepProgress(position, steps.length, strings)}
      ${summary.length > 0 ? errorSummary(summary, strings, level, (id) => this.#steps.focus(id)) : nothing}
      ${heading(level, 'step-heading', 'step-heading', step.title)}
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

  /** One field through its widget, cached: it re-renders only when its value, shape or state changed. */
  #renderField(shape: FieldShape, value: unknown): unknown {
    const widget = shape.widget;
    if (!widget) return nothing;
    const strings = this.#strings();
    return guard([shape, value, this.#state.version(shape.pointer), this.formDisabled, strings], () =>
      widget.render(this.#contexts.create(this.#model.spec(shape, value), strings)),
    );
  }

  /** Builds the context each widget renders from (ids, described-by, shown error, the methods). */
  readonly #contexts = new WidgetContextFactory({
    shownError: (pointer) => this.#errors.shown.get(pointer)?.message,
    text: (pointer) => this.#state.text(pointer),
    disabled: () => this.formDisabled,
    locale: () => this.#locale(),
    alternativeIndex: (spec) => this.#model.alternativeIndex(spec),
    resolve: (schema) => this.#model.resolve(schema),
    valueAt: (pointer) => this.#model.valueAt(pointer),
    setValue: (pointer, value) => this.#setValue(pointer, value),
    setText: (spec, text) => this.#setText(spec, text),
    setInputError: (pointer, message, text) => this.#setInputError(pointer, message, text),
    touch: (pointer) => this.#touch(pointer),
    announce: (message) => this.#announce(message),
    focusAfterRender: (id) => {
      this.#steps.focusAfterRender(id);
      this.requestUpdate();
    },
    viewState: (key) => this.#state.viewState(key),
    setViewState: (pointer, key, value) => {
      this.#state.setViewState(pointer, key, value);
      this.requestUpdate();
    },
    removeItem: (pointer, index) => this.#removeItem(pointer, index),
    renderProperties: (spec, schema) => this.#renderProperties(spec, schema),
    renderChild: (spec, token, schema, options) => this.#renderChild(spec, token, schema, options),
  });

  #renderProperties(parent: FieldSpec, schema: JsonSchemaObject): unknown {
    const infos = this.#model.describe(schema, parent.value).filter((info) => info.active);
    return repeat(
      infos,
      (info) => info.name,
      (info) =>
        this.#renderField(this.#model.childShape(parent.shape, info), ownProperty(parent.value, info.name)),
    );
  }

  #renderChild(
    parent: FieldSpec,
    token: string | number | null,
    schema: JsonSchemaObject,
    options: ChildOptions = {},
  ): unknown {
    if (token !== null && Array.isArray(parent.value)) {
      const item = this.#model.itemSpec(parent, Number(token), options, schema);
      return this.#renderField(item.shape, item.value);
    }
    const key = token === null ? '\u0000variant' : String(token);
    const value =
      token === null ? parent.value : isPlainObject(parent.value) ? parent.value[String(token)] : undefined;
    const shape = this.#model.shape(
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
}
