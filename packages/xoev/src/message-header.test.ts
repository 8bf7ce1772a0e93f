/**
 * The XÖV message header, both ways: what `toXml` refuses to write and what `fromXml` refuses to
 * read, each refusal with the message and the JSON Pointer of the header part a sender or a back
 * office has to fix (`/header/leser/erreichbarkeit/0/kennung`, not just "the header").
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Definition } from '@efa-forms/core';
import { fromXml } from './from-xml.js';
import { behoerdeFromTenant } from './header.js';
import { toXml } from './to-xml.js';
import { XOEV_NAMESPACES } from './xoev-schemas.js';
import { code, identifikationElement } from './internal/nachrichtenkopf.js';
import { randomUuid } from './internal/prepare-message.js';
import { FIXED_HEADER, KITCHEN_SINK, KITCHEN_SINK_DATA, xoevDefinition } from './test-support/definitions.js';
import { caught } from './test-support/caught.js';

const AUTOR = {
  kennung: 'psw:0815',
  name: 'Landesportal',
  erreichbarkeit: [{ kanal: '09', kennung: 'https://portal.example', zusatz: 'Servicekonto' }],
};

// Per test, not while the file loads: StrykerJS counts collection-time code as static (docs/testing.md).
let sink: Definition;
let xml: string;
beforeEach(() => {
  sink = xoevDefinition(KITCHEN_SINK);
  xml = toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, header: { autor: AUTOR } });
});

/** The `<bn-g2g:autor>` element of the message, for rewrites that must not touch `leser`. */
function autorOf(text: string): string {
  return /<bn-g2g:autor>[\s\S]*<\/bn-g2g:autor>/.exec(text)?.[0] ?? '';
}

function withAutor(rewrite: (autor: string) => string): string {
  const autor = autorOf(xml);
  return xml.replace(autor, rewrite(autor));
}

describe('fromXml reads the whole header', () => {
  it('gives back a contact with zusatz and leaves out what the message does not carry', () => {
    const { header } = fromXml(sink, xml);
    expect(header.autor).toEqual({
      verzeichnisdienst: {
        code: 'DVDV',
        listURI: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst',
        listVersionID: '3',
      },
      kennung: 'psw:0815',
      name: 'Landesportal',
      erreichbarkeit: [
        {
          kanal: { code: '09', listURI: 'urn:de:xoev:codeliste:erreichbarkeit', listVersionID: '3' },
          kennung: 'https://portal.example',
          zusatz: 'Servicekonto',
        },
      ],
    });
    // Absent, not `undefined`: a back office that spreads the header into its records keeps no empty keys.
    expect(Object.keys(header)).not.toContain('test');
    expect(Object.keys(header.leser.erreichbarkeit[0] ?? {})).toEqual(['kanal', 'kennung']);
    const bare = xml
      .replace(' produktversion="test-dienst 2.1.0"', '')
      .replace(
        '<bn-g2g:nachrichtentyp listURI="urn:efa-forms:test:codeliste:nachrichtentyp" listVersionID="1">',
        '<bn-g2g:nachrichtentyp>',
      );
    const read = fromXml(sink, bare).header;
    expect(Object.keys(read)).not.toContain('produktversion');
    expect(read.nachrichtentyp).toStrictEqual({ code: '0001' });
  });

  it('reads the root attribute test, the name of a code, and collapses the code and trims UUID and time as xs:token', () => {
    const marked = toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, test: 'probe' })
      .replace('<code>0001</code>', '<code>\n 0001 \t</code>\n<name>Testnachricht</name>')
      .replace(`>${FIXED_HEADER.uuid}<`, `> ${FIXED_HEADER.uuid}\n<`)
      .replace('>2025-01-01T00:59:59.999+01:00<', '> 2025-01-01T00:59:59.999+01:00 <')
      .replace('<code>DVDV</code>', '<code>DV\n\tDV</code>');
    const { header } = fromXml(sink, marked);
    expect(header.test).toBe('probe');
    expect(header.nachrichtentyp).toEqual({
      code: '0001',
      name: 'Testnachricht',
      listURI: 'urn:efa-forms:test:codeliste:nachrichtentyp',
      listVersionID: '1',
    });
    expect(header.nachrichtenUUID).toBe(FIXED_HEADER.uuid);
    expect(header.erstellungszeitpunkt).toBe('2025-01-01T00:59:59.999+01:00');
    expect(header.leser.verzeichnisdienst.code).toBe('DV DV');
    expect(header.leser.kennung).toBe('ags:09999998');
    expect(header.leser.name).toBe('Stadt Teststadt, Bürgeramt');
  });
});

