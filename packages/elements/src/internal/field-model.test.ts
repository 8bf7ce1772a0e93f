// FieldModel: the fields a form renders (pointer, ids, label, required, read-only, depth, kind, widget)
// and their values, walked down the answers; and the answers as the page shows them. A plain
// definition object and fake answers, no browser.
import { html } from 'lit';
import { describe, expect, test } from 'vitest';
import type { Definition, JsonSchemaObject, StepDefinition } from '@efa-forms/core';
// The run-time compiler: these tests hand the model raw schemas, not compiled services.
import '@efa-forms/core';
import { WidgetRegistry, type Widget } from '../widget-registry.js';
import { objectWidget } from '../widgets/index.js';
import { FieldModel, type FieldShape, type FieldSpec } from './field-model.js';

/** A widget that renders nothing and matches what `match` says. */
const widget = (match: Widget['match']): Widget => ({ name: 'test', match, render: () => html`` });

const SCHEMA = {
  type: 'object',
  required: ['name', 'adresse'],
  $defs: { plz: { type: 'string', title: 'PLZ', pattern: '^[0-9]{5}$' } },
  properties: {
    name: { type: 'string', title: 'Name', description: 'Wie im Ausweis' },
    geburt: { type: 'string', format: 'date' },
    aktenzeichen: { type: 'string', title: 'Aktenzeichen', readOnly: true },
    adresse: {
      type: 'object',
      title: 'Adresse',
      required: ['ort'],
      properties: {
        ort: { type: 'string', title: 'Ort' },
        plz: { $ref: '#/$defs/plz' },
        lage: { type: 'object', title: 'Lage', properties: { etage: { type: 'integer', title: 'Etage' } } },
      },
    },
    amt: {
      type: 'object',
      title: 'Amt',
      readOnly: true,
      properties: { kennung: { type: 'string', title: 'Kennung' } },
    },
    kinder: {
      type: 'array',
      title: 'Kinder',
      items: {
        type: 'object',
        properties: { vorname: { type: 'string', title: 'Vorname' } },
      },
    },
    kontakt: {
      title: 'Kontakt',
      oneOf: [
        {
          title: 'Telefon',
          type: 'object',
          required: ['nummer'],
          properties: { nummer: { type: 'string', title: 'Nummer' } },
        },
        {
          title: 'Post',
          type: 'object',
          required: ['anschrift'],
          properties: { anschrift: { type: 'string', title: 'Anschrift' } },
        },
      ],
    },
    verheiratet: { type: 'boolean', title: 'Verheiratet' },
    'a/b': { type: 'string', title: 'Schräg' },
  },
  if: { properties: { verheiratet: { const: true } }, required: ['verheiratet'] },
  then: { properties: { partner: { type: 'string', title: 'Partner' } }, required: ['partner'] },
} as const;

interface Setup {
  answers?: Record<string, unknown>;
  widgets?: WidgetRegistry;
  title?: string;
  views?: Record<string, unknown>;
  schema?: unknown;
}

/** A model over `SCHEMA` (or `schema`) whose answers, widgets, title and view state the test sets. */
function form(setup: Setup = {}) {
  const state = {
    answers: setup.answers ?? {},
    widgets: setup.widgets ?? new WidgetRegistry(),
    views: setup.views ?? {},
    definition: {
      id: 'f',
      version: '1.0.0',
      title: setup.title ?? 'Antrag',
      schema: setup.schema ?? SCHEMA,
      steps: [],
    } as unknown as Definition,
  };
  const model = new FieldModel({
    definition: () => state.definition,
    widgets: () => state.widgets,
    answers: () => state.answers,
    viewState: (key) => state.views[key],
  });
  return { model, state };
}

const step = (...fields: string[]): StepDefinition => ({ id: 's', title: 'S', fields }) as StepDefinition;

/** What a widget reads of a shape (the schema and widget aside). */
const looks = (shape: FieldShape | undefined) =>
  shape && {
    pointer: shape.pointer,
    idBase: shape.idBase,
    name: shape.name,
    label: shape.label,
    required: shape.required,
    readOnly: shape.readOnly,
    depth: shape.depth,
    alias: shape.alias,
    kind: shape.kind,
  };

