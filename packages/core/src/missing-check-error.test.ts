import { describe, expect, it } from 'vitest';
import { MissingCheckError } from './missing-check-error.js';

describe('MissingCheckError', () => {
  it('is named MissingCheckError and names the pointer it has no check for', () => {
    const error = new MissingCheckError('/properties/a/if');
    expect({ name: error.name, pointer: error.pointer, message: error.message }).toEqual({
      name: 'MissingCheckError',
      pointer: '/properties/a/if',
      message:
        'efa-forms: the compiled service has no check for the schema at "/properties/a/if". Recompile the service with the current efa (efa compile).',
    });
  });

  it('says a schema outside the compiled service was asked for when there is no pointer', () => {
    const error = new MissingCheckError(undefined);
    expect({ name: error.name, pointer: error.pointer, message: error.message }).toEqual({
      name: 'MissingCheckError',
      pointer: undefined,
      message:
        'efa-forms: a schema outside the compiled service was asked to be checked; compiled services check only their own schema.',
    });
  });
});
