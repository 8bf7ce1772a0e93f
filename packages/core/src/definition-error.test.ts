import { describe, expect, it } from 'vitest';
import { DefinitionError } from './definition-error.js';

describe('DefinitionError', () => {
  it('is named DefinitionError and lists every problem with where it is', () => {
    const error = new DefinitionError([
      { code: 'unknown-keyword', pointer: '/schema/x', message: 'unknown keyword' },
      { code: 'tenant-invalid', pointer: '', message: 'not an object', source: 'tenant' },
      {
        code: 'json-syntax',
        pointer: '',
        message: 'unexpected "}"',
        file: 'person.json',
        line: 3,
        column: 4,
      },
    ]);
    expect({ name: error.name, message: error.message, string: String(error) }).toEqual({
      name: 'DefinitionError',
      message:
        'The service definition has 3 problems:\n' +
        '  /schema/x: unknown keyword\n' +
        '  tenant /: not an object\n' +
        '  person.json:3:4 /: unexpected "}"',
      string:
        'DefinitionError: The service definition has 3 problems:\n' +
        '  /schema/x: unknown keyword\n' +
        '  tenant /: not an object\n' +
        '  person.json:3:4 /: unexpected "}"',
    });
  });
});
