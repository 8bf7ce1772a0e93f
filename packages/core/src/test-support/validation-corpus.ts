import type { Definition, Locale, ServiceDefinition } from '../definition.js';
import type { ValidationResult } from '../validation-error.js';
import { createValidator } from '../create-validator.js';
import { loadDefinition } from '../load-definition.js';
import { conditionsDefinition } from './sample-definitions.js';
// The corpus has English cases: English as the full @efa-forms/core loads it.
import '../locales/english.js';

/**
 * One fixture of the validation corpus: a definition, data to validate and the message language.
 * `format` names the format a case exercises, so the tests can check that every format is seen
 * both accepted and rejected.
 */
export interface CorpusCase {
  name: string;
  definition: ServiceDefinition;
  data: unknown;
  locale?: Locale;
  format?: string;
}

/** The standard formats (ajv-formats) that service definitions use; the German ones come from core. */
export const corpusStandardFormats = ['email', 'date', 'date-time', 'uri'] as const;

/** One field per format, none required: a case sets one field and is valid or has one format error. */
const formatsDefinition: ServiceDefinition = {
  id: 'formate',
  version: '1.0.0',
  title: 'Formate',
  schema: {
    type: 'object',
    properties: {
      plz: { title: 'Postleitzahl', type: 'string', format: 'de-postcode' },
      iban: { title: 'IBAN', type: 'string', format: 'iban' },
      steuerId: { title: 'Steuer-ID', type: 'string', format: 'de-steuer-id' },
      kennzeichen: { title: 'Kfz-Kennzeichen', type: 'string', format: 'de-licence-plate' },
      familienname: { title: 'Familienname', type: 'string', format: 'din-91379-a' },
      ort: { title: 'Wohnort', type: 'string', format: 'din-91379-b' },
      bemerkung: { title: 'Bemerkung', type: 'string', format: 'din-91379-c' },
      email: { title: 'E-Mail', type: 'string', format: 'email' },
      geburtsdatum: { title: 'Geburtsdatum', type: 'string', format: 'date' },
      termin: { title: 'Termin', type: 'string', format: 'date-time' },
      webseite: { title: 'Webseite', type: 'string', format: 'uri' },
    },
  },
};

/**
 * A cross-field rule: "bis" not before "von", with ajv's `$data` reference (`formatMinimum` of
 * ajv-formats); one field with its own message, one with the built-in one.
 */
const periodDefinition: ServiceDefinition = {
  id: 'zeitraum',
  version: '1.0.0',
  title: 'Zeitraum',
  schema: {
    type: 'object',
    properties: {
      zeitraum: {
        title: 'Zeitraum',
        type: 'object',
        required: ['von', 'bis'],
        properties: {
          von: { title: 'Von', type: 'string', format: 'date' },
          bis: {
            title: 'Bis',
            type: 'string',
            format: 'date',
            formatMinimum: { $data: '1/von' },
            'x-efa': { messages: { formatMinimum: '„{label}“ darf nicht vor dem Beginn liegen.' } },
          },
        },
      },
      abgabe: {
        title: 'Abgabe',
        type: 'string',
        format: 'date',
        formatMaximum: { $data: '1/zeitraum/bis' },
      },
    },
  },
};

