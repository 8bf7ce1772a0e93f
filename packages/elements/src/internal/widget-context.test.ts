// WidgetContextFactory: what a widget gets to render one field (ids, hint, error, described-by,
// options) and that its methods act on that field, also after a widget spreads the context.
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '@efa-forms/core';
import { stringsFor } from '../locales/index.js';
import type { FieldSpec } from './field-model.js';
import { WidgetContextFactory, type WidgetContextHost } from './widget-context.js';

const strings = stringsFor('de');

function spec(pointer: string, schema: JsonSchemaObject, extra: Partial<FieldSpec> = {}): FieldSpec {
  const shape = {
    pointer,
    idBase: pointer,
    name: pointer.slice(pointer.lastIndexOf('/') + 1),
    schema,
    label: typeof schema.title === 'string' ? schema.title : 'Feld',
    required: false,
    readOnly: false,
    depth: 0,
    alias: false,
    kind: 'text' as const,
    widget: undefined,
    ...extra,
  };
  return { ...shape, shape, value: extra.value };
}

/** A host that records every call. */
function host(overrides: Partial<WidgetContextHost> = {}) {
  const calls: unknown[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]): undefined => {
      calls.push([name, ...args]);
      return undefined;
    };
  const value: WidgetContextHost = {
    shownError: () => undefined,
    text: () => undefined,
    disabled: () => false,
    locale: () => 'de',
    alternativeIndex: () => undefined,
    resolve: (schema) => schema as JsonSchemaObject,
    valueAt: () => ['a'],
    setValue: record('setValue'),
    setText: (field, text) => void calls.push(['setText', field.pointer, text]),
    setInputError: record('setInputError'),
    touch: record('touch'),
    announce: record('announce'),
    focusAfterRender: record('focusAfterRender'),
    viewState: (key) => (key === '/datei\u0000file' ? { name: 'a.pdf' } : undefined),
    setViewState: record('setViewState'),
    removeItem: record('removeItem'),
    renderProperties: (field, schema) => ['properties', field.pointer, schema],
    renderChild: (field, token) => ['child', field.pointer, token],
    ...overrides,
  };
  return { calls, value };
}

