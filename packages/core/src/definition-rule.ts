import type { ServiceDefinition } from './definition.js';
import type { DefinitionProblem } from './definition-error.js';

/** A problem as a rule reports it; `code` defaults to the rule's own. */
export type RuleProblem = Omit<DefinitionProblem, 'code'> & { code?: string };

/**
 * An extra check that `lintDefinition` and `loadDefinition` run (option `rules`), after their own.
 * A package brings the rules its concepts need and core stays free of them: `@efa-forms/xoev`
 * exports `xoevDefinitionRules` (XML element names), because core knows no XML.
 */
export interface DefinitionRule {
  /** Kebab-case code of the rule, put on each of its problems that names no other (`xml-name`). */
  readonly code: string;
  /**
   * The problems of a definition whose shape is right and whose `schema` is an object (it may still
   * have other problems); `[]` when there are none. Must not modify the definition. A rule that
   * throws is reported as a `rule-failed` problem, not thrown.
   */
  check(definition: ServiceDefinition): readonly RuleProblem[];
}
