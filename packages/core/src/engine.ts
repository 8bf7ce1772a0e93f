// @efa-forms/core/engine: the bare engine. Everything a page needs to run a service compiled by
// `efa compile` (validation, conditions, pruning, coercion, messages), and no compiler: nothing here
// imports ajv, so a page under a strict Content-Security-Policy loads no `new Function`. The full
// `@efa-forms/core` is this engine plus loading, linting and the ajv compiler (as ajv is core + preset).

export type {
  CodeListRef,
  Definition,
  EfaHints,
  FimHints,
  JsonSchema,
  JsonSchemaObject,
  Locale,
  SchemaHolder,
  ServiceDefinition,
  StepDefinition,
  XoevHints,
  XoevSettings,
} from './definition.js';
export { DefinitionError, type DefinitionProblem } from './definition-error.js';
export { parseJson, type ParseJsonResult } from './parse-json.js';
export { defineService, type DataOf } from './define-service.js';
export {
  COMPILED_SERVICE_FORMAT,
  isCompiledService,
  loadCompiledService,
  type CompiledService,
  type CompiledLoadOptions,
} from './compiled-service.js';

export { createValidator, type Validator, type ValidatorOptions } from './create-validator.js';
export type {
  ValidationError,
  ValidationKeyword,
  ValidationParams,
  ValidationResult,
} from './validation-error.js';
export type { MessageInput, MessageLocale } from './locales/messages.js';
export { messageLocales, addMessageLocale, messagesFor } from './locales/index.js';
// English as data, for `@efa-forms/elements/en` (unused, it stays out of a bundle: no side effect).
export { en as enMessages } from './locales/en.js';

// Schema reading: core owns how a schema is read; elements, xoev, server and cli call these.
export { resolveSchema, resolveRef, rootOf } from './resolve-schema.js';
export { walkSchema } from './walk-schema.js';
export { schemaTypes, isObjectSchema, isArraySchema } from './schema-types.js';
export { optionList, optionBranches, type SchemaOption } from './option-list.js';
export {
  alternativesOf,
  isDiscriminated,
  discriminatorsOf,
  discriminatorChoices,
  branchProperties,
  type Discriminator,
  type DiscriminatorChoice,
} from './alternatives.js';
export { chosenBranch } from './branch-choice.js';
export { describeObject, type FieldInfo } from './describe-object.js';
export { isStaticSchema } from './is-static-schema.js';
export { stepFieldIndex, inStepScope } from './step-scope.js';
export { compareOrder } from './field-order.js';
export { deepEqual } from './deep-equal.js';
export { fieldLabel } from './field-label.js';
export { activeFields, type ActiveFields } from './active-fields.js';
export { activeSteps } from './active-steps.js';
export { prune } from './prune.js';
export { coerce, toIsoDate, type CoerceOptions, type CoerceResult } from './coerce.js';
export type { SchemaCheck, SchemaMode } from './schema-check.js';
export { MissingCheckError } from './missing-check-error.js';

export { parsePointer, formatPointer, joinPointer, getAt, setAt, isPlainObject } from './pointer.js';

export { germanFormats, addGermanFormats } from './formats/german-formats.js';
export { isGermanPostcode } from './formats/postcode.js';
export { isIban, normalizeIban } from './formats/iban.js';
export { isSteuerId } from './formats/steuer-id.js';
export { isGermanLicencePlate } from './formats/licence-plate.js';
export { isDin91379A, isDin91379B, isDin91379C } from './formats/din-91379.js';
export { firstInvalidXmlChar } from './formats/xml-chars.js';