describe('fromXml names the header part that is wrong', () => {
  const G2G = XOEV_NAMESPACES.g2g;
  const KOM = XOEV_NAMESPACES.kommunikation;

  it.each([
    [
      'a fourth element in the header',
      (text: string) => text.replace('</bn-g2g:autor>', '</bn-g2g:autor><bn-g2g:autor/>'),
      `efa-forms: unexpected element {${G2G}}autor at /header`,
      '/header',
    ],
    [
      'no erstellungszeitpunkt',
      (text: string) => text.replace(/<bn-g2g:erstellungszeitpunkt>[^<]*<\/bn-g2g:erstellungszeitpunkt>/, ''),
      'efa-forms: <identifikation.nachricht> at /header/identifikation.nachricht lacks <erstellungszeitpunkt>',
      '/header/identifikation.nachricht/erstellungszeitpunkt',
    ],
    [
      'nachrichtentyp before nachrichtenUUID',
      (text: string) =>
        text.replace(
          /(<bn-g2g:nachrichtenUUID>[^<]*<\/bn-g2g:nachrichtenUUID>)(\s*)(<bn-g2g:nachrichtentyp[\s\S]*<\/bn-g2g:nachrichtentyp>)/,
          '$3$2$1',
        ),
      `efa-forms: unexpected element {${G2G}}nachrichtentyp at /header/identifikation.nachricht, expected nachrichtenUUID`,
      '/header/identifikation.nachricht',
    ],
    [
      'a leser without name',
      (text: string) => text.replace('<bn-beh:name>Stadt Teststadt, Bürgeramt</bn-beh:name>', ''),
      `efa-forms: unexpected element {${KOM}}erreichbarkeit at /header/leser, expected name`,
      '/header/leser',
    ],
    [
      'a leser whose directory is a g2g element',
      (text: string) => text.replace(/bn-beh:verzeichnisdienst/g, 'bn-g2g:verzeichnisdienst'),
      `efa-forms: unexpected element {${G2G}}verzeichnisdienst at /header/leser, expected verzeichnisdienst`,
      '/header/leser',
    ],
    [
      'an erreichbarkeit of another namespace',
      (text: string) =>
        text.replace(
          /<bn-kom:erreichbarkeit>([\s\S]*?)<\/bn-kom:erreichbarkeit>/,
          '<bn-g2g:erreichbarkeit>$1</bn-g2g:erreichbarkeit>',
        ),
      `efa-forms: unexpected element {${G2G}}erreichbarkeit at /header/leser/erreichbarkeit/0`,
      '/header/leser/erreichbarkeit/0',
    ],
    [
      'an erreichbarkeit without kennung',
      (text: string) => text.replace('<bn-kom:kennung>+49 9999 1234</bn-kom:kennung>', ''),
      'efa-forms: <erreichbarkeit> at /header/leser/erreichbarkeit/1 lacks <kennung>',
      '/header/leser/erreichbarkeit/1/kennung',
    ],
    [
      'a code without <code>',
      (text: string) => text.replace('<code>0001</code>', '<name>0001</name>'),
      'efa-forms: <nachrichtentyp> at /header/nachrichtentyp has no <code>',
      '/header/nachrichtentyp',
    ],
    [
      'a qualified <code>',
      (text: string) => text.replace('<code>0001</code>', '<bn-g2g:code>0001</bn-g2g:code>'),
      'efa-forms: <nachrichtentyp> at /header/nachrichtentyp has no <code>',
      '/header/nachrichtentyp',
    ],
    [
      'a code whose second child is not <name>',
      (text: string) => text.replace('<code>0001</code>', '<code>0001</code><code>0002</code>'),
      'efa-forms: unexpected element {}code at /header/nachrichtentyp',
      '/header/nachrichtentyp',
    ],
    [
      'a qualified <name>',
      (text: string) => text.replace('<code>0001</code>', '<code>0001</code><bn-g2g:name>x</bn-g2g:name>'),
      `efa-forms: unexpected element {${G2G}}name at /header/nachrichtentyp`,
      '/header/nachrichtentyp',
    ],
    [
      'a third child of a code',
      (text: string) => text.replace('<code>0001</code>', '<code>0001</code><name>a</name><name>b</name>'),
      'efa-forms: unexpected element {}name at /header/nachrichtentyp',
      '/header/nachrichtentyp',
    ],
    [
      'no attribute produkt on the root',
      (text: string) => text.replace(' produkt="efa-forms"', ''),
      'efa-forms: the root element has no attribute "produkt"',
      '/header/produkt',
    ],
  ])('%s', (_name, rewrite, message, pointer) => {
    const rewritten = rewrite(xml);
    expect(rewritten).not.toBe(xml);
    const error = caught(() => fromXml(sink, rewritten));
    expect(error.pointer).toBe(pointer);
    expect(error.message).toBe(message);
  });

  it('names what an authority without contacts lacks', () => {
    const bare = toXml(sink, KITCHEN_SINK_DATA, {
      ...FIXED_HEADER,
      header: { autor: { kennung: 'psw:1', name: 'P' } },
    });
    const nameless = bare.replace('<bn-beh:name>P</bn-beh:name>', '');
    expect(nameless).not.toBe(bare);
    expect(caught(() => fromXml(sink, nameless))).toMatchObject({
      message: 'efa-forms: <autor> at /header/autor lacks <name>',
      pointer: '/header/autor/name',
    });
  });

  it('refuses a kanal where the erreichbarkeit belongs, naming the first contact', () => {
    const rewritten = xml.replace(
      /<bn-kom:erreichbarkeit>([\s\S]*?)<\/bn-kom:erreichbarkeit>/,
      '<bn-kom:kanal>$1</bn-kom:kanal>',
    );
    expect(caught(() => fromXml(sink, rewritten))).toMatchObject({
      message: `efa-forms: unexpected element {${KOM}}kanal at /header/leser/erreichbarkeit/0`,
      pointer: '/header/leser/erreichbarkeit/0',
    });
  });

  it.each([
    [
      'a zusatz of another namespace',
      (a: string) => a.replace(/bn-kom:zusatz/g, 'bn-g2g:zusatz'),
      `{${G2G}}zusatz`,
    ],
    [
      'a third child named otherwise',
      (a: string) => a.replace(/bn-kom:zusatz/g, 'bn-kom:notiz'),
      `{${KOM}}notiz`,
    ],
    [
      'a fourth child',
      (a: string) => a.replace('</bn-kom:zusatz>', '</bn-kom:zusatz><bn-kom:zusatz>2</bn-kom:zusatz>'),
      `{${KOM}}zusatz`,
    ],
  ])('refuses %s in an erreichbarkeit', (_name, rewrite, element) => {
    const rewritten = withAutor(rewrite);
    expect(rewritten).not.toBe(xml);
    expect(caught(() => fromXml(sink, rewritten))).toMatchObject({
      message: `efa-forms: unexpected element ${element} at /header/autor/erreichbarkeit/0`,
      pointer: '/header/autor/erreichbarkeit/0',
    });
  });

  it('refuses text inside an erreichbarkeit at its place, and a kanal without code at the kanal', () => {
    expect(
      caught(() =>
        fromXml(
          sink,
          withAutor((a) => a.replace('<bn-kom:kanal', 'Text<bn-kom:kanal')),
        ),
      ),
    ).toMatchObject({
      pointer: '/header/autor/erreichbarkeit/0',
    });
    expect(
      caught(() =>
        fromXml(
          sink,
          withAutor((a) => a.replace('<code>09</code>', '')),
        ),
      ),
    ).toMatchObject({
      message: 'efa-forms: <kanal> at /header/autor/erreichbarkeit/0/kanal has no <code>',
      pointer: '/header/autor/erreichbarkeit/0/kanal',
    });
    expect(
      caught(() =>
        fromXml(
          sink,
          withAutor((a) => a.replace('<code>DVDV</code>', '')),
        ),
      ),
    ).toMatchObject({
      message: 'efa-forms: <verzeichnisdienst> at /header/autor/verzeichnisdienst has no <code>',
    });
  });

  it.each([
    ['nachrichtenUUID', /<bn-g2g:nachrichtenUUID>/, '/header/nachrichtenUUID'],
    ['erstellungszeitpunkt', /<bn-g2g:erstellungszeitpunkt>/, '/header/erstellungszeitpunkt'],
    ['the code of nachrichtentyp', /<code>0001/, '/header/nachrichtentyp/code'],
    ['the kennung of the leser', /<bn-beh:kennung>ags/, '/header/leser/kennung'],
    ['the name of the leser', /<bn-beh:name>Stadt/, '/header/leser/name'],
    ['the kennung of a contact', /<bn-kom:kennung>buergeramt/, '/header/leser/erreichbarkeit/0/kennung'],
    ['the code of a kanal', /<code>01/, '/header/leser/erreichbarkeit/0/kanal/code'],
    ['the code of the directory', /<code>DVDV/, '/header/leser/verzeichnisdienst/code'],
  ])('names %s when it holds an element instead of text', (_name, start, pointer) => {
    const rewritten = xml.replace(start, (match) => `${match}<x/>`);
    expect(caught(() => fromXml(sink, rewritten)).pointer).toBe(pointer);
  });

  it('names the zusatz and the name of a code when they hold elements', () => {
    expect(
      caught(() =>
        fromXml(
          sink,
          withAutor((a) => a.replace('>Servicekonto<', '><x/><')),
        ),
      ),
    ).toMatchObject({
      pointer: '/header/autor/erreichbarkeit/0/zusatz',
    });
    const named = xml.replace('<code>0001</code>', '<code>0001</code><name><x/></name>');
    expect(caught(() => fromXml(sink, named)).pointer).toBe('/header/nachrichtentyp/name');
  });
});

