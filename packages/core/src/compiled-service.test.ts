// The compiled seam of core: which checks a compiled service must carry, that nothing is ever
// answered silently without one, that the engine entry has no compiler in its import graph, and how a
// compiled service takes a tenant and a locale at run time.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  COMPILED_SERVICE_FORMAT,
  DefinitionError,
  MissingCheckError,
  activeFields,
  createValidator,
  isCompiledService,
  loadCompiledService,
  loadDefinition,
  prune,
  type CompiledService,
  type Definition,
  type SchemaCheck,
} from './index.js';
import { ajvSchemaCompiler } from './internal/ajv-schema-compiler.js';
import { conditionPointers } from './internal/condition-pointers.js';
import { createAjv } from './internal/create-ajv.js';
import { schemaContext, useSchemaCompiler } from './internal/schema-context.js';
import { conditionsDefinition } from './test-support/sample-definitions.js';
import { validationCorpus } from './test-support/validation-corpus.js';
import { exampleIds, readExample } from '../../../examples/test-support/read-example.js';

interface Fixture {
  name: string;
  definition: Definition;
  data: unknown[];
}

function fixtures(): Fixture[] {
  const out: Fixture[] = exampleIds().map((id) => {
    const { json, tenant, samples } = readExample(id);
    return {
      name: `${id}.service.json`,
      definition: loadDefinition(json, { tenant }),
      data: [{}, ...samples.map(([, data]) => data)],
    };
  });
  const byDefinition = new Map<object, Fixture>();
  for (const entry of validationCorpus) {
    let fixture = byDefinition.get(entry.definition);
    if (!fixture) {
      fixture = { name: entry.definition.id, definition: loadDefinition(entry.definition), data: [{}] };
      byDefinition.set(entry.definition, fixture);
      out.push(fixture);
    }
    fixture.data.push(entry.data);
  }
  return out;
}

afterEach(() => useSchemaCompiler(ajvSchemaCompiler));

describe('conditionPointers', () => {
  it('covers every check activeFields, prune and validation ask for on the examples and the corpus', () => {
    const asked = new Map<object, Set<string>>();
    useSchemaCompiler({
      compile(root, mode) {
        const compiled = ajvSchemaCompiler.compile(root, mode);
        const pointers = new Set<string>();
        asked.set(root, pointers);
        return {
          get validate() {
            return compiled.validate;
          },
          check(pointer) {
            pointers.add(pointer);
            return compiled.check(pointer);
          },
        };
      },
    });
    const all = fixtures();
    let total = 0;
    for (const { definition, data } of all) {
      // A fresh root: the spying compiler is asked, not a context cached before.
      const fresh = { ...definition, schema: structuredClone(definition.schema) } as Definition;
      const validator = createValidator(fresh);
      for (const item of data) {
        activeFields(fresh, item);
        prune(fresh, item);
        validator.validate(prune(fresh, item));
        for (const step of fresh.steps) validator.validateStep(item, step.id);
      }
      const pointers = asked.get(fresh.schema) ?? new Set();
      total += pointers.size;
      const known = new Set(conditionPointers(fresh.schema));
      expect(
        [...pointers].filter((pointer) => !known.has(pointer)),
        definition.id,
      ).toEqual([]);
    }
    // The examples do have conditions: the test would notice a missing one.
    expect(total).toBeGreaterThan(5);
    // Every example and corpus definition with all its data: seconds of work, more on a busy machine.
  }, 120_000);

  it('finds conditions in nodes reached only through a $ref to an unusual place', () => {
    const schema = {
      type: 'object',
      properties: { a: { $ref: '#/x-parts/person' } },
      'x-parts': {
        person: { type: 'object', if: { required: ['x'] }, then: {}, oneOf: [{ type: 'object' }] },
      },
    };
    expect(conditionPointers(schema)).toEqual(['/x-parts/person/if', '/x-parts/person/oneOf/0']);
  });
});

describe('a compiled schema', () => {
  /** A compiled service made by the run-time compiler, with some checks left out. */
  function serviceFor(definition: Definition, drop: string[] = []): CompiledService {
    const compiled = ajvSchemaCompiler.compile(definition.schema, 'strict');
    const checks: Record<string, SchemaCheck> = {};
    for (const pointer of conditionPointers(definition.schema))
      if (!drop.includes(pointer)) checks[pointer] = compiled.check(pointer) as SchemaCheck;
    return {
      format: COMPILED_SERVICE_FORMAT,
      definition: structuredClone(definition),
      fixedTenant: false,
      autoSteps: false,
      mode: 'strict',
      validate: compiled.validate,
      checks,
    };
  }

  it('gives the same results as the run-time compiler', () => {
    const definition = loadDefinition(conditionsDefinition);
    const compiled = loadCompiledService(serviceFor(definition));
    const data = { art: 'firma', name: 'A', kinder: [{}] };
    expect(activeFields(compiled, data)).toEqual(activeFields(definition, data));
    expect(createValidator(compiled).validate(data)).toEqual(createValidator(definition).validate(data));
  });

  it('throws MissingCheckError naming the pointer instead of answering "false"', () => {
    const definition = loadDefinition(conditionsDefinition);
    const [first] = conditionPointers(definition.schema);
    const compiled = loadCompiledService(serviceFor(definition, conditionPointers(definition.schema)));
    expect(() => activeFields(compiled, { art: 'firma' })).toThrow(MissingCheckError);
    expect(() => activeFields(compiled, { art: 'firma' })).toThrow(`"${first}"`);
  });

  it('refuses what is not a compiled service', () => {
    expect(isCompiledService({ definition: {} })).toBe(false);
    expect(() => loadCompiledService({} as CompiledService)).toThrow(/not a compiled service/);
  });

  it('is used instead of the registered compiler once attached', () => {
    const definition = loadDefinition(conditionsDefinition);
    const compiled = loadCompiledService(serviceFor(definition));
    useSchemaCompiler({
      compile() {
        throw new Error('the run-time compiler was asked');
      },
    });
    expect(() => schemaContext(compiled).validate({})).not.toThrow();
  });
});

