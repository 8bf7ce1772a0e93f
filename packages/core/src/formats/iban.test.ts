import { describe, expect, it } from 'vitest';
import { isIban, normalizeIban } from './iban.js';

/** The example IBANs of the SWIFT IBAN Registry for the SEPA countries, in paper format. */
const SEPA_EXAMPLES = [
  'AD12 0001 2030 2003 5910 0100',
  'AL47 2121 1009 0000 0002 3569 8741',
  'AT61 1904 3002 3457 3201',
  'BE68 5390 0754 7034',
  'BG80 BNBG 9661 1020 3456 78',
  'CH93 0076 2011 6238 5295 7',
  'CY17 0020 0128 0000 0012 0052 7600',
  'CZ65 0800 0000 1920 0014 5399',
  'DE89 3704 0044 0532 0130 00',
  'DK50 0040 0440 1162 43',
  'EE38 2200 2210 2014 5685',
  'ES91 2100 0418 4502 0005 1332',
  'FI21 1234 5600 0007 85',
  'FR14 2004 1010 0505 0001 3M02 606',
  'GB29 NWBK 6016 1331 9268 19',
  'GI75 NWBK 0000 0000 7099 453',
  'GR16 0110 1250 0000 0001 2300 695',
  'HR12 1001 0051 8630 0016 0',
  'HU42 1177 3016 1111 1018 0000 0000',
  'IE29 AIBK 9311 5212 3456 78',
  'IS14 0159 2600 7654 5510 7303 39',
  'IT60 X054 2811 1010 0000 0123 456',
  'LI21 0881 0000 2324 013A A',
  'LT12 1000 0111 0100 1000',
  'LU28 0019 4006 4475 0000',
  'LV80 BANK 0000 4351 9500 1',
  'MC58 1122 2000 0101 2345 6789 030',
  'MD24 AG00 0225 1000 1310 4168',
  'ME25 5050 0001 2345 6789 51',
  'MK07 2501 2000 0058 984',
  'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
  'NL91 ABNA 0417 1643 00',
  'NO93 8601 1117 947',
  'PL61 1090 1014 0000 0712 1981 2874',
  'PT50 0002 0123 1234 5678 9015 4',
  'RO49 AAAA 1B31 0075 9384 0000',
  'SE45 5000 0000 0583 9825 7466',
  'SI56 2633 0001 2039 086',
  'SK31 1200 0000 1987 4263 7541',
  'SM86 U032 2509 8000 0000 0270 100',
  'VA59 0011 2300 0012 3456 78',
];

/** A few registry examples from outside SEPA, including the longest (RU, 33) and LC (32). */
const OTHER_EXAMPLES = [
  'BR18 0036 0305 0000 1000 9795 493C 1',
  'LC55 HEMM 0001 0001 0012 0012 0002 3015',
  'SA03 8000 0000 6080 1016 7519',
  'TR33 0006 1005 1978 6457 8413 26',
  'UA21 3223 1300 0002 6007 2335 6600 1',
];

