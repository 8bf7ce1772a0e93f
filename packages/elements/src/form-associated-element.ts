import { LitElement, type PropertyDeclarations } from 'lit';

/**
 * Base class of form-associated custom elements (written once, after Web Awesome's
 * `webawesome-form-associated-element.ts`): inside a native `<form>` the element submits a value under
 * its `name`, takes part in `checkValidity()`/`reportValidity()`, reset and state restore.
 * Subclasses call `setFormState` and `setValidityMessage`, and implement `resetValue`/`restoreState`.
 * `<efa-form>` extends it; portal widgets that are custom elements can too.
 */
export abstract class FormAssociatedElement extends LitElement {
  /** Makes the element a form control for the browser (ElementInternals). */
  static readonly formAssociated = true;

  /** The element's ElementInternals: form value, validity, custom states. */
  protected readonly internals: ElementInternals;

  // Lit's reactive properties, declared without decorators (smaller bundle, see EfaForm).
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    formDisabled: { state: true },
  };

  /** The name under which the value is submitted with the surrounding `<form>`. */
  name = '';

  /** Disabled by its own `disabled` attribute or a disabled `<fieldset>` around it. */
  protected formDisabled = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The `<form>` the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /**
   * The element the browser points at when it reports this control's validity problem (the first
   * invalid field inside the element), or `undefined` (then the element itself). As Web Awesome's
   * form-associated base.
   */
  get validationTarget(): HTMLElement | undefined {
    return this.#validationTarget;
  }

  #validationTarget: HTMLElement | undefined;

  /**
   * Turns a custom state on or off, for CSS `:state(name)` (`user-invalid`, `valid`, `required`).
   * Browsers without `CustomStateSet` skip it.
   */
  protected setCustomState(name: string, on: boolean): void {
    const states = this.internals.states as Set<string> | undefined;
    if (!states) return;
    if (on) states.add(name);
    else states.delete(name);
  }

  /** The element's validity state, as for native controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message of the current validity problem (empty when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the value is valid; fires `invalid` on the element when it is not. */
  checkValidity(): boolean {
    this.syncValidity();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and the browser shows the problem at the validity anchor. */
  reportValidity(): boolean {
    this.syncValidity();
    return this.internals.reportValidity();
  }

  /** Brings the validity up to date before it is read (subclasses that validate lazily override it). */
  protected syncValidity(): void {}

  /** Sets what the surrounding form submits (`value`) and what the browser restores (`state`). */
  protected setFormState(
    value: string | File | FormData | null,
    state?: string | File | FormData | null,
  ): void {
    this.internals.setFormValue(value, state ?? value);
  }

  /**
   * Marks the element invalid with `message` (anchored at `anchor`, where the browser shows it), or
   * valid when `message` is undefined.
   */
  protected setValidityMessage(message: string | undefined, anchor?: HTMLElement): void {
    this.#validationTarget = message === undefined ? undefined : anchor;
    if (message === undefined) this.internals.setValidity({});
    else this.internals.setValidity({ customError: true }, message, anchor);
  }

  /** Browser callback: the element joined or left a form; a new form owner needs the validity now. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    if (form) this.syncValidity();
  }

  /** Browser callback: the surrounding form was reset. */
  formResetCallback(): void {
    this.resetValue();
  }

  /** Browser callback: session history or autofill restores a state this element gave `setFormValue`. */
  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void {
    if (typeof state === 'string') this.restoreState(state, reason);
  }

  /** Browser callback: the element became (or stopped being) disabled through itself or a fieldset. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Puts the initial value back. */
  protected abstract resetValue(): void;

  /** Applies a state string previously given to `setFormState`. */
  protected abstract restoreState(state: string, reason: 'restore' | 'autocomplete'): void;
}
