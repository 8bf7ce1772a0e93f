// Form.io: @formio/js 5 (its form renderer, Bootstrap 5 templates from @formio/bootstrap) with
// Bootstrap's CSS. Its date widget loads flatpickr from a CDN unless `window.flatpickr` exists: here it
// is bundled from npm, with its CSS; its CDN base points at the page's origin (timezone data).
import flatpickr from 'flatpickr';
import { Formio } from '@formio/js/form';
import 'bootstrap/dist/css/bootstrap.min.css';
import '@formio/js/dist/formio.form.min.css';
import 'flatpickr/dist/flatpickr.min.css';
import { countWithText, registerApp } from '../app.js';

(window as unknown as { flatpickr: unknown }).flatpickr = flatpickr;
// Everything else it would take from cdn.form.io (moment-timezone's data) comes from this origin.
(Formio as unknown as { cdn: { setBaseUrl(url: string): void } }).cdn.setBaseUrl(`${location.origin}/cdn`);

interface Webform {
  data: Record<string, unknown>;
  submit(): Promise<unknown>;
  getComponent(key: string): { refs: { input?: HTMLElement[] } } | undefined;
}

let form: Webform | undefined;
let root: HTMLElement = document.body;

registerApp({
  async mount(container, input) {
    root = container;
    form = (await (
      Formio as unknown as {
        createForm(element: HTMLElement, form: unknown, options: unknown): Promise<Webform>;
      }
    ).createForm(container, input, {})) as Webform;
  },
  root: () => root,
  control: (field) => form?.getComponent(field.name)?.refs.input?.[0] ?? null,
  value: (field) => form?.data[field.name],
  submit: () => {
    const button = root.querySelector<HTMLButtonElement>('button[name="data[submit]"]');
    if (button) button.click();
    else void form?.submit();
  },
  errors: () => countWithText(root, '.formio-errors'),
});
