// @efa-forms/elements: <efa-form> and its widget registry. Importing this module has no side effect:
// `@efa-forms/elements/define` (src/define.ts) registers <efa-form>, and so does the one-file bundle.
export { EfaForm } from './efa-form.js';
export { defineEfaForm } from './define-efa-form.js';
export { FormAssociatedElement } from './form-associated-element.js';
export {
  EfaSubmitEvent,
  EfaChangeEvent,
  EfaStepChangeEvent,
  EfaLoadErrorEvent,
  type EfaSubmitDetail,
  type EfaChangeDetail,
  type EfaStepChangeDetail,
  type EfaLoadErrorDetail,
} from './events.js';
export {
  WidgetRegistry,
  type Widget,
  type WidgetContext,
  type FieldOption,
  type FieldIds,
  type ChildOptions,
} from './widget-registry.js';
export { defaultRegistry, registerWidget } from './default-registry.js';
export {
  builtinWidgets,
  inputWidget,
  textareaWidget,
  selectWidget,
  radioWidget,
  checkboxWidget,
  checkboxGroupWidget,
  objectWidget,
  repeatGroupWidget,
  alternativesWidget,
  fileWidget,
  readOnlyWidget,
  jsonWidget,
} from './widgets/index.js';
export {
  labelTemplate,
  legendTemplate,
  hintTemplate,
  errorTemplate,
  requiredMarker,
  groupRequiredMarker,
  ariaInvalid,
  fieldClass,
} from './templates.js';
export { fieldFrame, type FieldFrameOptions, type FieldFrameLayout } from './field-frame.js';
export { describedBy, type DescribedByParts } from './described-by.js';
export {
  DefinitionLoaderController,
  type DefinitionLoaderOptions,
} from './controllers/definition-loader-controller.js';
export {
  AutosaveController,
  draftStorageKey,
  type AutosaveOptions,
  type AutosaveStorage,
  type Draft,
} from './controllers/autosave-controller.js';
// English is a module of its own (`@efa-forms/elements/en`, `./en.ts`): a German page leaves it out.
export { uiStrings, stringsFor, addLocale } from './locales/index.js';
export type { UiStrings } from './locales/ui-strings.js';
export { de as deStrings } from './locales/de.js';
export { fieldKind, type FieldKind } from './field-kind.js';
export { efaFormStyles } from './efa-form.styles.js';