/** Keyword rules: types, lengths, patterns, numbers, options, arrays, nested conditions. */
const rulesDefinition: ServiceDefinition = {
  id: 'regeln',
  version: '1.0.0',
  title: 'Regeln',
  schema: {
    type: 'object',
    required: ['antragsteller'],
    properties: {
      antragsteller: {
        title: 'Antragsteller',
        type: 'object',
        required: ['name', 'anschrift'],
        properties: {
          name: { title: 'Name', type: 'string', minLength: 2, maxLength: 20 },
          anschrift: {
            title: 'Anschrift',
            type: 'object',
            required: ['strasse', 'plz'],
            properties: {
              strasse: { title: 'Straße', type: 'string' },
              plz: { title: 'PLZ', type: 'string', pattern: '^[0-9]{5}$' },
            },
          },
        },
      },
      anzahl: { title: 'Anzahl', type: 'integer', minimum: 1, maximum: 10 },
      flaeche: { title: 'Fläche in m²', type: 'number', minimum: 0.5, maximum: 12500.75 },
      betrag: { title: 'Betrag', type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1000000 },
      stufe: { title: 'Stufe', type: 'integer', enum: [1, 2, 3] },
      farbe: {
        title: 'Farbe',
        type: 'string',
        oneOf: [
          { const: 'rot', title: 'Rot' },
          { const: 'gruen', title: 'Grün' },
        ],
      },
      zustimmung: { title: 'Zustimmung', type: 'boolean', const: true },
      kennung: {
        title: 'Kennung',
        type: 'string',
        maxLength: 7,
        pattern: '^[A-Z]{2}-[0-9]{4}$',
        'x-efa': {
          messages: {
            pattern: '„{label}“ bitte wie AB-1234 angeben.',
            maxLength: '„{label}“ hat höchstens {limit} Zeichen.',
          },
        },
      },
      schlagworte: {
        title: 'Schlagworte',
        type: 'array',
        minItems: 1,
        maxItems: 3,
        uniqueItems: true,
        items: { title: 'Schlagwort', type: 'string', minLength: 2 },
      },
      fahrzeuge: {
        title: 'Fahrzeuge',
        type: 'array',
        items: {
          title: 'Fahrzeug',
          type: 'object',
          required: ['art'],
          properties: {
            art: {
              title: 'Fahrzeugart',
              type: 'string',
              oneOf: [
                { const: 'pkw', title: 'Pkw' },
                { const: 'lkw', title: 'Lkw' },
              ],
            },
            kennzeichen: { title: 'Kennzeichen', type: 'string', format: 'de-licence-plate' },
            gewicht: { title: 'Zulässiges Gesamtgewicht', type: 'number' },
          },
          if: { properties: { art: { const: 'lkw' } }, required: ['art'] },
          then: { properties: { gewicht: { minimum: 3500 } }, required: ['gewicht'] },
          else: { properties: { gewicht: { maximum: 3500 } } },
        },
      },
      wohnsitz: {
        title: 'Wohnsitz',
        type: 'object',
        properties: {
          land: {
            title: 'Land',
            type: 'string',
            oneOf: [
              { const: 'DE', title: 'Deutschland' },
              { const: 'AT', title: 'Österreich' },
              { const: 'andere', title: 'Anderes Land' },
            ],
          },
          plz: { title: 'Postleitzahl', type: 'string' },
          staat: { title: 'Staat', type: 'string' },
        },
        required: ['land'],
        if: { properties: { land: { const: 'DE' } }, required: ['land'] },
        then: { properties: { plz: { format: 'de-postcode' } }, required: ['plz'] },
        else: {
          if: { properties: { land: { const: 'AT' } }, required: ['land'] },
          then: { properties: { plz: { pattern: '^[0-9]{4}$' } }, required: ['plz'] },
          else: { required: ['staat'] },
        },
      },
    },
  },
};

/** A schema written elsewhere in draft-07: `definitions`, `$ref`, both forms of `dependencies`. */
const draft07Definition: ServiceDefinition = {
  id: 'entwurf-sieben',
  version: '1.0.0',
  title: 'Draft 07',
  schema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    definitions: {
      person: {
        title: 'Person',
        type: 'object',
        required: ['vorname', 'nachname'],
        properties: {
          vorname: { title: 'Vorname', type: 'string', minLength: 1 },
          nachname: { title: 'Nachname', type: 'string', minLength: 1 },
        },
      },
      plz: { title: 'Postleitzahl', type: 'string', format: 'de-postcode' },
    },
    properties: {
      antragsteller: { $ref: '#/definitions/person' },
      plz: { $ref: '#/definitions/plz' },
      telefon: { title: 'Telefon', type: 'string' },
      email: { title: 'E-Mail', type: 'string', format: 'email' },
      firma: { title: 'Firma', type: 'string' },
      handelsregister: { title: 'Handelsregister', type: 'string' },
      betrag: { title: 'Betrag', type: 'number', exclusiveMinimum: 0 },
    },
    dependencies: {
      telefon: ['email'],
      firma: {
        properties: { handelsregister: { pattern: '^HR[AB] [0-9]+$' } },
        required: ['handelsregister'],
      },
    },
  },
};

