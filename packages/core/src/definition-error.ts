/** One problem found in a service definition or its tenant configuration. */
export interface DefinitionProblem {
  /**
   * The rule that found it: a stable kebab-case code (`step-field-missing`, `unknown-keyword`, ...)
   * that tools can filter on; the codes are listed in docs/service-definition.md. Rules added with
   * `LintOptions.rules` bring their own codes.
   */
  code: string;
  /**
   * JSON Pointer into the definition (or into the tenant object, when `source` is `tenant`; or into
   * the block named by `file`).
   */
  pointer: string;
  /** What is wrong and how to fix it. */
  message: string;
  /** Where the pointer points: the definition (default) or the tenant configuration. */
  source?: 'definition' | 'tenant';
  /** The file the problem is in, when it is not the definition itself: a shared block (`$ref` to a file). */
  file?: string;
  /** 1-based line in `file` (or the definition's text), for JSON syntax errors. */
  line?: number;
  /** 1-based column in `file` (or the definition's text), for JSON syntax errors. */
  column?: number;
}

/** Thrown by `loadDefinition` with every problem of a definition at once. */
export class DefinitionError extends Error {
  override readonly name = 'DefinitionError';

  constructor(readonly problems: DefinitionProblem[]) {
    super(
      `The service definition has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  ${where(problem)}: ${problem.message}`).join('\n'),
    );
  }
}

function where(problem: DefinitionProblem): string {
  const pointer = `${problem.source === 'tenant' ? 'tenant ' : ''}${problem.pointer || '/'}`;
  if (problem.file === undefined) return pointer;
  const position = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
  return `${problem.file}${position} ${pointer}`;
}
