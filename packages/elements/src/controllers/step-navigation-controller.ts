import type { ReactiveController, ReactiveElement } from 'lit';
import type { StepDefinition } from '@efa-forms/core';
import { EfaStepChangeEvent } from '../events.js';

/** Which page the form shows. */
export type View = 'form' | 'review' | 'submitted';

/** Options of `StepNavigationController`: the host keeps the page as reactive state. */
export interface StepNavigationOptions {
  /** The definition's steps (none while nothing is loaded). */
  steps(): readonly StepDefinition[];
  /** The steps that apply to the current answers, in order (core's `activeSteps`). */
  active(): readonly StepDefinition[];
  /** The page shown now. */
  view(): View;
  /** The id of the current (or last shown) step. */
  stepId(): string | undefined;
  /** Shows a page; `stepId` is `undefined` when the step stays. */
  setPage(view: View, stepId: string | undefined): void;
  /** Continuing was attempted on `step`: mark it so all its errors show; returns whether it has any. */
  attempt(step: StepDefinition): boolean;
  /** Another page is shown (after the state changed, before `efa-step-change`). */
  shown(view: View): void;
}

/**
 * The wizard: which steps are active, continue, back and "change" from the review page, one
 * `efa-step-change` per page shown, and focus moved after the render (to the step heading, the error
 * summary or where a widget asked for it).
 */
export class StepNavigationController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: StepNavigationOptions;
  #pendingFocus: string | undefined;
  #fromReview = false;

  constructor(host: ReactiveElement, options: StepNavigationOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#pendingFocus !== undefined) {
      const id = this.#pendingFocus;
      this.#pendingFocus = undefined;
      this.focus(id);
    }
  }

  /** Whether the person came from the review page to change a step: continue goes back there. */
  get fromReview(): boolean {
    return this.#fromReview;
  }

  /** Starts over (new answers): continue goes to the next step again. */
  reset(): void {
    this.#fromReview = false;
  }

  /** The steps that apply (core's `activeSteps`); the first step when none does, so a page always shows. */
  activeSteps(): StepDefinition[] {
    // A single step is the page either way (it applies, or it is the fallback): asking which steps
    // apply would walk every field's conditions on each keystroke of a one-page form for nothing.
    const steps = this.#options.steps();
    if (steps.length <= 1) return [...steps];
    const active = this.#options.active();
    return active.length > 0 ? [...active] : steps.slice(0, 1);
  }

  current(steps = this.activeSteps()): StepDefinition | undefined {
    return steps.find((step) => step.id === this.#options.stepId()) ?? steps[0];
  }

  /** Id of the step shown, `review` or `submitted`. */
  get currentPage(): string | undefined {
    const view = this.#options.view();
    return view === 'form' ? this.#options.stepId() : view;
  }

  /** Moves focus to the element with `id` after the next render. */
  focusAfterRender(id: string): void {
    this.#pendingFocus = id;
  }

  show(view: View, stepId?: string): void {
    const steps = this.activeSteps();
    const previous = this.currentPage;
    this.#options.setPage(view, stepId);
    this.#pendingFocus = 'step-heading';
    this.#options.shown(view);
    const current = this.#options.stepId();
    const index =
      view === 'form'
        ? Math.max(
            0,
            steps.findIndex((step) => step.id === current),
          )
        : steps.length;
    const step = view === 'form' ? (current ?? '') : view;
    this.#host.dispatchEvent(new EfaStepChangeEvent({ step, index, total: steps.length, previous }));
  }

  /** Continue: validates the current step only; on errors the summary takes focus. */
  next(): void {
    const steps = this.activeSteps();
    const step = this.current(steps);
    if (!step) return;
    if (this.#options.attempt(step)) {
      this.#pendingFocus = 'error-summary';
      this.#host.requestUpdate();
      return;
    }
    const following = steps[steps.indexOf(step) + 1];
    if (this.#fromReview || !following) {
      this.#fromReview = false;
      this.show('review');
    } else {
      this.show('form', following.id);
    }
  }

  back(): void {
    const steps = this.activeSteps();
    if (this.#options.view() === 'review') return this.show('form', steps[steps.length - 1]?.id);
    const current = this.#options.stepId();
    // Nothing before the first step (and before a step that does not apply: index -1).
    const previous = steps[steps.findIndex((step) => step.id === current) - 1];
    if (previous) this.show('form', previous.id);
  }

  /** The review page's "change" for a step: continue then returns to the review page. */
  change(stepId: string): void {
    this.#fromReview = true;
    this.show('form', stepId);
  }

  /** Focuses the element with `id`, or its first control when it is marked `data-focus="first"`. */
  focus(id: string): void {
    const root = this.#host.renderRoot as ShadowRoot;
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
}
