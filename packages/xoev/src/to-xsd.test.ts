import { beforeEach, describe, expect, it } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import type { Definition, JsonSchemaObject } from '@efa-forms/core';
import { toXml } from './to-xml.js';
import { toXsd } from './to-xsd.js';
import { validateXml } from './validate-xml.js';
import { FIXED_HEADER, KITCHEN_SINK, KITCHEN_SINK_DATA, xoevDefinition } from './test-support/definitions.js';
import { FIXED, gewerbe, validSamples } from './test-support/gewerbe.js';
import { libraryResolver, xmllintCli } from './test-support/library.js';
import { caught } from './test-support/caught.js';

// Per test, not while the file loads: StrykerJS counts collection-time code as static (docs/testing.md).
let sink: Definition;
let xsd: string;
let schema: Element;
beforeEach(() => {
  sink = xoevDefinition(KITCHEN_SINK);
  xsd = toXsd(sink);
  schema = (xml2js(xsd, { compact: false }) as Element).elements?.find(
    (node) => node.type === 'element',
  ) as Element;
});

function elements(parent: Element | undefined, name?: string): Element[] {
  return (parent?.elements ?? []).filter(
    (node) => node.type === 'element' && (name === undefined || node.name === name),
  );
}

function complexType(name: string): Element {
  const type = elements(schema, 'xs:complexType').find((node) => node.attributes?.name === name);
  if (!type) throw new Error(`no type ${name}`);
  return type;
}

/** The element declarations of a type's sequence (root type: inside the extension). */
function particles(type: Element): Element[] {
  let at: Element | undefined = type;
  while (at && at.name !== 'xs:sequence') at = elements(at).find((node) => node.name !== 'xs:annotation');
  return elements(at, 'xs:element');
}

