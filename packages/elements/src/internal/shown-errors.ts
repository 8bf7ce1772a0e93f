import { parsePointer, type StepDefinition, type Validator } from '@efa-forms/core/engine';
import type { Widget } from '../widget-registry.js';
import { alternativesWidget, objectWidget, repeatGroupWidget } from '../widgets/index.js';
import type { FieldModel, FieldSpec } from './field-model.js';
import { fieldId } from './ids.js';
import { compareOrder } from './object-helpers.js';
import { stepFieldIndex } from './step-field-index.js';

/** An error as the form shows it: on the field that renders it, in page order. */
export interface ShownError {
  /** Pointer of the field the error is shown at. */
  target: string;
  /** Id the error-summary link focuses. */
  focusId: string;
  message: string;
  /** Position in the page (step field, then property index per level) for sorting. */
  order: number[];
}

/** What the error bookkeeping reads from its form. */
export interface ShownErrorsSource {
  /** The fields of the loaded definition. */
  model: FieldModel;
  /** The validator of the loaded definition (only called while one is loaded). */
  validator(): Validator;
  /** Whether a definition is loaded. */
  loaded(): boolean;
  /** Errors found while typing (not a number, file too large), by pointer. */
  inputErrors(): ReadonlyMap<string, string>;
  /** Pointers of the fields the person has left. */
  touched(): ReadonlySet<string>;
  /** Marks a field changed for the render cache (its error appeared, changed or went). */
  bump(pointer: string): void;
}

const CONTAINERS: ReadonlySet<Widget> = new Set([objectWidget, repeatGroupWidget, alternativesWidget]);

/**
 * Which errors the page shows: a step's errors placed on the fields that render them, limited to
 * touched fields until continuing was attempted.
 */
export class ShownErrors {
  readonly #source: ShownErrorsSource;
  #shown = new Map<string, ShownError>();
  /** Milliseconds the last step validation took: decides whether errors update on every keystroke. */
  #validationCost = 0;

  constructor(source: ShownErrorsSource) {
    this.#source = source;
  }

  /** The errors shown now, by target pointer, in page order. */
  get shown(): ReadonlyMap<string, ShownError> {
    return this.#shown;
  }

  /** Milliseconds the last step validation took. */
  get validationCost(): number {
    return this.#validationCost;
  }

  /** All errors of a step: input errors (not a number, ...) first, then core's `validateStep`. */
  stepErrors(step: StepDefinition): ShownError[] {
    if (!this.#source.loaded()) return [];
    const inputErrors = this.#source.inputErrors();
    const inStep = (pointer: string): boolean => stepFieldIndex(step, pointer) >= 0;
    const errors: { pointer: string; message: string }[] = [];
    for (const [pointer, message] of inputErrors) if (inStep(pointer)) errors.push({ pointer, message });
    const started = performance.now();
    const result = this.#source.validator().validateStep(this.#source.model.shownData(), step.id);
    this.#validationCost = performance.now() - started;
    for (const error of result.errors) {
      if (!inputErrors.has(error.pointer)) errors.push(error);
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
    const model = this.#source.model;
    const fieldIndex = stepFieldIndex(step, pointer);
    const fieldPointer = step.fields[Math.max(0, fieldIndex)] ?? '';
    const order = [fieldIndex < 0 ? Number.MAX_SAFE_INTEGER : fieldIndex];
    let spec: FieldSpec | undefined = model.specAt(fieldPointer);
    if (spec && fieldIndex >= 0) {
      for (const token of parsePointer(pointer).slice(parsePointer(fieldPointer).length)) {
        const current: FieldSpec = spec;
        const next: FieldSpec | undefined = CONTAINERS.has(model.widgetFor(current.schema) as Widget)
          ? model.child(current, token, order)
          : undefined;
        if (!next) break;
        spec = next;
      }
    }
    const target = spec?.pointer ?? fieldPointer;
    return { target, focusId: fieldId(spec?.idBase ?? fieldPointer), message, order };
  }

  /**
   * Recomputes which errors show on `step` (none when no step is shown): touched fields, or all after
   * a continue attempt.
   */
  refresh(step: StepDefinition | undefined, attempted: boolean): void {
    const previous = this.#shown;
    const next = new Map<string, ShownError>();
    if (step) {
      const touchedHere = [...this.#source.touched()].some((pointer) => stepFieldIndex(step, pointer) >= 0);
      if (attempted || touchedHere) {
        for (const error of this.stepErrors(step)) {
          if (attempted || this.#isTouched(error.target)) next.set(error.target, error);
        }
      }
    }
    for (const [pointer, error] of next)
      if (previous.get(pointer)?.message !== error.message) this.#source.bump(pointer);
    for (const pointer of previous.keys()) if (!next.has(pointer)) this.#source.bump(pointer);
    this.#shown = next;
  }

  /** A field counts as touched when it or a field inside it was. */
  #isTouched(pointer: string): boolean {
    const touched = this.#source.touched();
    if (touched.has(pointer)) return true;
    for (const key of touched) if (key.startsWith(pointer + '/')) return true;
    return false;
  }
}
