// The validator against hostile data: bounded shape, depth and error counts. Each case once went wrong.
import { describe, expect, it } from 'vitest';
import { activeFields } from './active-fields.js';
import { createValidator } from './create-validator.js';
import { prune } from './prune.js';
import { define } from './test-support/sample-definitions.js';

describe('hostile data', () => {
  let deep: unknown = { name: 'x' };
  for (let i = 0; i < 20_000; i++) deep = { eltern: deep };

  it('bounds validate, validateStep, prune and activeFields on 20,000-deep data', () => {
    const recursive = define({
      type: 'object',
      properties: { name: { type: 'string', title: 'Name' }, eltern: { $ref: '#' } },
    });
    const validator = createValidator(recursive);
    expect(validator.validate(deep).errors[0]).toMatchObject({
      keyword: 'limit',
      params: { limit: 'maxDepth' },
    });
    expect(validator.validateStep(deep, 'angaben').errors[0]).toMatchObject({ keyword: 'limit' });
    expect(() => prune(recursive, deep)).not.toThrow();
    expect(() => activeFields(recursive, deep)).not.toThrow();
  });

  it('answers "too deep" when a portal raises maxDepth past what ajv can recurse (no stack overflow escapes)', () => {
    const recursive = define({
      type: 'object',
      properties: { name: { type: 'string', title: 'Name' }, eltern: { $ref: '#' } },
    });
    // A million levels: more than any stack holds, however the engine has optimised the scans by then.
    let deeper: unknown = { name: 'x' };
    for (let i = 0; i < 1_000_000; i++) deeper = { eltern: deeper };
    const validator = createValidator(recursive, { limits: { maxDepth: 10_000_000 } });
    expect(() => validator.validate(deeper)).not.toThrow();
    expect(validator.validate(deeper)).toMatchObject({
      valid: false,
      errors: [{ keyword: 'limit', params: { limit: 'maxDepth', max: 10_000_000 } }],
    });
    expect(validator.validateStep(deeper, 'angaben').errors).toMatchObject([
      { keyword: 'limit', params: { limit: 'maxDepth', max: 10_000_000 } },
    ]);
    // A shallow answer is still validated as usual by the same validator afterwards.
    expect(validator.validate({ name: 'x', eltern: { name: 'y' } })).toEqual({ valid: true, errors: [] });
  });

  it('refuses a huge array before ajv compares its items', () => {
    const tags = define({
      type: 'object',
      properties: {
        tags: {
          type: 'array',
          title: 'Tags',
          uniqueItems: true,
          maxItems: 20,
          items: { type: 'object', title: 'Tag' },
        },
      },
    });
    const result = createValidator(tags).validate({
      tags: Array.from({ length: 60_000 }, (_, i) => ({ i })),
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        keyword: 'limit',
        params: expect.objectContaining({ limit: 'maxArrayLength', max: 10_000 }),
      }),
    ]);
  });

  it('cuts a flood of errors and says so', () => {
    const list = define({
      type: 'object',
      properties: { zahlen: { type: 'array', title: 'Zahlen', items: { type: 'integer', title: 'Zahl' } } },
    });
    const errors = createValidator(list).validate({
      zahlen: Array.from({ length: 5_000 }, () => 'x'),
    }).errors;
    expect(errors).toHaveLength(201);
    expect(errors[200]).toMatchObject({
      keyword: 'limit',
      message: 'Es gibt weitere Fehler; die ersten 200 sind aufgeführt.',
    });
  });

  it('does not count inherited properties as answers', () => {
    const proto = define({
      type: 'object',
      required: ['constructor', 'toString'],
      properties: { constructor: { type: 'string', title: 'C' }, toString: { type: 'string', title: 'T' } },
    });
    expect(
      createValidator(proto)
        .validate({})
        .errors.map((error) => [error.pointer, error.keyword]),
    ).toEqual([
      ['/constructor', 'required'],
      ['/toString', 'required'],
    ]);
  });
});
