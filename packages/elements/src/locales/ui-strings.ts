/**
 * Every text `<efa-form>` shows that does not come from the service definition. Schema texts (labels,
 * hints, options, step titles) come from the definition's `translations`, applied by core on load;
 * validation messages come from core's per-locale message maps.
 */
export interface UiStrings {
  /** BCP 47 language tag of these strings, set as `lang` on the form. */
  lang: string;
  /** Progress indicator, e.g. "Schritt 2 von 5". */
  stepOf(current: number, total: number): string;
  /** Accessible name of the wizard navigation landmark. */
  stepNavigation: string;
  back: string;
  next: string;
  /** The last step's continue button, leading to the review page. */
  toReview: string;
  submit: string;
  /** Heading of the review page. */
  reviewHeading: string;
  /** Intro sentence on the review page. */
  reviewIntro: string;
  /** Visible text of the change button on the review page. */
  change: string;
  /** Visually hidden rest of the change button's name, naming what is changed. */
  changeWhat(stepTitle: string): string;
  /** Shown on the review page for an empty answer. */
  noAnswer: string;
  yes: string;
  no: string;
  /** Heading of the error summary. */
  errorSummaryTitle: string;
  /** Visually hidden prefix of each inline error. */
  errorPrefix: string;
  /** Note at the top explaining the required marker. */
  requiredNote: string;
  /** Accessible text of the required marker (the marker itself is hidden from screen readers). */
  required: string;
  /** Placeholder option of a select. */
  choose: string;
  /** Label of the alternatives' radio group for `oneOf`/`anyOf` fields. */
  variant(label: string): string;
  /** Name of an unnamed alternative. */
  variantOption(index: number): string;
  /** Add button of a repeatable group. */
  addItem(groupLabel: string): string;
  /** Visible text of an item's remove button. */
  remove: string;
  /** Visually hidden rest of the remove button's name. */
  removeWhat(itemLabel: string): string;
  /** Legend of one item of a repeatable group. */
  itemLabel(groupLabel: string, position: number): string;
  /** Live-region announcement after adding an item. */
  itemAdded(itemLabel: string): string;
  /** Live-region announcement after removing an item. */
  itemRemoved(itemLabel: string): string;
  /** Shown when a repeatable group holds as many items as allowed. */
  maxItems(count: number): string;
  /** Shown while a repeatable group is empty. */
  noItems: string;
  /** Visible notice after a draft was restored. */
  draftRestored(savedAt: Date): string;
  /** Button that throws the restored draft away. */
  discardDraft: string;
  /** Live-region announcement after the draft was discarded. */
  draftDiscarded: string;
  /** File upload: the chosen file. */
  fileChosen(name: string, size: string): string;
  /** File upload: a stored file whose name is unknown (restored draft, initial data). */
  fileStored(size: string): string;
  /** File upload: accepted types and size, shown as part of the hint. */
  fileLimits(types: string | undefined, maxSize: string | undefined): string;
  removeFile: string;
  fileTooLarge(label: string, maxSize: string): string;
  fileWrongType(label: string, types: string): string;
  fileUnreadable(label: string): string;
  /** JSON fallback widget: the text is not JSON. */
  invalidJson(label: string): string;
  /** Human-readable file size. */
  fileSize(bytes: number): string;
  /** Shown while a `src` definition loads. */
  loading: string;
  /** Shown when the definition cannot be loaded. */
  loadFailed: string;
  /** Confirmation after a successful submit. */
  submittedHeading: string;
  submittedText: string;
  /** Validation message of the form-associated element when its data is invalid. */
  invalidForm(errorCount: number): string;
  /** Live-region announcement when conditional fields appear. */
  fieldsShown(count: number): string;
}
