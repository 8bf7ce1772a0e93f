import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '@efa-forms/core';
import { caught } from '../test-support/caught.js';
import { FIXED_HEADER, xoevDefinition } from '../test-support/definitions.js';
import { gewerbe } from '../test-support/gewerbe.js';
import { xmlPlan, type ObjectNode } from './xml-plan.js';
import { toXml } from '../to-xml.js';
import { fromXml } from '../from-xml.js';
import { toXsd } from '../to-xsd.js';
import { xmllintCli } from '../test-support/library.js';

function summary(node: ObjectNode): string[] {
  return node.properties.map(
    (property) =>
      `${property.name}>${property.element} ${property.node.kind}${property.required ? ' required' : ''}`,
  );
}

describe('xmlPlan', () => {
  it('reads the Gewerbe schema through core: branches in order, x-xoev names, code lists, required outside conditions', () => {
    const plan = xmlPlan(gewerbe);
    expect(plan).toBe(xmlPlan(gewerbe));
    const inhaber = plan.root.properties[0]?.node as ObjectNode;
    expect(summary(inhaber)).toEqual([
      'art>art enum required',
      'firma>name string',
      'rechtsform>rechtsform code',
      'registerart>registerart enum',
      'registernummer>registernummer string',
      'registergericht>registergericht string',
      'familienname>familienname string',
      'vornamen>vorname string',
      'geburtsname>geburtsname string',
      'geschlecht>geschlecht code',
      'geburtsdatum>geburtsdatum date',
      'geburtsort>geburtsort string',
      'staatsangehoerigkeit>staatsangehoerigkeit code',
    ]);
    expect(plan.codes.map((code) => code.typeName)).toEqual([
      'Code.RechtsformenType',
      'Code.GeschlechtType',
      'Code.StaatsangehoerigkeitType',
      'Code.ArtgesetzlichervertreterType',
    ]);
  });

  /** A small object schema that several places refer to. */
  const ANSCHRIFT = {
    type: 'object',
    title: 'Anschrift',
    properties: { ort: { type: 'string', title: 'Ort' } },
    required: ['ort'],
  };

  it('makes one type per referenced schema and stops at recursion', () => {
    const definition = xoevDefinition({
      type: 'object',
      $defs: {
        anschrift: ANSCHRIFT,
        knoten: {
          type: 'object',
          title: 'Knoten',
          properties: {
            name: { type: 'string', title: 'Name' },
            kinder: { type: 'array', title: 'Kinder', items: { $ref: '#/$defs/knoten' } },
          },
          required: ['name'],
        },
      },
      properties: {
        wohnort: { $ref: '#/$defs/anschrift' },
        arbeitsort: { $ref: '#/$defs/anschrift' },
        baum: { $ref: '#/$defs/knoten' },
      },
    });
    const plan = xmlPlan(definition);
    expect(plan.objects.map((object) => object.typeName)).toEqual([
      'Test.Nachricht.0001Type',
      'WohnortType',
      'BaumType',
    ]);
    const data = {
      wohnort: { ort: 'A' },
      arbeitsort: { ort: 'B' },
      baum: { name: 'a', kinder: [{ name: 'b', kinder: [{ name: 'c' }] }, { name: 'd' }] },
    };
    const xml = toXml(definition, data);
    expect(fromXml(definition, xml).data).toEqual(data);
    expect(xmllintCli(toXsd(definition), [xml]).status).toBe(0);
  });

  it('gives a referenced schema a type per title, so each XSD type is documented with its own texts', () => {
    const definition = xoevDefinition({
      type: 'object',
      $defs: {
        anschrift: ANSCHRIFT,
      },
      properties: {
        wohnort: { title: 'Wohnort', $ref: '#/$defs/anschrift' },
        arbeitsort: { title: 'Arbeitsort', description: 'Wo Sie arbeiten.', $ref: '#/$defs/anschrift' },
        zweitwohnort: { title: 'Wohnort', $ref: '#/$defs/anschrift' },
        lieferort: { $ref: '#/$defs/anschrift' },
      },
    });
    const plan = xmlPlan(definition);
    expect(plan.objects.map((object) => [object.typeName, object.title, object.description])).toEqual([
      ['Test.Nachricht.0001Type', undefined, undefined],
      ['WohnortType', 'Wohnort', undefined],
      ['ArbeitsortType', 'Arbeitsort', 'Wo Sie arbeiten.'],
      ['LieferortType', 'Anschrift', undefined],
    ]);
    expect(plan.root.byName.get('zweitwohnort')?.node).toBe(plan.root.byName.get('wohnort')?.node);
    const data = {
      wohnort: { ort: 'A' },
      arbeitsort: { ort: 'B' },
      zweitwohnort: { ort: 'C' },
      lieferort: { ort: 'D' },
    };
    expect(xmllintCli(toXsd(definition), [toXml(definition, data)]).status).toBe(0);
  });

  it('names object types after their element path and keeps the names unique', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        a: {
          type: 'object',
          title: 'A',
          properties: {
            b: { type: 'object', title: 'B', properties: { c: { type: 'string', title: 'C' } } },
          },
        },
        aB: { type: 'object', title: 'AB', properties: { x: { type: 'string', title: 'X' } } },
        'A.B': { type: 'object', title: 'A.B', properties: { y: { type: 'string', title: 'Y' } } },
      },
    });
    const names = xmlPlan(definition).objects.map((object) => object.typeName);
    // Named after the path of elements; a clash gets a number.
    expect(names).toEqual(['Test.Nachricht.0001Type', 'AType', 'A.BType', 'ABType', 'A.B2Type']);
    expect(
      xmllintCli(toXsd(definition), [
        toXml(definition, { a: { b: { c: 'x' } }, aB: { x: 'y' }, 'A.B': { y: 'z' } }),
      ]).status,
    ).toBe(0);
  });

  it('treats required of allOf members as unconditional, and of branches as conditional', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        a: { type: 'string', title: 'A' },
        b: { type: 'string', title: 'B' },
        c: { type: 'boolean', title: 'C' },
      },
      allOf: [
        { required: ['a'] },
        { if: { properties: { c: { const: true } }, required: ['c'] }, then: { required: ['b'] } },
      ],
    });
    expect(summary(xmlPlan(definition).root)).toEqual(['a>a string required', 'b>b string', 'c>c boolean']);
  });

  it('makes required of the schema and of every allOf member unconditional (minOccurs 1)', () => {
    // core folds only the first allOf member's required into a schema without its own.
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        a: { type: 'string', title: 'A' },
        b: { type: 'string', title: 'B' },
        c: { type: 'string', title: 'C' },
        d: { type: 'string', title: 'D' },
      },
      required: ['c'],
      allOf: [{ required: ['a'] }, { required: ['b'] }],
    });
    expect(summary(xmlPlan(definition).root)).toEqual([
      'a>a string required',
      'b>b string required',
      'c>c string required',
      'd>d string',
    ]);
  });

  it('reads a schema whose allOf refers back to itself once', () => {
    const definition = xoevDefinition({
      type: 'object',
      $defs: {
        person: {
          type: 'object',
          title: 'Person',
          properties: { name: { type: 'string', title: 'Name' } },
          required: ['name'],
          allOf: [{ $ref: '#/$defs/person' }],
        },
      },
      properties: { person: { $ref: '#/$defs/person' } },
    });
    const person = xmlPlan(definition).root.byName.get('person')?.node as ObjectNode;
    expect(summary(person)).toEqual(['name>name string required']);
  });

  it('reads untyped object and list schemas as core does, and "integer or number" as a decimal', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        frei: { title: 'Frei', properties: { z: { type: 'string', title: 'Z' } } },
        reihe: { title: 'Reihe', items: { type: 'string' } },
        misch: { type: ['integer', 'number'], title: 'Misch', minimum: 1.5 },
      },
    });
    expect(summary(xmlPlan(definition).root)).toEqual([
      'frei>frei object',
      'reihe>reihe array',
      'misch>misch number',
    ]);
    const data = { frei: { z: 'q' }, reihe: ['r', 's'], misch: 2.5 };
    const xml = toXml(definition, data, FIXED_HEADER);
    expect(xml).toContain(
      '<t:frei>\n    <t:z>q</t:z>\n  </t:frei>\n  <t:reihe>r</t:reihe>\n  <t:reihe>s</t:reihe>\n  <t:misch>2.5</t:misch>',
    );
    const xsd = toXsd(definition);
    expect(xsd).toContain(
      '<xs:restriction base="xs:decimal">\n                <xs:minInclusive value="1.5"/>',
    );
    expect(xmllintCli(xsd, [xml]).status).toBe(0);
  });

  it('gives names to properties like __proto__ and constructor without touching prototypes', () => {
    const definition = xoevDefinition(
      JSON.parse(
        '{"type": "object", "properties": {"__proto__": {"type": "string", "title": "P"}, "constructor": {"type": "string", "title": "K"}, "toString": {"type": "string", "title": "T"}}}',
      ),
    );
    const data = JSON.parse('{"__proto__": "p", "constructor": "k", "toString": "t"}') as Record<
      string,
      unknown
    >;
    const xml = toXml(definition, data);
    expect(xml).toContain('<t:__proto__>p</t:__proto__>');
    const back = fromXml(definition, xml).data;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(back).toEqual(data);
  });
});

