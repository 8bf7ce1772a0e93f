import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createValidator, loadDefinition, type JsonSchemaObject } from '@efa-forms/core';
import { FimError, importFim } from './index.js';
import { stammdatenschema } from './test-support/xdf.js';

const FIM = fileURLToPath(new URL('../../../../shared/fim/', import.meta.url));
const CODELISTS = fileURLToPath(new URL('../../../../shared/codelists/', import.meta.url));
const sample = (name: string): string => readFileSync(`${FIM}${name}`, 'utf8');
const codeList = (name: string): string => readFileSync(`${CODELISTS}${name}`, 'utf8');

/** The files ../shared/fim/README.md lists as malformed, with the element and line each must be refused at. */
const MALFORMED: Record<string, { element: string; line: number; message: RegExp }> = {
  'xdf2-unknown-namespace.xml': {
    element: 'xdf:xdatenfelder.stammdatenschema.0102',
    line: 2,
    message: /namespace urn:xoev-de:fim:standard:xdatenfelder_unknown; expected XDatenfelder 2/,
  },
  'xdf2-duplicate-required-value.xml': {
    element: 'xdf:name',
    line: 13,
    message: /<xdf:name> appears twice in <xdf:stammdatenschema>/,
  },
  'xdf3-missing-id-node.xml': {
    element: 'xdf:identifikation',
    line: 9,
    message: /<xdf:identifikation> has no <xdf:id>/,
  },
  'xdf3-unexpected-node.xml': {
    element: 'xdf:unknown',
    line: 11,
    message: /unexpected element <xdf:unknown> in <xdf:identifikation>/,
  },
};

const fimError = (run: () => unknown): FimError => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FimError);
    return error as FimError;
  }
  throw new Error('expected a FimError');
};

const property = (schema: JsonSchemaObject, ...path: string[]): JsonSchemaObject => {
  let node = schema;
  for (const key of path) {
    const next = (node.properties?.[key] ?? (key === 'items' ? node.items : undefined)) as JsonSchemaObject;
    expect(next, `${path.join('/')} at ${key}`).toBeDefined();
    node = next;
  }
  return node;
};

describe('importFim on every file in shared/fim', () => {
  const files = readdirSync(FIM).filter((name) => name.endsWith('.xml'));

  test('the corpus is there (13 files)', () => {
    expect(files).toHaveLength(13);
  });

  for (const file of files) {
    const expected = MALFORMED[file];
    if (expected) {
      test(`${file} is refused, naming ${expected.element} and line ${expected.line}`, () => {
        const error = fimError(() => importFim(sample(file), { fileName: file }));
        expect(error.element).toBe(expected.element);
        expect(error.line).toBe(expected.line);
        expect(error.message).toMatch(expected.message);
        expect(error.message).toContain(`${file}: `);
        expect(error.message).toContain(`(line ${expected.line}, column `);
      });
    } else {
      test(`${file} becomes a definition that loadDefinition accepts`, () => {
        const { definition } = importFim(sample(file));
        const loaded = loadDefinition(definition);
        expect(loaded.steps.length).toBeGreaterThan(0);
        expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
      });
    }
  }
});

