import type { Widget } from '../widget-registry.js';
import { inputWidget, textareaWidget } from './text-field.js';
import { checkboxGroupWidget, checkboxWidget, radioWidget, selectWidget } from './choice-fields.js';
import { alternativesWidget, objectWidget, repeatGroupWidget } from './container-fields.js';
import { fileWidget } from './file-upload.js';
import { jsonWidget, readOnlyWidget } from './other-fields.js';

/**
 * The built-in field kinds. Each matches exactly the schemas `fieldKind` assigns to it, so their order
 * does not matter; portal widgets registered later take precedence.
 */
export const builtinWidgets: readonly Widget[] = [
  inputWidget('text'),
  inputWidget('email'),
  inputWidget('tel'),
  inputWidget('url'),
  inputWidget('number'),
  inputWidget('integer'),
  inputWidget('date'),
  inputWidget('date-time'),
  inputWidget('time'),
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
];

export {
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
};
