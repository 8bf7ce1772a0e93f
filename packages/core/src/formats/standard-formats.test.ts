// core's ES module copies of ajv-formats' code formats must answer exactly as ajv-formats does: the
// run-time validator and every compiled service run core's copies, and the docs promise ajv-formats'
// formats. Held to ajv-formats itself, on chosen edge cases and on generated strings.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../internal/create-ajv.js';
import { standardCodeFormats, type CodeFormat } from './standard-formats.js';

type AnyFormat = CodeFormat<string> & CodeFormat<number>;
const ours = standardCodeFormats as Record<string, AnyFormat>;
const theirs = fullFormats as unknown as Record<string, AnyFormat | RegExp | true>;

/** ajv-formats' definition of a name, as `{validate, compare}`. */
function reference(name: string): AnyFormat {
  const format = theirs[name];
  if (typeof format === 'function') return { validate: format } as AnyFormat;
  if (typeof format === 'object' && !(format instanceof RegExp)) return format;
  throw new Error(`ajv-formats has no code format "${name}"`);
}

const EDGE_CASES: Record<string, readonly string[]> = {
  date: ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-1', ' 2026-01-01', ''],
  time: ['23:59:60Z', '23:59:60+01:00', '22:59:60-01:00', '12:00:00', '12:00:00.5z', '24:00:00Z', '12:00:00+24:00', '12:00:00+01:60', '12:00:00+0100', '23:59:61Z', '23:59:60.999Z', '00:00:60+00:01', '00:59:60+01:00'],
  'iso-time': ['12:00:00', '23:59:60', '23:59:60Z', '00:59:60+01:00', '12:60:00', '1:00:00'],
  'date-time': ['2026-01-01T12:00:00Z', '2026-01-01 12:00:00+01:00', '2026-01-01t23:59:60z', '2026-01-01T12:00:00', '2026-02-30T12:00:00Z', '2026-01-01TT12:00:00Z'],
  'iso-date-time': ['2026-01-01T12:00:00', '2026-01-01 12:00:00', '2026-01-01T12:00:00Z', '2026-01-01', 'x'],
  uri: ['https://example.org/a?b=c#d', 'urn:isbn:0451450523', 'mailto:a@b.de', '//example.org', '/pfad', 'http://[::1]:80/', 'http://[1:2:3:4:5:6:7:8]/', 'http://[1:2:3:4:5:6:1.2.3.4]/', 'http://[v1.x]/', 'a:b c', 'http://%zz', ''],
  byte: ['', 'YQ==', 'YWI=', 'YWJj', 'YQ', 'Y===', 'YWJj\nYWJj', '@@@@'],
  regex: ['^a+$', '(', '\\Z', 'a\\Z', 'a\\\\Z', '[a-', '\\p{L}'],
};

const NUMBERS = [0, -0, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, Number.MAX_VALUE, 1e-300];

/** Strings near each format's shape: digits, separators and zone letters in any order, and any text. */
const nearShape = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789-:.TtZz+ '.split('')), maxLength: 30 }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom('', 'Z', 'z', '+01:00', '-23:59', '+24:00', '+0130', '-00:60'),
      fc.constantFrom('T', 't', ' ', 'TT'),
    )
    .map(([y, mo, d, h, mi, s, zone, sep]) => {
      const two = (n: number) => String(n).padStart(2, '0');
      return `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}${sep}${two(h)}:${two(mi)}:${two(s)}${zone}`;
    }),
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.base64String({ maxLength: 24 }),
  fc.string({ maxLength: 20 }),
);

describe('standardCodeFormats', () => {
  it('covers every code format of ajv-formats, and only those', () => {
    const codeFormats = Object.entries(theirs)
      .filter(([, format]) => !(format instanceof RegExp) && format !== true)
      .map(([name]) => name);
    expect(Object.keys(ours).sort()).toEqual(codeFormats.sort());
    for (const [name, format] of Object.entries(ours)) {
      expect([name, format.type]).toEqual([name, (reference(name) as { type?: string }).type]);
      expect([name, typeof format.compare]).toEqual([name, typeof reference(name).compare]);
    }
  });

  it('accepts and refuses the edge cases as ajv-formats does', () => {
    for (const [name, cases] of Object.entries(EDGE_CASES)) {
      const answers = cases.map((value) => ours[name]!.validate(value as never));
      expect([name, answers]).toEqual([name, cases.map((value) => reference(name).validate(value as never))]);
    }
    // Not one answer the same for everything: the cases tell the formats apart.
    expect(EDGE_CASES['date']!.map((value) => ours['date']!.validate(value as never))).toContain(true);
    expect(EDGE_CASES['date']!.map((value) => ours['date']!.validate(value as never))).toContain(false);
    for (const name of ['int32', 'int64', 'float', 'double'])
      expect([name, NUMBERS.map((n) => ours[name]!.validate(n as never))]).toEqual([
        name,
        NUMBERS.map((n) => reference(name).validate(n as never)),
      ]);
  });

  it('agrees with ajv-formats on generated strings, and orders pairs the same way', () => {
    const stringFormats = Object.keys(ours).filter((name) => ours[name]!.type === undefined);
    fc.assert(
      fc.property(nearShape, nearShape, (a, b) => {
        for (const name of stringFormats) {
          expect([name, a, ours[name]!.validate(a as never)]).toEqual([name, a, reference(name).validate(a as never)]);
          const compare = ours[name]!.compare;
          if (compare)
            expect([name, a, b, compare(a as never, b as never)]).toEqual([
              name,
              a,
              b,
              reference(name).compare!(a as never, b as never),
            ]);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('is what the run-time validator runs under those names, with formatMinimum comparing through it', () => {
    const ajv = createAjv({});
    for (const [name, format] of Object.entries(ours)) expect([name, ajv.formats[name] === format]).toEqual([name, true]);
    const validate = ajv.compile({
      type: 'object',
      properties: { von: { type: 'string' }, bis: { type: 'string', format: 'date', formatMinimum: { $data: '1/von' } } },
    });
    expect([validate({ von: '2026-01-02', bis: '2026-01-01' }), validate({ von: '2026-01-02', bis: '2026-01-02' })]).toEqual([
      false,
      true,
    ]);
  });
});