describe('toXml names the header value it cannot write', () => {
  it('refuses a UUID that is none, with the value', () => {
    expect(caught(() => toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, uuid: 'abc' }))).toMatchObject({
      message: 'efa-forms: "abc" is not a UUID',
      pointer: '/header/nachrichtenUUID',
    });
  });

  it.each([
    [{ ...AUTOR, kennung: 'psw:\u0001' }, '/header/autor/kennung'],
    [{ ...AUTOR, name: 'Portal \u{1F600}' }, '/header/autor/name'],
    [
      { ...AUTOR, erreichbarkeit: [{ kanal: '09', kennung: 'a\u0002' }] },
      '/header/autor/erreichbarkeit/0/kennung',
    ],
    [
      {
        ...AUTOR,
        erreichbarkeit: [
          { kanal: '01', kennung: 'a@b.example' },
          { kanal: '09', kennung: 'x', zusatz: '\u{1F600}' },
        ],
      },
      '/header/autor/erreichbarkeit/1/zusatz',
    ],
    [
      { ...AUTOR, erreichbarkeit: [{ kanal: '0\u0003', kennung: 'x' }] },
      '/header/autor/erreichbarkeit/0/kanal/code',
    ],
    [{ ...AUTOR, verzeichnisdienst: 'DV\u0004' }, '/header/autor/verzeichnisdienst/code'],
  ])('names the autor field (%#)', (autor, pointer) => {
    const error = caught(() => toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, header: { autor } }));
    expect(error.pointer).toBe(pointer);
    expect(error.message).toContain(`"${pointer}"`);
  });

  it('names each part of a code element', () => {
    const at = (value: Parameters<typeof code>[1]) => caught(() => code('x', value, true, '/p')).pointer;
    expect(at({ code: '\u0001' })).toBe('/p/code');
    expect(at({ code: 'a', listURI: 'urn:\u0001' })).toBe('/p/listURI');
    expect(at({ code: 'a', listVersionID: '\u0001' })).toBe('/p/listVersionID');
    expect(at({ code: 'a', name: '\u0001' })).toBe('/p/name');
    const typ = { code: '\u0001' };
    expect(
      caught(() =>
        identifikationElement({
          nachrichtenUUID: FIXED_HEADER.uuid,
          nachrichtentyp: typ,
          erstellungszeitpunkt: 'x',
        }),
      ).pointer,
    ).toBe('/header/nachrichtentyp/code');
  });

  it('writes no name into a directory service or a channel: their XÖV types allow only the code', () => {
    const behoerde = {
      verzeichnisdienst: { code: 'DVDV', name: 'Deutsches Verwaltungsdiensteverzeichnis' },
      kennung: 'psw:1',
      name: 'Portal',
      erreichbarkeit: [{ kanal: { code: '09', name: 'Webseite' }, kennung: 'https://p.example' }],
    };
    const written = toXml(sink, KITCHEN_SINK_DATA, { ...FIXED_HEADER, header: { autor: behoerde } });
    expect(autorOf(written)).not.toContain('<name>');
    expect(autorOf(written)).toContain('<code>09</code>');
    expect(fromXml(sink, written).header.autor.erreichbarkeit[0]?.kanal).toStrictEqual({ code: '09' });
  });
});

