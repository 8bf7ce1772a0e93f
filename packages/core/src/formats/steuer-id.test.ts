import { describe, expect, it } from 'vitest';
import { isSteuerId } from './steuer-id.js';

describe('isSteuerId', () => {
  it.each([
    ['86095742719', '7 twice'],
    ['47036892816', '8 twice'],
    ['65929970489', '9 three times, two of them adjacent'],
    ['57549285017', '5 three times, none adjacent'],
    ['25768131411', '1 three times'],
    ['11234567890', 'a digit twice, adjacent, check digit 0'],
    ['12131456787', 'a digit three times, none adjacent'],
    // The rule against three adjacent equal digits covers the first ten; the check digit is not one of them.
    ['82176940111', '1 three times, the last two adjacent, then check digit 1'],
  ])('accepts %s (%s)', (s) => {
    expect(isSteuerId(s)).toBe(true);
  });

  it.each([
    ['86095742718', 'wrong check digit'],
    ['86095742710', 'wrong check digit 0'],
    ['68095742719', 'transposed digits'],
    ['12345678903', 'valid check digit, but no digit repeated'],
    ['11223456785', 'valid check digit, but two digits repeated'],
    ['12131415674', 'valid check digit, but a digit four times'],
    ['11123456786', 'valid check digit, but three adjacent equal digits'],
    ['22234567892', 'valid check digit, but three adjacent equal digits at the start'],
    ['12312312316', 'valid check digit, but 1, 2 and 3 all repeated'],
    ['02476291358', 'valid check digit, but leading 0'],
    ['8609574271', 'ten digits'],
    ['860957427190', 'twelve digits'],
    ['86 095 742 719', 'printed grouping with spaces'],
    ['8609574271a', 'letter'],
    ['８６０９５７４２７１９', 'full-width digits'],
    ['', 'empty'],
  ])('rejects %j (%s)', (s) => {
    expect(isSteuerId(s)).toBe(false);
  });

  it('rejects a 100 kB string quickly', () => {
    expect(isSteuerId('8'.repeat(100_000))).toBe(false);
    expect(isSteuerId('86095742719'.repeat(10_000))).toBe(false);
  });
});
