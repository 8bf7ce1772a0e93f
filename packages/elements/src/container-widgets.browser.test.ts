import { afterEach, describe, expect, test } from 'vitest';
import { html } from 'lit';
import { userEvent } from 'vitest/browser';
import { WidgetRegistry, type Widget } from './widget-registry.js';
import { alternativesWidget, builtinWidgets, objectWidget, repeatGroupWidget } from './widgets/index.js';
import { expectAccessible } from './test-support/axe.js';
import { button, byId, cleanup, control, mount, root, settle } from './test-support/mount.js';

afterEach(cleanup);

/** A portal's own container widget: same fields, its own frame around them. */
const portalVersionOf = (builtin: Widget): Widget => ({
  name: `portal-${builtin.name}`,
  match: builtin.match,
  render: (ctx) => html`<div class="portal-frame">${builtin.render(ctx)}</div>`,
});

const definition = {
  id: 'container',
  version: '1.0.0',
  title: 'Container',
  schema: {
    type: 'object',
    properties: {
      person: {
        type: 'object',
        title: 'Person',
        properties: { name: { type: 'string', title: 'Name' }, ort: { type: 'string', title: 'Ort' } },
        required: ['name'],
      },
      kinder: {
        type: 'array',
        title: 'Kinder',
        items: {
          type: 'object',
          title: 'Kind',
          properties: { vorname: { type: 'string', title: 'Vorname' } },
          required: ['vorname'],
        },
      },
      zustellung: {
        title: 'Zustellung',
        oneOf: [
          {
            title: 'Adresse',
            type: 'object',
            properties: { strasse: { type: 'string', title: 'Straße' } },
            required: ['strasse'],
          },
          {
            title: 'Postfach',
            type: 'object',
            properties: { postfach: { type: 'string', title: 'Postfach' } },
            required: ['postfach'],
          },
        ],
      },
    },
    required: ['person', 'zustellung'],
  },
  steps: [
    { id: 'person', title: 'Person', fields: ['/person/name'] },
    { id: 'rest', title: 'Weiteres', fields: ['/person/ort', '/kinder', '/zustellung'] },
  ],
};

// The model walks fields by their kind (core's reading of the schema), never by which widget object
// renders them: a portal that replaces a container widget keeps step fields, errors and review rows.
describe.each([
  ['object', objectWidget],
  ['array', repeatGroupWidget],
  ['alternatives', alternativesWidget],
] as const)('a portal replacing the %s widget', (_name, builtin) => {
  test('keeps nested step fields, their errors and their review rows', async () => {
    const widgets = new WidgetRegistry([...builtinWidgets, portalVersionOf(builtin)]);
    const form = await mount((el) => {
      el.widgets = widgets;
      el.definition = definition;
      el.data = { kinder: [{}], zustellung: {} };
    });
    // A step field inside an object is on its step.
    const name = control(form, '/person/name');
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    expect(byId(form, `${name.id}-error`).textContent).toContain('Name');
    await userEvent.type(name, 'Erika');
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    expect(root(form).querySelector('.portal-frame')).not.toBeNull();
    // Errors inside the list item and the chosen alternative show at those fields.
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    const summary = [...byId(form, 'error-summary').querySelectorAll('a')].map((link) => link.textContent);
    expect(summary).toEqual(['Bitte geben Sie „Vorname“ an.', 'Bitte geben Sie „Straße“ an.']);
    const vorname = control(form, '/kinder/0/vorname');
    expect(vorname.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(form);
    await userEvent.type(vorname, 'Max');
    await userEvent.type(
      root(form).querySelector<HTMLInputElement>('input[id*="strasse"]') as HTMLInputElement,
      'Hauptstraße 1',
    );
    await userEvent.click(button(form, 'Weiter'));
    await settle(form);
    // The review lists the nested answers as rows.
    const rows = [...root(form).querySelectorAll('.review-row:not(.review-row--group)')].map((row) =>
      [row.querySelector('dt')?.textContent?.trim(), row.querySelector('dd')?.textContent?.trim()].join(': '),
    );
    expect(rows).toContain('Name: Erika');
    expect(rows).toContain('Vorname: Max');
    expect(rows).toContain('Straße: Hauptstraße 1');
  });
});
