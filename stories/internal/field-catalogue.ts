import type { JsonSchemaObject, ServiceDefinition } from '@efa-forms/core';
import type { FieldKind } from '@efa-forms/elements';
import { kitchenSink } from '../../packages/elements/src/test-support/kitchen-sink.js';

/** A top-level property of the elements tests' kitchen-sink definition. */
function kitchenSinkProperty(name: string): JsonSchemaObject {
  const schema = (kitchenSink.schema.properties as Record<string, JsonSchemaObject> | undefined)?.[name];
  if (!schema) throw new Error(`the kitchen sink has no property "${name}"`);
  return schema;
}

/** One field kind as the stories show it. */
export interface CatalogueEntry {
  /** The field's schema (German texts). */
  schema: JsonSchemaObject;
  /** English title (and hint) for the `en` locale. */
  en: { title: string; description: string };
  /** A valid answer. */
  filled: unknown;
  /** An answer the validator rejects (the "error shown" state), or `undefined` when only "missing" is wrong. */
  invalid?: unknown;
  /** Hint text for the "with hint" state. */
  description: string;
  /** An unusually long label (the "long labels" state: wrapping, no truncation). */
  longTitle: string;
}

const options = (titles: string[]): { const: string; title: string }[] =>
  titles.map((title, index) => ({ const: `o${index + 1}`, title }));

/**
 * Every built-in field kind of the widget registry (`fieldKind` in @efa-forms/elements): keyed by
 * `FieldKind`, so a new kind does not compile until it has an entry here, and the field stories show it.
 */
