import { afterEach, expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { runWidgetConformance, type ConformanceCase } from '../test-support/conformance.js';
import { cleanup, control, root, settle } from '../test-support/mount.js';
import { counterWidget, type TestCounter } from '../test-support/counter-widget.js';
import { WidgetRegistry } from '../widget-registry.js';
import { builtinWidgets } from './index.js';

afterEach(cleanup);

const value = (element: HTMLElement): string => (element as HTMLInputElement).value;
const options = (count: number) =>
  Array.from({ length: count }, (_unused, index) => ({ const: `o${index}`, title: `Option ${index}` }));

const cases: ConformanceCase[] = [
  {
    widget: 'text',
    schema: { type: 'string', minLength: 2 },
    initial: 'Erika',
    shows: (_form, field) => expect(value(field)).toBe('Erika'),
    fill: () => userEvent.keyboard('Max'),
    filled: 'Max',
  },
  {
    widget: 'textarea',
    schema: { type: 'string', 'x-efa': { widget: 'textarea', rows: 3 } },
    initial: 'Zeile 1\nZeile 2',
    shows: (_form, field) => expect(value(field)).toBe('Zeile 1\nZeile 2'),
    fill: () => userEvent.keyboard('Eins{Enter}Zwei'),
    filled: 'Eins\nZwei',
  },
  {
    widget: 'email',
    schema: { type: 'string', format: 'email' },
    initial: 'a@b.de',
    shows: (_form, field) => expect(value(field)).toBe('a@b.de'),
    fill: () => userEvent.keyboard('max@example.org'),
    filled: 'max@example.org',
  },
  {
    widget: 'tel',
    schema: { type: 'string', 'x-efa': { autocomplete: 'tel' } },
    initial: '030 1234',
    shows: (_form, field) => expect((field as HTMLInputElement).type).toBe('tel'),
    fill: () => userEvent.keyboard('0171 555'),
    filled: '0171 555',
  },
  {
    widget: 'url',
    schema: { type: 'string', format: 'uri' },
    initial: 'https://example.org',
    shows: (_form, field) => expect(value(field)).toBe('https://example.org'),
    fill: () => userEvent.keyboard('https://bund.de'),
    filled: 'https://bund.de',
  },
  {
    widget: 'number',
    schema: { type: 'number' },
    initial: 1.5,
    shows: (_form, field) => expect(value(field)).toBe('1,5'),
    fill: () => userEvent.keyboard('1234,25'),
    filled: 1234.25,
  },
  {
    widget: 'integer',
    schema: { type: 'integer', minimum: 0 },
    initial: 7,
    shows: (_form, field) =>
      expect([value(field), field.getAttribute('inputmode')]).toEqual(['7', 'numeric']),
    fill: () => userEvent.keyboard('42'),
    filled: 42,
  },
  {
    widget: 'date',
    schema: { type: 'string', format: 'date' },
    initial: '2024-05-01',
    shows: (_form, field) => expect(value(field)).toBe('2024-05-01'),
    // Chromium's date input takes digits segment by segment in the browser locale's order (en-US: mm dd yyyy).
    fill: () => userEvent.keyboard('05012024'),
    filled: '2024-05-01',
  },
  {
    widget: 'date-time',
    schema: { type: 'string', format: 'date-time' },
    initial: '2024-05-01T08:30:00Z',
    shows: (_form, field) => expect(value(field)).toMatch(/^2024-05-01T\d\d:30$/),
    // The year segment takes up to six digits: ArrowRight moves on to the time.
    fill: () => userEvent.keyboard('05012024{ArrowRight}1030A'),
    filled: expect.stringMatching(/^2024-05-01T10:30:00[+-]\d\d:\d\d$/),
  },
  {
    widget: 'time',
    schema: { type: 'string', format: 'time' },
    initial: '08:15:00+01:00',
    shows: (_form, field) => expect(value(field)).toBe('08:15'),
    fill: () => userEvent.keyboard('0945A'),
    filled: expect.stringMatching(/^09:45:00[+-]\d\d:\d\d$/),
  },
  {
    widget: 'select',
    schema: { type: 'string', oneOf: options(9) },
    initial: 'o3',
    shows: (_form, field) =>
      expect((field as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Option 3'),
    fill: () => userEvent.keyboard('{ArrowDown}{ArrowDown}'),
    filled: 'o1',
  },
  {
    widget: 'radio',
    group: true,
    schema: { type: 'string', oneOf: options(3) },
    initial: 'o2',
    shows: (form) =>
      expect(
        (root(form).querySelector('input[type="radio"]:checked') as HTMLInputElement).labels?.[0]
          ?.textContent,
      ).toBe('Option 2'),
    fill: () => userEvent.keyboard(' {ArrowDown}'),
    filled: 'o1',
  },
  {
    widget: 'radio (required boolean: Ja/Nein)',
    group: true,
    schema: { type: 'boolean' },
    initial: false,
    shows: (form) =>
      expect(
        (root(form).querySelector('input[type="radio"]:checked') as HTMLInputElement).labels?.[0]
          ?.textContent,
      ).toBe('Nein'),
    fill: () => userEvent.keyboard(' '),
    filled: true,
  },
  {
    widget: 'checkbox (const: true)',
    schema: { type: 'boolean', const: true },
    initial: true,
    shows: (_form, field) => expect((field as HTMLInputElement).checked).toBe(true),
    fill: () => userEvent.keyboard(' '),
    filled: true,
  },
  {
    widget: 'checkboxes',
    group: true,
    schema: { type: 'array', uniqueItems: true, minItems: 1, items: { type: 'string', oneOf: options(3) } },
    initial: ['o0', 'o2'],
    shows: (form) =>
      expect(
        [...root(form).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map(
          (box) => box.checked,
        ),
      ).toEqual([true, false, true]),
    fill: async () => {
      await userEvent.keyboard(' ');
      await userEvent.tab();
      await userEvent.tab();
      await userEvent.keyboard(' ');
    },
    filled: ['o0', 'o2'],
  },
  {
    widget: 'object',
    container: true,
    group: true,
    // A rule on the object itself (empty groups report their missing fields instead: see wizard tests).
    schema: { type: 'object', properties: { innen: { type: 'string', title: 'Innen' } }, minProperties: 1 },
    initial: { innen: 'drin' },
    shows: (form) => expect(value(control(form, '/feld/innen'))).toBe('drin'),
    // Tab from the field before lands on the first field inside the group.
    fill: () => userEvent.keyboard('neu'),
    filled: { innen: 'neu' },
  },
  {
    widget: 'array',
    container: true,
    group: true,
    schema: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', title: 'Person', properties: { name: { type: 'string', title: 'Name' } } },
    },
    initial: [{ name: 'Anna' }, { name: 'Bernd' }],
    shows: (form) =>
      expect([value(control(form, '/feld/0/name')), value(control(form, '/feld/1/name'))]).toEqual([
        'Anna',
        'Bernd',
      ]),
    // Tab from the field before reaches the add button; Enter adds an item and moves focus into it.
    fill: () => userEvent.keyboard('{Enter}Clara'),
    filled: [{ name: 'Clara' }],
  },
  {
    widget: 'array of strings',
    container: true,
    group: true,
    schema: { type: 'array', minItems: 1, items: { type: 'string', title: 'Telefonnummer' } },
    initial: ['1', '2'],
    shows: (form) => expect(value(control(form, '/feld/1'))).toBe('2'),
    fill: () => userEvent.keyboard('{Enter}0301'),
    filled: ['0301'],
  },
  {
    widget: 'choice (oneOf alternatives)',
    container: true,
    group: true,
    schema: {
      oneOf: [
        {
          title: 'Anschrift',
          type: 'object',
          properties: { ort: { type: 'string', title: 'Ort' } },
          required: ['ort'],
        },
        {
          title: 'Postfach',
          type: 'object',
          properties: { postfach: { type: 'string', title: 'Postfach' } },
          required: ['postfach'],
        },
      ],
    },
    initial: { postfach: '12 34' },
    shows: (form) => expect(value(control(form, '/feld/postfach'))).toBe('12 34'),
    // Tab lands on the chosen alternative (the first); arrows switch back and forth like any radio group.
    fill: async () => {
      await userEvent.keyboard('{ArrowDown}{ArrowUp}');
      await userEvent.tab();
      await userEvent.keyboard('Musterstadt');
    },
    filled: { ort: 'Musterstadt' },
  },
  {
    widget: 'json (fallback)',
    schema: { type: 'object', additionalProperties: { type: 'integer' } },
    initial: { a: 1 },
    shows: (_form, field) => expect(JSON.parse(value(field))).toEqual({ a: 1 }),
    fill: () => userEvent.keyboard('{{"b": 2}'),
    filled: { b: 2 },
  },
  {
    widget: 'readonly',
    schema: { type: 'string', readOnly: true, oneOf: options(2) },
    readOnly: true,
    initial: 'o1',
    shows: (_form, field) =>
      expect([value(field), (field as HTMLInputElement).readOnly]).toEqual(['Option 1', true]),
    fill: () => Promise.resolve(),
    filled: undefined,
  },
  {
    widget: 'file',
    schema: { type: 'string', contentEncoding: 'base64', contentMediaType: 'text/plain', maxLength: 400 },
    initial: btoa('Hallo'),
    shows: (form) => expect(root(form).querySelector('.file-current')?.textContent).toContain('5 Byte'),
    fill: async (form) => {
      await userEvent.upload(
        control(form, '/feld'),
        new File(['Hallo Welt'], 'gruss.txt', { type: 'text/plain' }),
      );
      await expect.poll(() => form.answers.feld).toBeDefined();
      await settle(form);
      expect(root(form).querySelector('.file-current')?.textContent).toContain('gruss.txt');
    },
    filled: btoa('Hallo Welt'),
  },
  {
    widget: 'custom form-associated element (registry)',
    schema: { type: 'integer', 'x-efa': { widget: 'counter' } },
    widgets: new WidgetRegistry([...builtinWidgets, counterWidget]),
    initial: 3,
    shows: (_form, field) =>
      expect([(field as TestCounter).value, field.getAttribute('aria-labelledby')]).toEqual([
        3,
        `${field.id}-label`,
      ]),
    fill: () => userEvent.keyboard('{ArrowUp}{ArrowUp}'),
    filled: 2,
  },
];

for (const item of cases) runWidgetConformance(item);