describe('the tenant as authority', () => {
  it.each([
    [{ behoerde: '', dvdv: { praefix: 'ags', kennung: '1' } }, '/tenant/behoerde/name'],
    [{ behoerde: { name: 7 }, dvdv: { praefix: 'ags', kennung: '1' } }, '/tenant/behoerde/name'],
    [{ behoerde: 'Amt', dvdv: { praefix: '', kennung: '1' } }, '/tenant/dvdv'],
    [{ behoerde: 'Amt', dvdv: { praefix: 'ags', kennung: '' } }, '/tenant/dvdv'],
    [{ behoerde: 'Amt', dvdv: { praefix: 'ags', kennung: 1 } }, '/tenant/dvdv'],
    [{ behoerde: 'Amt', dvdv: 'ags:1' }, '/tenant/dvdv'],
  ])('refuses a tenant without what the header needs (%#)', (tenant, pointer) => {
    const error = caught(() => behoerdeFromTenant(tenant));
    expect(error.pointer).toBe(pointer);
    expect(error.message).toBe(
      pointer === '/tenant/dvdv'
        ? 'efa-forms: the tenant has no DVDV address (dvdv.praefix, dvdv.kennung) for the message header'
        : 'efa-forms: the tenant has no authority name (behoerde.name) for the message header',
    );
  });

  it('leaves out empty and non-text contact channels', () => {
    const behoerde = behoerdeFromTenant({
      behoerde: 'Amt',
      dvdv: { praefix: 'ags', kennung: '1' },
      kontakt: { email: '', telefon: 12345, fax: '+49 4' },
    });
    expect(behoerde.erreichbarkeit.map((entry) => entry.kanal.code)).toEqual(['04']);
  });
});

describe('the message identity', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('takes crypto.randomUUID where the runtime has it', () => {
    vi.stubGlobal('crypto', { randomUUID: () => '00000000-0000-4000-8000-000000000000' });
    expect(randomUuid()).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('builds a version 4 UUID from random bytes where randomUUID is missing (an insecure browser context)', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, index) => index * 17);
    vi.stubGlobal('crypto', {
      getRandomValues: (target: Uint8Array) => {
        target.set(bytes);
        return target;
      },
    });
    expect(randomUuid()).toBe('00112233-4455-4677-8899-aabbccddeeff');
  });

  it('refuses prevalidated data that is no object, as the data', () => {
    for (const data of [[], null, 'x']) {
      expect(caught(() => toXml(sink, data, { ...FIXED_HEADER, prevalidated: true }))).toMatchObject({
        message: 'efa-forms: the data is not an object',
        pointer: '',
      });
    }
  });
});
