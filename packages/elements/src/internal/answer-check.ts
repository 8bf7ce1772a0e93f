import { prune, type ValidationResult } from '@efa-forms/core/engine';
import type { Definition, Validator } from '@efa-forms/core/engine';

/** What `AnswerCheck` reads from its form. */
export interface AnswerCheckSource {
  definition(): Definition;
  validator(): Validator;
  /** The answers as the page shows them (required groups present, see `FieldModel.shownData`). */
  shownData(): Record<string, unknown>;
  /** The answers object: a new one after every change (immutable updates). */
  answers(): object;
  /** Called with each new result (the form's `:state(valid)`). */
  checked?(result: ValidationResult): void;
}

/** The answers as they would be sent, and core's verdict on them. */
export interface CheckedAnswers {
  /** `prune`d shown answers: what `efa-submit` and the surrounding form get. */
  data: Record<string, unknown>;
  result: ValidationResult;
}

/**
 * Prunes and validates the answers once per change: the step errors, `validate()`, submit and the
 * form-associated validity all read this one result (core's `validateStep` is the same result limited
 * to the step's scope). Keyed by the answers object and the validator, so a keystroke costs one run.
 */
export class AnswerCheck {
  readonly #source: AnswerCheckSource;
  /** The last result with what it was computed for. */
  #last: { answers: object; validator: Validator; checked: CheckedAnswers } | undefined;
  #cost = 0;

  constructor(source: AnswerCheckSource) {
    this.#source = source;
  }

  /** Milliseconds the last run took (large forms then re-check when typing pauses). */
  get cost(): number {
    return this.#cost;
  }

  /** The checked answers, computed at most once per answers object. */
  get(): CheckedAnswers {
    const answers = this.#source.answers();
    const validator = this.#source.validator();
    if (this.#last?.answers === answers && this.#last.validator === validator) return this.#last.checked;
    const started = performance.now();
    const data = prune(this.#source.definition(), this.#source.shownData());
    const checked = { data, result: validator.validate(data) };
    this.#cost = performance.now() - started;
    this.#last = { answers, validator, checked };
    this.#source.checked?.(checked.result);
    return checked;
  }

  /** Forgets the result (a new definition). */
  reset(): void {
    this.#last = undefined;
  }
}
