/**
 * Checks the Gewerbeanmeldung example with plain ajv (2020-12, strict, all errors): the schema compiles,
 * the samples are valid or fail exactly where `samples/expectations.json` says, the tenant file fits
 * `tenant`, and steps, translations, names and hints are consistent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject, ServiceDefinition } from '../../packages/core/src/definition.js';
import { exampleDefinition } from '../load-example.js';
import { createPlainAjv, resolvePointer, walk, XML_NAME } from '../test-support/service-example.js';

const here = new URL('./', import.meta.url);
const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, here), 'utf8'));

/** The definition as published: its shared blocks (../_bausteine/) inlined into `$defs`. */
const definition: ServiceDefinition = await exampleDefinition('gewerbeanmeldung');
const tenantData = readJson('tenant.musterstadt.json');
const metaSchema = readJson('../../packages/core/service-definition.schema.json') as JsonSchemaObject;

interface Expectation {
  description: string;
  errors: { pointer: string; keyword: string }[];
}
const { $comment: _comment, ...expectations } = readJson('samples/expectations.json') as Record<
  string,
  Expectation
> & {
  $comment?: string;
};
const sampleFiles = readdirSync(new URL('samples/', here)).filter((name) =>
  /^(valid|invalid)-.*\.json$/.test(name),
);
const validSamples = sampleFiles.filter((name) => name.startsWith('valid-'));
const invalidSamples = sampleFiles.filter((name) => name.startsWith('invalid-'));

const validate = createPlainAjv().compile(definition.schema);
const validateTenant = createPlainAjv().compile(definition.tenant as JsonSchemaObject);

/** The field an error is about: for `required`-like keywords the missing property, as the design asks. */
function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const child = params['missingProperty'] ?? params['unevaluatedProperty'] ?? params['additionalProperty'];
  const escaped = typeof child === 'string' ? `/${child.replace(/~/g, '~0').replace(/\//g, '~1')}` : '';
  return error.instancePath + escaped;
}

/**
 * Errors minus the noise plain ajv adds: `if` wrappers, the failing branches of a failing `oneOf` (one
 * `const` error per option), and `unevaluatedProperties` for properties of a branch that failed for a real
 * reason (a failing `then` contributes no evaluated properties).
 */
function realErrors(errors: ErrorObject[]): { pointer: string; keyword: string }[] {
  const oneOfs = errors.filter((error) => error.keyword === 'oneOf');
  const located = errors.filter(
    (error) =>
      error.keyword !== 'if' &&
      !oneOfs.some((oneOf) => error !== oneOf && error.schemaPath.startsWith(`${oneOf.schemaPath}/`)),
  );
  return located
    .filter(
      (error) =>
        error.keyword !== 'unevaluatedProperties' ||
        !located.some(
          (other) =>
            other.keyword !== 'unevaluatedProperties' &&
            (other.instancePath === error.instancePath ||
              other.instancePath.startsWith(`${error.instancePath}/`)),
        ),
    )
    .map((error) => ({ pointer: pointerOf(error), keyword: error.keyword }));
}

const errorsFor = (data: unknown) => (validate(data) ? [] : realErrors(validate.errors ?? []));

/** Every `properties` map inside a schema, with the pointer of its owner. */
function* propertyMaps(schema: unknown, base: string): Generator<[string, Record<string, unknown>]> {
  for (const { pointer, node } of walk(schema, base)) {
    const properties = node['properties'];
    // A property *named* "properties" would look like a keyword here; the definition has none.
    if (typeof properties === 'object' && properties !== null && !pointer.endsWith('/properties')) {
      yield [pointer, properties as Record<string, unknown>];
    }
  }
}