export const fieldCatalogue: Record<FieldKind, CatalogueEntry> = {
  text: {
    schema: { type: 'string', title: 'Familienname', minLength: 2, 'x-efa': { autocomplete: 'family-name' } },
    en: { title: 'Family name', description: 'As shown in your passport.' },
    filled: 'Mustermann',
    invalid: 'M',
    description: 'Wie im Ausweis angegeben.',
    longTitle:
      'Familienname, wie er im Personalausweis oder Reisepass eingetragen ist, einschließlich aller Namensbestandteile und Zusätze',
  },
  textarea: {
    schema: { type: 'string', title: 'Tätigkeit', maxLength: 500, 'x-efa': { widget: 'textarea', rows: 3 } },
    en: { title: 'Activity', description: 'Describe the business in a few sentences.' },
    filled: 'Einzelhandel mit Lebensmitteln und Getränken.',
    invalid: 'x'.repeat(501),
    description: 'Beschreiben Sie die Tätigkeit in wenigen Sätzen.',
    longTitle:
      'Genaue Beschreibung der angemeldeten Tätigkeit, so wie sie tatsächlich ausgeübt wird, mit allen Nebentätigkeiten und Sortimenten',
  },
  email: {
    schema: { type: 'string', format: 'email', title: 'E-Mail-Adresse', 'x-efa': { autocomplete: 'email' } },
    en: { title: 'Email address', description: 'We send the confirmation there.' },
    filled: 'erika.mustermann@example.org',
    invalid: 'erika@',
    description: 'Dorthin senden wir die Bestätigung.',
    longTitle:
      'E-Mail-Adresse, unter der wir Sie bei Rückfragen zu Ihrer Anmeldung während der üblichen Bearbeitungszeit erreichen können',
  },
  tel: {
    schema: {
      type: 'string',
      title: 'Telefon',
      pattern: '^[+0-9 ()/-]{6,}$',
      'x-efa': { autocomplete: 'tel' },
    },
    en: { title: 'Phone', description: 'With area code.' },
    filled: '+49 30 1234567',
    invalid: 'abc',
    description: 'Mit Vorwahl.',
    longTitle:
      'Telefonnummer mit Vorwahl, unter der Sie tagsüber für Rückfragen des Gewerbeamts oder der beteiligten Stellen erreichbar sind',
  },
  url: {
    schema: { type: 'string', format: 'uri', title: 'Webseite', 'x-efa': { autocomplete: 'url' } },
    en: { title: 'Website', description: 'The full address, starting with https://.' },
    filled: 'https://example.org',
    invalid: 'keine Adresse',
    description: 'Die vollständige Adresse, beginnend mit https://.',
    longTitle:
      'Adresse der Webseite oder des Online-Shops, über den das Gewerbe seine Waren oder Dienstleistungen im Internet anbietet',
  },
  number: {
    schema: { type: 'number', title: 'Umsatz in Euro', minimum: 0 },
    en: { title: 'Turnover in euros', description: 'Expected for the first year.' },
    filled: 125000.5,
    invalid: -1,
    description: 'Erwartet im ersten Jahr.',
    longTitle:
      'Voraussichtlicher Jahresumsatz in Euro für das erste volle Geschäftsjahr nach Beginn der angemeldeten Tätigkeit, geschätzt',
  },
  integer: {
    schema: { type: 'integer', title: 'Anzahl Beschäftigte', minimum: 0, maximum: 1000 },
    en: { title: 'Number of employees', description: 'Full-time and part-time.' },
    filled: 12,
    invalid: 5000,
    description: 'Vollzeit und Teilzeit.',
    longTitle:
      'Anzahl der Beschäftigten in Vollzeit und Teilzeit, ohne Inhaberin oder Inhaber, zum Zeitpunkt des Beginns der Tätigkeit',
  },
  date: {
    schema: {
      type: 'string',
      format: 'date',
      title: 'Beginn der Tätigkeit',
      'x-efa': { autocomplete: 'off' },
    },
    en: { title: 'Start of the activity', description: 'The first day of business.' },
    filled: '2026-03-01',
    description: 'Der erste Geschäftstag.',
    longTitle:
      'Datum, an dem die angemeldete Tätigkeit tatsächlich begonnen hat oder voraussichtlich beginnen wird, auch bei Teilbetrieben',
  },
  'date-time': {
    schema: { type: 'string', format: 'date-time', title: 'Termin' },
    en: { title: 'Appointment', description: 'Date and time.' },
    filled: '2026-03-02T09:30:00+01:00',
    description: 'Datum und Uhrzeit.',
    longTitle:
      'Gewünschter Termin für die Vor-Ort-Besichtigung der Betriebsstätte durch die zuständige Stelle, mit Datum und Uhrzeit',
  },
  time: {
    schema: { type: 'string', format: 'time', title: 'Öffnet um' },
    en: { title: 'Opens at', description: 'On weekdays.' },
    filled: '08:00:00+01:00',
    description: 'An Werktagen.',
    longTitle:
      'Uhrzeit, zu der die Betriebsstätte an Werktagen üblicherweise für Kundinnen und Kunden geöffnet wird, ohne Feiertage',
  },
  select: {
    // The kitchen sink's eight countries: more than radios take.
    schema: kitchenSinkProperty('land'),
    en: { title: 'Country', description: 'Where the company is registered.' },
    filled: 'L1',
    description: 'Wo das Unternehmen eingetragen ist.',
    longTitle:
      'Staat, in dem das Unternehmen seinen satzungsmäßigen Sitz hat oder in einem öffentlichen Register eingetragen ist',
  },
  radio: {
    schema: { type: 'string', title: 'Rechtsform', oneOf: options(['Einzelunternehmen', 'GbR', 'GmbH']) },
    en: { title: 'Legal form', description: 'As registered.' },
    filled: 'o3',
    description: 'Wie eingetragen.',
    longTitle:
      'Rechtsform des Betriebs, wie sie im Handelsregister, Partnerschaftsregister oder Vereinsregister eingetragen ist oder wird',
  },
  checkbox: {
    schema: { type: 'boolean', title: 'Ich bestätige die Richtigkeit meiner Angaben', const: true },
    en: { title: 'I confirm my answers are correct', description: 'Required to submit.' },
    filled: true,
    invalid: false,
    description: 'Ohne Bestätigung kann der Antrag nicht abgesendet werden.',
    longTitle:
      'Ich versichere, dass alle Angaben in diesem Antrag vollständig sind und der Wahrheit entsprechen, und weiß, dass falsche Angaben geahndet werden können',
  },
  checkboxes: {
    schema: {
      type: 'array',
      title: 'Branchen',
      uniqueItems: true,
      minItems: 1,
      items: { type: 'string', oneOf: options(['Handel', 'Handwerk', 'Dienstleistung']) },
    },
    en: { title: 'Sectors', description: 'Choose all that apply.' },
    filled: ['o1', 'o3'],
    invalid: [],
    description: 'Wählen Sie alle zutreffenden.',
    longTitle:
      'Wirtschaftszweige, in denen der Betrieb tätig ist oder tätig werden wird, einschließlich aller Nebenbetriebe und Zweigstellen',
  },
  object: {
    schema: {
      type: 'object',
      title: 'Anschrift',
      properties: {
        strasse: {
          type: 'string',
          title: 'Straße und Hausnummer',
          'x-efa': { autocomplete: 'street-address' },
        },
        plz: {
          type: 'string',
          title: 'Postleitzahl',
          pattern: '^[0-9]{5}$',
          'x-efa': { autocomplete: 'postal-code' },
        },
      },
      required: ['strasse', 'plz'],
    },
    en: { title: 'Address', description: 'Of the business premises.' },
    filled: { strasse: 'Rathausplatz 1', plz: '12345' },
    invalid: { strasse: 'Rathausplatz 1', plz: '123' },
    description: 'Der Betriebsstätte.',
    longTitle:
      'Anschrift der Betriebsstätte, an der die Tätigkeit ausgeübt wird, oder der Hauptniederlassung bei mehreren Standorten',
  },
  array: {
    // The kitchen sink's repeat group (elements tests): up to three partners, surname required.
    schema: kitchenSinkProperty('personen'),
    en: { title: 'Partners', description: 'At most three.' },
    filled: [{ vorname: 'Erika', nachname: 'Mustermann' }],
    invalid: [{ vorname: 'Erika' }],
    description: 'Höchstens drei.',
    longTitle:
      'Gesellschafterinnen und Gesellschafter sowie vertretungsberechtigte Personen des Betriebs mit vollständigem Namen',
  },
  file: {
    schema: {
      type: 'string',
      title: 'Nachweis',
      contentEncoding: 'base64',
      contentMediaType: 'application/pdf',
      maxLength: 1400,
    },
    en: { title: 'Proof', description: 'A PDF file.' },
    // "%PDF-1.4\n"
    filled: 'JVBERi0xLjQK',
    description: 'Eine PDF-Datei, zum Beispiel der Handelsregisterauszug.',
    longTitle:
      'Nachweis über die Eintragung im Handelsregister oder eine vergleichbare Bescheinigung der zuständigen Stelle als PDF',
  },
  readonly: {
    schema: { type: 'string', title: 'Aktenzeichen', readOnly: true },
    en: { title: 'Reference number', description: 'Given by the office.' },
    filled: 'GEW-2026-0042',
    description: 'Vom Amt vergeben.',
    longTitle:
      'Aktenzeichen, das das Gewerbeamt diesem Vorgang zugeordnet hat und das Sie bei allen Rückfragen bitte angeben',
  },
  choice: {
    schema: {
      title: 'Erreichbarkeit',
      oneOf: [
        {
          title: 'Per E-Mail',
          type: 'object',
          properties: { mail: { type: 'string', format: 'email', title: 'E-Mail' } },
          required: ['mail'],
        },
        {
          title: 'Per Telefon',
          type: 'object',
          properties: { rufnummer: { type: 'string', title: 'Rufnummer' } },
          required: ['rufnummer'],
        },
      ],
    },
    en: { title: 'How to reach you', description: 'One of the two.' },
    filled: { mail: 'erika.mustermann@example.org' },
    invalid: { mail: 'erika@' },
    description: 'Eine der beiden Möglichkeiten.',
    longTitle:
      'Auf welchem Weg die zuständige Stelle Sie für Rückfragen zu diesem Antrag am besten erreichen kann, wenn etwas unklar ist',
  },
  json: {
    schema: { type: 'object', title: 'Zusatzdaten', additionalProperties: { type: 'integer' } },
    en: { title: 'Additional data', description: 'As JSON.' },
    filled: { filialen: 2 },
    invalid: { filialen: 'zwei' },
    description: 'Als JSON.',
    longTitle:
      'Weitere strukturierte Angaben für das Fachverfahren, die das Formular nicht als eigene Felder abfragt, im JSON-Format',
  },
};