describe('isIban', () => {
  it.each([...SEPA_EXAMPLES, ...OTHER_EXAMPLES])('accepts %s in paper and electronic format', (paper) => {
    expect(isIban(paper)).toBe(true);
    expect(isIban(paper.replaceAll(' ', ''))).toBe(true);
  });

  it.each(SEPA_EXAMPLES)('rejects %s with one character changed', (paper) => {
    // Bump the last digit-or-letter by one symbol: mod 97 detects every single substitution.
    const last = paper.at(-1) ?? '';
    const changed = last === '9' ? '0' : last === 'Z' ? 'A' : String.fromCharCode(last.charCodeAt(0) + 1);
    expect(isIban(paper.slice(0, -1) + changed)).toBe(false);
  });

  it('accepts lower and mixed case, as people type', () => {
    expect(isIban('de89 3704 0044 0532 0130 00')).toBe(true);
    expect(isIban('de89370400440532013000')).toBe(true);
    expect(isIban('gb29 nwbk 6016 1331 9268 19')).toBe(true);
    expect(isIban('Gb29NwBk60161331926819')).toBe(true);
  });

  it.each([
    ['DE89 3704 0044 0532 0130 01', 'wrong checksum'],
    ['DE98 3704 0044 0532 0130 00', 'swapped check digits'],
    ['DE89 3704 0044 0532 0103 00', 'transposed digits'],
    ['DE89 3704 0044 0532 0130 0', 'one character short'],
    ['DE89 3704 0044 0532 0130 000', 'one character long'],
    ['XX89 3704 0044 0532 0130 00', 'unknown country'],
    ['D E89 3704 0044 0532 0130 00', 'space inside the country code'],
    ['DE 89 3704 0044 0532 0130 00', 'space after the country code'],
    ['DE8937 0400 4405 3201 3000', 'groups not of four'],
    ['DE89  3704 0044 0532 0130 00', 'double space'],
    [' DE89 3704 0044 0532 0130 00', 'leading space'],
    ['DE89 3704 0044 0532 0130 00 ', 'trailing space'],
    ['DE89\t3704\t0044\t0532\t0130\t00', 'tabs'],
    ['DE89-3704-0044-0532-0130-00', 'hyphens'],
    ['DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000', 'no-break spaces'],
    ['DE8Ä 3704 0044 0532 0130 00', 'non-ASCII letter'],
    ['ＤＥ89370400440532013000', 'full-width letters'],
    ['ſE89370400440532013000', 'long s, which case-folds to S'],
    ['DE', 'country code only'],
    ['', 'empty'],
  ])('rejects %j (%s)', (s) => {
    expect(isIban(s)).toBe(false);
  });

  it("rejects an IBAN one character short of its country's length, though its checksum is right", () => {
    // 21 characters for Germany (22 required), check digits valid for exactly these characters.
    expect(isIban('DE5137040044053201300')).toBe(false);
    expect(isIban('DE51 3704 0044 0532 0130 0')).toBe(false);
  });

  it.each(SEPA_EXAMPLES)(
    'rejects %s shortened or lengthened by one, with check digits recomputed',
    (paper) => {
      const electronic = paper.replaceAll(' ', '');
      const country = electronic.slice(0, 2);
      const bban = electronic.slice(4);
      for (const wrong of [bban.slice(0, -1), bban + '0']) {
        const iban = withCheckDigits(country, wrong);
        expect(checksumHolds(iban)).toBe(true);
        expect(isIban(iban)).toBe(false);
      }
      expect(isIban(withCheckDigits(country, bban))).toBe(true);
    },
  );

  it('rejects check digits 00, 01 and 99 even when mod 97 = 1', () => {
    // The same account number with its issued check digits 98 also satisfies mod 97 with 01.
    expect(isIban('GB98 MIDL 0700 9312 3456 78')).toBe(true);
    expect(isIban('GB01 MIDL 0700 9312 3456 78')).toBe(false);
  });

  it.each([
    ['00', '97'],
    ['99', '02'],
  ])('rejects check digits %s, though they satisfy mod 97 where %s was issued', (never, issued) => {
    // Check digits differing by 97 leave mod 97 unchanged: find a German account whose issued check
    // digits are `issued`, then write the same account with `never`, which no bank hands out.
    const bban = Array.from({ length: 500 }, (_, i) => `37040044${String(i).padStart(10, '0')}`).find(
      (candidate) => withCheckDigits('DE', candidate).slice(2, 4) === issued,
    );
    expect(bban).toBeDefined();
    expect(isIban(`DE${issued}${bban}`)).toBe(true);
    expect(checksumHolds(`DE${never}${bban}`)).toBe(true);
    expect(isIban(`DE${never}${bban}`)).toBe(false);
  });

  it('rejects a 100 kB string quickly', () => {
    const long = 'DE89 ' + '3704 '.repeat(20_000);
    expect(isIban(long)).toBe(false);
    expect(isIban('DE89' + '0'.repeat(100_000))).toBe(false);
  });
});

describe('normalizeIban', () => {
  it('removes whitespace and upper-cases', () => {
    expect(normalizeIban('de89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(normalizeIban(' DE89\u00a03704\t0044 0532 0130 00\n')).toBe('DE89370400440532013000');
  });

  it('keeps the electronic format unchanged', () => {
    expect(normalizeIban('DE89370400440532013000')).toBe('DE89370400440532013000');
  });

  it.each([...SEPA_EXAMPLES, 'de89 3704 0044 0532 0130 00'])('keeps %s valid', (s) => {
    expect(isIban(normalizeIban(s))).toBe(true);
  });
});

/** ISO 7064 mod 97-10 over the IBAN's rearranged digits, with BigInt: independent of iban.ts. */
function mod97(iban: string): bigint {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = [...rearranged].map((char) => (/[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char));
  return BigInt(digits.join('')) % 97n;
}

function checksumHolds(iban: string): boolean {
  return mod97(iban) === 1n;
}

/** The IBAN of `country` and `bban` with the check digits that make mod 97 equal 1. */
function withCheckDigits(country: string, bban: string): string {
  const check = 98n - mod97(`${country}00${bban}`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}
