import { beforeEach, describe, expect, it } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import type { Definition } from '@efa-forms/core';
import { InvalidDataError, XmlError, XmlValueError } from './xml-error.js';
import { toXml, toXmlElement } from './to-xml.js';
import { writeXml } from './internal/write-xml.js';
import {
  FIXED_HEADER,
  KITCHEN_SINK,
  KITCHEN_SINK_DATA,
  LIST_OF_LISTS,
  TEST_TENANT,
  xoevDefinition,
} from './test-support/definitions.js';
import { caught } from './test-support/caught.js';

// Per test, not while the file loads: StrykerJS counts collection-time code as static (docs/testing.md).
let sink: Definition;
beforeEach(() => {
  sink = xoevDefinition(KITCHEN_SINK);
});

/** The element children of an element, by local name. */
function children(element: Element | undefined): Element[] {
  return (element?.elements ?? []).filter((node) => node.type === 'element');
}

function body(xml: string): string {
  return xml.slice(xml.indexOf('</bn-g2g:nachrichtenkopf.g2g>') + '</bn-g2g:nachrichtenkopf.g2g>'.length);
}

describe('toXml: the message frame', () => {
  let xml: string;
  let root: Element;
  beforeEach(() => {
    xml = toXml(sink, KITCHEN_SINK_DATA, FIXED_HEADER);
    root = (xml2js(xml, { compact: false }) as Element).elements?.[0] as Element;
  });

  it('has the root element xoev.message in xoev.namespace with the XÖV root attributes', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<t:test.nachricht.0001 ')).toBe(true);
    expect(root.attributes).toEqual({
      'xmlns:t': 'urn:efa-forms:test:1',
      'xmlns:bn-g2g': 'http://xoev.de/schemata/basisnachricht/g2g/1_1',
      'xmlns:bn-beh': 'http://xoev.de/schemata/basisnachricht/behoerde/1_1',
      'xmlns:bn-kom': 'http://xoev.de/schemata/basisnachricht/kommunikation/1_1',
      produkt: 'efa-forms',
      produkthersteller: 'efa-forms',
      produktversion: 'test-dienst 2.1.0',
      standard: 'XTest',
      version: '1.0',
    });
  });

  it('starts with nachrichtenkopf.g2g in the element order of xoev-basisnachricht-g2g_1.1.xsd', () => {
    const kopf = children(root)[0] as Element;
    expect(kopf.name).toBe('bn-g2g:nachrichtenkopf.g2g');
    expect(children(kopf).map((element) => element.name)).toEqual([
      'bn-g2g:identifikation.nachricht',
      'bn-g2g:leser',
      'bn-g2g:autor',
    ]);
    const identifikation = children(kopf)[0];
    expect(children(identifikation).map((element) => element.name)).toEqual([
      'bn-g2g:nachrichtenUUID',
      'bn-g2g:nachrichtentyp',
      'bn-g2g:erstellungszeitpunkt',
    ]);
    expect(xml).toContain(
      '<bn-g2g:nachrichtenUUID>0f0e0d0c-0b0a-4908-8706-050403020100</bn-g2g:nachrichtenUUID>',
    );
    expect(xml).toContain(
      '<bn-g2g:erstellungszeitpunkt>2025-01-01T00:59:59.999+01:00</bn-g2g:erstellungszeitpunkt>',
    );
    expect(xml).toContain(
      '<bn-g2g:nachrichtentyp listURI="urn:efa-forms:test:codeliste:nachrichtentyp" listVersionID="1">\n        <code>0001</code>\n      </bn-g2g:nachrichtentyp>',
    );
  });

  it('takes leser and autor from the tenant: DVDV kennung "praefix:kennung", name, erreichbarkeit', () => {
    expect(xml).toContain(
      [
        '    <bn-g2g:leser>',
        '      <bn-beh:verzeichnisdienst listURI="urn:xoev-de:kosit:codeliste:verzeichnisdienst" listVersionID="3">',
        '        <code>DVDV</code>',
        '      </bn-beh:verzeichnisdienst>',
        '      <bn-beh:kennung>ags:09999998</bn-beh:kennung>',
        '      <bn-beh:name>Stadt Teststadt, Bürgeramt</bn-beh:name>',
        '      <bn-kom:erreichbarkeit>',
        '        <bn-kom:kanal listURI="urn:de:xoev:codeliste:erreichbarkeit" listVersionID="3">',
        '          <code>01</code>',
        '        </bn-kom:kanal>',
        '        <bn-kom:kennung>buergeramt@teststadt.example</bn-kom:kennung>',
        '      </bn-kom:erreichbarkeit>',
      ].join('\n'),
    );
    expect(xml).toContain('<bn-g2g:autor>');
  });

  it('takes autor, leser and product attributes from the caller, and marks test messages', () => {
    const custom = toXml(sink, KITCHEN_SINK_DATA, {
      ...FIXED_HEADER,
      test: true,
      header: {
        autor: {
          kennung: 'psw:01003110',
          name: 'Portal Land',
          erreichbarkeit: [{ kanal: '09', kennung: 'https://portal.example', zusatz: 'Web' }],
        },
        leser: { verzeichnisdienst: 'DVDV', kennung: 'ags:01001000', name: 'Stadt Flensburg' },
        produkt: 'Portal',
        produkthersteller: 'Land & Leute',
        produktversion: '9.9',
      },
    });
    expect(custom).toContain(
      'produkt="Portal" produkthersteller="Land &amp; Leute" produktversion="9.9" standard="XTest" version="1.0" test="true">',
    );
    expect(custom).toContain('<bn-beh:kennung>ags:01001000</bn-beh:kennung>');
    expect(custom).toContain('<bn-beh:kennung>psw:01003110</bn-beh:kennung>');
    expect(custom).toContain('<bn-kom:zusatz>Web</bn-kom:zusatz>');
    expect(custom).toContain('<code>09</code>');
    expect(custom).not.toContain('ags:09999998');
    expect(toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, test: 'Abnahme' })).toContain('test="Abnahme"');
  });

  it('writes each test marker as given, however the messages before it were marked', () => {
    const header = { produkt: 'Portal' };
    const marker = (test: boolean | string | undefined) =>
      / test="([^"]*)"/.exec(toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, header, test }))?.[1];
    // One header options object, so every value goes through the same cache of root attributes.
    expect([undefined, 'undefined', true, 'true', 'strue', false, 'false', ''].map(marker)).toEqual([
      undefined,
      'undefined',
      'true',
      'true',
      'strue',
      undefined,
      'false',
      '',
    ]);
  });

  it('makes a new RFC 4122 version 4 UUID and takes the time now, unless injected', () => {
    const uuid = /<bn-g2g:nachrichtenUUID>([^<]+)</;
    const first = uuid.exec(toXml(sink, KITCHEN_SINK_DATA))?.[1];
    const second = uuid.exec(toXml(sink, KITCHEN_SINK_DATA))?.[1];
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first).not.toBe(second);
    let calls = 0;
    const counted = toXml(sink, KITCHEN_SINK_DATA, {
      uuid: () => `00000000-0000-4000-8000-00000000000${++calls}`,
      now: () => new Date(0),
      timeZone: 'UTC',
    });
    expect(counted).toContain('00000000-0000-4000-8000-000000000001');
    expect(counted).toContain('<bn-g2g:erstellungszeitpunkt>1970-01-01T00:00:00.000Z<');
    expect(caught(() => toXml(sink, KITCHEN_SINK_DATA, { uuid: 'nope' })).pointer).toBe(
      '/header/nachrichtenUUID',
    );
  });

  it('writes one line when indent is empty, and the same document either way', () => {
    const line = toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, indent: '' });
    expect(line.split('\n')).toHaveLength(1);
    const parse = (text: string) => xml2js(text, { compact: false });
    expect(parse(line)).toEqual(parse(toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, indent: 4 })));
    expect(() => toXml(sink, KITCHEN_SINK_DATA, { indent: '<' })).toThrow(XmlError);
  });

  it('indents by the given number of spaces (at most 10, whole spaces, none below 0) or by spaces and tabs', () => {
    const second = (indent: string | number) =>
      toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, indent }).split('\n')[2];
    expect(second(3)).toBe('   <bn-g2g:nachrichtenkopf.g2g>');
    expect(second(2.9)).toBe('  <bn-g2g:nachrichtenkopf.g2g>');
    expect(second(12)).toBe(' '.repeat(10) + '<bn-g2g:nachrichtenkopf.g2g>');
    expect(second('\t ')).toBe('\t <bn-g2g:nachrichtenkopf.g2g>');
    expect(toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, indent: -2 })).toBe(
      toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, indent: '' }),
    );
    for (const indent of ['x', ' x', 'x ', '\n'])
      expect(caught(() => toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, indent })).message).toBe(
        'efa-forms: indent must be spaces or tabs',
      );
  });

  it('writes one line with the declaration and the root element ending the text, and newline-ended indented text', () => {
    const line = toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, indent: 0 });
    expect(line.startsWith('<?xml version="1.0" encoding="UTF-8"?><t:test.nachricht.0001 ')).toBe(true);
    expect(line).toContain('version="1.0"><bn-g2g:nachrichtenkopf.g2g><bn-g2g:identifikation.nachricht>');
    expect(line.endsWith('<t:firma>Beispiel GmbH</t:firma></t:test.nachricht.0001>')).toBe(true);
    expect(xml.endsWith('  <t:firma>Beispiel GmbH</t:firma>\n</t:test.nachricht.0001>\n')).toBe(true);
  });

  it('refuses a UUID that is not 8-4-4-4-12 hex digits, however close', () => {
    for (const uuid of [
      'x0f0e0d0c-0b0a-4908-8706-050403020100',
      '0f0e0d0c-0b0a-4908-8706-050403020100x',
      '0f0e0d0c-0b0a-4908-8706-05040302010g',
      '0f0e0d0c0b0a-4908-8706-050403020100',
    ]) {
      expect(caught(() => toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, uuid })).pointer).toBe(
        '/header/nachrichtenUUID',
      );
    }
    expect(
      toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, uuid: '0F0E0D0C-0B0A-4908-8706-05040302010A' }),
    ).toContain('<bn-g2g:nachrichtenUUID>0F0E0D0C-0B0A-4908-8706-05040302010A</bn-g2g:nachrichtenUUID>');
  });

  it('writes each message with its own UUID and time, and leser and autor with their own indentation', () => {
    const a = toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, indent: 1 });
    const b = toXml(sink, KITCHEN_SINK_DATA, {
      uuid: '00000000-0000-4000-8000-00000000000b',
      now: new Date(0),
      timeZone: 'UTC',
      indent: 1,
    });
    expect(a).toContain(
      '\n   <bn-g2g:nachrichtenUUID>0f0e0d0c-0b0a-4908-8706-050403020100</bn-g2g:nachrichtenUUID>\n',
    );
    expect(b).toContain(
      '\n   <bn-g2g:nachrichtenUUID>00000000-0000-4000-8000-00000000000b</bn-g2g:nachrichtenUUID>\n',
    );
    expect(b).toContain(
      '<bn-g2g:erstellungszeitpunkt>1970-01-01T00:00:00.000Z</bn-g2g:erstellungszeitpunkt>',
    );
    expect(a).toContain('\n  <bn-g2g:leser>\n   <bn-beh:verzeichnisdienst');
    expect(a).toContain('\n  <bn-g2g:autor>\n   <bn-beh:verzeichnisdienst');
    expect(xml).toContain('\n    <bn-g2g:autor>\n      <bn-beh:verzeichnisdienst');
  });

  it('gives the same message as an xml-js element tree (toXmlElement)', () => {
    const tree = toXmlElement(sink, KITCHEN_SINK_DATA, FIXED_HEADER);
    expect(writeXml(tree, { indent: '  ', declaration: true })).toBe(xml);
    // The tree is the caller's: changing it does not change later messages.
    (tree.attributes as Record<string, string>).produkt = 'changed';
    expect(toXml(sink, KITCHEN_SINK_DATA, FIXED_HEADER)).toBe(xml);
  });
});

