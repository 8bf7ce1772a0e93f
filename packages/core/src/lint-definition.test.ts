import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from './definition.js';
import { lintDefinition } from './lint-definition.js';

const service = (schema: JsonSchemaObject, more: Record<string, unknown> = {}) => ({
  id: 'beispiel',
  version: '1.0.0',
  title: 'Beispiel',
  schema,
  ...more,
});

const codes = (definition: unknown, tenant?: unknown) =>
  lintDefinition(definition, tenant === undefined ? {} : { tenant }).map(
    (problem) => `${problem.pointer} ${problem.code}`,
  );

describe('lintDefinition: a field named like a keyword is a field', () => {
  it('asks for labels of the options of fields named if, not, contains and propertyNames', () => {
    const untitled = { type: 'string', title: 'Feld', enum: ['a', 'b'] };
    const schema = {
      type: 'object',
      properties: { if: untitled, not: untitled, contains: untitled, propertyNames: untitled },
    };
    expect(codes(service(schema))).toEqual([
      '/schema/properties/if/enum enum-without-labels',
      '/schema/properties/not/enum enum-without-labels',
      '/schema/properties/contains/enum enum-without-labels',
      '/schema/properties/propertyNames/enum enum-without-labels',
    ]);
  });

  it('still leaves alone the options of subschemas that only test data, however deep', () => {
    const schema = {
      type: 'object',
      properties: {
        art: { type: 'string', title: 'Art', oneOf: [{ const: 'a', title: 'A' }] },
        liste: {
          type: 'array',
          title: 'Liste',
          items: { type: 'string', title: 'Eintrag' },
          contains: { type: 'string', enum: ['x', 'y'] },
        },
        gruppe: {
          type: 'object',
          title: 'Gruppe',
          properties: { not: { type: 'string', title: 'Nicht' } },
          propertyNames: { enum: ['not', 'sonst'], type: 'string' },
        },
      },
      if: { properties: { art: { type: 'string', enum: ['a', 'b'] } } },
      then: { required: ['art'] },
      allOf: [{ not: { properties: { art: { type: 'string', oneOf: [{ const: 'c' }] } } } }],
    };
    expect(codes(service(schema))).toEqual([]);
  });

  it('reads a keyword inside the schema of a field named like a keyword map', () => {
    // "properties" here is a field; its own `not` is the keyword and only tests data.
    const schema = {
      type: 'object',
      properties: {
        properties: {
          type: 'string',
          title: 'Eigenschaften',
          not: { type: 'string', enum: ['x', 'y'] },
        },
      },
    };
    expect(codes(service(schema))).toEqual([]);
  });

  it('names a closed object inside a field named not that hides a branch’s field', () => {
    const closed = {
      type: 'object',
      title: 'Geschlossen',
      properties: { a: { type: 'string', title: 'A' } },
      additionalProperties: false,
      oneOf: [{ properties: { b: { type: 'string', title: 'B' } } }],
    };
    expect(codes(service({ type: 'object', properties: { not: closed } }))).toEqual([
      '/schema/properties/not/additionalProperties closed-object-hides-fields',
    ]);
  });
});

describe('lintDefinition: names are own properties, never inherited ones', () => {
  const tenant = { type: 'object', properties: { name: { type: 'string' } } };

  it('reports a placeholder that names a property every object inherits', () => {
    for (const inherited of ['toString', 'constructor', 'hasOwnProperty']) {
      const definition = service(
        { type: 'object', properties: {} },
        { description: `Bei {tenant.${inherited}}`, tenant },
      );
      expect(lintDefinition(definition, { tenant: { name: 'Musterstadt' } })).toEqual([
        {
          pointer: '/description',
          code: 'placeholder-unknown',
          message: `{tenant.${inherited}} names no property of the "tenant" schema.`,
        },
      ]);
    }
  });

  it('reports options taken from an inherited name of the tenant', () => {
    const schema = {
      type: 'object',
      properties: { zone: { type: 'string', title: 'Zone', 'x-efa': { optionsFrom: 'tenant.constructor' } } },
    };
    expect(codes(service(schema, { tenant }), { name: 'x' })).toEqual([
      '/schema/properties/zone/x-efa/optionsFrom hint-options-from',
    ]);
  });

  it('names a branch field called constructor that a closed object rejects', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: 'string', title: 'A' } },
      additionalProperties: false,
      oneOf: [{ properties: { constructor: { type: 'string', title: 'Konstrukteur' } } }],
    };
    expect(lintDefinition(service(schema))).toEqual([
      expect.objectContaining({
        pointer: '/schema/additionalProperties',
        code: 'closed-object-hides-fields',
        message: expect.stringContaining('rejects "constructor"'),
      }),
    ]);
  });
});