describe('FieldModel.rootSpec', () => {
  test('the root is the whole answers as a required object titled like the form, one level above the fields', () => {
    const answers = { name: 'Ada' };
    const { model } = form({ answers });
    const root = model.rootSpec();
    expect(looks(root)).toEqual({
      pointer: '',
      idBase: '',
      name: '',
      label: 'Antrag',
      required: true,
      readOnly: false,
      depth: -1,
      alias: false,
      kind: 'object',
    });
    expect(root.widget).toBe(objectWidget);
    expect(root.value).toBe(answers);
    expect(root.shape).toBe(model.rootSpec().shape);
    expect(root.schema.properties).toHaveProperty('name');
  });

  test('a new title or a new schema gives the root a new shape', () => {
    const { model, state } = form();
    const first = model.rootSpec().shape;
    state.definition = { ...state.definition, title: 'Neuer Antrag' };
    const retitled = model.rootSpec().shape;
    expect(retitled).not.toBe(first);
    expect(retitled.label).toBe('Neuer Antrag');
    state.definition = { ...state.definition, schema: { ...SCHEMA } as unknown as JsonSchemaObject };
    const reshaped = model.rootSpec().shape;
    expect(reshaped).not.toBe(retitled);
    expect(reshaped.schema).toEqual(retitled.schema);
  });
});

describe('FieldModel.stepFields', () => {
  test("a step's fields with their label, required mark, read-only state, depth, kind and value", () => {
    const { model } = form({ answers: { name: 'Ada', aktenzeichen: 'AZ-1' } });
    const fields = model.stepFields(step('/name', '/geburt', '/aktenzeichen', '/amt'));
    expect(fields.map(([shape, value]) => [looks(shape), value])).toEqual([
      [
        {
          pointer: '/name',
          idBase: '/name',
          name: 'name',
          label: 'Name',
          required: true,
          readOnly: false,
          depth: 0,
          alias: false,
          kind: 'text',
        },
        'Ada',
      ],
      [
        {
          pointer: '/geburt',
          idBase: '/geburt',
          name: 'geburt',
          label: 'Geburt',
          required: false,
          readOnly: false,
          depth: 0,
          alias: false,
          kind: 'date',
        },
        undefined,
      ],
      [expect.objectContaining({ name: 'aktenzeichen', readOnly: true, required: false }), 'AZ-1'],
      [expect.objectContaining({ name: 'amt', readOnly: true, kind: 'object' }), undefined],
    ]);
    expect(fields[0]?.[0].schema.description).toBe('Wie im Ausweis');
  });

  test('a field that does not apply to the answers, or is not in the form, is left out', () => {
    const { model, state } = form();
    const fields = step('/name', '/partner', '/gibt-es-nicht');
    expect(model.stepFields(fields).map(([shape]) => shape.name)).toEqual(['name']);
    state.answers = { verheiratet: true };
    expect(model.stepFields(fields).map(([shape]) => [shape.name, shape.required])).toEqual([
      ['name', true],
      ['partner', true],
    ]);
  });

  test('a name with a slash gets an escaped pointer', () => {
    const { model } = form({ answers: { 'a/b': 'x' } });
    const [[shape, value]] = model.stepFields(step('/a~1b')) as [[FieldShape, unknown]];
    expect([shape.pointer, shape.idBase, shape.name, shape.label, value]).toEqual([
      '/a~1b',
      '/a~1b',
      'a/b',
      'Schräg',
      'x',
    ]);
  });

  test('a value is read from the answers themselves, never from what every object inherits', () => {
    const answers = Object.create({ name: 'geerbt' }) as Record<string, unknown>;
    const { model } = form({ answers });
    expect(model.stepFields(step('/name'))[0]?.[1]).toBeUndefined();
  });

  test('a keystroke keeps the shapes of the step and hands out the new value', () => {
    const { model, state } = form({ answers: { name: 'A' } });
    const fields = step('/name', '/geburt');
    const [[name], [geburt]] = model.stepFields(fields) as [[FieldShape, unknown], [FieldShape, unknown]];
    state.answers = { name: 'Ad' };
    const again = model.stepFields(fields);
    expect(again[0]?.[0]).toBe(name);
    expect(again[1]?.[0]).toBe(geburt);
    expect(again[0]?.[1]).toBe('Ad');
  });

  test('a step with a nested field walks down to it, with the depth and required mark of its place', () => {
    const { model } = form({ answers: { adresse: { ort: 'Kiel' } } });
    expect(
      model.stepFields(step('/name', '/adresse/ort', '/adresse/fehlt')).map(([s, v]) => [looks(s), v]),
    ).toEqual([
      [expect.objectContaining({ pointer: '/name', depth: 0 }), undefined],
      [
        {
          pointer: '/adresse/ort',
          idBase: '/adresse/ort',
          name: 'ort',
          label: 'Ort',
          required: true,
          readOnly: false,
          depth: 1,
          alias: false,
          kind: 'text',
        },
        'Kiel',
      ],
    ]);
  });

  test('a step of nested fields only shows those fields, not their groups', () => {
    const { model } = form({ answers: { adresse: { ort: 'Kiel' } } });
    expect(model.stepFields(step('/adresse/ort')).map(([shape, value]) => [shape.pointer, value])).toEqual([
      ['/adresse/ort', 'Kiel'],
    ]);
  });

  test('a field inside a read-only group is read-only too', () => {
    const { model } = form({ answers: { amt: { kennung: 'K' } } });
    expect(looks(model.specAt('/amt/kennung'))).toMatchObject({ readOnly: true, depth: 1 });
  });

  test('each field gets the widget the registry chooses for its schema and hints, the newest registered first', () => {
    const text = widget((schema) => schema.type === 'string');
    const hinted = widget((_schema, hints) => hints.widget === 'textarea');
    const registry = new WidgetRegistry([text]);
    const schema = {
      type: 'object',
      properties: {
        kurz: { type: 'string', title: 'Kurz' },
        lang: { type: 'string', title: 'Lang', 'x-efa': { widget: 'textarea' } },
        zahl: { type: 'number', title: 'Zahl' },
      },
    };
    const { model } = form({ schema, widgets: registry.register(hinted) });
    expect(model.stepFields(step('/kurz', '/lang', '/zahl')).map(([shape]) => shape.widget)).toEqual([
      text,
      hinted,
      undefined,
    ]);
  });
});