describe('mapping of the samples', () => {
  test('XDF2: group -> object with a step, field -> property, praezisierung strings -> numbers, ids in x-fim', () => {
    const { definition, warnings } = importFim(sample('xdf2-simple.xml'));
    expect(definition).toMatchObject({ id: 'test', version: '1.0.0', title: 'Test' });
    const person = property(definition.schema, 'natuerlichePersonAbstraktUmfassend');
    expect(person).toMatchObject({
      type: 'object',
      title: 'Natürliche Person',
      required: ['familienname'],
      'x-fim': { id: 'G00000082', version: '1.3' },
    });
    expect(property(person, 'familienname')).toEqual({
      title: 'Familienname',
      description: 'Hilfe Eingabe',
      type: 'string',
      minLength: 1,
      maxLength: 120,
      'x-fim': { id: 'F60000227', version: '1.1' },
    });
    expect(definition.schema.required).toEqual(['natuerlichePersonAbstraktUmfassend']);
    expect(definition.schema['x-fim']).toMatchObject({ id: 'T1234', standard: 'XDatenfelder 2.0' });
    expect(definition.steps).toEqual([
      {
        id: 'natuerliche-person',
        title: 'Natürliche Person',
        fields: ['/natuerlichePersonAbstraktUmfassend'],
      },
    ]);
    // The schema-level rule is kept, with a warning pointing at it.
    expect(definition.schema['x-fim']).toMatchObject({
      regeln: [
        {
          id: 'R60000037',
          name: 'MindestEineAngabe',
          text: 'Eine Definition',
          script: 'function script() {}',
        },
      ],
    });
    expect(warnings).toContainEqual(
      expect.objectContaining({ element: 'xdf:regel', line: 32, pointer: '/schema/x-fim/regeln' }),
    );
  });

  test('XDF3: nested groups, 0:1 optional, attributes as praezisierung, rules on group and field', () => {
    const { definition, warnings } = importFim(sample('xdf3-simple.xml'));
    const anschrift = property(definition.schema, 'anschriftInland');
    expect(anschrift.description).toBe('Eingabehilfe');
    expect(anschrift.required).toBeUndefined();
    const strasse = property(anschrift, 'anschriftInlandStrassenanschrift', 'strasse');
    expect(strasse).toMatchObject({ type: 'string', minLength: 1, maxLength: 55, title: 'Straße' });
    expect(strasse['x-fim']).toMatchObject({
      regeln: [{ id: 'R60000000019', script: 'some script content' }],
    });
    expect((strasse['x-fim'] as { regeln: { text: string }[] }).regeln[0]?.text).toMatch(
      /^Es muss entweder Feldgruppe G60000086/,
    );
    expect(definition.schema['x-fim']).toEqual({ standard: 'XDatenfelder 3.0.0' });
    expect(warnings.filter((warning) => warning.element === 'xdf:regel').map((w) => w.line)).toEqual([
      49, 145,
    ]);
  });

  test('a select field without a code list gets a warning naming the list and the field', () => {
    const { definition, warnings } = importFim(sample('xdf2-select.xml'));
    expect(property(definition.schema, 'hinweis')).toMatchObject({
      type: 'string',
      'x-fim': { id: 'F123', codeList: { listURI: 'urn:de:example', listVersionID: '1' } },
    });
    expect(warnings).toEqual([
      expect.objectContaining({
        element: 'xdf:datenfeld',
        line: 34,
        pointer: '/schema/properties/hinweis',
        message: expect.stringMatching(
          /code list urn:de:example version 1, but no genericode file was given/,
        ),
      }),
    ]);
    const empty = importFim(sample('xdf3-input.xml')).warnings;
    expect(empty[0]?.message).toMatch(/names no code list/);
  });

  test('a select field with its genericode list becomes a $defs code list with oneOf options', () => {
    const xml = sample('xdf2-select.xml').replace(
      /<xdf:canonicalIdentification>urn:de:example<\/xdf:canonicalIdentification>\s*<xdf:version>1<\/xdf:version>/,
      '<xdf:canonicalIdentification>urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland</xdf:canonicalIdentification><xdf:version>2010-04-01</xdf:version>',
    );
    const bundesland = codeList('Bundesland_2010-04-01.xml');
    const { definition, warnings } = importFim(xml, {
      codeLists: new Map([['urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland', bundesland]]),
    });
    expect(warnings).toEqual([]);
    const field = property(definition.schema, 'hinweis');
    expect(field.$ref).toBe('#/$defs/bundesland');
    const def = (definition.schema.$defs as Record<string, JsonSchemaObject>)[
      'bundesland'
    ] as JsonSchemaObject;
    expect(def['x-xoev']).toEqual({
      codeList: {
        listURI: 'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:bundesland',
        listVersionID: '2010-04-01',
      },
    });
    expect(def.oneOf).toHaveLength(16);
    expect(def.oneOf?.[0]).toEqual({ const: '01', title: 'Schleswig-Holstein' });
    const validator = createValidator(loadDefinition(definition));
    expect(validator.validate({ hinweis: '09' }).valid).toBe(true);
    expect(validator.validate({ hinweis: '99' }).valid).toBe(false);
  });

  test('a genericode list of another version is used, with a warning', () => {
    const xml = sample('xdf2-select.xml').replace(
      /urn:de:example<\/xdf:canonicalIdentification>\s*<xdf:version>1</,
      'urn:xoev-de:xinneres:codeliste:geschlecht</xdf:canonicalIdentification><xdf:version>0.9<',
    );
    const { warnings } = importFim(xml, {
      codeLists: new Map([
        ['urn:xoev-de:xinneres:codeliste:geschlecht', codeList('XInneres_Geschlecht_1.xml')],
      ]),
    });
    expect(warnings[0]?.message).toMatch(
      /asks for version 0\.9 of .*geschlecht; the genericode file given is version 1, which was used/,
    );
  });

  test('label fields become hint text, not data', () => {
    const { definition } = importFim(sample('xdf2-label.xml'));
    expect(definition.schema.properties).toEqual({});
    expect(definition.description).toBe('Eine Beschreibung\n\nHinweis Inhalt');
    const xml = stammdatenschema([
      {
        id: 'G1',
        name: 'Person',
        members: [
          { id: 'F0', name: 'Hinweis', feldart: 'label', inhalt: 'Bitte wie im Ausweis.' },
          { id: 'F1', name: 'Name' },
        ],
      },
      { id: 'F2', name: 'Hinweis vorab', feldart: 'label', inhalt: 'Zum Schluss:' },
      { id: 'F3', name: 'Bemerkung', anzahl: '0:1' },
    ]);
    const result = importFim(xml).definition;
    expect(property(result.schema, 'person').description).toBe('Bitte wie im Ausweis.');
    expect(Object.keys(property(result.schema, 'person').properties ?? {})).toEqual(['name']);
    expect(result.steps).toEqual([
      { id: 'person', title: 'Person', fields: ['/person'] },
      { id: 'angaben', title: 'Angaben', description: 'Zum Schluss:', fields: ['/bemerkung'] },
    ]);
    loadDefinition(result);
  });
});

