/** Small XDatenfelder documents for tests, written the way the FIM editors write them. */

/** A Datenfeld. `praezisierung` is the element's raw XML (XDF2 JSON text or XDF3 attributes). */
export interface FieldSpec {
  id: string;
  name: string;
  anzahl?: string;
  feldart?: string;
  datentyp?: string;
  praezisierung?: string;
  hilfe?: string;
  inhalt?: string;
  /** Inner XML added at the end of the field (codelisteReferenz, werte, mediaType, ...). */
  extra?: string;
}

/** A Datenfeldgruppe holding fields and groups. */
export interface GroupSpec {
  id: string;
  name: string;
  anzahl?: string;
  hilfe?: string;
  members: (FieldSpec | GroupSpec)[];
}

const isGroup = (spec: FieldSpec | GroupSpec): spec is GroupSpec => 'members' in spec;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function field(spec: FieldSpec, version: 2 | 3): string {
  const code = (element: string, value: string) => `<xdf:${element}><code>${value}</code></xdf:${element}>`;
  const praezisierung =
    spec.praezisierung === undefined
      ? ''
      : version === 2
        ? `<xdf:praezisierung>${escape(spec.praezisierung)}</xdf:praezisierung>`
        : `<xdf:praezisierung ${spec.praezisierung}/>`;
  return `<xdf:datenfeld>
  <xdf:identifikation><xdf:id>${spec.id}</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
  <xdf:name>${escape(spec.name)}</xdf:name>
  <xdf:bezeichnungEingabe>${escape(spec.name)}</xdf:bezeichnungEingabe>
  <xdf:hilfetextEingabe>${escape(spec.hilfe ?? '')}</xdf:hilfetextEingabe>
  ${code('feldart', spec.feldart ?? 'input')}
  ${code('datentyp', spec.datentyp ?? 'text')}
  ${praezisierung}
  <xdf:inhalt>${escape(spec.inhalt ?? '')}</xdf:inhalt>
  ${spec.extra ?? ''}
</xdf:datenfeld>`;
}

function member(spec: FieldSpec | GroupSpec, version: 2 | 3): string {
  const content = isGroup(spec)
    ? `<xdf:datenfeldgruppe>
  <xdf:identifikation><xdf:id>${spec.id}</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
  <xdf:name>${escape(spec.name)}</xdf:name>
  <xdf:bezeichnungEingabe>${escape(spec.name)}</xdf:bezeichnungEingabe>
  <xdf:hilfetextEingabe>${escape(spec.hilfe ?? '')}</xdf:hilfetextEingabe>
  ${spec.members.map((inner) => member(inner, version)).join('\n')}
</xdf:datenfeldgruppe>`
    : field(spec, version);
  return `<xdf:struktur><xdf:anzahl>${spec.anzahl ?? '1:1'}</xdf:anzahl><xdf:bezug/><xdf:enthaelt>${content}</xdf:enthaelt></xdf:struktur>`;
}

/** A Stammdatenschema message with `members` at the top. */
export function stammdatenschema(members: (FieldSpec | GroupSpec)[], version: 2 | 3 = 2): string {
  const namespace =
    version === 2 ? 'urn:xoev-de:fim:standard:xdatenfelder_2' : 'urn:xoev-de:fim:standard:xdatenfelder_3.0.0';
  return `<?xml version="1.0" encoding="UTF-8"?>
<xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="${namespace}">
<xdf:header><xdf:nachrichtID>1</xdf:nachrichtID><xdf:erstellungszeitpunkt>2024-01-01T00:00:00Z</xdf:erstellungszeitpunkt></xdf:header>
<xdf:stammdatenschema>
  <xdf:identifikation><xdf:id>S60000011</xdf:id><xdf:version>2.1</xdf:version></xdf:identifikation>
  <xdf:name>Testantrag</xdf:name>
  <xdf:bezeichnungEingabe>Testantrag stellen</xdf:bezeichnungEingabe>
  ${members.map((inner) => member(inner, version)).join('\n')}
</xdf:stammdatenschema>
</xdf:xdatenfelder.stammdatenschema.0102>`;
}
