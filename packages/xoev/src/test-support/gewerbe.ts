/**
 * Test support: the Gewerbeanmeldung example (examples/gewerbeanmeldung), loaded as a server would
 * load it, and a fast-check arbitrary for valid data of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isDin91379A, isDin91379B, isDin91379C, type Definition } from '@efa-forms/core';
import { loadExample, musterstadt } from '../../../../examples/load-example.js';

/** The example folder. */
export const EXAMPLE_DIR = new URL('../../../../examples/gewerbeanmeldung/', import.meta.url);

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(relative, EXAMPLE_DIR), 'utf8'));
}

/** The tenant configuration of the fictional Musterstadt. */
export const tenant = await musterstadt();

/** The Gewerbeanmeldung definition (shared blocks inlined), loaded for Musterstadt in German. */
export const gewerbe: Definition = await loadExample('gewerbeanmeldung', { tenant, locale: 'de' });

/** The valid samples: file name -> data. */
export const validSamples: [string, Record<string, unknown>][] = readdirSync(new URL('samples/', EXAMPLE_DIR))
  .filter((name) => /^valid-.*\.json$/.test(name))
  .sort()
  .map((name) => [name, readJson(`samples/${name}`) as Record<string, unknown>]);

/** Fixed header inputs for reproducible messages. */
export const FIXED = {
  uuid: '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b',
  now: new Date('2025-03-14T08:30:00.000Z'),
  timeZone: 'Europe/Berlin',
} as const;

const codes = (path: string): string[] => {
  const lists = (
    gewerbe.schema.$defs as { codelisten: { $defs: Record<string, { oneOf: { const: string }[] }> } }
  ).codelisten.$defs;
  const schema = lists[path];
  return (schema?.oneOf ?? []).map((option) => option.const);
};

/** Characters of DIN 91379 datatype A (names of people), biased towards the hostile ones XML must escape. */
const NAME_CHARS = "abcdefghijklmnopqrstuvwxyzäöüßABCZÄÖÜ -.',`~¨´·ễłŁçéñØøÆ".split('');
/** Datatype B adds printable ASCII (markup characters included), € and more. */
const OTHER_CHARS = [
  ...NAME_CHARS,
  ...'0123456789&<>"/!?#()+;:=@[]{}|\\^_$%*€§°'.split(''),
  ']]>',
  '&amp;',
  '<!--',
  '"\'',
];
/** Datatype C adds line breaks and tabs. */
const TEXT_CHARS = [...OTHER_CHARS, '\t', '\n', '\r', '\r\n'];

const checks = { a: isDin91379A, b: isDin91379B, c: isDin91379C };

/** A text of `min`..`max` code points in a DIN 91379 datatype (what the example's fields accept). */
export function text(min: number, max: number, type: 'a' | 'b' | 'c' = 'b'): fc.Arbitrary<string> {
  const alphabet = type === 'a' ? NAME_CHARS : type === 'b' ? OTHER_CHARS : TEXT_CHARS;
  return fc
    .array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max })
    .map((parts) => [...parts.join('')].slice(0, max).join(''))
    .filter((value) => [...value].length >= min && checks[type](value));
}

const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));

const anschrift = fc.record({
  strasse: text(1, 55),
  hausnummer: text(1, 10),
  postleitzahl: fc.integer({ min: 1001, max: 99998 }).map((n) => String(n).padStart(5, '0')),
  ort: text(1, 50),
});

const person = fc.record(
  {
    familienname: text(1, 120, 'a'),
    vornamen: text(1, 120, 'a'),
    geburtsdatum: date,
    staatsangehoerigkeit: fc.constantFrom(...codes('staatsangehoerigkeit')),
    funktion: fc.constantFrom(...codes('vertreterArt')),
  },
  { requiredKeys: ['familienname', 'vornamen', 'geburtsdatum', 'staatsangehoerigkeit'] },
);

const natuerlich = fc.record(
  {
    art: fc.constant('natuerlich'),
    familienname: text(1, 120, 'a'),
    vornamen: text(1, 120, 'a'),
    geburtsname: text(1, 120, 'a'),
    geschlecht: fc.constantFrom(...codes('geschlecht')),
    geburtsdatum: date,
    geburtsort: text(1, 120),
    staatsangehoerigkeit: fc.constantFrom(...codes('staatsangehoerigkeit')),
  },
  { requiredKeys: ['art', 'familienname', 'vornamen', 'geburtsdatum', 'geburtsort', 'staatsangehoerigkeit'] },
);

