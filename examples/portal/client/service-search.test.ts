import { describe, expect, test } from 'vitest';
import { matchesQuery, normaliseSearchText, resultCountText } from './service-search.js';

describe('service search by name', () => {
  test('ignores case, diacritics and ß, and needs every word', () => {
    expect(normaliseSearchText('Straßenfest Öffnung')).toBe('strassenfest offnung');
    expect(matchesQuery('Gewerbe anmelden', 'gewerbe')).toBe(true);
    expect(matchesQuery('Gewerbe anmelden', 'GEWERBE  anm')).toBe(true);
    expect(matchesQuery('Gewerbe anmelden', 'gewerbe abmelden')).toBe(false);
    expect(matchesQuery('Sondernutzung öffentlicher Straßen', 'strassen offentlich')).toBe(true);
    expect(matchesQuery('Bewohnerparkausweis beantragen', 'parkausweis')).toBe(true);
    expect(matchesQuery('Bewohnerparkausweis beantragen', '')).toBe(true);
  });

  test('says how many services it found, in German', () => {
    expect(resultCountText(3, '')).toBe('3 Leistungen verfügbar');
    expect(resultCountText(1, ' gewerbe ')).toBe('1 Leistung gefunden für „gewerbe“');
    expect(resultCountText(0, 'hund')).toBe('Keine Leistungen gefunden für „hund“');
  });
});