describe('FieldModel.specAt and child', () => {
  test('an item of a list, by its position, with the list label and required', () => {
    const { model } = form({ answers: { kinder: [{ vorname: 'Ada' }, { vorname: 'Bob' }] } });
    const order: number[] = [];
    const item = model.specAt('/kinder/1/vorname', order);
    expect([looks(item), item?.value]).toEqual([
      {
        pointer: '/kinder/1/vorname',
        idBase: '/kinder/1/vorname',
        name: 'vorname',
        label: 'Vorname',
        required: false,
        readOnly: false,
        depth: 2,
        alias: false,
        kind: 'text',
      },
      'Bob',
    ]);
    // Positions of the property in the root, the item in the list, the property in the item.
    expect(order).toEqual([5, 1, 0]);
    expect(looks(model.specAt('/kinder/0'))).toMatchObject({
      label: 'Kinder',
      required: true,
      kind: 'object',
    });
  });

  test('no item past the end of the list, for a token that is no position, or in a list not yet answered', () => {
    const { model, state } = form({ answers: { kinder: [{ vorname: 'Ada' }] } });
    expect(model.specAt('/kinder/0')?.value).toEqual({ vorname: 'Ada' });
    expect(model.specAt('/kinder/1')).toBeUndefined();
    state.answers = { kinder: Array.from({ length: 11 }, (_, index) => ({ vorname: `K${index}` })) };
    expect(model.specAt('/kinder/10/vorname')?.value).toBe('K10');
    expect(model.specAt('/kinder/0')?.pointer).toBe('/kinder/0');
    expect(model.specAt('/kinder/1')?.pointer).toBe('/kinder/1');
    state.answers = { kinder: [{ vorname: 'Ada' }] };
    expect(model.specAt('/kinder/-1')).toBeUndefined();
    expect(model.specAt('/kinder/0x')).toBeUndefined();
    expect(model.specAt('/kinder/x0')).toBeUndefined();
    expect(model.specAt('/kinder/length')).toBeUndefined();
    state.answers = { kinder: { 0: { vorname: 'Ada' } } };
    expect(model.specAt('/kinder/0')).toBeUndefined();
  });

  test('nothing inside a group the form shows as JSON', () => {
    const schema = {
      type: 'object',
      properties: {
        roh: { type: 'object', 'x-efa': { widget: 'json' }, properties: { a: { type: 'string' } } },
      },
    };
    const { model } = form({ schema, answers: { roh: { a: 'x' } } });
    expect(model.specAt('/roh')?.kind).toBe('json');
    expect(model.specAt('/roh/a')).toBeUndefined();
  });

  test('nothing inside a text, inside a field not in the form, or inside one that does not apply', () => {
    const { model } = form({ answers: { name: 'Ada' } });
    expect(model.specAt('/name/x')).toBeUndefined();
    expect(model.specAt('/fehlt/x')).toBeUndefined();
    expect(model.specAt('/partner')).toBeUndefined();
  });

  test('inside alternatives: the fields of the chosen one, by the answers or by what the person picked', () => {
    const { model, state } = form({ answers: { kontakt: { anschrift: 'Weg 1' } } });
    const order: number[] = [];
    const anschrift = model.specAt('/kontakt/anschrift', order);
    expect([looks(anschrift), anschrift?.value]).toEqual([
      {
        pointer: '/kontakt/anschrift',
        idBase: '/kontakt/anschrift',
        name: 'anschrift',
        label: 'Anschrift',
        required: true,
        readOnly: false,
        depth: 1,
        alias: false,
        kind: 'text',
      },
      'Weg 1',
    ]);
    expect(order).toEqual([6, 0]);
    expect(model.specAt('/kontakt/nummer')).toBeUndefined();
    state.answers = {};
    // None chosen: the first alternative shows.
    expect(model.specAt('/kontakt/nummer')?.pointer).toBe('/kontakt/nummer');
    state.views = { '/kontakt\u0000variant': 1 };
    expect(model.specAt('/kontakt/nummer')).toBeUndefined();
    expect(model.specAt('/kontakt/anschrift')?.pointer).toBe('/kontakt/anschrift');
  });

  test('an alternative that is no group has no fields inside', () => {
    const schema = {
      type: 'object',
      properties: {
        kontakt: {
          oneOf: [
            { type: 'object', properties: { nummer: { type: 'string' } } },
            { type: 'string', title: 'Freitext' },
          ],
        },
      },
    };
    const { model, state } = form({ schema, views: { '/kontakt\u0000variant': 1 } });
    expect(model.specAt('/kontakt/nummer')).toBeUndefined();
    state.views = {};
    expect(model.specAt('/kontakt/nummer')?.pointer).toBe('/kontakt/nummer');
  });
});

