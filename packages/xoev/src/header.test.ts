import { describe, expect, it } from 'vitest';
import { behoerdeFromTenant, toBehoerde } from './header.js';
import { headerParties } from './internal/header-parties.js';
import { XmlError } from './xml-error.js';
import { gewerbe, tenant } from './test-support/gewerbe.js';

describe('behoerdeFromTenant', () => {
  it('maps the tenant configuration of the Gewerbe example to BehoerdeType', () => {
    expect(behoerdeFromTenant(tenant)).toEqual({
      verzeichnisdienst: {
        code: 'DVDV',
        listURI: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst',
        listVersionID: '3',
      },
      kennung: 'ags:09999999',
      name: 'Stadt Musterstadt, Gewerbeamt',
      erreichbarkeit: [
        {
          kanal: { code: '01', listURI: 'urn:de:xoev:codeliste:erreichbarkeit', listVersionID: '3' },
          kennung: 'gewerbeamt@musterstadt.example',
        },
        {
          kanal: { code: '02', listURI: 'urn:de:xoev:codeliste:erreichbarkeit', listVersionID: '3' },
          kennung: '+49 9999 12345-0',
        },
      ],
    });
  });

  it('maps every contact channel it knows, in code order', () => {
    const kontakt = {
      internet: 'https://amt.example',
      fax: '+49 1',
      mobil: '+49 2',
      telefon: '+49 3',
      email: 'a@amt.example',
      sonstiges: 'x',
    };
    const behoerde = behoerdeFromTenant({ behoerde: 'Amt', dvdv: { praefix: 'psw', kennung: '1' }, kontakt });
    expect(behoerde.erreichbarkeit.map((entry) => [entry.kanal.code, entry.kennung])).toEqual([
      ['01', 'a@amt.example'],
      ['02', '+49 3'],
      ['03', '+49 2'],
      ['04', '+49 1'],
      ['09', 'https://amt.example'],
    ]);
  });

  it('names the missing tenant field', () => {
    expect(() => behoerdeFromTenant({})).toThrow(
      expect.objectContaining({ pointer: '/tenant/behoerde/name' }),
    );
    expect(() => behoerdeFromTenant({ behoerde: { name: 'Amt' }, dvdv: { praefix: 'ags' } })).toThrow(
      XmlError,
    );
  });
});

describe('toBehoerde and headerParties', () => {
  it('fills the code lists of plain codes', () => {
    expect(
      toBehoerde({
        kennung: 'psw:1',
        name: 'Portal',
        erreichbarkeit: [{ kanal: '09', kennung: 'https://p.example' }],
      }),
    ).toEqual({
      verzeichnisdienst: {
        code: 'DVDV',
        listURI: 'urn:xoev-de:kosit:codeliste:verzeichnisdienst',
        listVersionID: '3',
      },
      kennung: 'psw:1',
      name: 'Portal',
      erreichbarkeit: [
        {
          kanal: { code: '09', listURI: 'urn:de:xoev:codeliste:erreichbarkeit', listVersionID: '3' },
          kennung: 'https://p.example',
        },
      ],
    });
  });

  it('keeps a zusatz and adds no empty one', () => {
    const [plain, noted] = toBehoerde({
      kennung: 'psw:1',
      name: 'Portal',
      erreichbarkeit: [
        { kanal: '01', kennung: 'a@p.example' },
        { kanal: '09', kennung: 'https://p.example', zusatz: 'Servicekonto' },
      ],
    }).erreichbarkeit;
    expect(Object.keys(plain ?? {})).toEqual(['kanal', 'kennung']);
    expect(noted?.zusatz).toBe('Servicekonto');
  });

  it('uses the definition tenant for both parties unless the caller names them, once per tenant and options', () => {
    const parties = headerParties(gewerbe, undefined);
    expect(parties.leser.kennung).toBe('ags:09999999');
    expect(parties.autor).toBe(parties.leser);
    expect(headerParties(gewerbe, undefined)).toBe(parties);
    const options = { autor: { kennung: 'psw:1', name: 'Portal' } };
    const custom = headerParties(gewerbe, undefined, options);
    expect(custom.autor.kennung).toBe('psw:1');
    expect(custom.leser.kennung).toBe('ags:09999999');
    expect(headerParties(gewerbe, { ...tenant, dvdv: { praefix: 'ags', kennung: '1' } }).leser.kennung).toBe(
      'ags:1',
    );
  });
});
