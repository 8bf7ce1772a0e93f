import type { StepDefinition } from '@efa-forms/core';

const stepIndexes = new WeakMap<StepDefinition, Map<string, number>>();

/**
 * Which of a step's fields holds `pointer` (the field itself or something inside it), or -1. Looks up
 * the pointer and its ancestors in a map, so thousands of errors against thousands of fields stay linear.
 */
export function stepFieldIndex(step: StepDefinition, pointer: string): number {
  let index = stepIndexes.get(step);
  if (!index) {
    index = new Map();
    step.fields.forEach((field, position) => index?.has(field) || index?.set(field, position));
    stepIndexes.set(step, index);
  }
  let current = pointer;
  for (;;) {
    const found = index.get(current);
    if (found !== undefined) return found;
    if (current === '') return -1;
    current = current.slice(0, current.lastIndexOf('/'));
  }
}