describe('toXsd: structure', () => {
  it('targets xoev.namespace and imports the XÖV library by the official URLs', () => {
    expect(schema.attributes).toMatchObject({
      targetNamespace: 'urn:efa-forms:test:1',
      elementFormDefault: 'qualified',
      attributeFormDefault: 'unqualified',
      version: '1.0',
    });
    expect(elements(schema, 'xs:import').map((node) => node.attributes)).toEqual([
      {
        namespace: 'http://xoev.de/schemata/basisnachricht/g2g/1_1',
        schemaLocation: 'http://xoev.de/schemata/basisnachricht/g2g/1_1/xoev-basisnachricht-g2g_1.1.xsd',
      },
      {
        namespace: 'http://xoev.de/schemata/code/1_0',
        schemaLocation: 'http://xoev.de/schemata/code/1_0/xoev-code.xsd',
      },
    ]);
  });

  it('declares the message as an extension of Nachricht.G2GType (header and root attributes)', () => {
    expect(elements(schema, 'xs:element').map((node) => node.attributes)).toEqual([
      { name: 'test.nachricht.0001', type: 't:Test.Nachricht.0001Type' },
    ]);
    expect(xsd).toContain('<xs:extension base="bn-g2g:Nachricht.G2GType">');
  });

  it('has a sequence in property order with minOccurs/maxOccurs from required, conditions and array bounds', () => {
    const declared = particles(complexType('Test.Nachricht.0001Type')).map((node) => {
      const { name, type, minOccurs, maxOccurs } = node.attributes ?? {};
      return [name, type ?? '(anonymous)', minOccurs ?? '1', maxOccurs ?? '1'].join(' ');
    });
    expect(declared).toEqual([
      'name (anonymous) 1 1',
      'anzahl (anonymous) 0 1',
      'betrag (anonymous) 0 1',
      'aktiv xs:boolean 0 1',
      'datum xs:date 0 1',
      'zeitpunkt xs:dateTime 0 1',
      'farbe (anonymous) 0 1',
      'staat t:Code.LandType 0 1',
      'anhang xs:base64Binary 0 1',
      'adresse t:AdresseType 0 1',
      'personen t:PersonenType 0 3',
      'tags xs:string 0 unbounded',
      'art (anonymous) 1 1',
      // Required in the `then` branch only: optional for the XSD, which has no conditions.
      'firma (anonymous) 0 1',
      'mitarbeiter xs:string 0 unbounded',
    ]);
    expect(particles(complexType('AdresseType')).map((node) => node.attributes?.minOccurs ?? '1')).toEqual([
      '1',
      '0',
    ]);
  });

  it('turns JSON Schema keywords into facets', () => {
    const anonymous = (name: string) => {
      const declaration = particles(complexType('Test.Nachricht.0001Type')).find(
        (node) => node.attributes?.name === name,
      );
      const restriction = elements(elements(declaration, 'xs:simpleType')[0], 'xs:restriction')[0];
      return {
        base: restriction?.attributes?.base,
        facets: elements(restriction).map((facet) => `${facet.name}=${facet.attributes?.value}`),
      };
    };
    expect(anonymous('name')).toEqual({ base: 'xs:string', facets: ['xs:minLength=1', 'xs:maxLength=50'] });
    expect(anonymous('anzahl')).toEqual({
      base: 'xs:integer',
      facets: ['xs:minInclusive=0', 'xs:maxInclusive=99'],
    });
    expect(anonymous('betrag')).toEqual({ base: 'xs:decimal', facets: ['xs:minExclusive=0'] });
    expect(anonymous('farbe')).toEqual({
      base: 'xs:string',
      facets: ['xs:enumeration=rot', 'xs:enumeration=gruen'],
    });
    expect(xsd).toContain('<xs:pattern value="[0-9]{5}"/>');
  });

  it('writes the tightest bounds XSD can say, formats as their XSD types, and typed enumerations', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        ganz: { type: 'integer', title: 'G', exclusiveMinimum: 0.5, exclusiveMaximum: 9.5 },
        ganz2: { type: 'integer', title: 'G2', minimum: 1.2, maximum: 8.7, multipleOf: 1 },
        ganz3: { type: 'integer', title: 'G3', exclusiveMinimum: 1, exclusiveMaximum: 9 },
        gleich: {
          type: 'number',
          title: 'Gl',
          minimum: 2,
          exclusiveMinimum: 2,
          maximum: 9,
          exclusiveMaximum: 9,
        },
        frei: { type: 'string', title: 'F' },
        din: { type: 'string', title: 'Din', format: 'din-91379-a' },
        beide: {
          type: 'number',
          title: 'B',
          minimum: 1,
          exclusiveMinimum: 2,
          maximum: 10,
          exclusiveMaximum: 9,
        },
        beide2: {
          type: 'number',
          title: 'B2',
          minimum: 3,
          exclusiveMinimum: 2,
          maximum: 8,
          exclusiveMaximum: 9,
        },
        datei: { type: 'string', title: 'D', contentEncoding: 'base64', contentMediaType: 'application/pdf' },
        bild: { type: 'string', title: 'Bild', contentEncoding: 'base64' },
        tag: { type: 'string', title: 'T', format: 'date' },
        zeit: { type: 'string', title: 'Z', format: 'time' },
        dt: { type: 'string', title: 'DT', format: 'date-time' },
        plz: { type: 'string', title: 'P', format: 'de-postcode' },
        plz2: { type: 'string', title: 'P2', format: 'de-postcode', pattern: '^[0-9]+$' },
        mail: { type: 'string', title: 'M', format: 'email', minLength: 0 },
        ja: {
          type: 'boolean',
          title: 'J',
          oneOf: [
            { const: true, title: 'Ja' },
            { const: false, title: 'Nein' },
          ],
        },
        zahlen: {
          title: 'Zn',
          oneOf: [
            { const: 1, title: 'Eins' },
            { const: 2, title: 'Zwei' },
          ],
        },
        dez: {
          title: 'Dz',
          oneOf: [
            { const: 1.5, title: 'Anderthalb' },
            { const: 2, title: 'Zwei' },
          ],
        },
      },
    });
    const written = toXsd(definition);
    const restrictionOf = (name: string) => {
      const start = written.indexOf(`<xs:element name="${name}"`);
      const end = written.indexOf('</xs:element>', start);
      const text = written.slice(start, end);
      return [
        /<xs:element [^>]*type="([^"]+)"/.exec(text)?.[1] ?? /<xs:restriction base="([^"]+)"/.exec(text)?.[1],
        ...[...text.matchAll(/<xs:(\w+) value="([^"]*)"\/?>/g)].map((match) => `${match[1]}=${match[2]}`),
      ];
    };
    expect(restrictionOf('ganz')).toEqual(['xs:integer', 'minInclusive=1', 'maxInclusive=9']);
    expect(restrictionOf('ganz2')).toEqual(['xs:integer', 'minInclusive=2', 'maxInclusive=8']);
    expect(restrictionOf('ganz3')).toEqual(['xs:integer', 'minExclusive=1', 'maxExclusive=9']);
    expect(restrictionOf('gleich')).toEqual(['xs:decimal', 'minExclusive=2', 'maxExclusive=9']);
    expect(restrictionOf('frei')).toEqual(['xs:string']);
    expect(restrictionOf('din')).toEqual(['din91379:datatypeA']);
    expect(restrictionOf('beide')).toEqual(['xs:decimal', 'minExclusive=2', 'maxExclusive=9']);
    expect(restrictionOf('beide2')).toEqual(['xs:decimal', 'minInclusive=3', 'maxInclusive=8']);
    expect(restrictionOf('datei')).toEqual(['xs:base64Binary']);
    expect(restrictionOf('bild')).toEqual(['xs:base64Binary']);
    expect(restrictionOf('tag')).toEqual(['xs:date']);
    expect(restrictionOf('zeit')).toEqual(['xs:time']);
    expect(restrictionOf('dt')).toEqual(['xs:dateTime']);
    expect(restrictionOf('plz')).toEqual(['xs:string', 'pattern=[0-9]{5}']);
    expect(restrictionOf('plz2')).toEqual(['xs:string', 'pattern=[0-9]+']);
    expect(restrictionOf('mail')).toEqual(['xs:string']);
    expect(restrictionOf('ja')).toEqual(['xs:boolean', 'pattern=true|1|false|0']);
    expect(restrictionOf('zahlen')).toEqual(['xs:integer', 'enumeration=1', 'enumeration=2']);
    expect(restrictionOf('dez')).toEqual(['xs:decimal', 'enumeration=1.5', 'enumeration=2']);
    const comments = [...written.matchAll(/<!-- (.*?) -->/g)].map((match) => match[1]).slice(1);
    expect(comments).toEqual([
      'datei: media type application/pdf (contentMediaType)',
      'plz: format "de-postcode" is checked by the JSON Schema only (the pattern is its outline)',
      'plz2: format "de-postcode" is checked by the JSON Schema only',
      'mail: format "email" is checked by the JSON Schema only',
    ]);
  });

  it('restricts xoev-code:Code per code list, with fixed listURI and listVersionID', () => {
    const code = complexType('Code.LandType');
    const restriction = elements(elements(code, 'xs:complexContent')[0], 'xs:restriction')[0] as Element;
    expect(restriction.attributes?.base).toBe('xoev-code:Code');
    expect(elements(restriction, 'xs:attribute').map((node) => node.attributes)).toEqual([
      { name: 'listURI', type: 'xs:anyURI', use: 'optional', fixed: 'urn:efa-forms:test:codeliste:land' },
      { name: 'listVersionID', type: 'xs:normalizedString', use: 'optional', fixed: '3' },
    ]);
    expect(xsd).toMatch(
      /<xs:enumeration value="DE">\s*<xs:annotation>\s*<xs:documentation>Deutschland<\/xs:documentation>/,
    );
  });

  it('documents fields with their titles and descriptions', () => {
    expect(xsd).toContain('<xs:documentation>Straße</xs:documentation>');
    const described = xoevDefinition({
      type: 'object',
      properties: { ort: { type: 'string', title: 'Ort', description: 'Wo Sie wohnen.' } },
    });
    expect(toXsd(described)).toContain(
      '<xs:documentation>Ort</xs:documentation>\n              <xs:documentation>Wo Sie wohnen.</xs:documentation>',
    );
  });

  it('leaves out, with a comment, what XSD cannot say, and never a pattern that rejects valid data', () => {
    const lookahead = xoevDefinition({
      type: 'object',
      properties: {
        passwort: { type: 'string', title: 'Passwort', pattern: '^(?=.*[0-9])[a-z0-9]{8,}$' },
        name: { type: 'string', title: 'Name', pattern: '\\p{Lu}' },
        zahl: { type: 'number', title: 'Zahl', multipleOf: 0.5 },
        liste: { type: 'array', title: 'Liste', uniqueItems: true, items: { type: 'string' } },
      },
    });
    const written = toXsd(lookahead);
    expect(written).toContain('<!-- passwort: "(?=.*[0-9])" left out (XSD has no assertions) -->');
    expect(written).toContain('<xs:pattern value="[0-9a-z]{8,}"/>');
    expect(written).toContain(
      '<!-- name: "\\p{Lu}" widened to any character (Unicode tables differ between XSD processors) -->',
    );
    // "contains an upper-case letter" widened to "is not empty": looser, never stricter.
    expect(written).toContain('<xs:pattern value="[\\s\\S]*[\\s\\S][\\s\\S]*"/>');
    expect(written).toContain('<!-- zahl: multipleOf 0.5 is checked by the JSON Schema only -->');
    expect(written).toContain('<!-- liste: uniqueItems is checked by the JSON Schema only -->');
  });

  it('names a comparison with another field ($data) in a comment and still accepts the message', () => {
    const period = xoevDefinition({
      type: 'object',
      properties: {
        von: { type: 'string', title: 'Von', format: 'date' },
        bis: { type: 'string', title: 'Bis', format: 'date', formatMinimum: { $data: '1/von' } },
        stichtag: { type: 'string', title: 'Stichtag', format: 'date', formatMaximum: '2030-12-31' },
      },
    });
    const written = toXsd(period);
    expect(written).toContain(
      '<!-- bis: formatMinimum compares with the field 1/von (relative JSON Pointer); checked by the JSON Schema only -->',
    );
    expect(written).toContain(
      '<!-- stichtag: formatMaximum "2030-12-31" is checked by the JSON Schema only -->',
    );
    const message = toXml(
      period,
      { von: '2025-05-01', bis: '2025-05-31', stichtag: '2030-12-31' },
      FIXED_HEADER,
    );
    const result = xmllintCli(written, [message]);
    expect(result.stderr.split('\n').filter((line) => /error/i.test(line))).toEqual([]);
    expect(result.status).toBe(0);
    // toXml validates first: "bis" before "von" never becomes a message.
    expect(() => toXml(period, { von: '2025-05-01', bis: '2025-04-30' }, FIXED_HEADER)).toThrow(
      expect.objectContaining({
        name: 'InvalidDataError',
        errors: [expect.objectContaining({ pointer: '/bis', keyword: 'formatMinimum' })],
      }),
    );
  });

  it('uses the DIN 91379 types of the XÖV library for the din-91379 formats', () => {
    const written = toXsd(gewerbe);
    expect(written).toContain(
      '<xs:import namespace="urn:xoev-de:kosit:xoev:datentyp:din-91379_2022-08" schemaLocation="https://xoev.de/schemata/din/91379/2022-08/din-norm-91379-datatypes.xsd"/>',
    );
    expect(written).toContain('<xs:restriction base="din91379:datatypeA">');
  });

  it('is the same text for the same definition', () => {
    expect(toXsd(xoevDefinition(KITCHEN_SINK))).toBe(xsd);
  });
});

