import { html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FormAssociatedElement } from '../form-associated-element.js';
import type { Widget } from '../widget-registry.js';
import { ariaInvalid } from '../templates.js';
import { fieldFrame } from '../field-frame.js';

/**
 * A portal's custom control as a form-associated custom element: a spin button (ARIA role via
 * ElementInternals) changed with ArrowUp/ArrowDown. Used to test that custom widgets plug in.
 */
export class TestCounter extends FormAssociatedElement {
  static override styles = css`
    :host {
      display: inline-block;
      min-inline-size: 4rem;
      padding: 0.5rem;
      border: 2px solid #5f6b76;
    }
    :host(:focus-visible) {
      outline: 3px solid #0b4f8a;
    }
  `;

  @property({ type: Number }) value = 0;

  constructor() {
    super();
    this.internals.role = 'spinbutton';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    this.addEventListener('keydown', this.#onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKey);
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    const step = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    this.value += step;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  protected override updated(): void {
    this.internals.ariaValueNow = String(this.value);
    this.internals.ariaValueText = String(this.value);
    this.setFormState(String(this.value));
  }

  protected override resetValue(): void {
    this.value = 0;
  }

  protected override restoreState(state: string): void {
    this.value = Number(state) || 0;
  }

  protected override render() {
    return html`${this.value}`;
  }
}
if (!customElements.get('test-counter')) customElements.define('test-counter', TestCounter);

/** The widget for `x-efa.widget: "counter"`: label, hint and error from the shared field frame. */
export const counterWidget: Widget = {
  name: 'counter',
  match: (_schema, hints) => hints.widget === 'counter',
  render: (ctx) =>
    fieldFrame(
      ctx,
      { kind: 'counter' },
      (describedBy) =>
        html`<test-counter
          id=${ctx.ids.control}
          part="control"
          .value=${typeof ctx.value === 'number' ? ctx.value : 0}
          aria-labelledby=${ctx.ids.label}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${ariaInvalid(ctx)}
          @change=${(event: Event) => {
            ctx.setValue((event.target as TestCounter).value);
            ctx.touch();
          }}
        ></test-counter>`,
    ),
};
