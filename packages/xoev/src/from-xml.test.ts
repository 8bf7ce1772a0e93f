import { beforeEach, describe, expect, it } from 'vitest';
import { prune, type Definition } from '@efa-forms/core';
import { XmlError } from './xml-error.js';
import { fromXml } from './from-xml.js';
import { toXml } from './to-xml.js';
import {
  FIXED_HEADER,
  KITCHEN_SINK,
  KITCHEN_SINK_DATA,
  LIST_OF_LISTS,
  xoevDefinition,
} from './test-support/definitions.js';
import { gewerbe, validSamples, FIXED } from './test-support/gewerbe.js';
import { caught } from './test-support/caught.js';

// Per test, not while the file loads: StrykerJS counts collection-time code as static (docs/testing.md).
let sink: Definition;
let xml: string;
beforeEach(() => {
  sink = xoevDefinition(KITCHEN_SINK);
  xml = toXml(sink, KITCHEN_SINK_DATA, FIXED_HEADER);
});

describe('fromXml: round trip', () => {
  it('gives back the data and the header', () => {
    const { data, header } = fromXml(sink, xml);
    expect(data).toEqual(KITCHEN_SINK_DATA);
    expect(header).toEqual({
      nachrichtenUUID: FIXED_HEADER.uuid,
      nachrichtentyp: {
        code: '0001',
        listURI: 'urn:efa-forms:test:codeliste:nachrichtentyp',
        listVersionID: '1',
      },
      erstellungszeitpunkt: '2025-01-01T00:59:59.999+01:00',
      leser: {
        verzeichnisdienst: {
          code: 'DVDV',
          listURI: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst',
          listVersionID: '3',
        },
        kennung: 'ags:09999998',
        name: 'Stadt Teststadt, Bürgeramt',
        erreichbarkeit: [
          {
            kanal: { code: '01', listURI: 'urn:de:xoev:codeliste:erreichbarkeit', listVersionID: '3' },
            kennung: 'buergeramt@teststadt.example',
          },
          {
            kanal: { code: '02', listURI: 'urn:de:xoev:codeliste:erreichbarkeit', listVersionID: '3' },
            kennung: '+49 9999 1234',
          },
        ],
      },
      autor: expect.objectContaining({ kennung: 'ags:09999998' }),
      produkt: 'efa-forms',
      produkthersteller: 'efa-forms',
      produktversion: 'test-dienst 2.1.0',
      standard: 'XTest',
      version: '1.0',
    });
  });

  it.each(validSamples)('gives back the pruned data of the Gewerbe sample %s', (_name, sample) => {
    const message = toXml(gewerbe, sample, FIXED);
    expect(fromXml(gewerbe, message).data).toEqual(prune(gewerbe, sample));
    expect(fromXml(gewerbe, new TextEncoder().encode(message)).data).toEqual(prune(gewerbe, sample));
  });

  it('puts back required empty arrays (an empty array writes no element), conditions included', () => {
    expect(fromXml(sink, xml).data.mitarbeiter).toEqual([]);
    const privat = toXml(sink, { name: 'x', art: 'privat' }, FIXED_HEADER);
    expect(fromXml(sink, privat).data).toEqual({ name: 'x', art: 'privat' });
  });

  it('puts back a required empty list in a group that holds nothing else', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        gruppe: {
          type: 'object',
          title: 'Gruppe',
          properties: { liste: { type: 'array', title: 'Liste', items: { type: 'string' } } },
          required: ['liste'],
        },
      },
      required: ['gruppe'],
    });
    const data = { gruppe: { liste: [] } };
    expect(fromXml(definition, toXml(definition, data, FIXED_HEADER)).data).toEqual(data);
  });

  it('reads any prefixes, default namespaces, one-line layout, comments, CDATA and CRLF line ends', () => {
    const rewritten = xml
      .replace(
        /<t:test\.nachricht\.0001 xmlns:t="urn:efa-forms:test:1"/,
        '<nachricht:test.nachricht.0001 xmlns:nachricht="urn:efa-forms:test:1"',
      )
      .replace('</t:test.nachricht.0001>', '</nachricht:test.nachricht.0001>')
      .replace(/<(\/?)t:/g, '<$1x:')
      .replace('<x:name>', '<!-- ein Kommentar --><x:name xmlns:x="urn:efa-forms:test:1">')
      .replace(/<x:adresse>/, '<adresse xmlns="urn:efa-forms:test:1">')
      .replace(/<x:strasse>Hauptstraße 1<\/x:strasse>/, '<strasse>Haupt<![CDATA[straße]]>&#32;1</strasse>')
      .replace(/<x:plz>01067<\/x:plz>\s*<\/x:adresse>/, '<plz>01067</plz></adresse>')
      .replace(/<(\/?)x:/g, '<$1nachricht:')
      .replace(/\n\s*/g, '\r\n');
    expect(fromXml(sink, rewritten).data).toEqual(KITCHEN_SINK_DATA);
  });

  it('reads every XSD spelling of typed values', () => {
    const spelled = xml
      .replace('<t:anzahl>7</t:anzahl>', '<t:anzahl> +007 </t:anzahl>')
      .replace('<t:betrag>12.5</t:betrag>', '<t:betrag>12.50</t:betrag>')
      .replace('<t:aktiv>false</t:aktiv>', '<t:aktiv>0</t:aktiv>')
      .replace('<code>FR</code>\n    <name>Frankreich</name>', '<code> FR </code>')
      .replace('<t:anhang>JVBERi0xLjQK</t:anhang>', '<t:anhang>JVBE\n Ri0x\tLj&#13;QK</t:anhang>')
      .replace('<t:datum>2024-02-29</t:datum>', '<t:datum>\n 2024-02-29\t</t:datum>')
      .replace('<t:zeitpunkt>2024', '<t:zeitpunkt> 2024');
    expect(fromXml(sink, spelled).data).toEqual(KITCHEN_SINK_DATA);
  });

  it('keeps text exactly: spaces, line breaks, CR, tabs, markup characters', () => {
    const name = ' \t a\r\nb\rc  <&>"\' ]]> ';
    const written = toXml(sink, { ...KITCHEN_SINK_DATA, name }, FIXED_HEADER);
    expect(fromXml(sink, written).data.name).toBe(name);
  });
});