describe('toXsd: definitions XML cannot express', () => {
  it.each([
    [
      'a property name that is no XML name',
      { type: 'object', properties: { 'a b': { type: 'string', title: 'A' } } },
      '/a b',
    ],
    [
      'an x-xoev.element that is no XML name',
      { type: 'object', properties: { a: { type: 'string', title: 'A', 'x-xoev': { element: '1a' } } } },
      '/a',
    ],
    [
      'two fields with one element name',
      {
        type: 'object',
        properties: {
          a: { type: 'string', title: 'A' },
          b: { type: 'string', title: 'B', 'x-xoev': { element: 'a' } },
        },
      },
      '/b',
    ],
    [
      'a field of several types',
      { type: 'object', properties: { a: { type: ['string', 'number'], title: 'A' } } },
      '/a',
    ],
    ['a field without type', { type: 'object', properties: { a: { title: 'A' } } }, '/a'],
    [
      'a code list without options',
      {
        type: 'object',
        properties: {
          a: { type: 'string', title: 'A', 'x-xoev': { codeList: { listURI: 'urn:x', listVersionID: '1' } } },
        },
      },
      '/a',
    ],
    [
      'a tuple',
      { type: 'object', properties: { a: { type: 'array', title: 'A', prefixItems: [{ type: 'string' }] } } },
      '/a',
    ],
  ])('refuses %s with the pointer of the field', (_name, schema, pointer) => {
    // Built around the linter, which refuses some of these too: toXsd must not rely on it.
    expect(caught(() => toXsd({ ...sink, schema: schema as JsonSchemaObject })).pointer).toBe(pointer);
  });

  it.each([
    [
      { 'a b': { type: 'string', title: 'A' } },
      'efa-forms: the field "/a b" has no valid XML element name ("a b"); set x-xoev.element',
    ],
    [
      { a: { type: 'string', title: 'A' }, b: { type: 'string', title: 'B', 'x-xoev': { element: 'a' } } },
      'efa-forms: the fields "/a" and "/b" both map to the XML element <a>',
    ],
    [
      { a: { type: 'string', title: 'A', 'x-xoev': { codeList: { listURI: 'urn:x', listVersionID: '1' } } } },
      'efa-forms: the field "/a" has x-xoev.codeList but no enum or oneOf/const options',
    ],
    [
      { a: { type: ['string', 'number'], title: 'A' } },
      'efa-forms: the field "/a" has no XML mapping: several types (string, number)',
    ],
    [
      { a: { type: ['integer', 'number', 'string'], title: 'A' } },
      'efa-forms: the field "/a" has no XML mapping: several types (integer, number, string)',
    ],
    [{ a: { title: 'A' } }, 'efa-forms: the field "/a" has no XML mapping: no type'],
  ])('tells the portal developer what to change: %j', (properties, message) => {
    const schema = { type: 'object', properties } as JsonSchemaObject;
    expect(caught(() => toXsd({ ...sink, schema })).message).toBe(message);
  });

  it('needs xoev settings with XML names', () => {
    const plain = { ...sink, xoev: undefined };
    expect(caught(() => toXsd(plain)).pointer).toBe('/xoev');
    expect(caught(() => toXsd({ ...sink, xoev: { ...sink.xoev!, prefix: 'bn-g2g' } })).pointer).toBe(
      '/xoev/prefix',
    );
    expect(caught(() => toXsd({ ...sink, xoev: { ...sink.xoev!, message: 'a:b' } })).pointer).toBe(
      '/xoev/message',
    );
  });

  it('says why the settings are refused', () => {
    expect(caught(() => toXsd({ ...sink, xoev: undefined })).message).toBe(
      'efa-forms: the definition has no "xoev" settings, so it has no XML message',
    );
    expect(caught(() => toXsd({ ...sink, xoev: { ...sink.xoev!, message: 'a:b' } })).message).toBe(
      'efa-forms: xoev.message "a:b" is not an XML name (NCName)',
    );
    expect(caught(() => toXsd({ ...sink, xoev: { ...sink.xoev!, prefix: 'xs' } })).message).toBe(
      'efa-forms: xoev.prefix "xs" is reserved',
    );
  });

  it.each([
    'bn-g2g',
    'bn-beh',
    'bn-kom',
    'xoev-code',
    'din91379',
    'xs',
    'xsi',
    'xml',
    'xmlns',
    'xmlabc',
    'XmlAbc',
  ])('refuses the prefix %s, which the message or XML itself already uses', (prefix) => {
    expect(caught(() => toXsd({ ...sink, xoev: { ...sink.xoev!, prefix } })).pointer).toBe('/xoev/prefix');
  });

  it('accepts a prefix that only contains or ends with "xml"', () => {
    for (const prefix of ['axml', 'myxml']) {
      expect(toXsd({ ...sink, xoev: { ...sink.xoev!, prefix } })).toContain(
        `xmlns:${prefix}="urn:efa-forms:test:1"`,
      );
    }
  });
});

