/** Test support: small definitions with XÖV settings around a data schema. */
import { loadDefinition, type Definition, type JsonSchemaObject, type Locale } from '@efa-forms/core';

/** A tenant as the header needs it. */
export const TEST_TENANT = {
  behoerde: { name: 'Stadt Teststadt, Bürgeramt' },
  dvdv: { praefix: 'ags', kennung: '09999998' },
  kontakt: { email: 'buergeramt@teststadt.example', telefon: '+49 9999 1234' },
};

/** A tenant schema matching `TEST_TENANT`. */
const TENANT_SCHEMA = {
  type: 'object',
  properties: {
    behoerde: {
      type: 'object',
      title: 'Behörde',
      properties: { name: { type: 'string', title: 'Name' } },
      required: ['name'],
    },
    dvdv: {
      type: 'object',
      title: 'DVDV',
      properties: {
        praefix: { type: 'string', title: 'Präfix' },
        kennung: { type: 'string', title: 'Kennung' },
      },
      required: ['praefix', 'kennung'],
    },
    kontakt: {
      type: 'object',
      title: 'Kontakt',
      properties: {
        email: { type: 'string', title: 'E-Mail' },
        telefon: { type: 'string', title: 'Telefon' },
      },
    },
  },
  required: ['behoerde', 'dvdv'],
};

/** Loads a definition with `schema` as data schema, message `test.nachricht.0001` in `urn:efa-forms:test:1`. */
export function xoevDefinition(
  schema: JsonSchemaObject,
  extra: Record<string, unknown> = {},
  locale: Locale = 'de',
): Definition {
  return loadDefinition(
    {
      id: 'test-dienst',
      version: '2.1.0',
      title: 'Testdienst',
      schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema },
      xoev: {
        message: 'test.nachricht.0001',
        namespace: 'urn:efa-forms:test:1',
        prefix: 't',
        standard: 'XTest',
        version: '1.0',
        nachrichtentyp: {
          listURI: 'urn:efa-forms:test:codeliste:nachrichtentyp',
          listVersionID: '1',
          code: '0001',
        },
      },
      tenant: TENANT_SCHEMA,
      ...extra,
    },
    { tenant: TEST_TENANT, locale },
  );
}

/** Fixed header inputs for reproducible messages. */
export const FIXED_HEADER = {
  uuid: '0f0e0d0c-0b0a-4908-8706-050403020100',
  now: new Date('2024-12-31T23:59:59.999Z'),
  timeZone: 'Europe/Berlin',
} as const;

/** A schema with every kind the XML mapping knows, conditions and arrays included. */
/** A list of lists: each inner list an element `<matrix>`, its numbers `<zeile>`. */
export const LIST_OF_LISTS: JsonSchemaObject = {
  type: 'object',
  properties: {
    matrix: {
      type: 'array',
      title: 'Matrix',
      items: { type: 'array', items: { type: 'integer', 'x-xoev': { element: 'zeile' } } },
    },
  },
};

export const KITCHEN_SINK: JsonSchemaObject = {
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Name', minLength: 1, maxLength: 50 },
    anzahl: { type: 'integer', title: 'Anzahl', minimum: 0, maximum: 99 },
    betrag: { type: 'number', title: 'Betrag', exclusiveMinimum: 0 },
    aktiv: { type: 'boolean', title: 'Aktiv' },
    datum: { type: 'string', title: 'Datum', format: 'date' },
    zeitpunkt: { type: 'string', title: 'Zeitpunkt', format: 'date-time' },
    farbe: {
      type: 'string',
      title: 'Farbe',
      oneOf: [
        { const: 'rot', title: 'Rot' },
        { const: 'gruen', title: 'Grün' },
      ],
    },
    land: {
      type: 'string',
      title: 'Land',
      'x-xoev': {
        codeList: { listURI: 'urn:efa-forms:test:codeliste:land', listVersionID: '3' },
        element: 'staat',
      },
      oneOf: [
        { const: 'DE', title: 'Deutschland' },
        { const: 'FR', title: 'Frankreich' },
      ],
    },
    anhang: {
      type: 'string',
      title: 'Anhang',
      contentEncoding: 'base64',
      contentMediaType: 'application/pdf',
    },
    adresse: {
      type: 'object',
      title: 'Adresse',
      properties: {
        strasse: { type: 'string', title: 'Straße' },
        plz: { type: 'string', title: 'PLZ', pattern: '^[0-9]{5}$' },
      },
      required: ['strasse'],
    },
    personen: {
      type: 'array',
      title: 'Personen',
      maxItems: 3,
      items: {
        type: 'object',
        title: 'Person',
        properties: {
          vorname: { type: 'string', title: 'Vorname' },
          alter: { type: 'integer', title: 'Alter' },
        },
        required: ['vorname'],
      },
    },
    tags: { type: 'array', title: 'Schlagworte', items: { type: 'string' } },
    art: {
      type: 'string',
      title: 'Art',
      oneOf: [
        { const: 'privat', title: 'Privat' },
        { const: 'firma', title: 'Firma' },
      ],
    },
  },
  required: ['name', 'art'],
  if: { properties: { art: { const: 'firma' } }, required: ['art'] },
  then: {
    properties: {
      firma: { type: 'string', title: 'Firma', minLength: 1 },
      mitarbeiter: { type: 'array', title: 'Mitarbeitende', items: { type: 'string', title: 'Name' } },
    },
    required: ['firma', 'mitarbeiter'],
  },
  additionalProperties: true,
};

/** Data for `KITCHEN_SINK` with every field. */
export const KITCHEN_SINK_DATA = {
  name: 'Erika <Mustermann> & Co',
  anzahl: 7,
  betrag: 12.5,
  aktiv: false,
  datum: '2024-02-29',
  zeitpunkt: '2024-02-29T12:00:00.250+01:00',
  farbe: 'gruen',
  land: 'FR',
  anhang: 'JVBERi0xLjQK',
  adresse: { strasse: 'Hauptstraße 1', plz: '01067' },
  personen: [{ vorname: 'Anna', alter: 3 }, { vorname: 'Ben' }],
  tags: ['a', 'b'],
  art: 'firma',
  firma: 'Beispiel GmbH',
  mitarbeiter: [],
};