describe('fromXml: messages that do not fit the definition', () => {
  it.each([
    ['another root element', (text: string) => text.replace(/t:test\.nachricht\.0001/g, 't:other'), ''],
    [
      'another namespace',
      (text: string) => text.replace('xmlns:t="urn:efa-forms:test:1"', 'xmlns:t="urn:other"'),
      '',
    ],
    [
      'no header',
      (text: string) =>
        text.replace(/<bn-g2g:nachrichtenkopf\.g2g>[\s\S]*<\/bn-g2g:nachrichtenkopf\.g2g>/, ''),
      '/header',
    ],
    [
      'header without leser',
      (text: string) => text.replace(/<bn-g2g:leser>[\s\S]*<\/bn-g2g:leser>/, ''),
      '/header',
    ],
    ['an unknown element', (text: string) => text.replace('<t:farbe>', '<t:unbekannt/><t:farbe>'), ''],
    [
      'an element twice',
      (text: string) =>
        text.replace('<t:farbe>gruen</t:farbe>', '<t:farbe>gruen</t:farbe><t:farbe>rot</t:farbe>'),
      '/farbe',
    ],
    [
      'a foreign element in an object',
      (text: string) => text.replace('<t:plz>', '<x:plz xmlns:x="urn:x">1</x:plz><t:plz>'),
      '/adresse',
    ],
    [
      'text where elements belong',
      (text: string) => text.replace('<t:strasse>', 'text<t:strasse>'),
      '/adresse',
    ],
    [
      'elements where text belongs',
      (text: string) => text.replace('<t:farbe>gruen</t:farbe>', '<t:farbe><t:x/></t:farbe>'),
      '/farbe',
    ],
    [
      'no integer',
      (text: string) => text.replace('<t:anzahl>7</t:anzahl>', '<t:anzahl>7.5</t:anzahl>'),
      '/anzahl',
    ],
    [
      'no decimal',
      (text: string) => text.replace('<t:betrag>12.5</t:betrag>', '<t:betrag>1e3</t:betrag>'),
      '/betrag',
    ],
    [
      'no boolean',
      (text: string) => text.replace('<t:aktiv>false</t:aktiv>', '<t:aktiv>nein</t:aktiv>'),
      '/aktiv',
    ],
    [
      'an unknown option',
      (text: string) => text.replace('<t:farbe>gruen</t:farbe>', '<t:farbe>blau</t:farbe>'),
      '/farbe',
    ],
    ['an unknown code', (text: string) => text.replace('<code>FR</code>', '<code>XX</code>'), '/land'],
    [
      'another code list',
      (text: string) => text.replace('urn:efa-forms:test:codeliste:land', 'urn:other'),
      '/land',
    ],
    [
      'another code list version',
      (text: string) => text.replace('listVersionID="3">\n    <code>FR', 'listVersionID="4">\n    <code>FR'),
      '/land',
    ],
    ['a code without <code>', (text: string) => text.replace('<code>FR</code>', ''), '/land'],
    [
      'a person without element content',
      (text: string) => text.replace('<t:vorname>Ben</t:vorname>', '<t:vorname>Ben</t:vorname><t:zzz/>'),
      '/personen/1',
    ],
  ])('refuses %s with the pointer of the place', (_name, rewrite, pointer) => {
    const error = caught(() => fromXml(sink, rewrite(xml)));
    expect(error.pointer).toBe(pointer);
    expect(error.line).toBeUndefined();
  });

  it.each([
    [
      'another root element',
      (text: string) => text.replace(/t:test\.nachricht\.0001/g, 't:other'),
      'efa-forms: the root element is {urn:efa-forms:test:1}other, expected {urn:efa-forms:test:1}test.nachricht.0001',
    ],
    [
      'an unknown element at the top',
      (text: string) => text.replace('<t:farbe>', '<t:unbekannt/><t:farbe>'),
      'efa-forms: unexpected element {urn:efa-forms:test:1}unbekannt in the message',
    ],
    [
      'an element of the xml namespace',
      (text: string) => text.replace('<t:farbe>', '<xml:farbe/><t:farbe>'),
      'efa-forms: unexpected element {http://www.w3.org/XML/1998/namespace}farbe in the message',
    ],
    [
      'a foreign element in an object',
      (text: string) => text.replace('<t:plz>', '<x:plz xmlns:x="urn:x">1</x:plz><t:plz>'),
      'efa-forms: unexpected element {urn:x}plz in /adresse',
    ],
    [
      'an element twice',
      (text: string) =>
        text.replace('<t:farbe>gruen</t:farbe>', '<t:farbe>gruen</t:farbe><t:farbe>rot</t:farbe>'),
      'efa-forms: <farbe> appears twice at /farbe',
    ],
    [
      'no integer',
      (text: string) => text.replace('<t:anzahl>7</t:anzahl>', '<t:anzahl>7.5</t:anzahl>'),
      'efa-forms: the value at /anzahl is not an integer (xs:integer)',
    ],
    [
      'no decimal',
      (text: string) => text.replace('<t:betrag>12.5</t:betrag>', '<t:betrag>1e3</t:betrag>'),
      'efa-forms: the value at /betrag is not a number (xs:decimal)',
    ],
    [
      'no boolean',
      (text: string) => text.replace('<t:aktiv>false</t:aktiv>', '<t:aktiv>nein</t:aktiv>'),
      'efa-forms: the value at /aktiv is not true or false',
    ],
    [
      'an unknown option',
      (text: string) => text.replace('<t:farbe>gruen</t:farbe>', '<t:farbe>blau</t:farbe>'),
      'efa-forms: "blau" at /farbe is not one of the options',
    ],
    [
      'an unknown code',
      (text: string) => text.replace('<code>FR</code>', '<code>XX</code>'),
      'efa-forms: code "XX" at /land is not in the code list',
    ],
    [
      'another code list',
      (text: string) => text.replace('urn:efa-forms:test:codeliste:land', 'urn:other'),
      'efa-forms: listURI "urn:other" at /land is not the definition\'s "urn:efa-forms:test:codeliste:land"',
    ],
    [
      'another code list version',
      (text: string) => text.replace('listVersionID="3">\n    <code>FR', 'listVersionID="4">\n    <code>FR'),
      'efa-forms: listVersionID "4" at /land is not the definition\'s "3"',
    ],
  ])('tells the sender what is wrong: %s', (_name, rewrite, message) => {
    expect(caught(() => fromXml(sink, rewrite(xml))).message).toBe(message);
  });

  it('refuses a message whose first element is a nachrichtenkopf.g2g of another namespace, or that is empty', () => {
    const foreign = xml.replace(/bn-g2g:nachrichtenkopf\.g2g/g, 't:nachrichtenkopf.g2g');
    const empty = caught(() => fromXml(sink, foreign));
    expect(empty).toMatchObject({
      message: 'efa-forms: the message does not start with nachrichtenkopf.g2g',
      pointer: '/header',
    });
    const renamed = xml.replace(/bn-g2g:nachrichtenkopf\.g2g/g, 'bn-g2g:kopf.g2g');
    expect(caught(() => fromXml(sink, renamed)).message).toBe(
      'efa-forms: the message does not start with nachrichtenkopf.g2g',
    );
    const root = '<t:test.nachricht.0001 xmlns:t="urn:efa-forms:test:1"/>';
    expect(caught(() => fromXml(sink, root))).toMatchObject({
      message: 'efa-forms: the message does not start with nachrichtenkopf.g2g',
      pointer: '/header',
    });
  });

  it("reads a code without listURI and listVersionID as the code of the definition's list", () => {
    const bare = xml.replace(' listURI="urn:efa-forms:test:codeliste:land" listVersionID="3"', '');
    expect(bare).not.toBe(xml);
    expect(fromXml(sink, bare).data.land).toBe('FR');
  });

  it('reports the root attributes the header needs', () => {
    expect(caught(() => fromXml(sink, xml.replace(' standard="XTest"', ''))).pointer).toBe(
      '/header/standard',
    );
  });
});