describe('toXsd: texts and occurrences', () => {
  const xsdOf = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    toXsd(xoevDefinition({ type: 'object', properties } as JsonSchemaObject, extra));
  const refused = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    caught(() => xsdOf(properties, extra));

  it('names the field, by its data key, whose title, description or option XML cannot carry', () => {
    const land = { 'x-xoev': { element: 'staat' } };
    expect(refused({ land: { type: 'string', title: 'Land\u0001', ...land } })).toMatchObject({
      message: 'efa-forms: a title or description of /land has a character XML cannot carry',
      pointer: '/land',
    });
    expect(refused({ a: { type: 'string', title: 'A', description: 'x\uFFFE' } }).pointer).toBe('/a');
    expect(
      refused({ a: { type: 'string', title: 'A', oneOf: [{ const: 'x', title: 'X\u0001' }] } }).pointer,
    ).toBe('/a');
    const list = {
      type: 'array',
      title: 'L',
      items: {
        type: 'array',
        title: 'Z',
        items: { type: 'string', title: 'W', oneOf: [{ const: 'x', title: 'X\u0002' }] },
      },
    };
    expect(refused({ liste: list }).pointer).toBe('/liste/0/0');
    const coded = {
      type: 'string',
      title: 'C',
      'x-xoev': { codeList: { listURI: 'urn:x', listVersionID: '1' } },
      oneOf: [{ const: 'x', title: 'X\u0001' }],
    };
    expect(refused({ erster: { type: 'string', title: 'E' }, code: coded }).pointer).toBe('/code');
    expect(refused({ a: { type: 'string', title: 'A' } }, { title: 'Dienst\u0001' })).toMatchObject({
      message: 'efa-forms: a title or description of /title has a character XML cannot carry',
      pointer: '/title',
    });
  });

  it('documents only texts that are there, and shows invisible characters of values as references', () => {
    const xsd = xsdOf({
      a: { type: 'string', title: 'A', description: '', oneOf: [{ const: 'x\u00a0y', title: 'X' }] },
    });
    expect(xsd).toContain(
      '<xs:element name="a" minOccurs="0">\n' +
        '            <xs:annotation>\n' +
        '              <xs:documentation>A</xs:documentation>\n' +
        '            </xs:annotation>\n',
    );
    expect(xsd).toContain('<xs:enumeration value="x&#xA0;y">');
  });

  it('writes the occurrences of lists and of lists in lists, leaving out the defaults of 1', () => {
    const single = xsdOf({
      m: { type: 'array', title: 'M', maxItems: 1, items: { type: 'string', title: 'E' } },
    });
    expect(single).toContain('<xs:element name="m" type="xs:string" minOccurs="0">');
    const nested = (inner: Record<string, unknown>) =>
      xsdOf({
        m: {
          type: 'array',
          title: 'M',
          items: { type: 'array', title: 'Z', ...inner, items: { type: 'integer', title: 'W' } },
        },
      });
    const ranged = nested({ uniqueItems: true, minItems: 2, maxItems: 4 });
    expect(ranged).toContain('<!-- m: uniqueItems is checked by the JSON Schema only -->');
    expect(ranged).toContain(
      '<xs:complexType>\n' +
        '              <xs:sequence>\n' +
        '                <xs:element name="eintrag" type="xs:integer" minOccurs="2" maxOccurs="4"/>\n' +
        '              </xs:sequence>\n' +
        '            </xs:complexType>',
    );
    expect(nested({ minItems: 1, maxItems: 1 })).toContain('<xs:element name="eintrag" type="xs:integer"/>');
    expect(nested({})).toContain(
      '<xs:element name="eintrag" type="xs:integer" minOccurs="0" maxOccurs="unbounded"/>',
    );
  });
});

