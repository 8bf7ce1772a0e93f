// react-jsonschema-form: @rjsf/core 6 with its default (Bootstrap 3 class names, no stylesheet of its
// own) theme, validator-ajv8, React 19. Submit is its submit button (validateForm, then errors state).
import { createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import type { RJSFSchema } from '@rjsf/utils';
import { registerApp } from '../app.js';

const form = createRef<Form>();
let root: HTMLElement = document.body;

registerApp({
  mount(container, input) {
    root = container;
    const { schema, data } = input as { schema: RJSFSchema; data: unknown };
    return new Promise<void>((resolve) => {
      createRoot(container).render(
        createElement(Form, {
          ref: form,
          schema,
          formData: data,
          validator,
          noHtml5Validate: true,
          // What an app does with the errors it shows (rjsf's default logs them all to the console).
          onError: () => {},
        }),
      );
      // React 19 renders concurrently: resolve when the first commit happened (the harness then polls).
      requestAnimationFrame(() => resolve());
    });
  },
  root: () => root,
  control: (field) => document.getElementById(`root_${field.path.replace('.', '_')}`),
  value: (field) => {
    const [group, name] = field.path.split('.') as [string, string];
    const data = form.current?.state.formData as Record<string, Record<string, unknown>> | undefined;
    return data?.[group]?.[name];
  },
  submit: () => root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click(),
  errors: () => root.querySelectorAll('ul.error-detail').length,
});