describe('fromXml: typed options, lists of lists, odd field names', () => {
  const options = (...values: unknown[]) =>
    values.map((value) => ({ const: value, title: `Wert ${String(value)}` }));

  it('reads options of boolean, integer and number type by value, whatever the XSD spelling', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: {
        ja: { type: 'boolean', title: 'Ja', oneOf: [{ const: true, title: 'Ja' }] },
        stufe: { type: 'integer', title: 'Stufe', oneOf: options(1, 2) },
        anteil: { type: 'number', title: 'Anteil', oneOf: options(0.5, 2) },
        wort: { type: 'string', title: 'Wort', oneOf: options('1', 'a') },
      },
    });
    const data = { ja: true, stufe: 2, anteil: 0.5, wort: '1' };
    const message = toXml(definition, data, FIXED_HEADER)
      .replace('<t:ja>true</t:ja>', '<t:ja> 1 </t:ja>')
      .replace('<t:stufe>2</t:stufe>', '<t:stufe>+02</t:stufe>')
      .replace('<t:anteil>0.5</t:anteil>', '<t:anteil>.50</t:anteil>');
    expect(fromXml(definition, message).data).toEqual(data);
    for (const [from, to, pointer] of [
      ['<t:wort>1</t:wort>', '<t:wort> 1</t:wort>', '/wort'],
      ['<t:ja>true</t:ja>', '<t:ja>false</t:ja>', '/ja'],
      ['<t:stufe>2</t:stufe>', '<t:stufe>2.0</t:stufe>', '/stufe'],
      ['<t:anteil>0.5</t:anteil>', '<t:anteil>1</t:anteil>', '/anteil'],
    ] as const) {
      const wrong = toXml(definition, data, FIXED_HEADER).replace(from, to);
      expect(caught(() => fromXml(definition, wrong)).pointer).toBe(pointer);
    }
  });

  it('reads a time with whitespace around it as the time', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: { uhrzeit: { type: 'string', title: 'Uhrzeit', format: 'time' } },
    });
    const message = toXml(definition, { uhrzeit: '08:30:00Z' }, FIXED_HEADER);
    const spaced = message.replace(/<t:uhrzeit>([^<]*)</, '<t:uhrzeit> $1\n<');
    expect(spaced).not.toBe(message);
    expect(fromXml(definition, spaced).data).toEqual(fromXml(definition, message).data);
    expect(fromXml(definition, message).data.uhrzeit).toMatch(/^08:30:00/);
  });

  it('reads lists of lists, and names the inner list of a wrong item element', () => {
    const definition = xoevDefinition(LIST_OF_LISTS);
    const data = { matrix: [[1, 2], [3]] };
    const message = toXml(definition, data, FIXED_HEADER);
    expect(fromXml(definition, message).data).toEqual(data);
    expect(
      caught(() => fromXml(definition, message.replace('<t:zeile>3</t:zeile>', '<t:spalte>3</t:spalte>'))),
    ).toMatchObject({
      message: 'efa-forms: expected <zeile> in /matrix/1, found <spalte>',
      pointer: '/matrix/1',
    });
    const foreign = message.replace('<t:zeile>3</t:zeile>', '<x:zeile xmlns:x="urn:x">3</x:zeile>');
    expect(caught(() => fromXml(definition, foreign)).pointer).toBe('/matrix/1');
    expect(caught(() => fromXml(definition, message.replace('<t:zeile>3<', '<t:zeile>x<'))).pointer).toBe(
      '/matrix/1/0',
    );
  });

  it('gives a field named __proto__ back as an ordinary own property, not as the prototype', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: { ['__proto__']: { type: 'string', title: 'Proto' } },
    });
    const data = JSON.parse('{"__proto__": "x"}') as Record<string, unknown>;
    const read = fromXml(definition, toXml(definition, data, FIXED_HEADER)).data;
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(read, '__proto__')).toEqual({
      value: 'x',
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
});

