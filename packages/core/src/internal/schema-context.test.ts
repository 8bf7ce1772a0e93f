import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../definition.js';
import { anySchemaContext, schemaContext } from './schema-context.js';
// The full core's compiler (ajv), as `@efa-forms/core` registers it.
import './ajv-schema-compiler.js';

/** A schema with a keyword ajv does not know: strict compilation refuses it, lenient ignores it. */
const withUnknownKeyword = (): JsonSchemaObject => ({
  type: 'object',
  properties: { name: { type: 'string', vorschlag: 'Erika' } },
});

describe('schemaContext', () => {
  it('is made once per root schema and mode, whichever holder asks', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { name: { type: 'string' } } };
    const strict = schemaContext({ schema });
    expect(schemaContext({ schema }, 'strict')).toBe(strict);
    const lenient = schemaContext({ schema, strict: false }, 'lenient');
    expect(lenient).not.toBe(strict);
    expect(schemaContext({ schema }, 'lenient')).toBe(lenient);
    expect(schemaContext({ schema })).toBe(strict);
  });

  it('compiles in the mode asked for', () => {
    const schema = withUnknownKeyword();
    expect(schemaContext({ schema }, 'lenient').validate({ name: 'Erika' })).toBe(true);
    expect(() => schemaContext({ schema }, 'strict').validate).toThrow(/unknown keyword: "vorschlag"/);
  });

  it('a boolean subschema matches by itself: true every value, false none', () => {
    const context = schemaContext({ schema: { type: 'object' } });
    expect(context.matches(true, { name: 'Erika' })).toBe(true);
    expect(context.matches(false, {})).toBe(false);
  });
});

describe('anySchemaContext', () => {
  it('makes a lenient context for a holder marked strict: false, a strict one otherwise', () => {
    const lenientSchema = withUnknownKeyword();
    expect(anySchemaContext({ schema: lenientSchema, strict: false }).validate({ name: 'Erika' })).toBe(true);
    expect(anySchemaContext({ schema: lenientSchema, strict: false })).toBe(
      schemaContext({ schema: lenientSchema }, 'lenient'),
    );
    const strictSchema: JsonSchemaObject = { type: 'object' };
    expect(anySchemaContext({ schema: strictSchema })).toBe(
      schemaContext({ schema: strictSchema }, 'strict'),
    );
    const alsoStrict: JsonSchemaObject = { type: 'object' };
    expect(anySchemaContext({ schema: alsoStrict, strict: true })).toBe(
      schemaContext({ schema: alsoStrict }, 'strict'),
    );
  });

  it('reuses a context of either mode that exists, the strict one first', () => {
    const schema: JsonSchemaObject = { type: 'object' };
    const lenient = schemaContext({ schema }, 'lenient');
    expect(anySchemaContext({ schema })).toBe(lenient);
    const strict = schemaContext({ schema }, 'strict');
    expect(anySchemaContext({ schema, strict: false })).toBe(strict);
  });
});