/** With `xoev`, every string must be something XML 1.0 can carry. */
const xoevDefinition: ServiceDefinition = {
  id: 'xoev-zeichen',
  version: '1.0.0',
  title: 'XÖV-Zeichen',
  schema: {
    type: 'object',
    properties: {
      name: { title: 'Name', type: 'string', format: 'din-91379-a' },
      adresse: {
        title: 'Adresse',
        type: 'object',
        properties: { strasse: { title: 'Straße', type: 'string' } },
      },
      notizen: { title: 'Notizen', type: 'array', items: { title: 'Notiz', type: 'string' } },
    },
  },
  xoev: {
    message: 'test.nachricht.0001',
    namespace: 'urn:test',
    prefix: 't',
    standard: 'T',
    version: '1',
    nachrichtentyp: { listURI: 'urn:l', listVersionID: '1', code: '0001' },
  },
};

/** The smallest valid data of `conditionsDefinition`. */
const person = { art: 'person', name: 'Erika Mustermann', bestaetigt: true };
/** The smallest valid data of `rulesDefinition`. */
const applicant = { antragsteller: { name: 'Erika', anschrift: { strasse: 'Hauptstraße 1', plz: '10115' } } };

function nested(depth: number): unknown {
  let value: unknown = 'tief';
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

function formatCase(name: string, format: string, data: Record<string, unknown>): CorpusCase {
  return { name, definition: formatsDefinition, data, format };
}

/** Fixtures validated in Node and in Chromium; both must give the results in `validation-corpus.expected.json`. */
export const validationCorpus: CorpusCase[] = [
  // German formats
  formatCase('de-postcode: valid', 'de-postcode', { plz: '01067' }),
  formatCase('de-postcode: four digits', 'de-postcode', { plz: '1067' }),
  formatCase('de-postcode: region 00 does not exist', 'de-postcode', { plz: '00999' }),
  formatCase('iban: electronic form', 'iban', { iban: 'DE89370400440532013000' }),
  formatCase('iban: spaced paper form', 'iban', { iban: 'DE89 3704 0044 0532 0130 00' }),
  formatCase('iban: bad checksum', 'iban', { iban: 'DE88370400440532013000' }),
  formatCase('de-steuer-id: valid', 'de-steuer-id', { steuerId: '86095742719' }),
  formatCase('de-steuer-id: wrong check digit', 'de-steuer-id', { steuerId: '86095742718' }),
  formatCase('de-licence-plate: valid with umlaut', 'de-licence-plate', { kennzeichen: 'TÜ-AB 123' }),
  formatCase('de-licence-plate: three recognition letters', 'de-licence-plate', { kennzeichen: 'B-ABC 12' }),
  formatCase('din-91379-a: name with diacritics and combining sequence', 'din-91379-a', {
    familienname: 'Müller-Lüdenscheidt d’Argent L\u0325\u0304',
  }),
  formatCase('din-91379-a: digit in a name', 'din-91379-a', { familienname: 'Müller 2' }),
  formatCase('din-91379-b: street with house number', 'din-91379-b', { ort: 'Straße des 17. Juni 135' }),
  formatCase('din-91379-b: Greek letters', 'din-91379-b', { ort: 'Αθήνα' }),
  formatCase('din-91379-c: free text with line break and euro', 'din-91379-c', {
    bemerkung: 'Bitte 5 € überweisen.\nDanke!',
  }),
  formatCase('din-91379-c: emoji', 'din-91379-c', { bemerkung: 'Danke 😀' }),
  // Standard formats
  formatCase('email: valid', 'email', { email: 'erika.mustermann@example.de' }),
  formatCase('email: no domain', 'email', { email: 'erika@' }),
  formatCase('date: 29 February of a leap year', 'date', { geburtsdatum: '2024-02-29' }),
  formatCase('date: 30 February', 'date', { geburtsdatum: '2024-02-30' }),
  formatCase('date: German notation', 'date', { geburtsdatum: '29.02.2024' }),
  formatCase('date-time: with offset', 'date-time', { termin: '2024-05-01T09:30:00+02:00' }),
  formatCase('date-time: no time zone', 'date-time', { termin: '2024-05-01T09:30:00' }),
  formatCase('uri: valid', 'uri', { webseite: 'https://www.example.de/antrag?stufe=1#start' }),
  formatCase('uri: no scheme', 'uri', { webseite: 'www.example.de' }),
  // Keyword rules
  { name: 'rules: valid minimum', definition: rulesDefinition, data: applicant },
  {
    name: 'rules: everything filled in and valid',
    definition: rulesDefinition,
    data: {
      ...applicant,
      anzahl: 10,
      flaeche: 12500.75,
      betrag: 999999.99,
      stufe: 2,
      farbe: 'gruen',
      zustimmung: true,
      kennung: 'AB-1234',
      schlagworte: ['Bau', 'Lärm'],
      fahrzeuge: [
        { art: 'pkw', kennzeichen: 'B-AB 1234', gewicht: 1500 },
        { art: 'lkw', gewicht: 7500 },
      ],
      wohnsitz: { land: 'DE', plz: '10115' },
    },
  },
  { name: 'rules: empty object at the root', definition: rulesDefinition, data: {} },
  { name: 'rules: an array at the root', definition: rulesDefinition, data: [] },
  {
    name: 'rules: wrong types',
    definition: rulesDefinition,
    data: { antragsteller: 'Erika', anzahl: 'drei', flaeche: 2.5, zustimmung: 'ja', schlagworte: 'Bau' },
  },
  {
    name: 'rules: a number that is not whole',
    definition: rulesDefinition,
    data: { ...applicant, anzahl: 2.5 },
  },
  {
    name: 'rules: required at depth',
    definition: rulesDefinition,
    data: { antragsteller: { name: 'Erika', anschrift: {} } },
  },
  {
    name: 'rules: too short',
    definition: rulesDefinition,
    data: { antragsteller: { ...applicant.antragsteller, name: 'E' } },
  },
  {
    name: 'rules: too long',
    definition: rulesDefinition,
    data: { antragsteller: { ...applicant.antragsteller, name: 'Erika Mustermann-Gabler' } },
  },
  {
    name: 'rules: pattern at depth',
    definition: rulesDefinition,
    data: { antragsteller: { name: 'Erika', anschrift: { strasse: 'Hauptstraße 1', plz: '1011' } } },
  },
  {
    name: 'rules: below minimum, above maximum',
    definition: rulesDefinition,
    data: { ...applicant, anzahl: 0, flaeche: 12500.8 },
  },
  {
    name: 'rules: exclusive bounds',
    definition: rulesDefinition,
    data: { ...applicant, betrag: 0 },
  },
  {
    name: 'rules: exclusive maximum with a large number',
    definition: rulesDefinition,
    data: { ...applicant, betrag: 1000000, flaeche: 0.25 },
  },
  {
    name: 'rules: enum and oneOf const options',
    definition: rulesDefinition,
    data: { ...applicant, stufe: 4, farbe: 'blau' },
  },
  {
    name: 'rules: const true checkbox not ticked',
    definition: rulesDefinition,
    data: { ...applicant, zustimmung: false },
  },
  {
    name: 'rules: x-efa.messages override pattern and maxLength',
    definition: rulesDefinition,
    data: { ...applicant, kennung: 'ab-12345' },
  },
  {
    name: 'rules: array bounds and unique items',
    definition: rulesDefinition,
    data: { ...applicant, schlagworte: [] },
  },
  {
    name: 'rules: too many and repeated items',
    definition: rulesDefinition,
    data: { ...applicant, schlagworte: ['Bau', 'Lärm', 'Bau', 'B'] },
  },
  {
    name: 'rules: if/then/else per array item',
    definition: rulesDefinition,
    data: {
      ...applicant,
      fahrzeuge: [
        { art: 'pkw', gewicht: 4000, kennzeichen: 'B-AB 0123' },
        { art: 'lkw' },
        { art: 'lkw', gewicht: 3000 },
        { gewicht: 1000 },
      ],
    },
  },
  {
    name: 'rules: nested if/then/else, outer then',
    definition: rulesDefinition,
    data: { ...applicant, wohnsitz: { land: 'DE', plz: '1010' } },
  },
  {
    name: 'rules: nested if/then/else, inner then',
    definition: rulesDefinition,
    data: { ...applicant, wohnsitz: { land: 'AT', plz: '10115' } },
  },
  {
    name: 'rules: nested if/then/else, inner else',
    definition: rulesDefinition,
    data: { ...applicant, wohnsitz: { land: 'andere' } },
  },
  {
    name: 'rules: nested if/then/else, missing discriminator',
    definition: rulesDefinition,
    data: { ...applicant, wohnsitz: {} },
  },
  {
    name: 'rules: English numbers',
    definition: rulesDefinition,
    data: { ...applicant, flaeche: 20000, betrag: 1000000, schlagworte: [] },
    locale: 'en',
  },
  // Conditions of the shared sample definition
  { name: 'conditions: valid person', definition: conditionsDefinition, data: person },
  {
    name: 'conditions: valid company with everything',
    definition: conditionsDefinition,
    data: {
      art: 'firma',
      name: 'Muster GmbH',
      register: 'HRB 12345',
      plz: '10115',
      email: 'info@example.de',
      telefon: '030 1234567',
      iban: 'DE89 3704 0044 0532 0130 00',
      kontoinhaber: 'Muster GmbH',
      kinder: [{ vorname: 'Anna' }, { vorname: 'Ben', betreut: true, schule: 'Grundschule' }],
      lieferung: { art: 'abholung', termin: '2024-06-03' },
      bestaetigt: true,
    },
  },
  { name: 'conditions: nothing filled in', definition: conditionsDefinition, data: {} },
  {
    name: 'conditions: if/then inside allOf',
    definition: conditionsDefinition,
    data: { ...person, art: 'firma' },
  },
  {
    name: 'conditions: x-efa.messages override in a then branch',
    definition: conditionsDefinition,
    data: { ...person, art: 'firma', register: '12345' },
  },
  {
    name: 'conditions: unknown option of a oneOf const list',
    definition: conditionsDefinition,
    data: { ...person, art: 'verein' },
  },
  {
    name: 'conditions: dependentRequired',
    definition: conditionsDefinition,
    data: { ...person, telefon: '030 1234567' },
  },
  {
    name: 'conditions: dependentSchemas',
    definition: conditionsDefinition,
    data: { ...person, iban: 'DE89370400440532013000' },
  },
  {
    name: 'conditions: if/then inside allOf of array items',
    definition: conditionsDefinition,
    data: { ...person, kinder: [{ vorname: 'Anna' }, { vorname: 'Ben', betreut: true }] },
  },
  {
    name: 'conditions: too many items, name format in an item',
    definition: conditionsDefinition,
    data: {
      ...person,
      kinder: [{ vorname: 'Anna' }, { vorname: 'B3n' }, { vorname: 'Carl' }, { vorname: 'Dora' }],
    },
  },
  {
    name: 'conditions: oneOf discriminator selects the post branch',
    definition: conditionsDefinition,
    data: { ...person, lieferung: { art: 'post' } },
  },
  {
    name: 'conditions: oneOf discriminator selects the pickup branch',
    definition: conditionsDefinition,
    data: { ...person, lieferung: { art: 'abholung', termin: '2024-02-30' } },
  },
  {
    name: 'conditions: oneOf without discriminator',
    definition: conditionsDefinition,
    data: { ...person, lieferung: {} },
  },
  {
    name: 'conditions: oneOf with an unknown discriminator',
    definition: conditionsDefinition,
    data: { ...person, lieferung: { art: 'drohne' } },
  },
  {
    name: 'conditions: unevaluatedProperties at the root and in a oneOf',
    definition: conditionsDefinition,
    data: {
      ...person,
      unbekannt: 1,
      lieferung: { art: 'post', strasse: 'Hauptstraße 1', termin: '2024-06-03' },
    },
  },
  {
    name: 'conditions: property of the else branch while then applies',
    definition: conditionsDefinition,
    data: { ...person, art: 'firma', register: 'HRA 1', geburtsdatum: '1990-01-01' },
  },
  {
    name: 'conditions: additionalProperties in an array item',
    definition: conditionsDefinition,
    data: { ...person, kinder: [{ vorname: 'Anna', alter: 3 }] },
  },
  {
    name: 'conditions: const true checkbox',
    definition: conditionsDefinition,
    data: { ...person, bestaetigt: false },
  },
  {
    name: 'conditions: English messages',
    definition: conditionsDefinition,
    data: { art: 'verein', bestaetigt: false, plz: '1234', telefon: '030', alter: 151 },
    locale: 'en',
  },
  {
    name: 'conditions: English, oneOf branch and override',
    definition: conditionsDefinition,
    data: { ...person, art: 'firma', register: 'x', lieferung: { art: 'post' } },
    locale: 'en',
  },
  // draft-07
  {
    name: 'draft-07: valid',
    definition: draft07Definition,
    data: {
      antragsteller: { vorname: 'Erika', nachname: 'Mustermann' },
      plz: '10115',
      telefon: '030 1234567',
      email: 'erika@example.de',
      firma: 'Muster GmbH',
      handelsregister: 'HRB 12345',
      betrag: 0.01,
    },
  },
  {
    name: 'draft-07: definitions via $ref',
    definition: draft07Definition,
    data: { antragsteller: { vorname: '' }, plz: '123' },
  },
  {
    name: 'draft-07: dependencies, array and schema form',
    definition: draft07Definition,
    data: { telefon: '030 1234567', firma: 'Muster GmbH' },
  },
  {
    name: 'draft-07: dependencies schema form with a pattern, exclusiveMinimum',
    definition: draft07Definition,
    data: { firma: 'Muster GmbH', handelsregister: 'HRC 1', betrag: 0 },
  },
  // XÖV: characters XML 1.0 cannot carry
  {
    name: 'xoev: tab, line feed and a surrogate pair are fine',
    definition: xoevDefinition,
    data: { name: 'Erika', adresse: { strasse: 'Hauptstraße\t1' }, notizen: ['Zeile 1\r\nZeile 2 😀'] },
  },
  {
    name: 'xoev: control character at depth',
    definition: xoevDefinition,
    data: { name: 'Erika', adresse: { strasse: 'Haupt\u0007straße 1' } },
  },
  {
    name: 'xoev: lone surrogate in an array item',
    definition: xoevDefinition,
    data: { notizen: ['gut', 'schlecht \uD83D!'] },
  },
  {
    name: 'xoev: lone surrogate in a DIN 91379 name',
    definition: xoevDefinition,
    data: { name: 'Erika\uDC00' },
  },
  {
    name: 'xoev: U+FFFE and NUL',
    definition: xoevDefinition,
    data: { name: '\u0000Erika', notizen: ['\uFFFE'] },
  },
  {
    name: 'no xoev: a control character is no xmlChar error, only a DIN 91379 one',
    definition: formatsDefinition,
    data: { kennzeichen: 'B-AB 1234', bemerkung: 'Piep\u0007' },
  },
  // Cross-field rules ($data)
  {
    name: 'period: bis after von',
    definition: periodDefinition,
    data: { zeitraum: { von: '2025-05-01', bis: '2025-05-31' }, abgabe: '2025-05-20' },
  },
  {
    name: 'period: bis on the day of von',
    definition: periodDefinition,
    data: { zeitraum: { von: '2025-05-01', bis: '2025-05-01' } },
  },
  {
    name: 'period: bis before von (own message)',
    definition: periodDefinition,
    data: { zeitraum: { von: '2025-05-01', bis: '2025-04-30' } },
  },
  {
    name: 'period: abgabe after bis (built-in message, two levels away)',
    definition: periodDefinition,
    data: { zeitraum: { von: '2025-05-01', bis: '2025-05-31' }, abgabe: '2025-06-01' },
  },
  {
    name: 'period: abgabe after bis (built-in message), English',
    definition: periodDefinition,
    data: { zeitraum: { von: '2025-05-01', bis: '2025-05-31' }, abgabe: '2025-06-01' },
    locale: 'en',
  },
  {
    name: 'period: bis not a date: the format error only, no comparison',
    definition: periodDefinition,
    data: { zeitraum: { von: '2025-05-01', bis: '01.04.2025' } },
  },
  {
    name: 'period: no von yet, nothing to compare',
    definition: periodDefinition,
    data: { zeitraum: { bis: '2025-04-30' } },
  },
  // Hostile data
  { name: 'hostile: nested deeper than the limit', definition: conditionsDefinition, data: nested(100) },
  {
    name: 'hostile: nested deeper than the limit, English',
    definition: conditionsDefinition,
    data: nested(10_000),
    locale: 'en',
  },
  {
    name: 'hostile: too many values',
    definition: rulesDefinition,
    data: { ...applicant, schlagworte: new Array<number>(200_001).fill(1) },
  },
  {
    name: 'hostile: __proto__ keys',
    definition: conditionsDefinition,
    data: JSON.parse(
      '{"art":"person","name":"E","bestaetigt":true,"__proto__":{"polluted":true},"kinder":[{"vorname":"A","__proto__":{"x":1}}]}',
    ) as unknown,
  },
];

/**
 * Runs every case of `validationCorpus`: each definition loaded once with `loadDefinition`, a
 * validator per case in the case's locale. The results are plain JSON data.
 */
export function runCorpus(): { name: string; result: ValidationResult }[] {
  const loaded = new Map<ServiceDefinition, Definition>();
  return validationCorpus.map(({ name, definition, data, locale }) => {
    let prepared = loaded.get(definition);
    if (!prepared) loaded.set(definition, (prepared = loadDefinition(definition)));
    return { name, result: createValidator(prepared, { locale }).validate(data) };
  });
}
