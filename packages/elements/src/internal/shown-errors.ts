import {
  compareOrder,
  inStepScope,
  parsePointer,
  stepFieldIndex,
  type StepDefinition,
  type ValidationError,
} from '@efa-forms/core/engine';
import type { FieldModel, FieldSpec } from './field-model.js';
import { fieldId } from './ids.js';

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
  /** Errors a server reported, by pointer (`EfaForm.showErrors`). */
  serverErrors(): ReadonlyMap<string, string>;
  /** The validator's errors for the current answers (pruned), checked once per change (only called while loaded). */
  check(): readonly ValidationError[];
  /** Whether a definition is loaded. */
  loaded(): boolean;
  /** The steps that apply to the current answers, in order (core's `activeSteps`). */
  activeSteps(): readonly StepDefinition[];
  /** Errors found while typing (not a number, file too large), by pointer. */
  inputErrors(): ReadonlyMap<string, string>;
  /** Pointers of the fields the person has left. */
  touched(): ReadonlySet<string>;
  /** Marks a field changed for the render cache (its error appeared, changed or went). */
  bump(pointer: string): void;
}

/**
 * Which errors the page shows: a step's errors placed on the fields that render them, limited to
 * touched fields until continuing was attempted.
 */
export class ShownErrors {
  readonly #source: ShownErrorsSource;
  #shown = new Map<string, ShownError>();
  /** What the last `refresh` computed `#shown` for (`hasErrors` answers from it). */
  #refreshed: { step: StepDefinition | undefined; attempted: boolean } | undefined;

  constructor(source: ShownErrorsSource) {
    this.#source = source;
  }

  /** The errors shown now, by target pointer, in page order. */
  get shown(): ReadonlyMap<string, ShownError> {
    return this.#shown;
  }

  /**
   * All errors of a step: input errors (not a number, ...) first, then the validator's in the step's
   * scope. The last step that applies also takes the errors no step's scope holds (a rule naming an
   * answer no step asks for), so the person always sees why the form cannot be sent.
   */
  stepErrors(step: StepDefinition): ShownError[] {
    return this.#stepErrors(step, undefined);
  }

  /**
   * `stepErrors`, limited to the step fields in `fields` (by index) when given: only their errors are
   * placed (the placing walks the field model, the costly part for a thousand errors).
   */
  #stepErrors(step: StepDefinition, fields: ReadonlySet<number> | undefined): ShownError[] {
    if (!this.#source.loaded()) return [];
    const inputErrors = this.#source.inputErrors();
    // An error outside every step field shows on the first one (see #target).
    const wanted = (pointer: string): boolean =>
      fields === undefined || fields.has(Math.max(0, stepFieldIndex(step, pointer)));
    const steps = this.#source.activeSteps();
    const catchAll = this.catchAllStep(steps) === step;
    const inScope = (pointer: string): boolean =>
      inStepScope(step, pointer) || (catchAll && this.isOutsideSteps(pointer, steps));
    const errors: { pointer: string; message: string }[] = [];
    // A server's verdict (a 422 from the intake) first: it is what stopped the submission.
    for (const [pointer, message] of this.#source.serverErrors())
      if (wanted(pointer) && inScope(pointer)) errors.push({ pointer, message });
    for (const [pointer, message] of inputErrors)
      if (wanted(pointer) && stepFieldIndex(step, pointer) >= 0) errors.push({ pointer, message });
    // The same result as core's `validateStep`: the whole pruned answers' errors in the step's scope.
    for (const error of this.#source.check()) {
      if (!inputErrors.has(error.pointer) && wanted(error.pointer) && inScope(error.pointer))
        errors.push(error);
    }
    const byTarget = new Map<string, ShownError>();
    for (const error of errors) {
      const shown = this.#target(step, error.pointer, error.message);
      if (!byTarget.has(shown.target)) byTarget.set(shown.target, shown);
    }
    return [...byTarget.values()].sort((a, b) => compareOrder(a.order, b.order));
  }

  /** The step that shows the errors no step's scope holds: the last one that applies. */
  catchAllStep(steps: readonly StepDefinition[] = this.#source.activeSteps()): StepDefinition | undefined {
    return steps[steps.length - 1];
  }

  /**
   * Whether no step that applies holds `pointer` in its scope (its error shows on `catchAllStep`).
   * Pass `steps` (the steps that apply) when asking for many pointers.
   */
  isOutsideSteps(pointer: string, steps: readonly StepDefinition[] = this.#source.activeSteps()): boolean {
    return !steps.some((candidate) => inStepScope(candidate, pointer));
  }

  /**
   * Whether `step` has errors. Called right after `refresh` showed all of that step's errors
   * (continuing was attempted), it answers from them instead of checking the step a second time.
   */
  hasErrors(step: StepDefinition): boolean {
    if (this.#refreshed?.step === step && this.#refreshed.attempted) return this.#shown.size > 0;
    return this.stepErrors(step).length > 0;
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
        // One level down from an object, list or alternatives (`child` knows the kinds that nest).
        const next: FieldSpec | undefined = model.child(spec, token, order);
        if (!next) break;
        spec = next;
      }
    }
    const target = spec?.pointer ?? fieldPointer;
    return { target, focusId: fieldId(spec?.idBase ?? fieldPointer), message, order };
  }

  /**
   * Recomputes which errors show on `step` (none when no step is shown): touched fields, or all after
   * a continue attempt. Before the attempt only the step fields holding a touched field are placed:
   * leaving one field of a thousand places that field's errors, not the thousand others.
   */
  refresh(step: StepDefinition | undefined, attempted: boolean): void {
    const previous = this.#shown;
    const next = new Map<string, ShownError>();
    if (step) {
      let fields: Set<number> | undefined;
      if (!attempted) {
        fields = new Set();
        // Every step field on a touched field's path (step fields may nest: `/a` and `/a/b`).
        for (const pointer of this.#source.touched()) {
          for (let index = stepFieldIndex(step, pointer); index >= 0 && !fields.has(index);) {
            fields.add(index);
            // The parent of the step field `''` is `''` again: the `fields.has` above ends that walk.
            const field = step.fields[index] as string;
            index = stepFieldIndex(step, field.slice(0, field.lastIndexOf('/')));
          }
        }
      }
      if (fields === undefined || fields.size > 0) {
        for (const error of this.#stepErrors(step, fields)) {
          if (attempted || this.#isTouched(error.target)) next.set(error.target, error);
        }
      }
    }
    for (const [pointer, error] of next)
      if (previous.get(pointer)?.message !== error.message) this.#source.bump(pointer);
    for (const pointer of previous.keys()) if (!next.has(pointer)) this.#source.bump(pointer);
    this.#shown = next;
    this.#refreshed = { step, attempted };
  }

  /** A field counts as touched when it or a field inside it was. */
  #isTouched(pointer: string): boolean {
    const touched = this.#source.touched();
    if (touched.has(pointer)) return true;
    for (const key of touched) if (key.startsWith(pointer + '/')) return true;
    return false;
  }
}