describe('fromXml: untrusted input', () => {
  it('refuses DOCTYPEs, external entities and entity expansion before parsing', () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE t:test.nachricht.0001 [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' +
      xml.split('\n').slice(1).join('\n').replace('Erika', '&xxe;');
    const error = caught(() => fromXml(sink, xxe));
    expect(error.message).toMatch(/DOCTYPE is not allowed/);
    expect({ line: error.line, column: error.column }).toEqual({ line: 2, column: 1 });
    const laughs =
      '<!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><a>&c;</a>';
    const refused = caught(() => fromXml(sink, laughs));
    expect(refused.message).toMatch(/a DOCTYPE is not allowed \(no DTDs, no entity declarations\)/);
    expect({ line: refused.line, column: refused.column }).toEqual({ line: 1, column: 1 });
  });

  it('reports malformed XML with line and column', () => {
    const broken = xml.replace('</t:adresse>', '</t:adress>');
    const error = caught(() => fromXml(sink, broken));
    const line = xml.split('\n').findIndex((text) => text.includes('</t:adresse>')) + 1;
    expect(error).toMatchObject({ line, column: 3 });
    const truncated = caught(() => fromXml(sink, xml.slice(0, xml.length / 2)));
    expect(truncated.line).toBeGreaterThan(1);
    expect(truncated.message).toMatch(/not closed|unexpected end/);
  });

  it('caps the size (default 10 MB, adjustable) and the nesting depth', () => {
    const big = xml.replace('Erika', 'E'.repeat(11 * 1024 * 1024));
    expect(caught(() => fromXml(sink, big)).message).toMatch(/larger than 10485760 bytes/);
    expect(fromXml(sink, big, { maxBytes: 20 * 1024 * 1024 }).data.name).toBe(
      'E'.repeat(11 * 1024 * 1024) + ' <Mustermann> & Co',
    );
    expect(caught(() => fromXml(sink, xml, { maxBytes: 1000 })).message).toMatch(/larger than 1000 bytes/);
    const deep = xml.replace('<t:strasse>', '<t:strasse>'.repeat(200));
    expect(caught(() => fromXml(sink, deep)).message).toMatch(/nested deeper than 128/);
    expect(caught(() => fromXml(sink, xml, { maxDepth: 2 })).message).toMatch(/nested deeper than 2/);
  });

  // No timing assertion: the test's timeout is the guard against pathological (quadratic, backtracking) behaviour.
  it('answers quickly for large hostile inputs instead of hanging', () => {
    const hostile = [
      '<a>' + '<b>'.repeat(1_000_000),
      '<a ' + 'x="1" '.repeat(200_000),
      '<a>' + '&amp;'.repeat(1_000_000) + '</a>',
      '<a>' + '<!--x-->'.repeat(500_000),
      '<' + 'a'.repeat(5_000_000),
    ];
    for (const text of hostile) {
      expect(() => fromXml(sink, text)).toThrow(XmlError);
    }
  }, 60_000);

  it('never lets anything but XmlError escape, whatever the bytes', () => {
    const seeds = [
      xml,
      '<',
      '<?xml',
      '<a',
      '<a></a',
      '\uFEFF',
      '<a>&#x110000;</a>',
      "<a b='1'/>",
      '<:a/>',
      '<a:/>',
      '<a xmlns:a=""/>',
    ];
    for (const seed of seeds) {
      for (let cut = 0; cut <= seed.length; cut += Math.max(1, Math.floor(seed.length / 200))) {
        try {
          fromXml(sink, seed.slice(0, cut));
        } catch (error) {
          expect(error).toBeInstanceOf(XmlError);
        }
      }
    }
  });
});
