import type { ServiceDefinition } from '@efa-forms/core';

/** Two options, a short list (radios) and a long one (select). */
const rechtsformen = [
  { const: 'einzel', title: 'Einzelunternehmen' },
  { const: 'gbr', title: 'GbR' },
  { const: 'gmbh', title: 'GmbH' },
];
const laender = [
  'Deutschland',
  'Österreich',
  'Schweiz',
  'Frankreich',
  'Polen',
  'Dänemark',
  'Niederlande',
  'Belgien',
].map((title, index) => ({
  const: `L${index}`,
  title,
}));

/** A definition with every built-in field kind, a condition, a repeat group and three steps. */
export const kitchenSink: ServiceDefinition = {
  id: 'kitchen-sink',
  version: '1.0.0',
  title: 'Alle Feldarten',
  description: 'Testdefinition',
  schema: {
    type: 'object',
    properties: {
      name: {
        type: 'string',
        title: 'Name',
        description: 'Wie im Ausweis',
        minLength: 2,
        'x-efa': { autocomplete: 'name' },
      },
      notiz: { type: 'string', title: 'Notiz', 'x-efa': { widget: 'textarea', rows: 3 } },
      email: { type: 'string', format: 'email', title: 'E-Mail-Adresse' },
      telefon: { type: 'string', title: 'Telefon', 'x-efa': { autocomplete: 'tel' } },
      webseite: { type: 'string', format: 'uri', title: 'Webseite' },
      anzahl: { type: 'integer', title: 'Anzahl Beschäftigte', minimum: 0 },
      umsatz: { type: 'number', title: 'Umsatz in Euro' },
      beginn: { type: 'string', format: 'date', title: 'Beginn' },
      termin: { type: 'string', format: 'date-time', title: 'Termin' },
      rechtsform: { type: 'string', title: 'Rechtsform', oneOf: rechtsformen },
      land: { type: 'string', title: 'Land', oneOf: laender },
      zustimmung: { type: 'boolean', title: 'Ich stimme zu', const: true },
      newsletter: { type: 'boolean', title: 'Newsletter' },
      vorbestraft: { type: 'boolean', title: 'Vorbestraft' },
      branchen: {
        type: 'array',
        title: 'Branchen',
        uniqueItems: true,
        items: {
          type: 'string',
          oneOf: [
            { const: 'handel', title: 'Handel' },
            { const: 'handwerk', title: 'Handwerk' },
            { const: 'dienst', title: 'Dienstleistung' },
          ],
        },
      },
      anschrift: {
        type: 'object',
        title: 'Anschrift',
        properties: {
          strasse: { type: 'string', title: 'Straße', 'x-efa': { autocomplete: 'street-address' } },
          plz: {
            type: 'string',
            title: 'Postleitzahl',
            pattern: '^[0-9]{5}$',
            'x-efa': { autocomplete: 'postal-code', inputmode: 'numeric' },
          },
        },
        required: ['strasse', 'plz'],
      },
      personen: {
        type: 'array',
        title: 'Gesellschafter',
        maxItems: 3,
        items: {
          type: 'object',
          title: 'Gesellschafter',
          properties: {
            vorname: { type: 'string', title: 'Vorname' },
            nachname: { type: 'string', title: 'Nachname' },
          },
          required: ['nachname'],
        },
      },
      aktenzeichen: { type: 'string', title: 'Aktenzeichen', readOnly: true },
      nachweis: {
        type: 'string',
        title: 'Nachweis',
        contentEncoding: 'base64',
        contentMediaType: 'application/pdf',
        maxLength: 1400,
      },
    },
    required: ['name', 'rechtsform', 'zustimmung', 'vorbestraft'],
    if: { properties: { rechtsform: { const: 'gmbh' } }, required: ['rechtsform'] },
    then: {
      properties: { registernummer: { type: 'string', title: 'Registernummer', description: 'HRB-Nummer' } },
      required: ['registernummer'],
    },
  },
  steps: [
    {
      id: 'person',
      title: 'Angaben zur Person',
      fields: [
        '/name',
        '/notiz',
        '/email',
        '/telefon',
        '/webseite',
        '/anzahl',
        '/umsatz',
        '/beginn',
        '/termin',
        '/aktenzeichen',
      ],
    },
    {
      id: 'betrieb',
      title: 'Betrieb',
      fields: [
        '/rechtsform',
        '/registernummer',
        '/land',
        '/branchen',
        '/anschrift',
        '/personen',
        '/nachweis',
      ],
    },
    { id: 'erklaerung', title: 'Erklärungen', fields: ['/zustimmung', '/newsletter', '/vorbestraft'] },
  ],
  translations: {
    en: {
      '/title': 'All field kinds',
      '/steps/0/title': 'About you',
      '/schema/properties/name/title': 'Name (en)',
    },
  },
};
