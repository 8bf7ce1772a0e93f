import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../definition.js';
import { activeFields } from '../active-fields.js';
import { createValidator } from '../create-validator.js';
import { lintDefinition } from '../lint-definition.js';
import { loadDefinition } from '../load-definition.js';
import { problemsOf } from '../test-support/problems-of.js';

/** A parking permit with the zones the municipality lists in its tenant configuration. */
const definition: ServiceDefinition = {
  id: 'parken',
  version: '1.0.0',
  title: 'Parkausweis',
  schema: {
    type: 'object',
    required: ['zone'],
    properties: {
      zone: {
        title: 'Parkzone',
        type: 'string',
        minLength: 1,
        maxLength: 20,
        'x-efa': { widget: 'select', optionsFrom: 'tenant.verkehr.zonen' },
      },
    },
  },
  tenant: {
    type: 'object',
    required: ['verkehr'],
    properties: {
      verkehr: {
        type: 'object',
        properties: {
          zonen: {
            type: 'array',
            items: { type: 'object', properties: { const: { type: 'string' }, title: { type: 'string' } } },
          },
          name: { type: 'string' },
        },
      },
    },
  },
};
const zonen = [
  { const: 'A', title: 'Zone A – Altstadt' },
  { const: 'B', title: 'Zone B – Bahnhofsviertel' },
];

const withOptionsFrom = (optionsFrom: unknown): ServiceDefinition => ({
  ...definition,
  schema: {
    ...definition.schema,
    properties: { zone: { title: 'Parkzone', type: 'string', 'x-efa': { optionsFrom } } },
  },
});

describe('x-efa.optionsFrom: options the tenant supplies', () => {
  it('puts the tenant list in as oneOf, so validation and active fields see the options', () => {
    const loaded = loadDefinition(definition, { tenant: { verkehr: { zonen } } });
    const zone = loaded.schema.properties?.['zone'] as Record<string, unknown>;
    expect(zone['oneOf']).toEqual(zonen);
    // The tenant's list is copied, not shared: changing it later does not change the definition.
    expect(zone['oneOf']).not.toBe(zonen);
    const validator = createValidator(loaded);
    expect(validator.validate({ zone: 'B' }).valid).toBe(true);
    const wrong = validator.validate({ zone: 'Z' });
    expect(wrong.errors.map(({ pointer, keyword }) => [pointer, keyword])).toEqual([['/zone', 'enum']]);
    expect(wrong.errors[0]?.message).toBe('Bitte wählen Sie für „Parkzone“ einen der angebotenen Werte.');
    expect(activeFields(loaded, {}).required.has('/zone')).toBe(true);
  });

  it('leaves the field a plain text field without a tenant (the published schema)', () => {
    const loaded = loadDefinition(definition);
    expect((loaded.schema.properties?.['zone'] as Record<string, unknown>)['oneOf']).toBeUndefined();
    expect(createValidator(loaded).validate({ zone: 'Z' }).valid).toBe(true);
    expect(lintDefinition(definition)).toEqual([]);
  });

  it('rejects a tenant list that is empty, malformed or has a code twice, pointing into the tenant', () => {
    expect(problemsOf(() => loadDefinition(definition, { tenant: { verkehr: { zonen: [] } } }))).toEqual([
      {
        pointer: '/verkehr/zonen',
        code: 'tenant-options-invalid',
        message:
          'The tenant configuration\'s "/verkehr/zonen" must be a non-empty list of options {"const": "...", "title": "..."}.',
        source: 'tenant',
      },
    ]);
    expect(
      problemsOf(() =>
        loadDefinition(definition, {
          tenant: { verkehr: { zonen: [...zonen, { const: 'A', title: 'Noch einmal A' }, { const: 'C' }] } },
        }),
      ),
    ).toEqual([
      {
        pointer: '/verkehr/zonen/2',
        code: 'tenant-options-invalid',
        message: 'The option "A" is listed twice.',
        source: 'tenant',
      },
      {
        pointer: '/verkehr/zonen/3',
        code: 'tenant-options-invalid',
        message: 'Each option needs a "const" (string or number) and a "title".',
        source: 'tenant',
      },
    ]);
    expect(problemsOf(() => loadDefinition(definition, { tenant: { verkehr: {} } }))[0]?.pointer).toBe(
      '/verkehr/zonen',
    );
  });

  it('lints a path that is malformed, names no list, or has no tenant schema', () => {
    expect(lintDefinition(withOptionsFrom('verkehr.zonen'))).toEqual([
      {
        pointer: '/schema/properties/zone/x-efa/optionsFrom',
        code: 'hint-options-from',
        message: '"optionsFrom" names a list in the tenant configuration, e.g. "tenant.parkzonen".',
      },
    ]);
    expect(lintDefinition(withOptionsFrom(7))[0]?.pointer).toBe('/schema/properties/zone/x-efa/optionsFrom');
    expect(lintDefinition(withOptionsFrom('tenant.verkehr.name'))).toEqual([
      {
        pointer: '/schema/properties/zone/x-efa/optionsFrom',
        code: 'hint-options-from',
        message: 'tenant.verkehr.name names no list (array) property of the "tenant" schema.',
      },
    ]);
    const { tenant: _tenant, ...withoutTenant } = definition;
    expect(lintDefinition(withoutTenant)).toEqual([
      {
        pointer: '/schema/properties/zone/x-efa/optionsFrom',
        code: 'hint-options-from',
        message: 'The options come from tenant.verkehr.zonen but the definition has no "tenant" schema.',
      },
    ]);
  });
});
