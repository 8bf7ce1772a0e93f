import { describe, expect, it } from 'vitest';
import { createValidator } from '@efa-forms/core';
import { InvalidDataError } from './xml-error.js';
import { xoevDefinition } from './test-support/definitions.js';

describe('InvalidDataError', () => {
  it('says how many errors and where the first is, so a log line alone leads to the field', () => {
    const definition = xoevDefinition({
      type: 'object',
      properties: { plz: { type: 'string', title: 'PLZ' }, ort: { type: 'string', title: 'Ort' } },
      required: ['plz', 'ort'],
    });
    const validator = createValidator(definition);
    const one = new InvalidDataError(validator.validate({ plz: '12345' }).errors);
    expect(one.message).toBe('efa-forms: the data is not valid (1 error, first at "/ort")');
    expect(one.pointer).toBe('/ort');
    const two = new InvalidDataError(validator.validate({}).errors);
    expect(two.message).toBe('efa-forms: the data is not valid (2 errors, first at "/plz")');
    expect(two.errors.map((error) => error.pointer)).toEqual(['/plz', '/ort']);
    expect(two.name).toBe('InvalidDataError');
  });

  it('stays readable without errors', () => {
    const none = new InvalidDataError([]);
    expect(none.message).toBe('efa-forms: the data is not valid (0 errors, first at "")');
    expect(none.pointer).toBe('');
  });
});