describe('datentyp, praezisierung and anzahl', () => {
  const fields = (version: 2 | 3) =>
    importFim(
      stammdatenschema(
        [
          {
            id: 'F1',
            name: 'Text',
            praezisierung:
              version === 2
                ? '{"minLength":"2","maxLength":"5","pattern":"[A-Z]+"}'
                : 'minLength="2" maxLength="5" pattern="[A-Z]+"',
          },
          { id: 'F2', name: 'Datum', datentyp: 'date' },
          { id: 'F3', name: 'Zustimmung', datentyp: 'bool' },
          {
            id: 'F4',
            name: 'Betrag',
            datentyp: 'num_currency',
            praezisierung:
              version === 2 ? '{"minValue":"0","maxValue":"999,99"}' : 'minValue="0" maxValue="999.99"',
          },
          {
            id: 'F5',
            name: 'Anzahl',
            datentyp: 'num_int',
            praezisierung: version === 2 ? '{"minValue":1,"maxValue":9}' : 'minValue="1" maxValue="9"',
          },
          { id: 'F6', name: 'Gewicht', datentyp: 'num' },
          {
            id: 'F7',
            name: 'Nachweis',
            datentyp: 'file',
            extra: version === 3 ? '<xdf:mediaType>application/pdf</xdf:mediaType>' : '',
          },
          { id: 'F8', name: 'Vorname', anzahl: '1:3' },
          { id: 'F9', name: 'Kind', anzahl: '0:*', members: [{ id: 'F10', name: 'Name des Kindes' }] },
        ],
        version,
      ),
    );

  for (const version of [2, 3] as const) {
    test(`XDatenfelder ${version}`, () => {
      const { definition } = fields(version);
      const schema = definition.schema;
      expect(property(schema, 'text')).toMatchObject({
        type: 'string',
        minLength: 2,
        maxLength: 5,
        pattern: '^(?:[A-Z]+)$',
      });
      expect(property(schema, 'datum')).toMatchObject({ type: 'string', format: 'date' });
      expect(property(schema, 'zustimmung')).toMatchObject({ type: 'boolean' });
      expect(property(schema, 'betrag')).toMatchObject({ type: 'number', minimum: 0, maximum: 999.99 });
      expect(property(schema, 'anzahl')).toMatchObject({ type: 'integer', minimum: 1, maximum: 9 });
      expect(property(schema, 'gewicht')).toMatchObject({ type: 'number' });
      expect(property(schema, 'nachweis')).toMatchObject({ type: 'string', contentEncoding: 'base64' });
      if (version === 3) expect(property(schema, 'nachweis').contentMediaType).toBe('application/pdf');
      expect(property(schema, 'vorname')).toMatchObject({
        type: 'array',
        minItems: 1,
        maxItems: 3,
        items: { type: 'string' },
      });
      expect(property(schema, 'kind')).toMatchObject({
        type: 'array',
        items: { type: 'object', required: ['nameDesKindes'] },
      });
      expect(property(schema, 'kind').minItems).toBeUndefined();
      expect(property(schema, 'kind').maxItems).toBeUndefined();
      expect(schema.required).toEqual([
        'text',
        'datum',
        'zustimmung',
        'betrag',
        'anzahl',
        'gewicht',
        'nachweis',
        'vorname',
      ]);

      const validator = createValidator(loadDefinition(definition));
      const valid = {
        text: 'ABC',
        datum: '2024-02-29',
        zustimmung: true,
        betrag: 12.5,
        anzahl: 3,
        gewicht: 1.5,
        nachweis: 'JVBERi0=',
        vorname: ['Anna'],
        kind: [{ nameDesKindes: 'Max' }],
      };
      expect(validator.validate(valid).errors).toEqual([]);
      const invalid = validator.validate({ ...valid, text: 'abc', betrag: 1000, vorname: [] });
      expect(invalid.errors.map((error) => `${error.pointer} ${error.keyword}`).sort()).toEqual([
        '/betrag maximum',
        '/text pattern',
        '/vorname minItems',
      ]);
    });
  }

  test('constraints that cannot be carried over are warnings, not silent', () => {
    const { definition, warnings } = importFim(
      stammdatenschema([
        { id: 'F1', name: 'Kennung', praezisierung: '{"pattern":"\\\\i\\\\c*","maxLength":"x"}' },
        { id: 'F2', name: 'Beginn', datentyp: 'date', praezisierung: '{"minValue":"2020-01-01"}' },
        { id: 'F3', name: 'Art', datentyp: 'zahl' },
        { id: 'F4', name: 'Alt', praezisierung: 'minLength=1' },
      ]),
    );
    const messages = warnings.map((warning) => warning.message).join('\n');
    expect(messages).toMatch(/pattern "\\i\\c\*" is not a JavaScript regular expression/);
    expect(messages).toMatch(/maxLength "x" is not a whole number/);
    expect(messages).toMatch(/minValue\/maxValue on datentyp "date" is not checked/);
    expect(messages).toMatch(/datentyp "zahl", which is unknown/);
    expect(messages).toMatch(/<xdf:praezisierung> \(line \d+, column \d+\) is not a JSON object/);
    expect(property(definition.schema, 'kennung').pattern).toBeUndefined();
    expect(property(definition.schema, 'beginn')['x-fim']).toMatchObject({
      praezisierung: { minValue: '2020-01-01' },
    });
    loadDefinition(definition);
  });

  test('XDF3 werte become the options of a select field', () => {
    const { definition, warnings } = importFim(
      stammdatenschema(
        [
          {
            id: 'F1',
            name: 'Farbe',
            feldart: 'select',
            extra:
              '<xdf:werte><xdf:wert><xdf:code>r</xdf:code><xdf:name>rot</xdf:name></xdf:wert><xdf:wert><xdf:code>g</xdf:code><xdf:name>grün</xdf:name></xdf:wert></xdf:werte>',
          },
        ],
        3,
      ),
    );
    expect(warnings).toEqual([]);
    expect(property(definition.schema, 'farbe').oneOf).toEqual([
      { const: 'r', title: 'rot' },
      { const: 'g', title: 'grün' },
    ]);
  });

  test('the same name twice gets distinct keys and step ids', () => {
    const { definition } = importFim(
      stammdatenschema([
        { id: 'G1', name: 'Anschrift', members: [{ id: 'F1', name: 'Ort' }] },
        { id: 'G1', name: 'Anschrift', members: [{ id: 'F1', name: 'Ort' }] },
      ]),
    );
    expect(Object.keys(definition.schema.properties ?? {})).toEqual(['anschrift', 'anschrift2']);
    expect(definition.steps?.map((step) => step.id)).toEqual(['anschrift', 'anschrift-2']);
    loadDefinition(definition);
  });

  test('a malformed anzahl or struktur is refused with the element and line', () => {
    const bad = fimError(() => importFim(stammdatenschema([{ id: 'F1', name: 'Ort', anzahl: '1..2' }])));
    expect(bad.element).toBe('xdf:anzahl');
    expect(bad.message).toMatch(/<xdf:anzahl> is "1\.\.2", expected "min:max"/);
    const empty = fimError(() => importFim(stammdatenschema([{ id: 'F1', name: 'Ort', anzahl: '0:0' }])));
    expect(empty.message).toMatch(/allows no value/);
    const xml = stammdatenschema([{ id: 'F1', name: 'Ort' }]).replace(
      '<xdf:bezug/>',
      '<xdf:bezug/><xdf:notiz/>',
    );
    expect(fimError(() => importFim(xml)).element).toBe('xdf:notiz');
  });
});

