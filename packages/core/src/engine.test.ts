// The bare engine on its own (vitest gives each test file its own module graph): no compiler is
// registered, so only compiled services run, and a raw schema gets a clear error, not a silent answer.
import { describe, expect, it } from 'vitest';
import { activeFields, createValidator } from './engine.js';

describe('@efa-forms/core/engine without a compiled service', () => {
  const raw = {
    schema: { type: 'object', properties: { a: { type: 'string' } }, if: { required: ['a'] }, then: {} },
  };

  it('says that it has no compiler and what to do', () => {
    expect(() => createValidator(raw)).toThrow(/no schema compiler.*efa compile.*@efa-forms\/core/);
    expect(() => activeFields(raw, { a: 'x' })).toThrow(/no schema compiler/);
  });
});