describe('FieldModel.alternativeIndex and chosenBranch', () => {
  const kontakt = (model: FieldModel) => model.specAt('/kontakt') as FieldSpec;

  test('the alternative the answers fit, else the one picked, else the first', () => {
    const { model, state } = form();
    expect(model.alternativeIndex(kontakt(model))).toBe(0);
    expect(model.chosenBranch(kontakt(model))?.title).toBe('Telefon');
    state.views = { '/kontakt\u0000variant': 1 };
    expect(model.alternativeIndex(kontakt(model))).toBe(1);
    expect(model.chosenBranch(kontakt(model))?.title).toBe('Post');
    state.views = { '/kontakt\u0000variant': '1' };
    expect(model.alternativeIndex(kontakt(model))).toBe(0);
    state.answers = { kontakt: { anschrift: 'Weg 1' } };
    expect(model.alternativeIndex(kontakt(model))).toBe(1);
  });

  test('a field without alternatives has none', () => {
    const { model } = form();
    const name = model.specAt('/name') as FieldSpec;
    expect(model.alternativeIndex(name)).toBeUndefined();
    expect(model.chosenBranch(name)).toBeUndefined();
  });
});

describe('FieldModel.itemSpec', () => {
  test('a rendered item takes the label and required mark it is given, a walked one the list’s', () => {
    const { model } = form({ answers: { kinder: [{ vorname: 'Ada' }] } });
    const list = model.specAt('/kinder') as FieldSpec;
    const rendered = model.itemSpec(list, 0, { label: 'Kind 1', required: false });
    expect([looks(rendered), rendered.value]).toEqual([
      {
        pointer: '/kinder/0',
        idBase: '/kinder/0',
        name: '0',
        label: 'Kind 1',
        required: false,
        readOnly: false,
        depth: 1,
        alias: false,
        kind: 'object',
      },
      { vorname: 'Ada' },
    ]);
    const walked = model.itemSpec(list, 0, undefined);
    expect(walked.shape).not.toBe(rendered.shape);
    expect([walked.label, walked.required]).toEqual(['Kinder', true]);
    const plain = model.itemSpec(list, 0, {});
    expect([plain.label, plain.required]).toEqual(['Kinder', true]);
    expect(model.itemSpec(list, 3, undefined).value).toBeUndefined();
  });

  test('an item of a read-only list, or with a read-only schema, is read-only', () => {
    const schema = {
      type: 'object',
      properties: {
        fest: { type: 'array', readOnly: true, items: { type: 'string' } },
        frei: { type: 'array', items: { type: 'string', readOnly: true } },
        offen: { type: 'array', items: { type: 'string' } },
      },
    };
    const { model } = form({ schema, answers: { fest: ['a'], frei: ['b'], offen: ['c'] } });
    expect(['/fest/0', '/frei/0', '/offen/0'].map((pointer) => model.specAt(pointer)?.readOnly)).toEqual([
      true,
      true,
      false,
    ]);
  });

  test('an item of something that is not a list yet has no value', () => {
    const { model } = form({ answers: { kinder: 'kaputt' } });
    const list = model.specAt('/kinder') as FieldSpec;
    expect(model.itemSpec(list, 0, undefined).value).toBeUndefined();
  });
});