describe('loadCompiledService with a tenant and a locale supplied by the page', () => {
  const { json, tenant } = readExample('gewerbeanmeldung');
  // Per test, not when the file loads: see active-fields.test.ts.
  let open: Definition;
  beforeEach(() => {
    open = loadDefinition(json);
  });
  const service = (overrides: Partial<CompiledService> = {}): CompiledService => {
    const compiled = ajvSchemaCompiler.compile(open.schema, 'strict');
    // The tenant schema compiled as efa compile and loadDefinition compile it (with ajv's messages,
    // which tenant problems quote; the data schema's validator has none).
    const tenantSchema = open.tenant as Definition['schema'];
    const validateTenant = createAjv(tenantSchema, 'lenient').compile(tenantSchema) as SchemaCheck;
    return {
      format: COMPILED_SERVICE_FORMAT,
      definition: open,
      fixedTenant: false,
      autoSteps: false,
      mode: 'strict',
      validate: compiled.validate,
      checks: Object.fromEntries(
        conditionPointers(open.schema).map((pointer) => [pointer, compiled.check(pointer) as SchemaCheck]),
      ),
      validateTenant,
      ...overrides,
    };
  };

  it.each(['de', 'en'] as const)('prepares what loadDefinition prepares (%s)', (locale) => {
    expect(loadCompiledService(service(), { tenant, locale })).toEqual(
      loadDefinition(json, { tenant, locale }),
    );
  });

  it('returns the compiled definition itself when nothing is asked for', () => {
    const compiled = service();
    expect(loadCompiledService(compiled)).toBe(compiled.definition);
  });

  it('rejects a tenant the tenant schema rejects, as loadDefinition does', () => {
    const bad = { ...(tenant as object), behoerde: 42 };
    const expected = (() => {
      try {
        loadDefinition(json, { tenant: bad });
      } catch (error) {
        return (error as DefinitionError).problems;
      }
      return [];
    })();
    expect(expected.length).toBeGreaterThan(0);
    expect(() => loadCompiledService(service(), { tenant: bad })).toThrow(DefinitionError);
    try {
      loadCompiledService(service(), { tenant: bad });
    } catch (error) {
      expect((error as DefinitionError).problems).toEqual(expected);
    }
  });

  it('refuses another tenant or locale than a service was compiled for', () => {
    const fixed = service({ definition: loadDefinition(json, { tenant }), fixedTenant: true });
    expect(loadCompiledService(fixed, { tenant })).toBe(fixed.definition);
    expect(() => loadCompiledService(fixed, { tenant: { ...(tenant as object), x: 1 } })).toThrow(
      /compiled with a fixed tenant/,
    );
    const english = service({ definition: loadDefinition(json, { locale: 'en' }), fixedLocale: 'en' });
    expect(() => loadCompiledService(english, { locale: 'de' })).toThrow(/compiled for locale "en" only/);
  });

  it('refuses a tenant whose {tenant.*} texts sit in a rule (what is validated would change)', () => {
    const withRule = {
      ...conditionsDefinition,
      tenant: { type: 'object', properties: { kuerzel: { type: 'string' } } },
      schema: {
        ...conditionsDefinition.schema,
        properties: {
          ...conditionsDefinition.schema.properties,
          amt: { title: 'Amt {tenant.kuerzel}', type: 'string', const: '{tenant.kuerzel}' },
        },
      },
      steps: [...(conditionsDefinition.steps ?? []), { id: 'amt', title: 'Amt', fields: ['/amt'] }],
    };
    const definition = loadDefinition(withRule);
    const compiled = ajvSchemaCompiler.compile(definition.schema, 'strict');
    const ruleService: CompiledService = {
      format: COMPILED_SERVICE_FORMAT,
      definition,
      fixedTenant: false,
      autoSteps: false,
      mode: 'strict',
      validate: compiled.validate,
      checks: {},
    };
    expect(() => loadCompiledService(ruleService, { tenant: { kuerzel: 'MS' } })).toThrow(
      /change what is validated/,
    );
  });
});

describe('@efa-forms/core/engine', () => {
  async function inputsOf(entry: string): Promise<string[]> {
    const result = await build({
      entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      metafile: true,
      logLevel: 'silent',
    });
    return Object.keys(result.metafile.inputs);
  }

  it('has no ajv in its import graph (the full core has)', async () => {
    const ajv = (inputs: string[]) => inputs.filter((input) => /node_modules\/ajv/.test(input));
    expect(ajv(await inputsOf('./engine.ts'))).toEqual([]);
    expect(ajv(await inputsOf('./index.ts')).length).toBeGreaterThan(0);
  });
});