/** All field kinds, in the catalogue's order. */
export const fieldKinds = Object.keys(fieldCatalogue) as FieldKind[];

/** A state of a field, as the field stories show it. */
export type FieldState =
  'empty' | 'filled' | 'required' | 'hint' | 'error' | 'readonly' | 'disabled' | 'long-labels';

/** One-step definition with the given kinds in the given state. */
export function fieldsDefinition(kinds: readonly FieldKind[], state: FieldState): ServiceDefinition {
  const properties: Record<string, JsonSchemaObject> = {};
  const en: Record<string, string> = {
    '/title': 'All field kinds',
    '/steps/0/title': 'Fields',
  };
  for (const kind of kinds) {
    const entry = fieldCatalogue[kind];
    const schema: JsonSchemaObject = { ...entry.schema };
    if (state === 'hint') schema.description = entry.description;
    if (state === 'long-labels') schema.title = entry.longTitle;
    if (state === 'readonly') schema.readOnly = true;
    properties[kind] = schema;
    if (state !== 'long-labels') en[`/schema/properties/${kind}/title`] = entry.en.title;
    if (state === 'hint') en[`/schema/properties/${kind}/description`] = entry.en.description;
  }
  return {
    id: `feldarten-${state}`,
    version: '1.0.0',
    title: 'Alle Feldarten',
    schema: {
      type: 'object',
      properties,
      ...(state === 'required' || state === 'error' ? { required: [...kinds] } : {}),
    },
    steps: [{ id: 'felder', title: 'Felder', fields: kinds.map((kind) => `/${kind}`) }],
    translations: { en },
  };
}

/** The answers for a state: valid ones, invalid ones where a kind has them, or none. */
export function fieldsData(kinds: readonly FieldKind[], state: FieldState): Record<string, unknown> {
  if (state === 'empty' || state === 'required') return {};
  const data: Record<string, unknown> = {};
  for (const kind of kinds) {
    const entry = fieldCatalogue[kind];
    const value = state === 'error' ? entry.invalid : entry.filled;
    if (value !== undefined) data[kind] = value;
  }
  return data;
}
