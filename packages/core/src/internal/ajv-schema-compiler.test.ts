import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../definition.js';
import { ajvSchemaCompiler, registeredAjv } from './ajv-schema-compiler.js';
import type { SchemaCheck } from './schema-context.js';

/** The check at a pointer; the run-time compiler answers every pointer. */
function checkAt(schema: JsonSchemaObject, pointer: string): SchemaCheck {
  const check = ajvSchemaCompiler.compile(schema, 'strict').check(pointer);
  if (!check) throw new Error(`no check for ${pointer}`);
  return check;
}

describe('registeredAjv', () => {
  it('registers a schema without $id under urn:efa-forms:schema, one with $id under its own', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { name: { type: 'string' } } };
    const unnamed = registeredAjv(schema, 'strict');
    expect(unnamed.rootId).toBe('urn:efa-forms:schema');
    expect(unnamed.ajv.getSchema('urn:efa-forms:schema#/properties/name')?.(1)).toBe(false);
    const named = registeredAjv({ ...schema, $id: 'https://example.org/antrag.json' }, 'strict');
    expect(named.rootId).toBe('https://example.org/antrag.json');
    expect(named.ajv.getSchema('https://example.org/antrag.json')?.({ name: 'Ada' })).toBe(true);
  });
});

describe('ajvSchemaCompiler: condition checks by pointer', () => {
  it('checks the schema at a pointer, also one whose tokens need encoding', () => {
    const check = checkAt(
      { type: 'object', properties: { 'Straße/Nr': { type: 'string', minLength: 2 } } },
      '/properties/Straße~1Nr',
    );
    expect([check('Hauptstr. 1'), check('H'), check(5)]).toEqual([true, false, false]);
  });

  it('a pointer that names no compilable schema gets a check that is never met, without errors', () => {
    const check = checkAt({ type: 'object', properties: {} }, '/properties/fehlt');
    expect([check({}), check(undefined), check.errors]).toEqual([false, false, null]);
  });
});