describe('lintDefinition: step fields', () => {
  it('names the place a step field goes astray as a JSON Pointer, escaped like the field', () => {
    const schema = {
      type: 'object',
      properties: {
        'von/bis': { type: 'string', title: 'Von/bis' },
        rest: { type: 'string', title: 'Rest' },
      },
    };
    const definition = service(schema, {
      steps: [{ id: 'daten', title: 'Daten', fields: ['/von~1bis/tag', '/rest'] }],
    });
    expect(lintDefinition(definition)).toEqual([
      {
        pointer: '/steps/0/fields/0',
        code: 'step-field-missing',
        message: '"/von~1bis/tag" goes into "/von~1bis", which is not an object.',
      },
      {
        pointer: '/steps',
        code: 'field-without-step',
        message: 'The field "/von~1bis" is in no step; add it to the "fields" of one step.',
      },
    ]);
  });
});

describe('lintDefinition: dialects and the core and meta-data keywords', () => {
  const properties = { type: 'object', properties: {} };

  it('accepts every core and meta-data keyword of JSON Schema in strict mode', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://example.org/beispiel.json',
      $comment: 'Kommentar',
      $anchor: 'wurzel',
      $vocabulary: { 'https://json-schema.org/draft/2020-12/vocab/core': true },
      type: 'object',
      title: 'T',
      description: 'D',
      deprecated: false,
      readOnly: false,
      writeOnly: false,
      examples: [{}],
      default: {},
      $defs: { text: { $anchor: 'text', type: 'string' } },
      definitions: {},
      properties: {
        datei: {
          type: 'string',
          title: 'Datei',
          contentMediaType: 'text/plain',
          contentEncoding: 'base64',
          contentSchema: { type: 'string' },
        },
      },
    };
    expect(lintDefinition(service(schema))).toEqual([]);
  });

  it('accepts dynamic and recursive anchors and references', () => {
    const dynamic = {
      type: 'object',
      $dynamicAnchor: 'knoten',
      properties: { kind: { $dynamicRef: '#knoten', title: 'Kind' } },
    };
    expect(lintDefinition(service(dynamic))).toEqual([]);
    const recursive = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      $recursiveAnchor: true,
      properties: { kind: { $recursiveRef: '#', title: 'Kind' } },
    };
    expect(codes(service(recursive))).not.toContain('/schema/$recursiveAnchor unknown-keyword');
    expect(codes(service(recursive))).not.toContain('/schema/properties/kind/$recursiveRef unknown-keyword');
  });

  it('reads draft-07, draft-06 and "the latest" (as older tools wrote it), with or without "#"', () => {
    for (const $schema of [
      'http://json-schema.org/draft-07/schema#',
      'http://json-schema.org/draft-07/schema',
      'http://json-schema.org/draft-06/schema#',
      'http://json-schema.org/draft-06/schema',
      'http://json-schema.org/schema#',
      'https://json-schema.org/draft/2020-12/schema',
      'https://json-schema.org/draft/2020-12/schema#',
    ]) {
      expect(lintDefinition(service({ $schema, ...properties })), $schema).toEqual([]);
    }
  });

  it('checks each schema against its own dialect’s meta-schema, however the checks before it went', () => {
    // A tuple `items` array is draft-06/07; 2020-12 wants `prefixItems` and refuses it. The checkers
    // are kept per dialect and mode between definitions: the order must not matter.
    const tuple = (extra: Record<string, unknown>) =>
      service({
        ...extra,
        type: 'object',
        properties: { paar: { type: 'array', items: [{ type: 'string' }, { type: 'number' }] } },
      });
    const refused = ['/schema/properties/paar/items schema-invalid'];
    const twenty = { $schema: 'https://json-schema.org/draft/2020-12/schema' };
    expect(codes(tuple(twenty))).toEqual(refused);
    expect(codes(tuple({ $schema: 'http://json-schema.org/draft-07/schema#' }))).toEqual([]);
    expect(codes(tuple({ $schema: 'http://json-schema.org/draft-06/schema#' }))).toEqual([]);
    expect(codes(tuple({ definitions: {} }))).toEqual([]); // no $schema, written in draft-07 style
    expect(codes(tuple(twenty))).toEqual(refused);
    expect(lintDefinition(tuple(twenty), { mode: 'lenient' }).map((problem) => problem.code)).toEqual([
      'schema-invalid',
    ]);
  });

  it('refuses any other dialect by its exact name, and checks nothing else of that schema', () => {
    for (const $schema of [
      'http://json-schema.org/draft-04/schema#',
      'http://json-schema.org/draft/2019-09/schema',
      'xhttps://json-schema.org/draft/2020-12/schema',
      'https://json-schema.org/draft/2020-12/schema#x',
      'ftp://json-schema.org/draft-07/schema#',
      // ajv has no meta-schema under these spellings: checking them threw "no schema with key or ref".
      'https://json-schema.org/draft-07/schema#',
      'https://json-schema.org/draft-06/schema',
      'https://json-schema.org/schema#',
      'http://json-schema.org/draft/2020-12/schema',
    ]) {
      expect(
        lintDefinition(service({ $schema, type: 'object', properties: { a: { typ: 'string' } } })),
      ).toEqual([
        {
          pointer: '/schema/$schema',
          code: 'schema-dialect',
          message: `Unsupported JSON Schema dialect "${$schema}"; use 2020-12 (https://json-schema.org/draft/2020-12/schema) or draft-07 (http://json-schema.org/draft-07/schema#).`,
        },
      ]);
    }
  });
});

