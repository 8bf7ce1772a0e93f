import { loadDefinition } from '../load-definition.js';
import type { ServiceDefinition } from '../definition.js';

/** A small definition exercising every condition kind; shared by the core tests. */
export const conditionsDefinition: ServiceDefinition = {
  id: 'bedingungen',
  version: '1.0.0',
  title: 'Bedingungen',
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    unevaluatedProperties: false,
    required: ['art', 'name'],
    properties: {
      art: {
        title: 'Art',
        type: 'string',
        oneOf: [
          { const: 'person', title: 'Person' },
          { const: 'firma', title: 'Firma' },
        ],
      },
      name: { title: 'Name', type: 'string', minLength: 1, maxLength: 50 },
      plz: { title: 'Postleitzahl', type: 'string', format: 'de-postcode' },
      email: { title: 'E-Mail', type: 'string', format: 'email' },
      telefon: { title: 'Telefon', type: 'string' },
      iban: { title: 'IBAN', type: 'string', format: 'iban' },
      alter: { title: 'Alter', type: 'integer', minimum: 0, maximum: 150 },
      kinder: {
        title: 'Kinder',
        type: 'array',
        maxItems: 3,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['vorname'],
          properties: {
            vorname: { title: 'Vorname', type: 'string', format: 'din-91379-a' },
            betreut: { title: 'Betreut', type: 'boolean' },
            schule: { title: 'Schule', type: 'string' },
          },
          allOf: [
            {
              if: { properties: { betreut: { const: true } }, required: ['betreut'] },
              then: { required: ['schule'] },
            },
          ],
        },
      },
      lieferung: {
        title: 'Lieferung',
        type: 'object',
        unevaluatedProperties: false,
        properties: {
          art: {
            title: 'Lieferart',
            type: 'string',
            oneOf: [
              { const: 'post', title: 'Post' },
              { const: 'abholung', title: 'Abholung' },
            ],
          },
        },
        oneOf: [
          {
            properties: { art: { const: 'post' }, strasse: { title: 'Straße', type: 'string' } },
            required: ['strasse'],
          },
          {
            properties: {
              art: { const: 'abholung' },
              termin: { title: 'Termin', type: 'string', format: 'date' },
            },
            required: ['termin'],
          },
        ],
      },
      bestaetigt: { title: 'Richtigkeit bestätigt', type: 'boolean', const: true },
    },
    dependentRequired: { telefon: ['email'] },
    dependentSchemas: {
      iban: {
        properties: { kontoinhaber: { title: 'Kontoinhaber', type: 'string' } },
        required: ['kontoinhaber'],
      },
    },
    allOf: [
      {
        if: { properties: { art: { const: 'firma' } }, required: ['art'] },
        then: {
          properties: {
            register: {
              title: 'Registernummer',
              type: 'string',
              pattern: '^HR[AB] [0-9]+$',
              'x-efa': { messages: { pattern: '„{label}“ wie HRB 12345 angeben.' } },
            },
          },
          required: ['register'],
        },
        else: { properties: { geburtsdatum: { title: 'Geburtsdatum', type: 'string', format: 'date' } } },
      },
    ],
  },
  steps: [
    {
      id: 'person',
      title: 'Person',
      fields: ['/art', '/name', '/register', '/geburtsdatum', '/alter', '/kinder'],
    },
    {
      id: 'kontakt',
      title: 'Kontakt',
      fields: ['/plz', '/email', '/telefon', '/iban', '/kontoinhaber', '/lieferung', '/bestaetigt'],
    },
  ],
};

/** A loaded definition around `schema` (id `t`, one generated step unless `extra` gives steps). */
export const define = (schema: ServiceDefinition['schema'], extra: Partial<ServiceDefinition> = {}) =>
  loadDefinition({ id: 't', version: '1.0.0', title: 'T', schema, ...extra });
