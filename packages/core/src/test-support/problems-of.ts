import { DefinitionError, type DefinitionProblem } from '../definition-error.js';

/** The problems of the `DefinitionError` that `action` throws; fails when it throws nothing or something else. */
export function problemsOf(action: () => unknown): DefinitionProblem[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DefinitionError) return error.problems;
    throw error;
  }
  throw new Error('expected a DefinitionError');
}