describe('toXsd: validation with the real xmllint', () => {
  let messages: string[];
  beforeEach(() => {
    messages = validSamples.map(([, sample]) => toXml(gewerbe, sample, FIXED));
  });

  it('accepts every generated message, with the official XÖV library schemas (command line, catalog)', () => {
    const result = xmllintCli(toXsd(gewerbe), messages);
    expect(result.stderr.split('\n').filter((line) => /error/i.test(line))).toEqual([]);
    expect(result.status).toBe(0);
    expect(xmllintCli(xsd, [toXml(sink, KITCHEN_SINK_DATA, FIXED_HEADER)]).status).toBe(0);
  });

  it('accepts them with xmllint-wasm too', async () => {
    expect(await validateXml(messages, toXsd(gewerbe), { resolve: libraryResolver })).toEqual({
      valid: true,
      errors: [],
    });
  });

  it('has teeth: rejects messages that break the schema or the header', async () => {
    const good = messages[0] as string;
    const broken = [
      good.replace(/<gew:wohnanschrift>[\s\S]*?<\/gew:wohnanschrift>/, ''),
      good.replace('<gew:art>', '<gew:art>x'),
      good.replace(/<bn-g2g:nachrichtenUUID>[^<]*/, '<bn-g2g:nachrichtenUUID>keine-uuid'),
      good.replace(/<gew:inhaber>/, '<gew:unbekannt/><gew:inhaber>'),
      good.replace('<code>DVDV</code>', '<code>DVDV</code><name>nicht erlaubt</name>'),
      good.replace(' standard="XGewerbeanzeige-Beispiel"', ''),
      good.replace('<gew:postleitzahl>12345</gew:postleitzahl>', '<gew:postleitzahl>1234</gew:postleitzahl>'),
      good.replace(/(<gew:staatsangehoerigkeit listURI=")[^"]*/, '$1urn:falsch'),
    ];
    const result = await validateXml(broken, toXsd(gewerbe), { resolve: libraryResolver });
    expect(result.valid).toBe(false);
    expect(new Set(result.errors.map((error) => error.document))).toEqual(
      new Set(broken.map((_, index) => index)),
    );
    for (const [index, document] of broken.entries()) {
      expect(xmllintCli(toXsd(gewerbe), [document]).status, `document ${index}`).not.toBe(0);
    }
  });
});
