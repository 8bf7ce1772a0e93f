// Definition checking against hostile definitions: bounded, clear problems, no crash. Each case once went wrong.
import { describe, expect, it } from 'vitest';
import { createValidator } from './create-validator.js';
import { lintDefinition } from './lint-definition.js';
import { define } from './test-support/sample-definitions.js';

describe('hostile definitions', () => {
  it('reports a pattern with nested quantifiers', () => {
    const problems = lintDefinition({
      id: 't',
      version: '1.0.0',
      title: 'T',
      schema: { type: 'object', properties: { a: { type: 'string', title: 'A', pattern: '^(a+)+$' } } },
    });
    expect(problems).toEqual([
      {
        code: 'pattern-backtracking',
        pointer: '/schema/properties/a/pattern',
        message: expect.stringMatching(/exponential time/),
      },
    ]);
  });

  it('does not throw on self-including schemas or 150,000-value enums', () => {
    expect(() =>
      lintDefinition({
        id: 't',
        version: '1.0.0',
        title: 'T',
        schema: {
          type: 'object',
          allOf: [{ $ref: '#' }],
          properties: { a: { allOf: [{ $ref: '#/properties/a' }] } },
        },
      }),
    ).not.toThrow();
    const values = Array.from({ length: 150_000 }, (_, i) => i);
    expect(() =>
      lintDefinition({
        id: 't',
        version: '1.0.0',
        title: 'T',
        schema: { type: 'object', properties: { n: { type: 'integer', title: 'N', enum: values } } },
      }),
    ).not.toThrow();
  });

  it('loads a 3,000-option code list', () => {
    const oneOf = Array.from({ length: 3_000 }, (_, i) => ({
      const: String(i).padStart(5, '0'),
      title: `Gemeinde ${i}`,
    }));
    const definition = define({
      type: 'object',
      properties: { gemeinde: { type: 'string', title: 'Gemeinde', oneOf } },
    });
    expect(createValidator(definition).validate({ gemeinde: '00042' }).valid).toBe(true);
  });

  it('only lets translations replace texts, never rules', () => {
    const problems = lintDefinition({
      id: 't',
      version: '1.0.0',
      title: 'T',
      schema: {
        type: 'object',
        properties: { plz: { type: 'string', title: 'PLZ', pattern: '^[0-9]{5}$' } },
      },
      translations: {
        en: { '/schema/properties/plz/title': 'Postcode', '/schema/properties/plz/pattern': '^.*$' },
      },
    });
    expect(problems).toEqual([
      {
        code: 'translation-not-text',
        pointer: '/translations/en/~1schema~1properties~1plz~1pattern',
        message: expect.stringMatching(/not a text people read/),
      },
    ]);
  });

  it('checks the keywords of x-efa.messages', () => {
    const problems = lintDefinition({
      id: 't',
      version: '1.0.0',
      title: 'T',
      schema: {
        type: 'object',
        properties: { a: { type: 'string', title: 'A', 'x-efa': { messages: { patern: 'x' } } } },
      },
    });
    expect(problems).toEqual([
      {
        code: 'message-keyword-unknown',
        pointer: '/schema/properties/a/x-efa/messages/patern',
        message: expect.stringMatching(/No error has the keyword "patern"/),
      },
    ]);
  });
});
