// JSON Forms: @jsonforms/react with the vanilla renderers and cells, uncontrolled (the data prop is set
// once; the documented controlled pattern drops keystrokes on big forms), ValidateAndHide until the
// submit switches to ValidateAndShow, as a form that shows errors after submit does. JSON Forms
// re-reads its `data` prop when the validation mode changes, so the submit hands back what onChange
// last reported (the initial data would wipe the answers).
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import type { JsonSchema, UISchemaElement, ValidationMode } from '@jsonforms/core';
import { countWithText, labelFor, registerApp } from '../app.js';

let root: HTMLElement = document.body;
let latest: Record<string, Record<string, unknown>> | undefined;
let showErrors: () => void = () => {};

function App(props: { schema: JsonSchema; uischema: UISchemaElement; data: unknown }) {
  const [state, setState] = useState<{ mode: ValidationMode; data: unknown }>({
    mode: 'ValidateAndHide',
    data: props.data,
  });
  showErrors = () => setState({ mode: 'ValidateAndShow', data: latest ?? props.data });
  return createElement(
    'form',
    {
      noValidate: true,
      onSubmit: (event: Event) => {
        event.preventDefault();
        showErrors();
      },
    },
    createElement(JsonForms, {
      schema: props.schema,
      uischema: props.uischema,
      data: state.data,
      renderers: vanillaRenderers,
      cells: vanillaCells,
      validationMode: state.mode,
      onChange: ({ data }: { data: unknown }) => {
        latest = data as typeof latest;
      },
    }),
    createElement('button', { type: 'submit' }, 'Absenden'),
  );
}

registerApp({
  mount(container, input) {
    root = container;
    const props = input as { schema: JsonSchema; uischema: UISchemaElement; data: unknown };
    return new Promise<void>((resolve) => {
      createRoot(container).render(createElement(App, props));
      requestAnimationFrame(() => resolve());
    });
  },
  root: () => root,
  control: (field) => (labelFor(root, field)?.control as HTMLElement | null | undefined) ?? null,
  value: (field) => {
    const [group, name] = field.path.split('.') as [string, string];
    return latest?.[group]?.[name];
  },
  submit: () => {
    const button = root.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.click();
    else showErrors();
  },
  errors: () => countWithText(root, '.validation_error'),
});
