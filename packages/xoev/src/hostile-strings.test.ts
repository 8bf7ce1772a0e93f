/**
 * A corpus of hostile strings: each one round-trips exactly through toXml/fromXml (and the message
 * validates against the XSD), or is refused with an error naming the field. Nothing in between: no
 * broken message, no silently changed value.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { firstInvalidXmlChar, isDin91379B, isDin91379C, type Definition } from '@efa-forms/core';
import { fromXml } from './from-xml.js';
import { toXml } from './to-xml.js';
import { toXsd } from './to-xsd.js';
import { InvalidDataError, XmlError } from './xml-error.js';
import { FIXED_HEADER, xoevDefinition } from './test-support/definitions.js';
import { xmllintCli } from './test-support/library.js';

const KB100 = 100 * 1024;

const CORPUS: [string, string][] = [
  ['double and single quotes', `"quoted" 'single' „deutsch“ «français»`],
  ['CDATA end', ']]>'],
  ['CDATA section', '<![CDATA[ x ]]>'],
  ['ampersand and entities', '& &amp; &lt; &#60; &#x3C; &nbsp; &unknown;'],
  ['markup', '<a href="x">tag</a> </t:text> <?xml version="1.0"?> <!DOCTYPE x> <!-- c --> -->'],
  ['emoji', '😀 👩‍👩‍👧‍👦 🇩🇪 🏳️‍🌈 👍🏽'],
  ['right-to-left marks and text', '\u200fמזל טוב\u200e \u202eevil\u202c عربي'],
  ['combining characters', 'e\u0301 a\u0308 Z\u0327 \u0308 n\u0303\u0323 ạ̈'],
  ['decomposed umlauts (not NFC)', 'Mu\u0308ller'],
  ['whitespace only', '   '],
  ['leading and trailing whitespace', '  x  '],
  ['tabs and line breaks', '\ta\nb\r\nc\rd\t'],
  ['lone carriage return', '\r'],
  ['unicode line separators', 'a\u2028b\u2029c\u0085d'],
  ['no-break and zero-width spaces', 'a\u00a0b\u200bc\ufeffd\u2060e'],
  ['C1 controls (allowed in XML 1.0)', '\u0080\u0085\u009f'],
  ['noncharacters allowed in XML 1.0', '\ufdd0\ufdef\u{1fffe}\u{10fffd}\u{10ffff}'],
  ['private use and astral', '\ue000\u{f0000}𝔘𝔫𝔦𝔠𝔬𝔡𝔢'],
  ['100 kB of ASCII', 'x'.repeat(KB100)],
  ['100 kB of markup characters', '<&>"'.repeat(KB100 / 4)],
  ['100 kB of emoji', '😀'.repeat(KB100 / 4)],
  ['100 kB of line breaks', '\r\n'.repeat(KB100 / 2)],
  ['NUL', 'a\u0000b'],
  ['other C0 controls', '\u0001\u0008\u000b\u000c\u001f'],
  ['escape character', '\u001b[31mred'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', 'a\udc00b'],
  ['reversed surrogate pair', '\ude00\ud83d'],
  ['U+FFFE and U+FFFF', '\ufffe\uffff'],
  ['100 kB with one NUL at the end', 'x'.repeat(KB100) + '\u0000'],
];

// Per test, not while the file loads: StrykerJS counts collection-time code as static (docs/testing.md).
let definition: Definition;
beforeEach(() => {
  definition = xoevDefinition({
    type: 'object',
    properties: {
      text: { type: 'string', title: 'Freitext' },
      name: { type: 'string', title: 'Name', format: 'din-91379-b' },
      liste: { type: 'array', title: 'Liste', items: { type: 'string', title: 'Eintrag' } },
    },
  });
});

function attempt(data: Record<string, unknown>): { xml: string } | { error: XmlError | InvalidDataError } {
  try {
    return { xml: toXml(definition, data, FIXED_HEADER) };
  } catch (error) {
    if (!(error instanceof XmlError) && !(error instanceof InvalidDataError)) throw error;
    return { error };
  }
}

describe('hostile strings', () => {
  it.each(CORPUS)('%s: round-trips exactly, or is refused naming the field', (_name, value) => {
    const invalid = firstInvalidXmlChar(value) >= 0;
    for (const [data, pointer] of [
      [{ text: value }, '/text'],
      [{ liste: ['ok', value] }, '/liste/1'],
    ] as const) {
      const result = attempt(data);
      if ('xml' in result) {
        expect(invalid).toBe(false);
        expect(fromXml(definition, result.xml).data).toEqual(data);
      } else {
        expect(invalid).toBe(true);
        expect(result.error.pointer).toBe(pointer);
        expect(result.error).toBeInstanceOf(InvalidDataError);
        expect((result.error as InvalidDataError).errors.map((error) => error.keyword)).toContain('xmlChar');
      }
    }
    // Past the validator (prevalidated), the serialiser refuses on its own.
    const raw = (() => {
      try {
        return toXml(definition, { text: value }, { ...FIXED_HEADER, prevalidated: true });
      } catch (error) {
        return error as XmlError;
      }
    })();
    if (invalid) expect(raw).toMatchObject({ pointer: '/text' });
    else expect(typeof raw).toBe('string');
  });

  it.each(CORPUS)(
    '%s in a DIN 91379 field: round-trips or is refused by the format, naming the field',
    (_name, value) => {
      // The format decides: exactly the DIN 91379 B strings are written, and only those.
      const result = attempt({ name: value });
      expect('xml' in result, 'written exactly when the value is DIN 91379 B').toBe(isDin91379B(value));
      if ('xml' in result) {
        expect(fromXml(definition, result.xml).data).toEqual({ name: value });
      } else {
        expect(result.error.pointer).toBe('/name');
        expect(result.error).toBeInstanceOf(InvalidDataError);
      }
    },
  );

  it.each(CORPUS)('%s in the header: written exactly or refused naming the header field', (_name, value) => {
    // Header names are DIN 91379 datatype C (XÖV's String.Latin+): refused exactly outside it.
    const write = () =>
      toXml(
        definition,
        { text: 'x' },
        { ...FIXED_HEADER, header: { leser: { kennung: 'ags:1', name: value } } },
      );
    if (isDin91379C(value)) {
      expect(fromXml(definition, write()).header.leser.name).toBe(value);
    } else {
      expect(write).toThrow(XmlError);
      expect(() => write()).toThrow(expect.objectContaining({ pointer: '/header/leser/name' }));
    }
  });

  it('every message written from the corpus validates against the XSD and the XÖV header schemas', () => {
    const written: string[] = [];
    for (const [, value] of CORPUS) {
      for (const data of [{ text: value }, { liste: ['ok', value] }, { name: value }]) {
        const result = attempt(data);
        if ('xml' in result) written.push(result.xml);
      }
      try {
        written.push(
          toXml(
            definition,
            { text: 'x' },
            { ...FIXED_HEADER, header: { leser: { kennung: 'ags:1', name: value } } },
          ),
        );
      } catch {
        // Refused, as the test above checks.
      }
    }
    expect(written.length).toBeGreaterThan(CORPUS.length * 2);
    const result = xmllintCli(toXsd(definition), written);
    expect(
      result.stderr
        .split('\n')
        .filter((line) => /error/i.test(line))
        .slice(0, 5),
    ).toEqual([]);
    expect(result.status).toBe(0);
  });
});
