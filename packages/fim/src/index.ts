// @efa-forms/fim: FIM XDatenfelder Stammdatenschema and genericode code lists to service definitions.

export { importFim, type ImportFimOptions, type ImportFimResult, type FimRule } from './import-fim.js';
export {
  codeListSchema,
  codeListOptions,
  type CodeListOptions,
  type CodeOption,
} from './code-list-schema.js';
export {
  parseGenericode,
  GenericodeError,
  type GenericodeList,
  type GenericodeColumn,
} from './parse-genericode.js';
export { FimError, type FimWarning } from './fim-error.js';