describe('untrusted XML', () => {
  const valid = sample('xdf2-minimal.xml');

  test('a DOCTYPE (with entities) is refused with its line', () => {
    const xml = valid.replace('<xdf:', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<xdf:');
    const error = fimError(() => importFim(xml));
    expect(error.message).toMatch(/a DOCTYPE is not allowed/);
    expect(error.line).toBe(2);
  });

  test('an undefined entity, a truncated file, a second root and a wrong end tag are refused with positions', () => {
    expect(fimError(() => importFim(valid.replace('<xdf:name>Test', '<xdf:name>&e;'))).message).toMatch(
      /not well-formed.*\(line 12, column \d+\)/,
    );
    const truncated = fimError(() => importFim(valid.slice(0, valid.indexOf('</xdf:stammdatenschema>'))));
    expect(truncated.message).toMatch(/ends before <\/xdf:stammdatenschema>/);
    expect(truncated.line).toBe(7);
    expect(fimError(() => importFim(`${valid}<x/>`)).message).toMatch(/a second root element/);
    const mismatch = fimError(() => importFim(valid.replace('</xdf:name>', '</xdf:nam>')));
    expect(mismatch).toMatchObject({ element: 'xdf:name', line: 12 });
  });

  test('an undeclared prefix, text outside the root and a non-XDF root are refused', () => {
    expect(
      fimError(() =>
        importFim(valid.replace('<xdf:name>', '<foo:name>').replace('</xdf:name>', '</foo:name>')),
      ).message,
    ).toMatch(/prefix "foo" of <foo:name> is not declared/);
    expect(fimError(() => importFim(`hallo${valid.slice(valid.indexOf('<xdf'))}`)).message).toMatch(
      /text before the root/,
    );
    expect(fimError(() => importFim('<html/>')).message).toMatch(/<html> is in namespace \(none\)/);
    expect(fimError(() => importFim('')).message).toMatch(/no root element/);
  });

  test('a document over the size limit is refused before parsing', () => {
    const huge = valid.replace('<xdf:name>Test', `<xdf:name>${'x'.repeat(33 * 1024 * 1024)}`);
    expect(fimError(() => importFim(huge)).message).toMatch(/larger than/);
  });

  test('CDATA, comments and processing instructions with "<" inside keep positions right', () => {
    const xml = sample('xdf3-missing-id-node.xml')
      .replace('<xdf:name>Anschrift Inland</xdf:name>', '<xdf:name><![CDATA[Anschrift <Inland>]]></xdf:name>')
      .replace('<xdf:header>', '<?pi <xdf:x> ?><!-- <xdf:id>1</xdf:id> --><xdf:header>');
    const error = fimError(() => importFim(xml));
    expect(error).toMatchObject({ element: 'xdf:identifikation', line: 9 });
  });

  test('CRLF line ends keep the line numbers right', () => {
    const error = fimError(() => importFim(sample('xdf3-missing-id-node.xml').replace(/\n/g, '\r\n')));
    expect(error.line).toBe(9);
  });
});
