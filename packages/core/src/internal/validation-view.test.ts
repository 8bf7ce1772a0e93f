import { describe, expect, it } from 'vitest';
import { validationView } from './validation-view.js';

describe('validationView: what validation reads, without texts and annotations', () => {
  it('leaves out title, description and $comment strings and x-* annotations, also inside lists', () => {
    const schema = {
      type: 'object',
      title: 'Antrag',
      description: 'Bitte ausfüllen',
      $comment: 'für die Behörde',
      'x-efa': { widget: 'textarea' },
      properties: { name: { type: 'string', title: 'Name', 'x-xoev': { element: 'name' } } },
      anyOf: [{ required: ['name'], description: 'mit Name' }],
    };
    expect(JSON.parse(validationView(schema))).toEqual({
      type: 'object',
      properties: { name: { type: 'string' } },
      anyOf: [{ required: ['name'] }],
    });
  });

  it('schemas that differ only in texts and annotations have the same view', () => {
    const german = {
      title: 'Name',
      $comment: 'Pflicht',
      'x-efa': { hint: 'a' },
      type: 'string',
      minLength: 2,
    };
    const english = {
      title: 'Name (en)',
      $comment: 'required',
      'x-efa': { hint: 'b' },
      type: 'string',
      minLength: 2,
    };
    expect(validationView(german)).toBe(validationView(english));
    expect(validationView({ ...german, minLength: 3 })).not.toBe(validationView(english));
  });

  it('keeps fields named like a text keyword or x-*: their schemas are rules', () => {
    const schema = (type: string) => ({
      type: 'object',
      properties: { title: { type }, description: { type }, $comment: { type }, 'x-kennung': { type } },
      required: ['title', 'x-kennung'],
    });
    expect(JSON.parse(validationView(schema('string')))).toEqual(schema('string'));
    expect(validationView(schema('string'))).not.toBe(validationView(schema('number')));
  });

  it('keeps every name in the maps of names (fields, definitions, dependencies)', () => {
    for (const keyword of [
      'properties',
      'patternProperties',
      '$defs',
      'definitions',
      'dependentSchemas',
      'dependentRequired',
      'dependencies',
    ]) {
      const value = keyword === 'dependentRequired' ? ['name'] : { required: ['name'] };
      const schema = { [keyword]: { 'x-kennung': value, title: value } };
      expect({ keyword, view: JSON.parse(validationView(schema)) }).toEqual({ keyword, view: schema });
    }
  });

  it('keeps what is no map under a name keyword as it is (data in default, a broken schema)', () => {
    const schema = { properties: ['name'], default: { properties: 1, definitions: null } };
    expect(JSON.parse(validationView(schema))).toEqual(schema);
  });

  it('keeps the values of const and enum whole: an object with a title there is data', () => {
    const schema = {
      type: 'object',
      const: { title: 'Dr.', description: 'Doktor', 'x-code': '01' },
      properties: { anrede: { enum: [{ title: 'Herr' }, { title: 'Frau' }, 'divers'] } },
    };
    expect(JSON.parse(validationView(schema))).toEqual(schema);
    expect(validationView({ const: { title: 'Dr.' } })).not.toBe(
      validationView({ const: { title: 'Prof.' } }),
    );
  });
});