describe('WidgetContextFactory', () => {
  it('gives the ids of the one id helper and describes the control by hint, then error', () => {
    const { value } = host({
      shownError: (pointer) => (pointer === '/name' ? 'Bitte Name angeben.' : undefined),
    });
    const contexts = new WidgetContextFactory(value);
    const ctx = contexts.create(
      spec('/name', { type: 'string', title: 'Name', description: 'Wie im Pass' }),
      strings,
    );
    expect(ctx.ids).toEqual({
      control: 'f_2f_name',
      label: 'f_2f_name-label',
      hint: 'f_2f_name-hint',
      error: 'f_2f_name-error',
    });
    expect(ctx.description).toBe('Wie im Pass');
    expect(ctx.error).toBe('Bitte Name angeben.');
    expect(ctx.describedBy).toBe('f_2f_name-hint f_2f_name-error');
    const plain = contexts.create(spec('/ort', { type: 'string', title: 'Ort', description: '' }), strings);
    expect([plain.description, plain.error, plain.describedBy]).toEqual([undefined, undefined, undefined]);
  });

  it('shows no error on a second view of a value (the chosen alternative), the first view has it', () => {
    const { value } = host({ shownError: () => 'Fehler' });
    const ctx = new WidgetContextFactory(value).create(
      spec('/art', { type: 'object' }, { alias: true }),
      strings,
    );
    expect([ctx.error, ctx.describedBy]).toEqual([undefined, undefined]);
  });

  it('reads options from the field, or from the items of an array of options', () => {
    const { value } = host();
    const contexts = new WidgetContextFactory(value);
    const colours = {
      oneOf: [
        { const: 'r', title: 'Rot' },
        { const: 'g', title: 'Grün' },
      ],
    };
    expect(
      contexts.create(spec('/farbe', { type: 'string', ...colours }), strings).options.map((o) => o.label),
    ).toEqual(['Rot', 'Grün']);
    expect(
      contexts.create(spec('/farben', { type: 'array', items: { type: 'string', ...colours } }), strings)
        .options,
    ).toHaveLength(2);
    expect(contexts.create(spec('/text', { type: 'string' }), strings).options).toEqual([]);
  });

  it('passes disabled, locale, typed text and the chosen alternative through', () => {
    const { value } = host({
      disabled: () => true,
      locale: () => 'en',
      text: () => '1,2,3',
      alternativeIndex: () => 1,
    });
    const ctx = new WidgetContextFactory(value).create(spec('/zahl', { type: 'number' }), strings);
    expect([ctx.disabled, ctx.locale, ctx.text, ctx.alternative]).toEqual([true, 'en', '1,2,3', 1]);
  });

  it('acts on its own field, also when a widget spreads the context into a new one', () => {
    const { calls, value } = host();
    const contexts = new WidgetContextFactory(value);
    const liste = contexts.create(spec('/liste', { type: 'array' }), strings);
    const spread = { ...liste, label: 'Andere Beschriftung' };
    spread.setValue(['b']);
    spread.setText('x');
    spread.setInputError('kaputt', 'x');
    spread.setViewState('variant', 1);
    expect(spread.addItem('b')).toBe(1);
    spread.removeItem(0);
    spread.announce('hallo');
    spread.focusAfterRender('id-1');
    const { touch } = liste; // passed as an event listener: bound to its field
    touch();
    expect(calls).toEqual([
      ['setValue', '/liste', ['b']],
      ['setText', '/liste', 'x'],
      ['setInputError', '/liste', 'kaputt', 'x'],
      ['setViewState', '/liste', 'variant', 1],
      ['setValue', '/liste', ['a', 'b']],
      ['removeItem', '/liste', 0],
      ['announce', 'hallo'],
      ['focusAfterRender', 'id-1'],
      ['touch', '/liste'],
    ]);
    expect(spread.renderChild(2, { type: 'string' })).toEqual(['child', '/liste', 2]);
    const schema = { type: 'object' };
    expect(spread.renderProperties(schema)).toEqual(['properties', '/liste', schema]);
  });

  it('describes the control by its error alone when it has no hint, and by its hint alone while no error shows', () => {
    const { value } = host({ shownError: (pointer) => (pointer === '/a' ? 'Fehler' : undefined) });
    const contexts = new WidgetContextFactory(value);
    expect(
      contexts.create(spec('/a', { type: 'string', description: 7 } as unknown as JsonSchemaObject), strings),
    ).toMatchObject({
      description: undefined,
      error: 'Fehler',
      describedBy: 'f_2f_a-error',
    });
    expect(contexts.create(spec('/b', { type: 'string', description: 'Hinweis' }), strings).describedBy).toBe(
      'f_2f_b-hint',
    );
  });

  it('hands the widget what the field model knows of the field', () => {
    const { value } = host();
    const schema = { type: 'string', title: 'Name', 'x-efa': { widget: 'textarea' } };
    const ctx = new WidgetContextFactory(value).create(
      spec('/person/name', schema, {
        required: true,
        readOnly: true,
        depth: 1,
        value: 'Ada',
        idBase: '/p/~v/name',
      }),
      strings,
    );
    expect(ctx).toMatchObject({
      pointer: '/person/name',
      name: 'name',
      schema,
      hints: { widget: 'textarea' },
      label: 'Name',
      required: true,
      readOnly: true,
      depth: 1,
      value: 'Ada',
      strings,
    });
    expect(ctx.ids.control).toBe('f_2f_p_2f__7e_v_2f_name');
  });

  it('reads the options of a list whose items are a reference, and none when the items are no schema object', () => {
    const colours = { oneOf: [{ const: 'r', title: 'Rot' }] };
    const { value } = host({
      resolve: (schema) =>
        ((schema as JsonSchemaObject).$ref === '#/$defs/farbe' ? colours : {}) as JsonSchemaObject,
    });
    const contexts = new WidgetContextFactory(value);
    const listed = contexts.create(
      spec('/farben', { type: 'array', items: { $ref: '#/$defs/farbe' } }),
      strings,
    );
    expect(listed.options.map((option) => option.label)).toEqual(['Rot']);
    const tuple = [{ $ref: '#/$defs/farbe' }] as unknown as JsonSchemaObject;
    expect(contexts.create(spec('/paar', { type: 'array', items: tuple }), strings).options).toEqual([]);
  });

  it('adds the first item to a list not answered yet, and renders its own properties by default', () => {
    const { calls, value } = host({
      valueAt: () => undefined,
      resolve: () => ({ type: 'string', title: 'X' }),
    });
    const schema = { type: 'object', title: 'Gruppe' };
    const ctx = new WidgetContextFactory(value).create(spec('/gruppe', schema), strings);
    expect(ctx.addItem({ a: 1 })).toBe(0);
    expect(calls).toEqual([['setValue', '/gruppe', [{ a: 1 }]]]);
    expect(ctx.renderProperties()).toEqual(['properties', '/gruppe', schema]);
    expect(ctx.resolve({ $ref: '#/x' })).toEqual({ type: 'string', title: 'X' });
  });

  it('keeps view state per field', () => {
    const { value } = host();
    const contexts = new WidgetContextFactory(value);
    expect(contexts.create(spec('/datei', { type: 'string' }), strings).getViewState('file')).toEqual({
      name: 'a.pdf',
    });
    expect(
      contexts.create(spec('/andere', { type: 'string' }), strings).getViewState('file'),
    ).toBeUndefined();
  });
});