describe('xmlPlan: what XML cannot map is refused with the field', () => {
  const refusal = (properties: Record<string, unknown>) =>
    caught(() => toXsd(xoevDefinition({ type: 'object', properties } as JsonSchemaObject)));

  it.each([
    [
      { liste: { type: 'array', title: 'L', prefixItems: [{ type: 'string' }] } },
      'efa-forms: the field "/liste" is a tuple (prefixItems); XML has no mapping for it',
      '/liste',
    ],
    [{ liste: { type: 'array', title: 'L' } }, 'efa-forms: the array "/liste" has no items schema', '/liste'],
    [
      { liste: { type: 'array', title: 'L', items: true } },
      'efa-forms: the array "/liste" has no items schema',
      '/liste',
    ],
    [
      { liste: { type: 'array', title: 'L', items: { type: 'string', 'x-xoev': { element: '1x' } } } },
      'efa-forms: "1x" is not an XML element name',
      '/liste/0',
    ],
    [
      { c: { type: 'string', title: 'C', 'x-xoev': { codeList: { listURI: 'urn:x' } }, enum: ['a'] } },
      'efa-forms: x-xoev.codeList of "/c" needs listURI and listVersionID',
      '/c',
    ],
    [
      { c: { type: 'string', title: 'C', 'x-xoev': { codeList: { listVersionID: '1' } }, enum: ['a'] } },
      'efa-forms: x-xoev.codeList of "/c" needs listURI and listVersionID',
      '/c',
    ],
    [
      { m: { type: ['string', 'integer'], title: 'M' } },
      'efa-forms: the field "/m" has no XML mapping: several types (string, integer)',
      '/m',
    ],
    [
      {
        e: { title: 'E', enum: [{ a: 1 }] },
      },
      'efa-forms: the option {"a":1} of "/e" has no XML spelling',
      '/e',
    ],
  ])('%#: %j', (properties, message, pointer) => {
    expect(refusal(properties)).toMatchObject({ message, pointer });
  });

  it('says so in the XSD where an array rule stays with the JSON Schema', () => {
    const xsd = toXsd(
      xoevDefinition({
        type: 'object',
        properties: {
          liste: {
            type: 'array',
            title: 'L',
            items: { type: 'string' },
            contains: { const: 'a' },
            uniqueItems: true,
          },
        },
      }),
    );
    expect(xsd).toContain(
      '<!-- liste: uniqueItems is checked by the JSON Schema only; contains is checked by the JSON Schema only -->',
    );
  });
});

