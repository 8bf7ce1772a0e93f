import { describe, expect, it } from 'vitest';
import { createVorgangsnummer, isVorgangsnummer } from './vorgangsnummer.js';

describe('createVorgangsnummer', () => {
  it('starts with the UTC time of receipt to the millisecond', () => {
    const number = createVorgangsnummer(new Date('2026-12-01T08:30:15.123Z'));
    expect(number).toMatch(/^20261201T083015123Z-[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(isVorgangsnummer(number)).toBe(true);
  });

  it('sorts by time as text', () => {
    const times = [
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:00:00.001Z',
      '2026-01-01T00:00:01.000Z',
      '2027-01-01T00:00:00.000Z',
    ];
    const numbers = times.map((time) => createVorgangsnummer(new Date(time)));
    expect([...numbers].reverse().sort()).toEqual(numbers);
  });

  it('is unique and has random bits in every character of the random part', () => {
    const now = new Date();
    const numbers = Array.from({ length: 5000 }, () => createVorgangsnummer(now));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (let position = 20; position < 36; position++) {
      // 5000 draws from 32 characters: each position takes (nearly) all of them.
      expect(new Set(numbers.map((number) => number[position])).size, String(position)).toBeGreaterThan(28);
    }
  });

  it('refuses what is no Vorgangsnummer (route parameters, file names)', () => {
    for (const value of [
      '',
      '../../etc/passwd',
      '20261201T083015123Z-7K3M9QXW2R4T8VB',
      '20261201T083015123Z-7K3M9QXW2R4T8VBI',
      '20261201T083015123Z-7k3m9qxw2r4t8vbn',
    ])
      expect(isVorgangsnummer(value), value).toBe(false);
  });
});
