// @efa-forms/core: one service definition, typed data, one validator for browser and server.
// The engine (./engine.ts) plus what needs a compiler: loading, linting, ajv at run time and the
// standalone code of `efa compile`. Re-exported whole so both doors offer the engine's names alike.

// Registers ajv as the run-time compiler: every schema without a compiled service is compiled by it.
import './internal/ajv-schema-compiler.js';
// The English messages: the full core speaks both locales (the engine alone only German).
import './locales/english.js';

export * from './engine.js';
export {
  loadDefinition,
  fromJsonSchema,
  type LoadOptions,
  type FromJsonSchemaOptions,
} from './load-definition.js';
export { lintDefinition, type LintOptions } from './lint-definition.js';
export type { DefinitionRule, RuleProblem } from './definition-rule.js';
export {
  inlineFileRefs,
  inlineFileRefsSync,
  type FileRefOptions,
  type SyncFileRefOptions,
} from './inline-file-refs.js';
export {
  standaloneValidators,
  type StandaloneValidators,
  type StandaloneOptions,
} from './standalone-validators.js';
