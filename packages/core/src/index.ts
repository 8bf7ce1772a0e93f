// @efa-forms/core: one service definition, typed data, one validator for browser and server.

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
export {
  loadDefinition,
  fromJsonSchema,
  type LoadOptions,
  type FromJsonSchemaOptions,
} from './load-definition.js';
export { lintDefinition, type LintOptions } from './lint-definition.js';
export { defineService, type DataOf } from './define-service.js';

export { createValidator, type Validator, type ValidatorOptions } from './create-validator.js';
export type {
  ValidationError,
  ValidationKeyword,
  ValidationParams,
  ValidationResult,
} from './validation-error.js';
export type { MessageInput, MessageLocale } from './locales/messages.js';
export { messageLocales } from './locales/index.js';

// Schema reading: core owns how a schema is read; elements, xoev, server and cli call these.
export { resolveSchema, resolveRef, rootOf } from './resolve-schema.js';
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
export { stepFieldIndex, inStepScope } from './step-scope.js';
export { compareOrder } from './field-order.js';
export { deepEqual } from './deep-equal.js';
export { fieldLabel } from './field-label.js';
export { activeFields, type ActiveFields } from './active-fields.js';
export { prune } from './prune.js';
export { coerce, toIsoDate, type CoerceOptions, type CoerceResult } from './coerce.js';

export { parsePointer, formatPointer, joinPointer, getAt, setAt, isPlainObject } from './pointer.js';

export { germanFormats, addGermanFormats } from './formats/german-formats.js';
export { isGermanPostcode } from './formats/postcode.js';
export { isIban, normalizeIban } from './formats/iban.js';
export { isSteuerId } from './formats/steuer-id.js';
export { isGermanLicencePlate } from './formats/licence-plate.js';
export { isDin91379A, isDin91379B, isDin91379C } from './formats/din-91379.js';
export { firstInvalidXmlChar } from './formats/xml-chars.js';