describe('xmlPlan: code list and enumeration types', () => {
  const codeField = (listURI: string, values: string[]) => ({
    type: 'string',
    title: 'Code',
    'x-xoev': { codeList: { listURI, listVersionID: '1' } },
    oneOf: values.map((value) => ({ const: value, title: value.toUpperCase() })),
  });

  it('names code types after the last part of the list URI, unique per list, version and options', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        a: codeField('urn:de:xoev:codeliste:staat', ['de']),
        b: codeField('urn:de:xoev:codeliste:staat', ['de']),
        c: codeField('urn:de:xoev:codeliste:staat', ['de', 'fr']),
        d: codeField('urn:andere#staat', ['at']),
        e: codeField('https://example.org/listen/rechtsform/', ['gmbh']),
        f: codeField('urn:x:@@', ['y']),
        g: codeField(':::', ['z']),
      },
    } as JsonSchemaObject);
    expect(xmlPlan(definition).codes.map((code) => code.typeName)).toEqual([
      'Code.StaatType',
      'Code.Staat2Type',
      'Code.Staat3Type',
      'Code.RechtsformType',
      'Code.ListeType',
      'Code.CodeType',
    ]);
    const [a, b] = xmlPlan(definition).root.properties;
    expect(a?.node).toBe(b?.node);
  });

  it('gives an enumeration the XSD base of its values', () => {
    const labelled = (...values: unknown[]) =>
      values.map((value) => ({ const: value, title: String(value) }));
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        ja: { type: 'boolean', title: 'Ja', oneOf: labelled(true, false) },
        stufe: { type: 'integer', title: 'Stufe', oneOf: labelled(1, 2) },
        anteil: { type: 'number', title: 'Anteil', oneOf: labelled(1.5, 2) },
        wort: { type: 'string', title: 'Wort', oneOf: labelled('1', 'a') },
      },
    } as JsonSchemaObject);
    expect(
      xmlPlan(definition).root.properties.map((property) =>
        property.node.kind === 'enum' ? property.node.base : property.node.kind,
      ),
    ).toEqual(['xs:boolean', 'xs:integer', 'xs:decimal', 'xs:string']);
  });
});