describe('FieldModel.shape', () => {
  const part = (schema: JsonSchemaObject) => ({
    schema,
    label: 'L',
    required: false,
    readOnly: false,
    alias: false,
  });

  test('a shape is kept while schema, label, required, read-only and alias are the same, and remade when one changes', () => {
    const { model } = form();
    const root = model.rootSpec().shape;
    const schema = { type: 'string' } as JsonSchemaObject;
    let made = 0;
    const make = () => {
      made++;
      return { pointer: '/x', idBase: '/x', name: 'x' };
    };
    const first = model.shape(root, 'x', part(schema), make);
    expect(model.shape(root, 'x', part(schema), make)).toBe(first);
    expect(made).toBe(1);
    const changes = [
      { schema: { type: 'string' } as JsonSchemaObject },
      { label: 'M' },
      { required: true },
      { readOnly: true },
      { alias: true },
    ];
    for (const change of changes) {
      const base = model.shape(root, 'x', part(schema), make);
      const changed = model.shape(root, 'x', { ...part(schema), ...change }, make);
      expect(changed).not.toBe(base);
      expect(changed).toMatchObject(change);
    }
    expect(model.shape(root, 'y', part(schema), make)).not.toBe(model.shape(root, 'x', part(schema), make));
  });

  test('a second view of a field (the chosen alternative) has its own ids but the same pointer', () => {
    const { model } = form({ answers: { kontakt: { nummer: '1' } } });
    const kontakt = model.specAt('/kontakt') as FieldSpec;
    const branch = model.chosenBranch(kontakt) as JsonSchemaObject;
    const view = model.spec(
      model.shape(
        kontakt.shape,
        '\u0000variant',
        { schema: branch, label: kontakt.label, required: kontakt.required, readOnly: false, alias: true },
        () => ({
          pointer: kontakt.pointer,
          idBase: `${kontakt.idBase}/~v`,
          name: kontakt.name,
        }),
      ),
      kontakt.value,
    );
    const [info] = model.describe(branch, view.value);
    const nummer = model.childSpec(view, info as never);
    expect([nummer.pointer, nummer.idBase, nummer.value, nummer.depth]).toEqual([
      '/kontakt/nummer',
      '/kontakt/~v/nummer',
      '1',
      2,
    ]);
  });
});