describe('gewerbeanmeldung.service.json', () => {
  it('has the service settings of the Gewerbeanmeldung', () => {
    expect(definition).toMatchObject({
      id: 'gewerbeanmeldung',
      version: '1.0.0',
      leika: '99050012104000',
      xoev: {
        message: 'gewerbe.anmeldung.0100',
        namespace: 'urn:efa-forms:beispiel:gewerbe:1',
        prefix: 'gew',
        nachrichtentyp: { code: '0100', name: 'Gewerbeanmeldung' },
      },
    });
    expect(definition.schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('is valid against packages/core/service-definition.schema.json', () => {
    const check = new Ajv2020({ strict: true, allErrors: true }).compile(metaSchema);
    expect(check(definition), JSON.stringify(check.errors, null, 2)).toBe(true);
  });

  it('compiles in strict mode, and a misspelt hint does not', () => {
    expect(typeof validate).toBe('function');
    expect(() => createPlainAjv().compile({ type: 'string', 'x-efa': { widgt: 'textarea' } })).toThrow(
      /x-efa/,
    );
  });

  it.each(validSamples)('accepts samples/%s', (name) => {
    expect(errorsFor(readJson(`samples/${name}`))).toEqual([]);
  });

  it.each(invalidSamples)('rejects samples/%s exactly where expectations.json says', (name) => {
    const expected = expectations[name];
    expect(expected, `samples/expectations.json has no entry for ${name}`).toBeDefined();
    const sort = (errors: { pointer: string; keyword: string }[]) =>
      [...new Set(errors.map((error) => `${error.pointer} ${error.keyword}`))].sort();
    expect(sort(errorsFor(readJson(`samples/${name}`)))).toEqual(sort(expected?.errors ?? []));
  });

  it('has an expectation only for sample files that exist', () => {
    expect(Object.keys(expectations).sort()).toEqual([...invalidSamples].sort());
    expect(validSamples.length).toBeGreaterThanOrEqual(3);
    expect(invalidSamples.length).toBeGreaterThanOrEqual(4);
  });

  it('shows the person fields by default and the entity fields once "juristisch" is chosen', () => {
    // The same data is valid or not depending on the discriminator: the branches really switch.
    const person = readJson('samples/valid-natuerliche-person-minimal.json') as Record<
      string,
      Record<string, unknown>
    >;
    const asEntity = { ...person, inhaber: { ...person['inhaber'], art: 'juristisch' } };
    const keywords = errorsFor(asEntity).map((error) => `${error.pointer} ${error.keyword}`);
    // Exactly these: the entity's own required fields and the representatives, nothing of the person.
    expect([...keywords].sort()).toEqual([
      '/inhaber/firma required',
      '/inhaber/rechtsform required',
      '/vertreter required',
    ]);
  });

  it('puts every top-level property in exactly one step', () => {
    const properties = Object.keys(definition.schema.properties ?? {});
    const fields = (definition.steps ?? []).flatMap((step) => step.fields);
    expect([...fields].sort()).toEqual(properties.map((name) => `/${name}`).sort());
    expect(new Set((definition.steps ?? []).map((step) => step.id)).size).toBe(definition.steps?.length);
  });

  it('has a string in the definition at every translation pointer, with the same placeholders', () => {
    const english = definition.translations?.['en'] ?? {};
    expect(Object.keys(english).length).toBeGreaterThan(0);
    for (const [pointer, text] of Object.entries(english)) {
      const german = resolvePointer(definition, pointer);
      expect(typeof german, pointer).toBe('string');
      const placeholders = (value: string) => value.match(/\{[^}]+\}/g) ?? [];
      expect(placeholders(text), pointer).toEqual(placeholders(german as string));
    }
  });

  it('translates every title, description and message into English, except the published code-list options', () => {
    const english = definition.translations?.['en'] ?? {};
    const untranslated: string[] = [];
    for (const { pointer, node, inCodeListOptions } of walk(definition)) {
      if (inCodeListOptions) continue;
      for (const key of ['title', 'description']) {
        if (typeof node[key] === 'string' && !(`${pointer}/${key}` in english))
          untranslated.push(`${pointer}/${key}`);
      }
      const hints = node['x-efa'] as { messages?: Record<string, string> } | undefined;
      for (const keyword of Object.keys(hints?.messages ?? {})) {
        if (!(`${pointer}/x-efa/messages/${keyword}` in english))
          untranslated.push(`${pointer}/x-efa/messages/${keyword}`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('uses valid XML names for every property and x-xoev.element', () => {
    const invalid: string[] = [];
    for (const [pointer, properties] of [
      ...propertyMaps(definition.schema, '/schema'),
      ...propertyMaps(definition.tenant, '/tenant'),
    ]) {
      // `properties` inside an `if` names existing properties; checking them again is harmless.
      for (const name of Object.keys(properties))
        if (!XML_NAME.test(name)) invalid.push(`${pointer}/properties/${name}`);
    }
    for (const { pointer, node } of walk(definition.schema, '/schema')) {
      const element = (node['x-xoev'] as { element?: string } | undefined)?.element;
      if (element !== undefined && !XML_NAME.test(element)) invalid.push(`${pointer}/x-xoev/element`);
    }
    expect(invalid).toEqual([]);
  });

  it('has every code-list $def filled from its published list', () => {
    // The code lists are the block ../_bausteine/codelisten.json, inlined as $defs/codelisten.
    const defs = (definition.schema['$defs'] as Record<string, JsonSchemaObject>)['codelisten']?.[
      '$defs'
    ] as Record<string, JsonSchemaObject>;
    for (const name of ['staatsangehoerigkeit', 'rechtsform', 'geschlecht', 'vertreterArt']) {
      const def = defs[name];
      expect(def?.['x-xoev']?.codeList?.listURI, name).toMatch(/^urn:/);
      expect(def?.oneOf?.length, name).toBeGreaterThan(1);
    }
    expect(defs['staatsangehoerigkeit']?.oneOf?.[0]).toEqual({ const: '000', title: 'deutsch' });
  });

  it('names only tenant settings that the tenant schema declares in its {tenant.*} placeholders', () => {
    const text = JSON.stringify(definition);
    const placeholders = [...text.matchAll(/\{tenant\.([a-zA-Z0-9_.]+)\}/g)].map(
      (match) => match[1] as string,
    );
    expect(placeholders.length).toBeGreaterThan(0);
    for (const path of placeholders) {
      const pointer = `/${path.split('.').join('/properties/')}`;
      expect(resolvePointer(definition.tenant, `/properties${pointer}`), path).toBeDefined();
      expect(typeof resolvePointer(tenantData, `/${path.split('.').join('/')}`), path).toBe('string');
    }
  });
});

describe('tenant.musterstadt.json', () => {
  it('is valid against the tenant schema', () => {
    expect(validateTenant(tenantData), JSON.stringify(validateTenant.errors, null, 2)).toBe(true);
  });

  it('would be rejected with a 7-digit AGS or without DVDV settings', () => {
    const tenant = tenantData as Record<string, Record<string, unknown>>;
    const broken = { ...tenant, behoerde: { ...tenant['behoerde'], ags: '0999999' } };
    delete (broken as Record<string, unknown>)['dvdv'];
    expect(validateTenant(broken)).toBe(false);
    expect(
      realErrors(validateTenant.errors ?? [])
        .map((error) => `${error.pointer} ${error.keyword}`)
        .sort(),
    ).toEqual(['/behoerde/ags pattern', '/dvdv required']);
  });
});
