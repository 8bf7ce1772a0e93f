// The floor: the hand-written plain-DOM form (../plain-form.ts).
import { registerApp } from '../app.js';
import type { BenchGroup } from '../generate.js';
import { mountPlainForm } from '../plain-form.js';

let mounted: ReturnType<typeof mountPlainForm> | undefined;
let root: HTMLElement = document.body;

registerApp({
  mount(container, input) {
    root = container;
    mounted = mountPlainForm(container, input as BenchGroup[]);
  },
  root: () => root,
  control: (field) => root.querySelector<HTMLElement>(`#${field.name}`),
  value: (field) => mounted?.data[field.path],
  submit: () => mounted?.submit(),
  errors: () => root.querySelectorAll('.fields p.error').length,
});
