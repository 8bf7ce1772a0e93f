import type { StepDefinition } from './definition.js';

interface Scope {
  /** Each field pointer with its position in the step (the first, for a pointer listed twice). */
  fields: Map<string, number>;
  /** The step's fields and every ancestor of them, `''` included. */
  fieldsAndParents: Set<string>;
}

const scopes = new WeakMap<StepDefinition, Scope>();

function scopeOf(step: StepDefinition): Scope {
  let scope = scopes.get(step);
  // Stryker disable next-line ConditionalExpression: a scope computed again is the same scope; the map only spares the work
  if (!scope) {
    const fields = new Map<string, number>();
    const fieldsAndParents = new Set<string>(['']);
    step.fields.forEach((field, position) => {
      if (!fields.has(field)) fields.set(field, position);
      for (let pointer = field; pointer !== ''; pointer = pointer.slice(0, pointer.lastIndexOf('/')))
        fieldsAndParents.add(pointer);
    });
    scope = { fields, fieldsAndParents };
    scopes.set(step, scope);
  }
  return scope;
}

/**
 * Which of a step's fields holds `pointer` (the field itself or something inside it), or -1. Looks up
 * the pointer and its ancestors in a map computed once per step, so thousands of errors against
 * thousands of fields stay linear.
 */
export function stepFieldIndex(step: StepDefinition, pointer: string): number {
  const { fields } = scopeOf(step);
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const found = fields.get(current);
    if (found !== undefined) return found;
    if (current === '') return -1;
  }
}

/**
 * Whether something at `pointer` concerns the step: it is one of the step's fields or inside one, or a
 * parent of them (`/betrieb` is required while the step asks for `/betrieb/name`), or the data as a
 * whole (`''`). `validateStep` keeps the errors for which this holds.
 */
export function inStepScope(step: StepDefinition, pointer: string): boolean {
  return scopeOf(step).fieldsAndParents.has(pointer) || stepFieldIndex(step, pointer) >= 0;
}
