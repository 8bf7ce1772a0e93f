import { describe, expect, it } from 'vitest';
import { isGermanLicencePlate } from './licence-plate.js';

describe('isGermanLicencePlate', () => {
  it.each([
    ['B-AB 1234', 'hyphen and space'],
    ['M AB 123', 'space and space'],
    ['HH-X 1', 'shortest letters and number'],
    ['KA-AB 1234E', 'electric, 8 characters plus suffix'],
    ['S-AB 123H', 'historic'],
    ['B-AB1234', 'no separator before the number'],
    ['B AB1234', 'space, no separator before the number'],
    ['TÜ-AB 123', 'umlaut in the district code'],
    ['ÖHR-A 12', 'umlaut first in the district code'],
    ['MÜ-X 9999', 'umlaut, largest number'],
    ['HSK-AB 123', '3 + 2 + 3 = 8 characters'],
    ['HSK-A 1234', '3 + 1 + 4 = 8 characters'],
    ['HSK-A 1234H', '8 characters plus H'],
    ['B-A 1', 'one character each'],
  ])('accepts %j (%s)', (s) => {
    expect(isGermanLicencePlate(s)).toBe(true);
  });

  it.each([
    ['HSK-AB 1234', '9 characters'],
    ['HSK-AB 1234E', '9 characters plus E'],
    ['BAB 1234', 'no separator after the district code'],
    ['B--AB 1234', 'two hyphens'],
    ['B- AB 1234', 'hyphen and space'],
    ['B-AB  1234', 'two spaces before the number'],
    ['B-AB-1234', 'hyphen before the number'],
    ['B-AB 0123', 'leading zero'],
    ['B-AB 0', 'zero'],
    ['B-AB 12345', 'five digits'],
    ['B-ABC 12', 'three recognition letters'],
    ['BERL-A 1', 'four-letter district code'],
    ['B-ÄB 12', 'umlaut in the recognition letters'],
    ['B-AB 123 E', 'space before the suffix'],
    ['B-AB 123X', 'unknown suffix'],
    ['B-AB 123EH', 'two suffixes'],
    ['b-ab 1234', 'lower case'],
    ['B-AB', 'no number'],
    ['B-1234', 'no recognition letters'],
    [' B-AB 1234', 'leading space'],
    ['B-AB 1234 ', 'trailing space'],
    ['B\u2011AB 1234', 'non-breaking hyphen'],
    ['', 'empty'],
  ])('rejects %j (%s)', (s) => {
    expect(isGermanLicencePlate(s)).toBe(false);
  });

  it('rejects a 100 kB string quickly', () => {
    expect(isGermanLicencePlate('B-AB 1' + '2'.repeat(100_000))).toBe(false);
    expect(isGermanLicencePlate('A'.repeat(100_000))).toBe(false);
  });
});