describe('FieldModel.describe', () => {
  test('a discriminator of the alternatives is asked as one choice of all their values', () => {
    const schema = {
      type: 'object',
      properties: {
        person: {
          type: 'object',
          title: 'Person',
          oneOf: [
            { title: 'Privat', properties: { art: { const: 'privat' }, name: { type: 'string' } } },
            { title: 'Firma', properties: { art: { const: 'firma' }, firma: { type: 'string' } } },
          ],
        },
      },
    };
    const { model } = form({ schema, answers: { person: { art: 'firma' } } });
    const person = model.specAt('/person') as FieldSpec;
    const art = model.describe(person.schema, person.value).find((info) => info.name === 'art');
    expect(art && [art.label, art.schema]).toEqual([
      'Art',
      {
        oneOf: [
          { const: 'privat', title: 'Privat' },
          { const: 'firma', title: 'Firma' },
        ],
      },
    ]);
  });

  test('fields that depend on the answers follow them; fields that do not are described once', () => {
    const { model } = form();
    const root = model.rootSpec().schema;
    const names = (value: unknown) =>
      model
        .describe(root, value)
        .filter((i) => i.active)
        .map((i) => i.name);
    expect(names({})).not.toContain('partner');
    expect(names({ verheiratet: true })).toContain('partner');
    const adresse = model.resolve(SCHEMA.properties.adresse);
    expect(model.describe(adresse, { ort: 'a' })).toBe(model.describe(adresse, { ort: 'b' }));
    const same = { verheiratet: true };
    expect(model.describe(root, same)).toBe(model.describe(root, same));
    expect(model.describe(root, 'kein Objekt')).toBe(model.describe(root, 7));
  });

  test('a field keeps its schema object while the answers change, so its render is reused', () => {
    const { model } = form();
    const root = model.rootSpec().schema;
    const partner = (value: unknown) => model.describe(root, value).find((i) => i.name === 'partner')?.schema;
    const first = partner({ verheiratet: true, name: 'A' });
    const second = partner({ verheiratet: true, name: 'B' });
    expect(first).toEqual({ type: 'string', title: 'Partner' });
    expect(second).toBe(first);
  });

  test('a field whose schema changes with the answers gets the new schema', () => {
    const schema = {
      type: 'object',
      properties: { land: { type: 'string' } },
      if: { properties: { land: { const: 'DE' } }, required: ['land'] },
      then: { properties: { plz: { type: 'string', title: 'PLZ' } } },
      else: { properties: { plz: { type: 'string', title: 'Postleitzahl' } } },
    };
    const { model } = form({ schema });
    const root = model.rootSpec().schema;
    const plz = (value: unknown) => model.describe(root, value).find((i) => i.name === 'plz')?.schema;
    expect(plz({ land: 'AT' })).toEqual({ type: 'string', title: 'Postleitzahl' });
    expect(plz({ land: 'DE' })).toEqual({ type: 'string', title: 'PLZ' });
    expect(plz({ land: 'FR' })).toEqual({ type: 'string', title: 'Postleitzahl' });
  });
});

describe('FieldModel.resolve', () => {
  test('a reference is followed, and the same schema resolves to the same object', () => {
    const { model } = form();
    const resolved = model.resolve(SCHEMA.properties.adresse.properties.plz);
    expect(resolved).toEqual({ type: 'string', title: 'PLZ', pattern: '^[0-9]{5}$' });
    expect(model.resolve(SCHEMA.properties.adresse.properties.plz)).toBe(resolved);
    expect(model.resolve(undefined)).toEqual({});
    expect(model.resolve(true)).toEqual({});
  });
});

describe('FieldModel.reset', () => {
  test('after a reset, widgets registered since are chosen and the fields are described anew', () => {
    const { model, state } = form();
    const [[before]] = model.stepFields(step('/name')) as [[FieldShape, unknown]];
    expect(before.widget).toBeUndefined();
    const text = widget((schema) => schema.type === 'string');
    state.widgets = new WidgetRegistry([text]);
    const adresse = SCHEMA.properties.adresse as unknown as JsonSchemaObject;
    const resolved = model.resolve(adresse);
    const described = model.describe(resolved, {});
    expect(model.describe(resolved, {})).toBe(described);
    model.reset();
    const [[after]] = model.stepFields(step('/name')) as [[FieldShape, unknown]];
    expect(after).not.toBe(before);
    expect(after.widget).toBe(text);
    expect(model.describe(resolved, {})).not.toBe(described);
  });
});

