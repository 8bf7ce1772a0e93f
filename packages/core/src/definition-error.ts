/** One problem found in a service definition or its tenant configuration. */
export interface DefinitionProblem {
  /**
   * The rule that found it: a stable kebab-case code (`step-field-missing`, `unknown-keyword`, ...)
   * that tools can filter on; the codes are listed in docs/service-definition.md. Rules added with
   * `LintOptions.rules` bring their own codes.
   */
  code: string;
  /** JSON Pointer into the definition (or into the tenant object, when `source` is `tenant`). */
  pointer: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** Where the pointer points: the definition (default) or the tenant configuration. */
  source?: 'definition' | 'tenant';
}

/** Thrown by `loadDefinition` with every problem of a definition at once. */
export class DefinitionError extends Error {
  override readonly name = 'DefinitionError';

  constructor(readonly problems: DefinitionProblem[]) {
    super(
      `The service definition has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems
          .map(
            (problem) =>
              `  ${problem.source === 'tenant' ? 'tenant ' : ''}${problem.pointer || '/'}: ${problem.message}`,
          )
          .join('\n'),
    );
  }
}
