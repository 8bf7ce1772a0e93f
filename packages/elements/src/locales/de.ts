import type { UiStrings } from './ui-strings.js';

const bytes = (size: number): string =>
  size < 1024
    ? `${size} Byte`
    : size < 1024 * 1024
      ? `${(size / 1024).toLocaleString('de-DE', { maximumFractionDigits: 0 })} KB`
      : `${(size / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;

/** German UI strings (the default). */
export const de: UiStrings = {
  lang: 'de',
  stepOf: (current, total) => `Schritt ${current} von ${total}`,
  stepNavigation: 'Formularnavigation',
  back: 'Zurück',
  next: 'Weiter',
  toReview: 'Weiter zur Übersicht',
  submit: 'Absenden',
  reviewHeading: 'Angaben prüfen',
  reviewIntro: 'Bitte prüfen Sie Ihre Angaben, bevor Sie sie absenden.',
  change: 'Ändern',
  changeWhat: (title) => `: ${title}`,
  noAnswer: 'Keine Angabe',
  yes: 'Ja',
  no: 'Nein',
  errorSummaryTitle: 'Bitte korrigieren Sie Ihre Angaben',
  errorPrefix: 'Fehler:',
  requiredNote: 'Pflichtfelder sind mit * gekennzeichnet.',
  required: 'Pflichtfeld',
  choose: 'Bitte auswählen',
  variant: (label) => `${label}: Art der Angabe`,
  variantOption: (index) => `Variante ${index}`,
  addItem: (label) => `${label}: Eintrag hinzufügen`,
  remove: 'Entfernen',
  removeWhat: (item) => `: ${item}`,
  itemLabel: (label, position) => `${label} ${position}`,
  itemAdded: (item) => `${item} hinzugefügt.`,
  itemRemoved: (item) => `${item} entfernt.`,
  maxItems: (count) => `Es sind höchstens ${count} Einträge möglich.`,
  noItems: 'Noch keine Einträge.',
  draftRestored: (savedAt) =>
    `Ihre Eingaben vom ${savedAt.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' })} wurden wiederhergestellt.`,
  discardDraft: 'Verwerfen',
  draftDiscarded: 'Die gespeicherten Eingaben wurden verworfen.',
  fileChosen: (name, size) => `Gewählte Datei: ${name} (${size})`,
  fileStored: (size) => `Eine Datei ist hinterlegt (${size}).`,
  fileLimits: (types, maxSize) =>
    [types ? `Erlaubte Dateitypen: ${types}.` : '', maxSize ? `Höchstens ${maxSize}.` : '']
      .filter(Boolean)
      .join(' '),
  removeFile: 'Datei entfernen',
  fileTooLarge: (label, max) => `Die Datei für ${label} ist zu groß. Sie darf höchstens ${max} groß sein.`,
  fileWrongType: (label, types) => `Die Datei für ${label} hat einen nicht erlaubten Typ. Erlaubt: ${types}.`,
  fileUnreadable: (label) => `Die Datei für ${label} konnte nicht gelesen werden.`,
  invalidJson: (label) => `${label}: Bitte geben Sie gültiges JSON ein.`,
  fileSize: bytes,
  loading: 'Das Formular wird geladen …',
  loadFailed: 'Das Formular konnte nicht geladen werden.',
  submittedHeading: 'Vielen Dank',
  submittedText: 'Ihre Angaben wurden übermittelt.',
  invalidForm: (count) =>
    count === 1 ? 'Eine Angabe ist noch nicht korrekt.' : `${count} Angaben sind noch nicht korrekt.`,
  fieldsShown: (count) =>
    count === 1 ? 'Ein weiteres Feld wird angezeigt.' : `${count} weitere Felder werden angezeigt.`,
};
