import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addGermanFormats, germanFormats } from './german-formats.js';

/** For each format one value it accepts and one it rejects. */
const SAMPLES = {
  'de-postcode': ['10115', '00999'],
  iban: ['DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 01'],
  'de-steuer-id': ['86095742719', '86095742718'],
  'de-licence-plate': ['KA-AB 1234E', 'KA-AB 01234'],
  'din-91379-a': ['Ŀudmila Dvořák', 'Müller2'],
  'din-91379-b': ['Hauptstraße 12a', 'Zeile 1\nZeile 2'],
  'din-91379-c': ['Zeile 1\nZeile 2', 'Привет'],
} as const;

describe('germanFormats', () => {
  it('defines exactly the documented format names', () => {
    expect(Object.keys(germanFormats).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(Object.entries(SAMPLES))('%s validates strings directly', (name, [valid, invalid]) => {
    const format = germanFormats[name as keyof typeof SAMPLES];
    expect(format.type).toBe('string');
    expect(format.validate(valid)).toBe(true);
    expect(format.validate(invalid)).toBe(false);
  });

  it('never throws and always answers a boolean, whatever the UTF-16 string', () => {
    // Any code unit, lone surrogates and controls included, mixed with the characters the formats look at.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      fc.constantFrom(...'DE89 0123456789-ABEHÄÖÜ\u035F\u0308\uD83D\uDE00'),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (s) => {
        for (const format of Object.values(germanFormats)) expect(typeof format.validate(s)).toBe('boolean');
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('addGermanFormats', () => {
  const ajv = addGermanFormats(new Ajv2020({ allErrors: true }));

  it('returns the instance it was given', () => {
    const instance = new Ajv2020();
    expect(addGermanFormats(instance)).toBe(instance);
  });

  it.each(Object.entries(SAMPLES))('makes format %s usable in a 2020-12 schema', (name, [valid, invalid]) => {
    const validate = ajv.compile({ type: 'string', format: name });
    expect(validate(valid)).toBe(true);
    expect(validate(invalid)).toBe(false);
    expect(validate.errors).toMatchObject([
      { keyword: 'format', params: { format: name }, instancePath: '' },
    ]);
  });

  it('validates a whole object and reports each field', () => {
    const schema = {
      type: 'object',
      properties: Object.fromEntries(
        Object.keys(SAMPLES).map((name) => [name, { type: 'string', format: name }]),
      ),
    };
    const validate = ajv.compile(schema);
    const valid = Object.fromEntries(Object.entries(SAMPLES).map(([name, [good]]) => [name, good]));
    const invalid = Object.fromEntries(Object.entries(SAMPLES).map(([name, [, bad]]) => [name, bad]));
    expect(validate(valid)).toBe(true);
    expect(validate(invalid)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual(
      Object.keys(SAMPLES)
        .map((name) => `/${name}`)
        .sort(),
    );
  });

  it('applies the formats to strings only and leaves other types to the type keyword', () => {
    // strictTypes off: a format without a type is exactly the schema this test is about.
    const loose = addGermanFormats(new Ajv2020({ strictTypes: false }));
    const validate = loose.compile({ format: 'iban' });
    expect(validate(12345)).toBe(true);
    expect(validate(null)).toBe(true);
    expect(validate('12345')).toBe(false);
  });

  it('works with the draft-07 class too', () => {
    const validate = addGermanFormats(new Ajv()).compile({ type: 'string', format: 'iban' });
    expect(validate('DE89370400440532013000')).toBe(true);
    expect(validate('DE00370400440532013000')).toBe(false);
  });

  it('is needed: without it, strict ajv refuses the unknown format', () => {
    expect(() => new Ajv2020().compile({ type: 'string', format: 'de-postcode' })).toThrow(/unknown format/);
  });
});