describe('lintDefinition: the format of the definition itself', () => {
  it('names what the definition is when it is no object', () => {
    for (const [value, what] of [
      [5, 'number'],
      [[1], 'an array'],
      [null, 'null'],
      ['x', 'string'],
      [true, 'boolean'],
    ] as const) {
      expect(lintDefinition(value)).toEqual([
        {
          pointer: '',
          code: 'definition-not-object',
          message: `A service definition is a JSON object; got ${what}.`,
        },
      ]);
    }
  });

  it('gives a hint for the id and the version, and ajv’s words for the rest', () => {
    const definition = {
      id: 'Beispiel_1',
      version: '1.0',
      title: 5,
      schema: { type: 'object', properties: {} },
    };
    expect(lintDefinition(definition)).toEqual([
      {
        pointer: '/id',
        code: 'member-pattern',
        message:
          'Does not match the pattern ^[a-z0-9]+(-[a-z0-9]+)*$. Use kebab-case, e.g. "gewerbe-anmeldung".',
      },
      {
        pointer: '/version',
        code: 'member-pattern',
        message:
          'Does not match the pattern ^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$. Use semver, e.g. "1.2.0".',
      },
      { pointer: '/title', code: 'member-invalid', message: 'Invalid: must be string.' },
    ]);
  });

  it('names a missing and an unknown member with the place it belongs', () => {
    expect(
      lintDefinition({
        id: 'beispiel',
        version: '1.0.0',
        schema: { type: 'object', properties: {} },
        titel: 'x',
      }),
    ).toEqual([
      { pointer: '/title', code: 'member-missing', message: '"title" is required here.' },
      {
        pointer: '/titel',
        code: 'member-unknown',
        message: '"titel" is not part of the format; remove it or check its spelling.',
      },
    ]);
  });
});

