import { formatNumber, unhandledKeyword, type MessageLocale } from './messages.js';

const typeNames: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  integer: 'eine ganze Zahl',
  boolean: 'Ja oder Nein',
  array: 'eine Liste',
  object: 'eine Gruppe von Angaben',
  null: 'leer',
};

const formatHints: Record<string, string> = {
  email: 'eine gültige E-Mail-Adresse (zum Beispiel name@beispiel.de)',
  date: 'ein gültiges Datum',
  'date-time': 'ein gültiges Datum mit Uhrzeit und Zeitzone',
  time: 'eine gültige Uhrzeit mit Zeitzone (zum Beispiel 14:30:00+01:00)',
  uri: 'eine vollständige Internetadresse (https://…)',
  url: 'eine vollständige Internetadresse (https://…)',
  'de-postcode': 'eine fünfstellige Postleitzahl',
  iban: 'eine gültige IBAN (zum Beispiel DE89 3704 0044 0532 0130 00)',
  'de-steuer-id': 'eine gültige Steuer-Identifikationsnummer (11 Ziffern)',
  'de-licence-plate': 'ein gültiges Kfz-Kennzeichen (zum Beispiel B-AB 1234)',
  uuid: 'eine gültige UUID',
};

/** A date limit (`formatMinimum`) as Germans write it: `2025-05-01` -> `dem 01.05.2025`. */
function limitText(limit: unknown): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(limit));
  return date ? `dem ${date[3]}.${date[2]}.${date[1]}` : `„${String(limit)}“`;
}

/** German validation messages, the default. They address the person formally ("Sie"). */
export const de: MessageLocale = {
  wholeForm: 'Ihre Angaben',
  error({ keyword, params, label }) {
    const field = `„${label}“`;
    const n = (value: unknown) => formatNumber(value, 'de-DE');
    switch (keyword) {
      case 'required':
      case 'dependentRequired':
        return `Bitte geben Sie ${field} an.`;
      case 'type':
        return `${field} muss ${typeNames[String(params.type).split(',')[0] ?? ''] ?? String(params.type)} sein.`;
      case 'coerce':
        return `${field} muss ${typeNames[String(params.type)] ?? 'ein gültiger Wert'} sein.`;
      case 'minLength':
        return params.limit === 1
          ? `Bitte geben Sie ${field} an.`
          : `${field} muss mindestens ${n(params.limit)} Zeichen lang sein.`;
      case 'maxLength':
        return `${field} darf höchstens ${n(params.limit)} Zeichen lang sein.`;
      case 'pattern':
        return `${field} hat nicht das erwartete Format.`;
      case 'format': {
        const format = String(params.format);
        if (format.startsWith('din-91379')) return `${field} enthält Zeichen, die hier nicht erlaubt sind.`;
        const hint = formatHints[format];
        return hint
          ? `Bitte geben Sie für ${field} ${hint} an.`
          : `${field} hat nicht das Format „${format}“.`;
      }
      case 'minimum':
        return `${field} muss mindestens ${n(params.limit)} sein.`;
      case 'exclusiveMinimum':
        return `${field} muss größer als ${n(params.limit)} sein.`;
      case 'maximum':
        return `${field} darf höchstens ${n(params.limit)} sein.`;
      case 'exclusiveMaximum':
        return `${field} muss kleiner als ${n(params.limit)} sein.`;
      case 'formatMinimum':
        return `${field} darf nicht vor ${limitText(params.limit)} liegen.`;
      case 'formatExclusiveMinimum':
        return `${field} muss nach ${limitText(params.limit)} liegen.`;
      case 'formatMaximum':
        return `${field} darf nicht nach ${limitText(params.limit)} liegen.`;
      case 'formatExclusiveMaximum':
        return `${field} muss vor ${limitText(params.limit)} liegen.`;
      case 'multipleOf':
        return `${field} muss ein Vielfaches von ${n(params.multipleOf)} sein.`;
      case 'const':
        return params.allowedValue === true
          ? `Bitte bestätigen Sie ${field}.`
          : `${field} muss „${String(params.allowedValue)}“ sein.`;
      case 'enum':
        return `Bitte wählen Sie für ${field} einen der angebotenen Werte.`;
      case 'minItems':
        return `Bitte geben Sie für ${field} mindestens ${n(params.limit)} ${params.limit === 1 ? 'Eintrag' : 'Einträge'} an.`;
      case 'maxItems':
        return `${field} darf höchstens ${n(params.limit)} ${params.limit === 1 ? 'Eintrag' : 'Einträge'} haben.`;
      case 'uniqueItems':
        return `${field} kommt doppelt vor.`;
      case 'contains':
        return `${field} enthält keinen passenden Eintrag.`;
      case 'additionalProperties':
      case 'unevaluatedProperties':
        return `Die Angabe ${field} ist hier nicht vorgesehen.`;
      case 'minProperties':
        return `Bitte machen Sie in ${field} mindestens ${n(params.limit)} ${params.limit === 1 ? 'Angabe' : 'Angaben'}.`;
      case 'oneOf':
      case 'anyOf':
        return `Die Angaben in ${field} passen zu keiner der möglichen Varianten.`;
      case 'not':
        return `${field} hat einen Wert, der hier nicht zulässig ist.`;
      case 'xmlChar':
        return `${field} enthält ein Zeichen, das nicht übermittelt werden kann (Position ${n(params.position)}).`;
      case 'limit':
        return params.limit === 'maxDepth'
          ? `Die Angaben sind zu tief verschachtelt (mehr als ${n(params.max)} Ebenen).`
          : params.limit === 'maxStringLength'
            ? `Ein Text ist zu lang (mehr als ${n(params.max)} Zeichen).`
            : params.limit === 'maxArrayLength'
              ? `Eine Liste ist zu lang (mehr als ${n(params.max)} Einträge).`
              : params.limit === 'maxErrors'
                ? `Es gibt weitere Fehler; die ersten ${n(params.max)} sind aufgeführt.`
                : `Die Angaben sind zu umfangreich (mehr als ${n(params.max)} Werte).`;
      case 'items':
      case 'additionalItems':
      case 'unevaluatedItems':
      case 'propertyNames':
      case 'maxProperties':
        return `${field} ist ungültig.`;
      default:
        return unhandledKeyword(keyword);
    }
  },
};
