import type { UiStrings } from './ui-strings.js';

const bytes = (size: number): string =>
  size < 1024
    ? `${size} bytes`
    : size < 1024 * 1024
      ? `${(size / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} KB`
      : `${(size / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** English UI strings. */
export const en: UiStrings = {
  lang: 'en',
  stepOf: (current, total) => `Step ${current} of ${total}`,
  stepNavigation: 'Form navigation',
  back: 'Back',
  next: 'Continue',
  toReview: 'Continue to summary',
  submit: 'Submit',
  reviewHeading: 'Check your answers',
  reviewIntro: 'Please check your answers before you submit them.',
  change: 'Change',
  changeWhat: (title) => `: ${title}`,
  noAnswer: 'Not provided',
  yes: 'Yes',
  no: 'No',
  errorSummaryTitle: 'Please correct your answers',
  errorPrefix: 'Error:',
  requiredNote: 'Required fields are marked with *.',
  required: 'required',
  choose: 'Please choose',
  variant: (label) => `${label}: kind of answer`,
  variantOption: (index) => `Option ${index}`,
  addItem: (label) => `${label}: add an entry`,
  remove: 'Remove',
  removeWhat: (item) => `: ${item}`,
  itemLabel: (label, position) => `${label} ${position}`,
  itemAdded: (item) => `${item} added.`,
  itemRemoved: (item) => `${item} removed.`,
  maxItems: (count) => `At most ${count} entries are possible.`,
  noItems: 'No entries yet.',
  draftRestored: (savedAt) =>
    `Your answers from ${savedAt.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })} were restored.`,
  discardDraft: 'Discard',
  draftDiscarded: 'The saved answers were discarded.',
  fileChosen: (name, size) => `Chosen file: ${name} (${size})`,
  fileStored: (size) => `A file is attached (${size}).`,
  fileLimits: (types, maxSize) =>
    [types ? `Allowed file types: ${types}.` : '', maxSize ? `At most ${maxSize}.` : '']
      .filter(Boolean)
      .join(' '),
  removeFile: 'Remove file',
  fileTooLarge: (label, max) => `The file for ${label} is too large. It must be at most ${max}.`,
  fileWrongType: (label, types) => `The file for ${label} has a type that is not allowed. Allowed: ${types}.`,
  fileUnreadable: (label) => `The file for ${label} could not be read.`,
  invalidJson: (label) => `${label}: please enter valid JSON.`,
  fileSize: bytes,
  loading: 'Loading the form …',
  loadFailed: 'The form could not be loaded.',
  submittedHeading: 'Thank you',
  submittedText: 'Your answers have been submitted.',
  invalidForm: (count) =>
    count === 1 ? 'One answer is not correct yet.' : `${count} answers are not correct yet.`,
  fieldsShown: (count) => (count === 1 ? 'One more field is shown.' : `${count} more fields are shown.`),
};