describe('lintDefinition: rendering hints', () => {
  const keywords =
    'required dependentRequired type coerce minLength maxLength pattern format minimum exclusiveMinimum maximum ' +
    'exclusiveMaximum formatMinimum formatMaximum formatExclusiveMinimum formatExclusiveMaximum multipleOf const enum ' +
    'minItems maxItems uniqueItems contains additionalProperties unevaluatedProperties minProperties maxProperties ' +
    'oneOf anyOf not xmlChar';
  const field = (hints: unknown) =>
    service({ type: 'object', properties: { name: { type: 'string', title: 'Name', 'x-efa': hints } } });

  it('takes a message for every keyword an error can have, and names the list for any other', () => {
    const messages = Object.fromEntries(
      keywords.split(' ').map((keyword) => [keyword, `Text für ${keyword}`]),
    );
    expect(lintDefinition(field({ messages }))).toEqual([]);
    expect(lintDefinition(field({ messages: { patern: 'x' } }))).toEqual([
      {
        pointer: '/schema/properties/name/x-efa/messages/patern',
        code: 'message-keyword-unknown',
        message: `No error has the keyword "patern"; messages can be given for ${keywords.split(' ').join(', ')}.`,
      },
    ]);
  });

  it('takes every hint and input mode, and names the known ones for a mistake', () => {
    for (const inputmode of ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url']) {
      expect(lintDefinition(field({ inputmode })), inputmode).toEqual([]);
    }
    const all = {
      widget: 'textarea',
      autocomplete: 'given-name',
      inputmode: 'text',
      placeholder: 'Max',
      rows: 3,
      messages: { minLength: 'Zu kurz.' },
    };
    expect(lintDefinition(field(all))).toEqual([]);
    const at = '/schema/properties/name/x-efa';
    expect(lintDefinition(field({ widgt: 'x', inputmode: 'number', rows: 1.5, placeholder: 5 }))).toEqual([
      {
        pointer: `${at}/widgt`,
        code: 'unknown-hint',
        message:
          'Unknown hint "widgt"; x-efa knows widget, autocomplete, inputmode, placeholder, rows, messages, optionsFrom.',
      },
      {
        pointer: `${at}/inputmode`,
        code: 'hint-inputmode',
        message: '"inputmode" must be one of none, text, decimal, numeric, tel, search, email, url.',
      },
      { pointer: `${at}/rows`, code: 'hint-rows', message: '"rows" must be a positive whole number.' },
      { pointer: `${at}/placeholder`, code: 'hint-not-string', message: '"placeholder" must be a string.' },
    ]);
  });

  it('refuses rows of zero or below, an autocomplete that is no token, and messages that are no texts', () => {
    const at = '/schema/properties/name/x-efa';
    expect(lintDefinition(field({ rows: 0 })).map((problem) => problem.code)).toEqual(['hint-rows']);
    expect(lintDefinition(field({ rows: -2 })).map((problem) => problem.code)).toEqual(['hint-rows']);
    expect(lintDefinition(field({ rows: 1 }))).toEqual([]);
    expect(lintDefinition(field({ autocomplete: 5 }))).toEqual([
      {
        pointer: `${at}/autocomplete`,
        code: 'hint-autocomplete',
        message:
          '"5" is not an autocomplete token; use one of the HTML autofill names (given-name, family-name, postal-code, email, tel, ...).',
      },
    ]);
    for (const messages of ['Bitte', ['x'], { pattern: 1 }, { pattern: 'ok', minLength: null }]) {
      expect(lintDefinition(field({ messages })), JSON.stringify(messages)).toEqual([
        {
          pointer: `${at}/messages`,
          code: 'hint-messages',
          message:
            '"messages" maps a keyword to a message text, e.g. {"pattern": "Bitte 5 Ziffern angeben."}.',
        },
      ]);
    }
    expect(lintDefinition(field('textarea'))).toEqual([
      { pointer: at, code: 'hints-not-object', message: '"x-efa" must be an object of rendering hints.' },
    ]);
  });
});

