// npm run bench:xml — serialise and parse the Gewerbeanmeldung message with @efa-forms/xoev, against a
// hand-written string-template serialiser of the same message (the practical upper limit).
// Not a test: prints messages/s, measured interleaved in one run (bench/internal/measure.ts).
import { readFileSync } from 'node:fs';
import { js2xml, xml2js } from 'xml-js';
import { createValidator, prune } from '@efa-forms/core';
import { fromXml, toXml, toXmlElement } from '@efa-forms/xoev';
import { writeXml } from '../packages/xoev/src/internal/write-xml.js';
import { formatRate, measure } from './internal/measure.js';
import { loadExample, musterstadt } from '../examples/load-example.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const tenant = await musterstadt();
const definition = await loadExample('gewerbeanmeldung', { tenant, locale: 'de' });
const data = read('../examples/gewerbeanmeldung/samples/valid-alle-felder.json') as Gewerbe;
const options = {
  uuid: '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b',
  now: new Date('2025-03-14T08:30:00.000Z'),
  timeZone: 'Europe/Berlin',
};

// ---- the baseline: a template for exactly this message, written by hand ------------------------------

type Obj = Record<string, unknown>;
interface Gewerbe {
  inhaber: Obj;
  vertreter?: Obj[];
  wohnanschrift: Obj;
  kontakt: Obj;
  betriebsstaette: Obj;
  betrieb: Obj;
  erlaubnis: Obj;
  handwerk: Obj;
  erklaerung: Obj;
}
const ESCAPE = /[&<>\r]/g;
const NEEDS_ESCAPE = /[&<>\r]/;
const esc = (value: unknown) => {
  const s = String(value);
  return NEEDS_ESCAPE.test(s)
    ? s.replace(ESCAPE, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'))
    : s;
};
const leaf = (pad: string, name: string, value: unknown) =>
  value === undefined ? '' : `\n${pad}<gew:${name}>${esc(value)}</gew:${name}>`;
const titles = new Map<string, string>();
// The code lists come from the shared block ../examples/_bausteine/codelisten.json, inlined as $defs/codelisten.
const codeLists = (
  definition.schema.$defs as {
    codelisten: { $defs: Record<string, { oneOf: { const: string; title: string }[] }> };
  }
).codelisten.$defs;
for (const [name, schema] of Object.entries(codeLists)) {
  for (const option of schema.oneOf) titles.set(`${name}:${option.const}`, option.title);
}
const CODE_LISTS: Record<string, [string, string]> = {
  geschlecht: ['urn:xoev-de:xinneres:codeliste:geschlecht', '1'],
  staatsangehoerigkeit: [
    'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit',
    '2024-08-01',
  ],
  rechtsform: ['urn:xoev-de:xunternehmen:codeliste:rechtsformen', '2.4'],
  vertreterArt: ['urn:xoev-de:xunternehmen:codeliste:artgesetzlichervertreter', '1'],
};
const code = (pad: string, name: string, list: string, value: unknown) => {
  if (value === undefined) return '';
  const [uri, version] = CODE_LISTS[list] as [string, string];
  return `\n${pad}<gew:${name} listURI="${uri}" listVersionID="${version}">\n${pad}  <code>${esc(value)}</code>\n${pad}  <name>${esc(titles.get(`${list}:${value}`))}</name>\n${pad}</gew:${name}>`;
};
const anschrift = (pad: string, name: string, a: Record<string, unknown> | undefined) =>
  a === undefined
    ? ''
    : `\n${pad}<gew:${name}>${leaf(pad + '  ', 'strasse', a.strasse)}${leaf(pad + '  ', 'hausnummer', a.hausnummer)}${leaf(pad + '  ', 'postleitzahl', a.postleitzahl)}${leaf(pad + '  ', 'ort', a.ort)}\n${pad}</gew:${name}>`;
const behoerde = (role: string) => {
  const k = tenant.kontakt as Record<string, string>;
  const kanal = (c: string, kennung: string) =>
    `\n      <bn-kom:erreichbarkeit>\n        <bn-kom:kanal listURI="urn:de:xoev:codeliste:erreichbarkeit" listVersionID="3">\n          <code>${c}</code>\n        </bn-kom:kanal>\n        <bn-kom:kennung>${esc(kennung)}</bn-kom:kennung>\n      </bn-kom:erreichbarkeit>`;
  const dvdv = tenant.dvdv as Record<string, string>;
  return `\n    <bn-g2g:${role}>\n      <bn-beh:verzeichnisdienst listURI="urn:xoev-de:kosit:codeliste:verzeichnisdienst" listVersionID="3">\n        <code>DVDV</code>\n      </bn-beh:verzeichnisdienst>\n      <bn-beh:kennung>${esc(dvdv.praefix)}:${esc(dvdv.kennung)}</bn-beh:kennung>\n      <bn-beh:name>${esc((tenant.behoerde as Record<string, string>).name)}</bn-beh:name>${kanal('01', k.email as string)}${kanal('02', k.telefon as string)}\n    </bn-g2g:${role}>`;
};

function handWritten(d: Gewerbe, uuid: string, zeitpunkt: string): string {
  const i = d.inhaber;
  const b = d.betrieb;
  const p = '    ';
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<gew:gewerbe.anmeldung.0100 xmlns:gew="urn:efa-forms:beispiel:gewerbe:1" xmlns:bn-g2g="http://xoev.de/schemata/basisnachricht/g2g/1_1" xmlns:bn-beh="http://xoev.de/schemata/basisnachricht/behoerde/1_1" xmlns:bn-kom="http://xoev.de/schemata/basisnachricht/kommunikation/1_1" produkt="efa-forms" produkthersteller="efa-forms" produktversion="gewerbeanmeldung ${definition.version}" standard="XGewerbeanzeige-Beispiel" version="1.0">
  <bn-g2g:nachrichtenkopf.g2g>
    <bn-g2g:identifikation.nachricht>
      <bn-g2g:nachrichtenUUID>${uuid}</bn-g2g:nachrichtenUUID>
      <bn-g2g:nachrichtentyp listURI="urn:efa-forms:beispiel:codeliste:nachrichtentyp" listVersionID="1">
        <code>0100</code>
        <name>Gewerbeanmeldung</name>
      </bn-g2g:nachrichtentyp>
      <bn-g2g:erstellungszeitpunkt>${zeitpunkt}</bn-g2g:erstellungszeitpunkt>
    </bn-g2g:identifikation.nachricht>${behoerde('leser')}${behoerde('autor')}
  </bn-g2g:nachrichtenkopf.g2g>
  <gew:inhaber>${leaf(p, 'art', i.art)}${leaf(p, 'name', i.firma)}${code(p, 'rechtsform', 'rechtsform', i.rechtsform)}${leaf(p, 'registerart', i.registerart)}${leaf(p, 'registernummer', i.registernummer)}${leaf(p, 'registergericht', i.registergericht)}${leaf(p, 'familienname', i.familienname)}${leaf(p, 'vorname', i.vornamen)}${leaf(p, 'geburtsname', i.geburtsname)}${code(p, 'geschlecht', 'geschlecht', i.geschlecht)}${leaf(p, 'geburtsdatum', i.geburtsdatum)}${leaf(p, 'geburtsort', i.geburtsort)}${code(p, 'staatsangehoerigkeit', 'staatsangehoerigkeit', i.staatsangehoerigkeit)}
  </gew:inhaber>`;
  for (const v of d.vertreter ?? []) {
    out += `\n  <gew:vertreter>${leaf(p, 'familienname', v.familienname)}${leaf(p, 'vorname', v.vornamen)}${leaf(p, 'geburtsdatum', v.geburtsdatum)}${code(p, 'staatsangehoerigkeit', 'staatsangehoerigkeit', v.staatsangehoerigkeit)}${code(p, 'funktion', 'vertreterArt', v.funktion)}\n  </gew:vertreter>`;
  }
  out += anschrift('  ', 'wohnanschrift', d.wohnanschrift);
  out += `\n  <gew:kontakt>${leaf(p, 'email', d.kontakt.email)}${leaf(p, 'telefon', d.kontakt.telefon)}${leaf(p, 'internet', d.kontakt.internet)}\n  </gew:kontakt>`;
  out += anschrift('  ', 'betriebsstaette', d.betriebsstaette);
  out += `\n  <gew:betrieb>${leaf(p, 'niederlassung', b.niederlassung)}${leaf(p, 'grund', b.grund)}${leaf(p, 'bezeichnung', b.bezeichnung)}`;
  for (const w of (b.wirtschaftsbereich as string[]) ?? []) out += leaf(p, 'wirtschaftsbereich', w);
  out += `${leaf(p, 'angemeldeteTaetigkeit', b.taetigkeit)}${leaf(p, 'wirtschaftszweig', b.wz2008)}${leaf(p, 'beginnDerTaetigkeit', b.beginn)}${leaf(p, 'nebenerwerb', b.nebenerwerb)}${leaf(p, 'anzahlBeschaeftigte', b.anzahlBeschaeftigte)}${leaf(p, 'davonVollzeit', b.davonVollzeit)}${leaf(p, 'davonTeilzeit', b.davonTeilzeit)}${anschrift(p, 'hauptniederlassung', b.hauptniederlassung as Record<string, unknown> | undefined)}${leaf(p, 'fruehererInhaber', b.fruehererInhaber)}\n  </gew:betrieb>`;
  const e = d.erlaubnis;
  out += `\n  <gew:erlaubnis>${leaf(p, 'erlaubnispflichtig', e.erlaubnispflichtig)}${leaf(p, 'art', e.art)}${leaf(p, 'behoerde', e.behoerde)}${leaf(p, 'erteiltAm', e.erteiltAm)}\n  </gew:erlaubnis>`;
  const h = d.handwerk;
  out += `\n  <gew:handwerk>${leaf(p, 'eintragungspflichtig', h.eintragungspflichtig)}${leaf(p, 'handwerkskammer', h.handwerkskammer)}${leaf(p, 'eingetragenAm', h.eingetragenAm)}\n  </gew:handwerk>`;
  out += `\n  <gew:erklaerung>${leaf(p, 'richtigkeit', d.erklaerung.richtigkeit)}${leaf(p, 'datenschutz', d.erklaerung.datenschutz)}\n  </gew:erklaerung>`;
  return out + '\n</gew:gewerbe.anmeldung.0100>\n';
}

// ---- check that everything writes the same message, then measure --------------------------------------

const zeitpunkt = '2025-03-14T09:30:00.000+01:00';
const expected = toXml(definition, data, options);
const pruned = prune(definition, data);
const validator = createValidator(definition);
const written = {
  baseline: handWritten(data, options.uuid, zeitpunkt),
  prevalidated: toXml(definition, pruned, { ...options, prevalidated: true }),
  ownWriter: writeXml(toXmlElement(definition, data, options), { indent: '  ', declaration: true }),
  js2xml:
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    js2xml({ elements: [toXmlElement(definition, data, options)] }, { spaces: 2 }) +
    '\n',
};
for (const [name, xml] of Object.entries(written)) {
  if (xml !== expected)
    console.warn(
      `note: ${name} does not write byte-identical XML (${xml.length} vs ${expected.length} characters)`,
    );
}
if (JSON.stringify(fromXml(definition, expected).data) !== JSON.stringify(pruned))
  throw new Error('fromXml does not give the data back');

console.log(
  `Gewerbeanmeldung message: ${new TextEncoder().encode(expected).length} bytes, node ${process.version}\n`,
);
const serialise = measure([
  { name: 'baseline', run: () => handWritten(data, options.uuid, zeitpunkt) },
  { name: 'toXml', run: () => toXml(definition, data, options) },
  { name: 'prevalidated', run: () => toXml(definition, pruned, { ...options, prevalidated: true }) },
  {
    name: 'tree+writer',
    run: () =>
      writeXml(toXmlElement(definition, pruned, { ...options, prevalidated: true }), {
        indent: '  ',
        declaration: true,
      }),
  },
  {
    name: 'tree+js2xml',
    run: () =>
      js2xml(
        { elements: [toXmlElement(definition, pruned, { ...options, prevalidated: true })] },
        { spaces: 2 },
      ),
  },
  { name: 'prune+validate', run: () => validator.validate(prune(definition, data)) },
]);
const parse = measure([
  { name: 'fromXml', run: () => fromXml(definition, expected) },
  { name: 'xml2js', run: () => xml2js(expected, { compact: false, captureSpacesBetweenElements: true }) },
]);
const baseline = serialise.get('baseline') ?? 0;
const rows: [string, number, string][] = [
  ['hand-written template (baseline)', baseline, ''],
  ['toXml: prune + validate + serialise', serialise.get('toXml') ?? 0, ''],
  ['toXml({prevalidated}): serialise only', serialise.get('prevalidated') ?? 0, ''],
  ['  alternative: xml-js tree + own writer', serialise.get('tree+writer') ?? 0, ''],
  ['  alternative: xml-js tree + js2xml', serialise.get('tree+js2xml') ?? 0, ''],
  ['  of which core prune + validate', serialise.get('prune+validate') ?? 0, ''],
  ['fromXml: check + xml-js parse + map', parse.get('fromXml') ?? 0, ''],
  ['  of which xml-js xml2js alone', parse.get('xml2js') ?? 0, ''],
];
for (const [label, rate] of rows) {
  const ratio =
    rate > 0 &&
    !label.startsWith('hand') &&
    !label.startsWith('from') &&
    !label.includes('xml2js') &&
    !label.includes('prune +')
      ? `  baseline is ${(baseline / rate).toFixed(2)}x faster`
      : '';
  console.log(`${label.padEnd(42)} ${formatRate(rate)} messages/s${ratio}`);
}
const goal = serialise.get('prevalidated') ?? 0;
console.log(
  `\nGoal: >= 20,000 messages/s serialised per core and within 2x of the baseline -> ` +
    `${Math.round(goal).toLocaleString('en-GB')} messages/s, ${(baseline / goal).toFixed(2)}x (serialise only)`,
);
