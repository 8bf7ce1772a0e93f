/**
 * Namespaces, official schema URLs and code lists of the XÖV library parts every message uses.
 * Source: XÖV-Bibliothek (https://www.xoev.de/de/bibliothek), XÖV-Basisnachricht 1.1, qualified variant.
 */

/** Namespaces of the XÖV library schemas. */
export const XOEV_NAMESPACES = {
  /** XÖV-Basisnachricht G2G 1.1: `nachrichtenkopf.g2g`, `Nachricht.G2GType`. */
  g2g: 'http://xoev.de/schemata/basisnachricht/g2g/1_1',
  /** XÖV-Basisnachricht Behörde 1.1: `BehoerdeType` (autor, leser). */
  behoerde: 'http://xoev.de/schemata/basisnachricht/behoerde/1_1',
  /** XÖV-Basisnachricht Kommunikation 1.1: `erreichbarkeit`. */
  kommunikation: 'http://xoev.de/schemata/basisnachricht/kommunikation/1_1',
  /** XÖV Code type 1.0: `Code` with `listURI`, `listVersionID`, `code`, `name`. */
  code: 'http://xoev.de/schemata/code/1_0',
  /** DIN 91379 string types `datatypeA` (names of people), `datatypeB` (other names), `datatypeC` (texts). */
  din91379: 'urn:xoev-de:kosit:xoev:datentyp:din-91379_2022-08',
} as const;

/** The official URLs a generated XSD imports; map them to local copies with a resolver or catalog. */
export const XOEV_SCHEMA_LOCATIONS = {
  g2g: 'http://xoev.de/schemata/basisnachricht/g2g/1_1/xoev-basisnachricht-g2g_1.1.xsd',
  code: 'http://xoev.de/schemata/code/1_0/xoev-code.xsd',
  din91379: 'https://xoev.de/schemata/din/91379/2022-08/din-norm-91379-datatypes.xsd',
} as const;

/** Prefixes the messages and XSDs use for the library namespaces. */
export const XOEV_PREFIXES = {
  g2g: 'bn-g2g',
  behoerde: 'bn-beh',
  kommunikation: 'bn-kom',
  code: 'xoev-code',
  din91379: 'din91379',
} as const;

/** Code lists of the header. */
export const XOEV_CODE_LISTS = {
  /** Verzeichnisdienst (directory service of `autor`/`leser`), e.g. `DVDV`. */
  verzeichnisdienst: { listURI: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst', listVersionID: '3' },
  /** Erreichbarkeit (channel of a contact): 01 E-Mail, 02 Telefon, 03 Mobiltelefon, 04 Fax, 09 Web. */
  erreichbarkeit: { listURI: 'urn:de:xoev:codeliste:erreichbarkeit', listVersionID: '3' },
} as const;