describe('FieldModel.reset, after a new definition', () => {
  test('a reference reads the new definition', () => {
    const { model, state } = form();
    const plz = SCHEMA.properties.adresse.properties.plz;
    expect(model.resolve(plz).title).toBe('PLZ');
    state.definition = {
      ...state.definition,
      schema: { ...SCHEMA, $defs: { plz: { type: 'string', title: 'Postleitzahl' } } },
    } as unknown as Definition;
    model.reset();
    expect(model.resolve(plz).title).toBe('Postleitzahl');
  });
});

describe('FieldModel.shownData', () => {
  test('every group the page shows exists in the data it checks, also when nothing was entered', () => {
    const answers = { name: 'Ada', kinder: [{}], kontakt: { nummer: '1' } };
    const { model } = form({ answers });
    expect(model.shownData()).toEqual({
      name: 'Ada',
      kinder: [{}],
      kontakt: { nummer: '1' },
      adresse: { lage: {} },
      amt: {},
    });
    expect(answers).toEqual({ name: 'Ada', kinder: [{}], kontakt: { nummer: '1' } });
  });

  test('an answer that is no object stays as it is, and answers with every group are not copied', () => {
    const { model, state } = form({ answers: { adresse: 'kaputt', amt: {} } });
    expect(model.shownData()).toEqual({ adresse: 'kaputt', amt: {} });
    const full = { adresse: { ort: 'Kiel', lage: { etage: 2 } }, amt: { kennung: 'K' } };
    state.answers = full;
    expect(model.shownData()).toBe(full);
  });

  test('a group filled in keeps its answers beside the groups added inside it', () => {
    const adresse = { ort: 'Kiel' };
    const { model } = form({ answers: { adresse, amt: {} } });
    const shown = model.shownData();
    expect(shown).toEqual({ adresse: { ort: 'Kiel', lage: {} }, amt: {} });
    expect(adresse).toEqual({ ort: 'Kiel' });
    expect(Object.keys(shown)).toEqual(['adresse', 'amt']);
  });

  test('a group named like an inherited property is added as the answers’ own property', () => {
    const schema = {
      type: 'object',
      properties: { constructor: { type: 'object', properties: { a: { type: 'string' } } } },
    };
    const { model } = form({ schema });
    const shown = model.shownData();
    expect(Object.prototype.hasOwnProperty.call(shown, 'constructor')).toBe(true);
    expect(shown['constructor']).toEqual({});
    expect(JSON.stringify(shown)).toBe('{"constructor":{}}');
    shown['constructor'] = 'x';
    expect(shown['constructor']).toBe('x');
    expect(Object.getOwnPropertyDescriptor(shown, 'constructor')?.configurable).toBe(true);
  });

  test('a group that does not apply to the answers is not added', () => {
    const schema = {
      type: 'object',
      properties: { art: { type: 'string' } },
      if: { properties: { art: { const: 'firma' } }, required: ['art'] },
      then: { properties: { firma: { type: 'object', properties: { name: { type: 'string' } } } } },
    };
    const { model, state } = form({ schema, answers: { art: 'privat' } });
    expect(model.shownData()).toEqual({ art: 'privat' });
    state.answers = { art: 'firma' };
    expect(model.shownData()).toEqual({ art: 'firma', firma: {} });
  });
});

describe('FieldModel.valueAt', () => {
  test('the answer at a pointer, through groups and lists, and nothing where there is none', () => {
    const answers = { adresse: { ort: 'Kiel' }, kinder: [{ vorname: 'Ada' }], 'a/b': 1 };
    const { model } = form({ answers });
    expect(model.valueAt('')).toBe(answers);
    expect(model.valueAt('/adresse/ort')).toBe('Kiel');
    expect(model.valueAt('/kinder/0/vorname')).toBe('Ada');
    expect(model.valueAt('/a~1b')).toBe(1);
    expect(model.valueAt('/kinder/1/vorname')).toBeUndefined();
    expect(model.valueAt('/adresse/ort/x')).toBeUndefined();
    expect(model.valueAt('/adresse/toString')).toBeUndefined();
    expect(model.valueAt('/adresse/ort/length')).toBeUndefined();
    expect(model.valueAt('/fehlt/x')).toBeUndefined();
  });
});