describe('toXml: the body', () => {
  it('follows the schema: property order, x-xoev.element names, repeated elements for arrays, code lists', () => {
    const reordered = Object.fromEntries(Object.entries(KITCHEN_SINK_DATA).reverse());
    expect(body(toXml(sink, reordered, FIXED_HEADER))).toBe(
      [
        '',
        '  <t:name>Erika &lt;Mustermann&gt; &amp; Co</t:name>',
        '  <t:anzahl>7</t:anzahl>',
        '  <t:betrag>12.5</t:betrag>',
        '  <t:aktiv>false</t:aktiv>',
        '  <t:datum>2024-02-29</t:datum>',
        '  <t:zeitpunkt>2024-02-29T12:00:00.250+01:00</t:zeitpunkt>',
        '  <t:farbe>gruen</t:farbe>',
        '  <t:staat listURI="urn:efa-forms:test:codeliste:land" listVersionID="3">',
        '    <code>FR</code>',
        '    <name>Frankreich</name>',
        '  </t:staat>',
        '  <t:anhang>JVBERi0xLjQK</t:anhang>',
        '  <t:adresse>',
        '    <t:strasse>Hauptstraße 1</t:strasse>',
        '    <t:plz>01067</t:plz>',
        '  </t:adresse>',
        '  <t:personen>',
        '    <t:vorname>Anna</t:vorname>',
        '    <t:alter>3</t:alter>',
        '  </t:personen>',
        '  <t:personen>',
        '    <t:vorname>Ben</t:vorname>',
        '  </t:personen>',
        '  <t:tags>a</t:tags>',
        '  <t:tags>b</t:tags>',
        '  <t:art>firma</t:art>',
        '  <t:firma>Beispiel GmbH</t:firma>',
        '</t:test.nachricht.0001>',
        '',
      ].join('\n'),
    );
  });

  it('serialises pruned data only: fields of a branch not taken and empty values are left out', () => {
    const privat = { ...KITCHEN_SINK_DATA, art: 'privat', tags: [], adresse: { strasse: 'Weg 2', plz: '' } };
    const written = body(toXml(sink, privat, FIXED_HEADER));
    expect(written).not.toContain('firma');
    expect(written).not.toContain('mitarbeiter');
    expect(written).not.toContain('<t:tags');
    expect(written).not.toContain('<t:plz');
  });

  it('writes a required group without answers as an empty element', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        leer: { type: 'object', title: 'Leer', properties: { x: { type: 'string', title: 'X' } } },
      },
      required: ['leer'],
    });
    for (const indent of ['  ', '']) {
      expect(body(toXml(definition, { leer: {} }, { ...FIXED_HEADER, indent }))).toBe(
        indent === '' ? '<t:leer/></t:test.nachricht.0001>' : '\n  <t:leer/>\n</t:test.nachricht.0001>\n',
      );
    }
  });

  it('writes lists of lists with an element per inner list', () => {
    const definition = xoevDefinition(LIST_OF_LISTS);
    expect(body(toXml(definition, { matrix: [[1, 2], [3]] }, FIXED_HEADER))).toBe(
      [
        '',
        '  <t:matrix>',
        '    <t:zeile>1</t:zeile>',
        '    <t:zeile>2</t:zeile>',
        '  </t:matrix>',
        '  <t:matrix>',
        '    <t:zeile>3</t:zeile>',
        '  </t:matrix>',
        '</t:test.nachricht.0001>',
        '',
      ].join('\n'),
    );
    expect(caught(() => toXml(definition, { matrix: [5] }, { prevalidated: true })).message).toBe(
      'efa-forms: the value at "/matrix/0" is not an array',
    );
  });

  it('writes an option whose value is the empty string as an empty code (prevalidated data keeps it)', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        stufe: {
          type: 'string',
          title: 'Stufe',
          'x-xoev': { codeList: { listURI: 'urn:x', listVersionID: '1' } },
          oneOf: [
            { const: '', title: 'Keine' },
            { const: 'a', title: 'A' },
          ],
        },
      },
    });
    const xml = toXml(definition, { stufe: '' }, { ...FIXED_HEADER, prevalidated: true });
    expect(xml).toContain(
      '<t:stufe listURI="urn:x" listVersionID="1">\n    <code/>\n    <name>Keine</name>\n  </t:stufe>',
    );
  });

  it('writes yes and no as xs:boolean true and false', () => {
    expect(body(toXml(sink, { name: 'x', art: 'privat', aktiv: true }, FIXED_HEADER))).toContain(
      '<t:aktiv>true</t:aktiv>',
    );
    expect(body(toXml(sink, { name: 'x', art: 'privat', aktiv: false }, FIXED_HEADER))).toContain(
      '<t:aktiv>false</t:aktiv>',
    );
  });

  it('writes numbers in XSD canonical form', () => {
    const numbers = toXml(sink, { name: 'x', art: 'privat', betrag: 1e-7, anzahl: 0 }, FIXED_HEADER);
    expect(numbers).toContain('<t:betrag>0.0000001</t:betrag>');
    expect(numbers).toContain('<t:anzahl>0</t:anzahl>');
    expect(toXml(sink, { name: 'x', art: 'privat', betrag: 2.5e21 }, FIXED_HEADER)).toContain(
      '<t:betrag>2500000000000000000000</t:betrag>',
    );
  });

  it('writes date-times in the xs:dateTime spelling of the same instant', () => {
    const written = toXml(
      sink,
      { name: 'x', art: 'privat', zeitpunkt: '2024-01-01t10:00:00z' },
      FIXED_HEADER,
    );
    expect(written).toContain('<t:zeitpunkt>2024-01-01T10:00:00Z</t:zeitpunkt>');
  });
});

