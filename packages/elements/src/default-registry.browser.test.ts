import { afterEach, expect, test } from 'vitest';
import { html } from 'lit';
import { defaultRegistry, registerWidget } from './default-registry.js';
import { WidgetRegistry } from './widget-registry.js';
import { builtinWidgets, inputWidget } from './widgets/index.js';
import { labelTemplate } from './templates.js';
import { cleanup, control, mount, root } from './test-support/mount.js';

afterEach(cleanup);

test('the last registered matching widget wins; late registration applies to later renders', () => {
  const registry = new WidgetRegistry(builtinWidgets);
  const schema = { type: 'string' };
  expect(registry.find(schema, {})?.name).toBe('text');
  const shout = {
    name: 'shout',
    match: (candidate: { type?: unknown }) => candidate.type === 'string',
    render: inputWidget('text').render,
  };
  registry.register(shout);
  expect(registry.find(schema, {})).toBe(shout);
  expect(() => registry.register({ name: 'broken' } as never)).toThrow(TypeError);
});

test('registerWidget adds a field kind to every form (portal widgets)', async () => {
  registerWidget({
    name: 'signature',
    match: (_schema, hints) => hints.widget === 'signature',
    render: (ctx) =>
      html`<div part="field">
        ${labelTemplate(ctx)}<input
          id=${ctx.ids.control}
          class="signature"
          .value=${String(ctx.value ?? '')}
        />
      </div>`,
  });
  expect(defaultRegistry.widgets.at(-1)?.name).toBe('signature');
  const form = await mount((el) => {
    el.definition = {
      id: 'unterschrift',
      version: '1.0.0',
      title: 'Unterschrift',
      schema: {
        type: 'object',
        properties: { zeichen: { type: 'string', title: 'Kürzel', 'x-efa': { widget: 'signature' } } },
      },
    };
    el.data = { zeichen: 'EM' };
  });
  expect(control(form, '/zeichen').classList.contains('signature')).toBe(true);
  expect(control(form, '/zeichen').value).toBe('EM');
  expect(root(form).querySelector('label')?.textContent).toContain('Kürzel');
});
