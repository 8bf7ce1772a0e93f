import { describe, expect, it } from 'vitest';
import { isGermanPostcode } from './postcode.js';

describe('isGermanPostcode', () => {
  it.each(['01001', '01067', '10115', '80331', '99998'])('accepts %s', (s) => {
    expect(isGermanPostcode(s)).toBe(true);
  });

  it.each([
    ['00000', 'the 00 region does not exist'],
    ['00999', 'below the lowest PLZ'],
    ['01000', 'below the lowest PLZ'],
    ['99999', 'above the highest PLZ'],
    ['1011', 'four digits'],
    ['101155', 'six digits'],
    [' 10115', 'leading space'],
    ['10115 ', 'trailing space'],
    ['10 115', 'inner space'],
    ['1011a', 'letter'],
    ['１０１１５', 'full-width digits'],
    ['١٠١١٥', 'Arabic-Indic digits'],
    ['+1011', 'sign'],
    ['1e4', 'exponent that Number() would parse'],
    ['', 'empty'],
  ])('rejects %j (%s)', (s) => {
    expect(isGermanPostcode(s)).toBe(false);
  });

  it('rejects a 100 kB string quickly', () => {
    const long = '1'.repeat(100_000);
    expect(isGermanPostcode(long)).toBe(false);
  });
});
