import { isPlainObject } from '@efa-forms/core';
import { XmlError } from './xml-error.js';
import { XOEV_CODE_LISTS } from './xoev-schemas.js';

/** A value of an XÖV code list (`xoev-code:Code`). */
export interface XoevCode {
  code: string;
  /** Description of the code, as the code list gives it (optional in XML). */
  name?: string;
  listURI?: string;
  listVersionID?: string;
}

/** A way to reach an authority (`bn-kom:erreichbarkeit`). */
export interface Erreichbarkeit {
  /** Channel from the code list Erreichbarkeit: `01` E-Mail, `02` Telefon, `03` Mobil, `04` Fax, `09` Web. */
  kanal: XoevCode;
  /** Address, number, URL. */
  kennung: string;
  zusatz?: string;
}

/** An authority as author or reader of a message (`bn-beh:BehoerdeType`). */
export interface Behoerde {
  /** Directory service the authority is registered in, usually `DVDV`. */
  verzeichnisdienst: XoevCode;
  /** Identifier in that directory: for DVDV `praefix:kennung`, e.g. `ags:09999999`. */
  kennung: string;
  name: string;
  erreichbarkeit: Erreichbarkeit[];
}

/** The message header `nachrichtenkopf.g2g` and the root attributes, as `fromXml` returns them. */
export interface MessageHeader {
  nachrichtenUUID: string;
  nachrichtentyp: XoevCode;
  /** `xs:dateTime` as written, e.g. `2025-03-14T09:30:00.000+01:00`. */
  erstellungszeitpunkt: string;
  leser: Behoerde;
  autor: Behoerde;
  produkt: string;
  produkthersteller: string;
  produktversion?: string;
  standard: string;
  version: string;
  test?: string;
}

/** An authority as a caller gives it: codes may be plain strings, channels and directory default. */
export interface BehoerdeInput {
  /** Default `DVDV`. A string is a code of the Verzeichnisdienst list. */
  verzeichnisdienst?: string | XoevCode;
  kennung: string;
  name: string;
  erreichbarkeit?: { kanal: string | XoevCode; kennung: string; zusatz?: string }[];
}

/** Header settings of `toXml`. */
export interface HeaderOptions {
  /** Author of the message. Default: the tenant's authority (the portal acts for it). */
  autor?: BehoerdeInput;
  /** Reader of the message. Default: the tenant's authority (`behoerdeFromTenant`). */
  leser?: BehoerdeInput;
  /** Root attribute `produkt`; default `xoev.produkt` of the definition, else `efa-forms`. */
  produkt?: string;
  /** Root attribute `produkthersteller`; default `xoev.produkthersteller`, else `efa-forms`. */
  produkthersteller?: string;
  /** Root attribute `produktversion`; default `<definition id> <definition version>`. */
  produktversion?: string;
}

/**
 * The authority of a tenant configuration as XÖV `BehoerdeType`: `behoerde.name`, DVDV kennung
 * `dvdv.praefix:dvdv.kennung`, and `kontakt` (`email`, `telefon`, `mobil`, `fax`, `internet`) as
 * `erreichbarkeit`. Throws `XmlError` naming the missing tenant field.
 */
export function behoerdeFromTenant(tenant: Record<string, unknown>): Behoerde {
  const behoerde = tenant.behoerde;
  const name = isPlainObject(behoerde) ? behoerde.name : behoerde;
  if (typeof name !== 'string' || name === '') {
    throw new XmlError('efa-forms: the tenant has no authority name (behoerde.name) for the message header', {
      pointer: '/tenant/behoerde/name',
    });
  }
  const dvdv = tenant.dvdv;
  const praefix = isPlainObject(dvdv) ? dvdv.praefix : undefined;
  const kennung = isPlainObject(dvdv) ? dvdv.kennung : undefined;
  if (typeof praefix !== 'string' || typeof kennung !== 'string' || praefix === '' || kennung === '') {
    throw new XmlError(
      'efa-forms: the tenant has no DVDV address (dvdv.praefix, dvdv.kennung) for the message header',
      { pointer: '/tenant/dvdv' },
    );
  }
  const kontakt = isPlainObject(tenant.kontakt) ? tenant.kontakt : {};
  const channels: [string, string][] = [
    ['email', '01'],
    ['telefon', '02'],
    ['mobil', '03'],
    ['fax', '04'],
    ['internet', '09'],
  ];
  const erreichbarkeit: Erreichbarkeit[] = [];
  for (const [key, code] of channels) {
    const value = kontakt[key];
    if (typeof value === 'string' && value !== '')
      erreichbarkeit.push({ kanal: { code, ...XOEV_CODE_LISTS.erreichbarkeit }, kennung: value });
  }
  return {
    verzeichnisdienst: { code: 'DVDV', ...XOEV_CODE_LISTS.verzeichnisdienst },
    kennung: `${praefix}:${kennung}`,
    name,
    erreichbarkeit,
  };
}

/** Fills the defaults of a `BehoerdeInput`. */
export function toBehoerde(input: BehoerdeInput): Behoerde {
  const verzeichnisdienst = input.verzeichnisdienst ?? 'DVDV';
  return {
    verzeichnisdienst:
      typeof verzeichnisdienst === 'string'
        ? { code: verzeichnisdienst, ...XOEV_CODE_LISTS.verzeichnisdienst }
        : verzeichnisdienst,
    kennung: input.kennung,
    name: input.name,
    erreichbarkeit: (input.erreichbarkeit ?? []).map((entry) => ({
      kanal:
        typeof entry.kanal === 'string'
          ? { code: entry.kanal, ...XOEV_CODE_LISTS.erreichbarkeit }
          : entry.kanal,
      kennung: entry.kennung,
      ...(entry.zusatz !== undefined ? { zusatz: entry.zusatz } : {}),
    })),
  };
}
