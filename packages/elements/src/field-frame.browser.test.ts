// fieldFrame, the one frame of every field, used by a portal's own widgets: label, hint, a note of its
// own, the error announced through aria-describedby and linked from the summary, for a single control
// and for a group. The built-in widgets render through the same frame (widgets.browser.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ServiceDefinition } from '@efa-forms/core';
import {
  ariaInvalid,
  builtinWidgets,
  fieldFrame,
  WidgetRegistry,
  type EfaForm,
  type Widget,
} from './index.js';
import { runWidgetConformance } from './test-support/conformance.js';
import { expectAccessible } from './test-support/axe.js';
import { byId, cleanup, control, mount, root, settle } from './test-support/mount.js';

afterEach(cleanup);

/** A licence plate field of a portal: one input, and a note of its own with the allowed spelling. */
const plateWidget: Widget = {
  name: 'plate',
  match: (_schema, hints) => hints.widget === 'plate',
  render: (ctx) => {
    const noteId = `${ctx.ids.control}-note`;
    return fieldFrame(
      ctx,
      { kind: 'plate', note: { id: noteId, text: 'Zum Beispiel B-AB 123' } },
      (describedBy) =>
        html`<input
          part="control input"
          class="control"
          id=${ctx.ids.control}
          .value=${typeof ctx.value === 'string' ? ctx.value : ''}
          ?required=${ctx.required}
          aria-invalid=${ariaInvalid(ctx)}
          aria-describedby=${ifDefined(describedBy)}
          @input=${(event: Event) => ctx.setValue((event.target as HTMLInputElement).value || undefined)}
          @change=${ctx.touch}
        />`,
    );
  },
};

/** A star rating of a portal: radios in the frame's group layout. */
const starsWidget: Widget = {
  name: 'stars',
  match: (_schema, hints) => hints.widget === 'stars',
  render: (ctx) =>
    fieldFrame(ctx, { kind: 'stars', layout: 'group' }, () =>
      [1, 2, 3].map(
        (stars, index) =>
          html`<div class="option">
            <input
              type="radio"
              part="control radio"
              id=${index === 0 ? ctx.ids.control : `${ctx.ids.control}-${index}`}
              name=${ctx.ids.control}
              .checked=${ctx.value === stars}
              aria-invalid=${ariaInvalid(ctx)}
              @change=${() => {
                ctx.setValue(stars);
                ctx.touch();
              }}
            />
            <label
              part="label option-label"
              for=${index === 0 ? ctx.ids.control : `${ctx.ids.control}-${index}`}
              >${stars} Sterne</label
            >
          </div>`,
      ),
    ),
};

const widgets = new WidgetRegistry([...builtinWidgets, plateWidget, starsWidget]);

runWidgetConformance({
  widget: 'portal widget in the field frame',
  schema: { type: 'string', minLength: 3, 'x-efa': { widget: 'plate' } },
  widgets,
  initial: 'B-AB 1',
  shows: (_form, field) => expect((field as HTMLInputElement).value).toBe('B-AB 1'),
  fill: () => userEvent.keyboard('M-XY 7'),
  filled: 'M-XY 7',
});

runWidgetConformance({
  widget: 'portal group widget in the field frame',
  schema: { type: 'integer', 'x-efa': { widget: 'stars' } },
  group: true,
  widgets,
  initial: 2,
  shows: (form) => expect(byId<HTMLInputElement>(form, 'f_2f_feld-1').checked).toBe(true),
  fill: () => userEvent.keyboard('{ArrowDown}'),
  filled: 2,
});

const definition: ServiceDefinition = {
  id: 'frame',
  version: '1.0.0',
  title: 'Rahmen',
  schema: {
    type: 'object',
    properties: {
      kennzeichen: {
        type: 'string',
        title: 'Kennzeichen',
        description: 'Wie im Fahrzeugschein',
        minLength: 3,
        'x-efa': { widget: 'plate' },
      },
      bewertung: { type: 'integer', title: 'Bewertung', 'x-efa': { widget: 'stars' } },
    },
    required: ['kennzeichen', 'bewertung'],
  },
};

const describedTexts = (form: EfaForm, element: Element): string[] =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => byId(form, id).textContent?.replace(/\s+/g, ' ').trim() ?? '');

describe('fieldFrame for a portal widget', () => {
  it('labels the control, describes it by hint and note, then by the error once it shows', async () => {
    const form = await mount((element) => {
      element.definition = definition;
      element.widgets = widgets;
    });
    const input = control(form, '/kennzeichen');
    expect(input.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Kennzeichen *');
    expect(input.closest('[part~="field"]')?.className).toBe('field field--plate');
    expect(describedTexts(form, input)).toEqual(['Wie im Fahrzeugschein', 'Zum Beispiel B-AB 123']);
    expect(input.hasAttribute('aria-invalid')).toBe(false);

    input.focus();
    await userEvent.keyboard('B');
    await userEvent.tab();
    await settle(form);
    // The error is read right after the hint (describedBy's order: hint, error, note), with the hidden
    // "Fehler:" prefix, and marks the control.
    const texts = describedTexts(form, input);
    expect([texts[0], texts[2], texts.length]).toEqual(['Wie im Fahrzeugschein', 'Zum Beispiel B-AB 123', 3]);
    expect(texts[1]).toMatch(/^Fehler: .*Kennzeichen.*3/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.closest('[part~="field"]')?.classList.contains('field--error')).toBe(true);
    await expectAccessible(form);
  });

  it('puts a group in a fieldset whose legend names it and which the error describes', async () => {
    const form = await mount((element) => {
      element.definition = definition;
      element.widgets = widgets;
    });
    await userEvent.click(root(form).querySelector('button[type="submit"]') as HTMLButtonElement);
    await settle(form);
    const fieldset = control(form, '/bewertung').closest('fieldset') as HTMLFieldSetElement;
    expect(fieldset.getAttribute('part')).toBe('field fieldset');
    expect(fieldset.querySelector('legend')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Bewertung * (Pflichtfeld)',
    );
    const texts = describedTexts(form, fieldset);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^Fehler: .*Bewertung/);
    const links = [...root(form).querySelectorAll<HTMLAnchorElement>('#error-summary a')];
    expect(links.map((link) => link.textContent?.trim())).toHaveLength(2);
    await userEvent.click(links[1] as HTMLAnchorElement);
    expect(root(form).activeElement).toBe(control(form, '/bewertung'));
    await expectAccessible(form);
  });
});