/** The `InvalidDataError` that `run` throws. */
function invalidData(run: () => unknown): InvalidDataError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDataError);
    return error as InvalidDataError;
  }
  throw new Error('no error');
}

describe('toXml: refusals', () => {
  it('throws InvalidDataError listing every validation error as data', () => {
    const error = invalidData(() =>
      toXml(sink, { name: '', anzahl: 100, art: 'firma', firma: 'F', land: 'XX' }, FIXED_HEADER),
    );
    // Invalid data is not an XML problem: a separate class from XmlError and XmlValueError.
    expect(error).not.toBeInstanceOf(XmlError);
    const errors = error.errors.map(({ pointer, keyword }) => ({
      pointer,
      keyword,
    }));
    expect(errors).toEqual(
      expect.arrayContaining([
        { pointer: '/name', keyword: 'required' },
        { pointer: '/anzahl', keyword: 'maximum' },
        { pointer: '/mitarbeiter', keyword: 'required' },
      ]),
    );
    expect(
      error.errors.every((problem) => typeof problem.message === 'string' && problem.params !== undefined),
    ).toBe(true);
    expect(error.pointer).toBe(error.errors[0]?.pointer);
  });

  it("lists the errors in the definition's language", () => {
    const english = xoevDefinition(KITCHEN_SINK, {}, 'en');
    const error = invalidData(() => toXml(english, { art: 'privat' }, FIXED_HEADER));
    expect(error.errors.map((problem) => problem.message)).toEqual(['Enter “Name”.']);
  });

  it('refuses characters XML 1.0 cannot carry with the field pointer, also for prevalidated data', () => {
    const data = { name: 'ok', art: 'privat', adresse: { strasse: 'a\u0000b' } };
    expect(invalidData(() => toXml(sink, data, FIXED_HEADER)).pointer).toBe('/adresse/strasse');
    const raw = caught(() => toXml(sink, data, { ...FIXED_HEADER, prevalidated: true }));
    expect(raw).toBeInstanceOf(XmlValueError);
    expect(raw.pointer).toBe('/adresse/strasse');
    expect(
      caught(() => toXml(sink, { name: 'x', art: 'privat', tags: ['ok', '\uD800'] }, { prevalidated: true }))
        .pointer,
    ).toBe('/tags/1');
    expect(caught(() => toXml(sink, { name: '\uFFFE', art: 'privat' }, { prevalidated: true })).pointer).toBe(
      '/name',
    );
  });

  it('refuses a code whose code or name XML 1.0 cannot carry, each time it is chosen', () => {
    for (const [code, title] of [
      ['DE', 'Deutsch\u0001land'],
      ['D\u0001E', 'Deutschland'],
    ]) {
      const definition = xoevDefinition({
        type: 'object',
        properties: {
          land: {
            title: 'Land',
            oneOf: [{ const: code, title }],
            'x-xoev': { codeList: { listURI: 'urn:x:land', listVersionID: '1' } },
          },
        },
      });
      for (let time = 0; time < 2; time++) {
        const error = caught(() =>
          toXml(definition, { land: code }, { ...FIXED_HEADER, prevalidated: true }),
        );
        expect([error.name, error.pointer]).toEqual(['XmlValueError', '/land']);
      }
    }
  });

  it('refuses values valid in JSON Schema that XSD types cannot carry, naming the field', () => {
    expect(
      caught(() => toXml(sink, { name: 'x', art: 'privat', datum: '0000-01-01' }, FIXED_HEADER)).pointer,
    ).toBe('/datum');
    expect(
      caught(() => toXml(sink, { name: 'x', art: 'privat', zeitpunkt: '2016-12-31T23:59:60Z' }, FIXED_HEADER))
        .pointer,
    ).toBe('/zeitpunkt');
    // contentEncoding is an annotation in JSON Schema 2020-12: the validator lets this through.
    expect(
      caught(() => toXml(sink, { name: 'x', art: 'privat', anhang: 'not base64!' }, FIXED_HEADER)).pointer,
    ).toBe('/anhang');
    // additionalProperties: true keeps undeclared keys, but they have no element in the XSD.
    expect(caught(() => toXml(sink, { name: 'x', art: 'privat', extra: 1 }, FIXED_HEADER)).pointer).toBe(
      '/extra',
    );
  });

  it('checks prevalidated data against the types it needs', () => {
    expect(caught(() => toXml(sink, { name: 5 }, { prevalidated: true })).pointer).toBe('/name');
    expect(caught(() => toXml(sink, { personen: {} }, { prevalidated: true })).pointer).toBe('/personen');
    expect(caught(() => toXml(sink, { farbe: 'blau' }, { prevalidated: true })).pointer).toBe('/farbe');
    expect(caught(() => toXml(sink, [], { prevalidated: true })).pointer).toBe('');
  });

  it('says for prevalidated data which value has the wrong type and what it needs', () => {
    const message = (data: unknown) => caught(() => toXml(sink, data, { prevalidated: true })).message;
    expect(message({ name: 5 })).toBe('efa-forms: the value at "/name" is not a string');
    expect(message({ personen: {} })).toBe('efa-forms: the value at "/personen" is not an array');
    expect(message({ adresse: 'Weg 1' })).toBe('efa-forms: the value at "/adresse" is not an object');
    expect(message({ datum: 20250101 })).toBe('efa-forms: the value at "/datum" is not a string');
    expect(message({ anhang: 1 })).toBe('efa-forms: the value at "/anhang" is not a string');
    expect(message({ anzahl: 1.5 })).toBe('efa-forms: the value at "/anzahl" is not an integer');
    expect(message({ betrag: Number.NaN })).toBe('efa-forms: the value at "/betrag" is not a number');
    expect(message({ aktiv: 'ja' })).toBe('efa-forms: the value at "/aktiv" is not a boolean');
    expect(message({ farbe: 'blau' })).toBe('efa-forms: the value at "/farbe" is not one of the options');
    expect(message({ anhang: 'not base64!' })).toBe(
      'efa-forms: the value at "/anhang" is not base64 (xs:base64Binary)',
    );
    expect(message({ datum: '0000-01-01' })).toMatch(
      /^efa-forms: the value at "\/datum" cannot be written as xs:date: ./,
    );
    expect(message({ name: 'x', extra: 1 })).toBe(
      'efa-forms: "/extra" is not a property of the schema and has no XML element',
    );
  });

  it('writes no element for a key holding undefined in prevalidated data', () => {
    const written = body(
      toXml(sink, { name: 'x', anzahl: undefined }, { ...FIXED_HEADER, prevalidated: true }),
    );
    expect(written).toContain('<t:name>x</t:name>');
    expect(written).not.toContain('anzahl');
  });

  it('is not misled by enumerable properties added to Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.polluted = 'yes';
    try {
      expect(body(toXml(sink, { name: 'x', art: 'privat' }, FIXED_HEADER))).toContain('<t:name>x</t:name>');
    } finally {
      delete prototype.polluted;
    }
  });

  it('refuses in toXmlElement exactly what toXml refuses, with the same error (one writer behind both)', () => {
    const bad: unknown[] = [
      { name: 5 },
      { personen: {} },
      { farbe: 'blau' },
      { land: 'XX' },
      { name: 'x', art: 'privat', extra: 1 },
      { name: 'x', art: 'privat', datum: '0000-01-01' },
      { name: 'x', art: 'privat', zeitpunkt: '2016-12-31T23:59:60Z' },
      { name: 'x', art: 'privat', anhang: 'not base64!' },
      { name: 'x', art: 'privat', tags: ['ok', '\uD800'] },
      { name: 'ok', art: 'privat', adresse: { strasse: 'a\u0000b' } },
      { anzahl: 1.5 },
      { betrag: Number.NaN },
      { aktiv: 'ja' },
    ];
    for (const data of bad) {
      const fromText = caught(() => toXml(sink, data, { ...FIXED_HEADER, prevalidated: true }));
      const fromTree = caught(() => toXmlElement(sink, data, { ...FIXED_HEADER, prevalidated: true }));
      expect(fromText, JSON.stringify(data)).toBeInstanceOf(XmlValueError);
      expect([fromTree.constructor, fromTree.message, fromTree.pointer]).toEqual([
        fromText.constructor,
        fromText.message,
        fromText.pointer,
      ]);
    }
  });

  it('refuses header values outside DIN 91379 datatype C, which the XÖV header requires', () => {
    const error = caught(() =>
      toXml(sink, KITCHEN_SINK_DATA, { header: { leser: { kennung: 'ags:1', name: 'Amt 😀' } } }),
    );
    expect(error.pointer).toBe('/header/leser/name');
    expect(caught(() => toXml(sink, KITCHEN_SINK_DATA, { header: { produkt: 'Ψ' } })).pointer).toBe(
      '/header/produkt',
    );
  });

  it('needs a tenant with authority name and DVDV address for the header', () => {
    expect(
      caught(() => toXml(sink, KITCHEN_SINK_DATA, { tenant: { behoerde: { name: 'Amt' } } })).pointer,
    ).toBe('/tenant/dvdv');
    expect(caught(() => toXml(sink, KITCHEN_SINK_DATA, { tenant: { dvdv: TEST_TENANT.dvdv } })).pointer).toBe(
      '/tenant/behoerde/name',
    );
  });
});