const register = fc.option(
  fc.record({
    registerart: fc.constantFrom('HRA', 'HRB', 'GnR', 'PR', 'GsR', 'VR'),
    registernummer: fc.stringMatching(/^[1-9][0-9]{0,6}( [A-Z]{1,3})?$/),
    registergericht: text(1, 120),
  }),
  { nil: undefined },
);

const juristisch = fc
  .tuple(
    fc.record({
      art: fc.constant('juristisch'),
      firma: text(1, 250),
      rechtsform: fc.constantFrom(...codes('rechtsform')),
    }),
    register,
  )
  .map(([base, extra]) => ({ ...base, ...extra }));

const betrieb = fc
  .record(
    {
      niederlassung: fc.constantFrom('hauptniederlassung', 'zweigniederlassung', 'zweigstelle'),
      grund: fc.constantFrom('neuerrichtung', 'uebernahme', 'zuzug', 'umwandlung'),
      bezeichnung: text(1, 250),
      wirtschaftsbereich: fc.uniqueArray(fc.constantFrom('industrie', 'handwerk', 'handel', 'sonstiges'), {
        minLength: 1,
        maxLength: 4,
      }),
      taetigkeit: text(3, 300, 'c'),
      wz2008: fc.stringMatching(/^[0-9]{2}\.[0-9]{2}\.[0-9]$/),
      beginn: date,
      nebenerwerb: fc.boolean(),
      anzahlBeschaeftigte: fc.integer({ min: 0, max: 100000 }),
      davonVollzeit: fc.integer({ min: 0, max: 100000 }),
      davonTeilzeit: fc.integer({ min: 0, max: 100000 }),
    },
    {
      requiredKeys: [
        'niederlassung',
        'grund',
        'wirtschaftsbereich',
        'taetigkeit',
        'beginn',
        'nebenerwerb',
        'anzahlBeschaeftigte',
      ],
    },
  )
  .chain((base) =>
    fc
      .record({
        hauptniederlassung: base.niederlassung === 'hauptniederlassung' ? fc.constant(undefined) : anschrift,
        fruehererInhaber: base.grund === 'uebernahme' ? text(1, 250) : fc.constant(undefined),
      })
      .map((extra) => ({ ...base, ...withoutUndefined(extra) })),
  );

const erlaubnis = fc.oneof(
  fc.constant({ erlaubnispflichtig: false }),
  fc.record({
    erlaubnispflichtig: fc.constant(true),
    art: text(1, 250),
    behoerde: text(1, 250),
    erteiltAm: date,
  }),
);

const handwerk = fc.oneof(
  fc.constant({ eintragungspflichtig: false }),
  fc.record({ eintragungspflichtig: fc.constant(true), handwerkskammer: text(1, 250), eingetragenAm: date }),
);

const kontakt = fc.record(
  {
    email: fc
      .tuple(fc.stringMatching(/^[a-z0-9_%+-]{1,20}$/), fc.stringMatching(/^[a-z0-9]{1,10}\.[a-z]{2,6}$/))
      .map(([local, domain]) => `${local}@${domain}`),
    telefon: fc.stringMatching(/^\+?[0-9][0-9 ()/-]{4,28}[0-9]$/),
    internet: fc
      .webUrl({ validSchemes: ['https', 'http'] })
      .filter((url) => url.length <= 500 && /^https?:\/\//.test(url)),
  },
  { requiredKeys: ['email'] },
);

/** Valid data of the Gewerbeanmeldung, every branch included, with hostile characters in texts. */
export const gewerbeData: fc.Arbitrary<Record<string, unknown>> = fc
  .oneof(natuerlich, juristisch)
  .chain((inhaber) =>
    fc.record(
      {
        inhaber: fc.constant(inhaber as Record<string, unknown>),
        vertreter: fc.array(person, { minLength: inhaber.art === 'juristisch' ? 1 : 0, maxLength: 10 }),
        wohnanschrift: anschrift,
        kontakt,
        betriebsstaette: anschrift,
        betrieb,
        erlaubnis,
        handwerk,
        erklaerung: fc.constant({ richtigkeit: true, datenschutz: true }),
      },
      {
        requiredKeys: [
          ...(inhaber.art === 'juristisch' ? (['vertreter'] as const) : []),
          'inhaber',
          'wohnanschrift',
          'kontakt',
          'betriebsstaette',
          'betrieb',
          'erlaubnis',
          'handwerk',
          'erklaerung',
        ],
      },
    ),
  );

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}