describe('lintDefinition: translations and backtracking patterns', () => {
  const schema = {
    type: 'object',
    title: 'Antrag',
    properties: {
      name: {
        type: 'string',
        title: 'Name',
        description: 'Wie im Ausweis',
        pattern: '^[A-Z]',
        'x-efa': { placeholder: 'Max', messages: { pattern: 'Groß anfangen.' } },
      },
    },
  };

  it('translates only texts people read, and names every other target', () => {
    const texts = {
      '/title': 'Example',
      '/schema/title': 'Application',
      '/schema/properties/name/title': 'Name',
      '/schema/properties/name/description': 'As in the passport',
      '/schema/properties/name/x-efa/placeholder': 'Max',
      '/schema/properties/name/x-efa/messages/pattern': 'Start with a capital.',
    };
    expect(lintDefinition(service(schema, { translations: { en: texts } }))).toEqual([]);
    const wrong = {
      '/schema/properties/name/pattern': '^[a-z]',
      '/schema/properties/name/type': 'string',
      '/schema/properties/name/titles': 'x',
      '/schema/properties/name': 'x',
      'kein Zeiger': 'x',
    };
    const problems = lintDefinition(service(schema, { translations: { en: wrong } }));
    expect(problems.filter((problem) => problem.code.startsWith('translation-'))).toEqual([
      {
        pointer: '/translations/en/~1schema~1properties~1name~1pattern',
        code: 'translation-not-text',
        message:
          '"/schema/properties/name/pattern" is not a text people read; only title, description, placeholder and messages are translated.',
      },
      {
        pointer: '/translations/en/~1schema~1properties~1name~1type',
        code: 'translation-not-text',
        message:
          '"/schema/properties/name/type" is not a text people read; only title, description, placeholder and messages are translated.',
      },
      {
        pointer: '/translations/en/~1schema~1properties~1name~1titles',
        code: 'translation-target',
        message: '"/schema/properties/name/titles" does not point at a text of the definition.',
      },
      {
        pointer: '/translations/en/~1schema~1properties~1name',
        code: 'translation-target',
        message: '"/schema/properties/name" does not point at a text of the definition.',
      },
      {
        pointer: '/translations/en/kein Zeiger',
        code: 'translation-target',
        message: '"kein Zeiger" does not point at a text of the definition.',
      },
    ]);
    // Before, the key went unnamed: "/translations/en: Does not match the pattern …" and "Invalid:
    // property name must be valid."
    expect(lintDefinition(service(schema, { translations: { en: { 'kein Zeiger': 'x' } } }))).toContainEqual({
      pointer: '/translations/en/kein Zeiger',
      code: 'member-pattern',
      message:
        'The key "kein Zeiger" does not match the pattern ^(/([^~/]|~[01])*)+$. Write the JSON Pointer of a text, e.g. "/schema/properties/name/title".',
    });
  });

  it('refuses a repeated group that itself repeats, unless each round starts with a fixed character', () => {
    const lint = (pattern: string) =>
      lintDefinition(service({ type: 'object', properties: { a: { type: 'string', title: 'A', pattern } } }));
    for (const pattern of [
      '^(a+)+$',
      '^(\\w*\\s?)*$',
      '^(a{1,})*$',
      '^(?:[a-z]+)*$',
      '^(a|b+){2,}$',
      '^(-a+|-b)*$',
      '(.*a)*',
    ]) {
      expect(lint(pattern), pattern).toEqual([
        {
          pointer: '/schema/properties/a/pattern',
          code: 'pattern-backtracking',
          message: `The pattern nests quantifiers ("${pattern}"); checking some inputs would take exponential time. Rewrite it without a repeated group that itself repeats.`,
        },
      ]);
    }
    for (const pattern of [
      '^[a-z]+(-[a-z]+)*$',
      '^(\\+49)?[0-9]+$',
      '^(a+)$',
      '^(ab)+$',
      '^(a{2})+$',
      '^(?:\\.[0-9]+)*$',
      '^\\(a+\\)+$',
      '^[(a+)]+$',
      '^(-a+|x)*$',
      '^(?:-[a-z]+|\\.[0-9]+)*$',
    ]) {
      expect(lint(pattern), pattern).toEqual([]);
    }
  });
});
