import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../definition.js';
import { lintDefinition } from '../lint-definition.js';
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

  it('compiles without a second check against the meta-schema: the linter made it, and refuses what fails', () => {
    // `minLength: -1` fails the meta-schema; compiled, it is a rule every text meets.
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: { name: { type: 'string', minLength: -1 } },
    };
    const { ajv, rootId } = registeredAjv(schema, 'strict');
    expect(ajv.getSchema(rootId)?.({ name: '' })).toBe(true);
    const problems = lintDefinition({ id: 'antrag', version: '1.0.0', title: 'Antrag', schema });
    expect(problems.map((problem) => [problem.code, problem.pointer])).toEqual([
      ['schema-invalid', '/schema/properties/name/minLength'],
    ]);
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

describe('ajvSchemaCompiler: shared compilations', () => {
  const numbered = (tag: string, n: number): JsonSchemaObject => ({
    type: 'object',
    title: `${tag} ${n}`,
    properties: { a: { type: 'string' } },
  });

  it('compiles equal schema content once for any number of holders (two forms of one service on a page)', () => {
    const schema = numbered('same', 1);
    const first = ajvSchemaCompiler.compile(schema, 'strict').validate;
    expect(ajvSchemaCompiler.compile(structuredClone(schema), 'strict').validate).toBe(first);
    // The mode is part of what is compiled.
    expect(ajvSchemaCompiler.compile(schema, 'lenient').validate).not.toBe(first);
  });

  it('keeps the 16 most recently used schema contents and drops the least recently used first', () => {
    const validateOf = (n: number) => ajvSchemaCompiler.compile(numbered('lru', n), 'strict').validate;
    const kept = Array.from({ length: 16 }, (_, n) => validateOf(n));
    // Using schema 0 again makes it the most recent, so the 17th pushes out schema 1 instead.
    expect(validateOf(0)).toBe(kept[0]);
    validateOf(16);
    expect(validateOf(0)).toBe(kept[0]);
    expect(validateOf(2)).toBe(kept[2]);
    expect(validateOf(1)).not.toBe(kept[1]);
  });
});