describe('xmlPlan: one XSD type per shared block and rule set', () => {
  // A use of a shared block that adds a rule of its own is a type of its own: the XSD of the plain use
  // would say nothing of that rule's required elements.
  const rules: Record<string, unknown> = {
    required: ['strasse'],
    allOf: [{ required: ['strasse'] }],
    // Strict mode refuses an `if` without `then` or `else`, so the three only come together.
    if: { required: ['strasse'] },
    oneOf: [{ required: ['strasse'] }, { required: ['ort'] }],
    anyOf: [{ required: ['strasse'] }, { required: ['ort'] }],
    dependentSchemas: { strasse: { required: ['ort'] } },
    dependentRequired: { strasse: ['ort'] },
  };
  const anschrift = {
    type: 'object',
    title: 'Anschrift',
    properties: { strasse: { type: 'string', title: 'Straße' }, ort: { type: 'string', title: 'Ort' } },
  };
  const typeOf = (definition: Parameters<typeof xmlPlan>[0], name: string) =>
    (xmlPlan(definition).root.byName.get(name)?.node as ObjectNode).typeName;

  it('shares the type between plain uses, and gives a use with each rule its own', () => {
    for (const [keyword, value] of Object.entries(rules)) {
      const rule =
        keyword === 'if' ? { if: value, then: { required: ['ort'] }, else: {} } : { [keyword]: value };
      const definition = xoevDefinition({
        type: 'object',
        $defs: { anschrift },
        properties: {
          wohnort: { $ref: '#/$defs/anschrift' },
          zweitwohnort: { $ref: '#/$defs/anschrift' },
          betrieb: { $ref: '#/$defs/anschrift', ...rule },
        },
      });
      expect(typeOf(definition, 'zweitwohnort'), keyword).toBe(typeOf(definition, 'wohnort'));
      expect(typeOf(definition, 'betrieb'), keyword).not.toBe(typeOf(definition, 'wohnort'));
    }
  });

  it('reads draft-07 dependencies as a rule of the use', () => {
    const definition = xoevDefinition({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      definitions: { anschrift },
      properties: {
        wohnort: { $ref: '#/definitions/anschrift' },
        zweitwohnort: { $ref: '#/definitions/anschrift' },
        betrieb: { $ref: '#/definitions/anschrift', dependencies: { strasse: ['ort'] } },
      },
    });
    expect(typeOf(definition, 'zweitwohnort')).toBe(typeOf(definition, 'wohnort'));
    expect(typeOf(definition, 'betrieb')).not.toBe(typeOf(definition, 'wohnort'));
  });

  it('gives a use with a title or description of its own its own type, documented so', () => {
    const definition = xoevDefinition({
      type: 'object',
      $defs: { anschrift },
      properties: {
        wohnort: { $ref: '#/$defs/anschrift' },
        betrieb: { $ref: '#/$defs/anschrift', title: 'Betriebsstätte' },
        post: { $ref: '#/$defs/anschrift', description: 'Für Briefe' },
      },
    });
    const names = ['wohnort', 'betrieb', 'post'].map((name) => typeOf(definition, name));
    expect(new Set(names).size).toBe(3);
  });
});
