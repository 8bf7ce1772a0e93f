// efa-forms, shared by both apps: the form element, its model and its errors.
import type { EfaForm } from '@efa-forms/elements';
import { registerApp, labelFor } from '../app.js';

/** Registers an app that mounts an `<efa-form>` configured by `configure` (schema or compiled service). */
export function registerEfaApp(configure: (form: EfaForm, input: unknown) => void): void {
  let form: EfaForm | undefined;
  const shadow = (): ShadowRoot => {
    if (!form?.shadowRoot) throw new Error('<efa-form> is not rendered');
    return form.shadowRoot;
  };
  registerApp({
    async mount(container, input) {
      form = document.createElement('efa-form') as EfaForm;
      configure(form, input);
      container.append(form);
      await form.updateComplete;
    },
    root: shadow,
    control: (field) => (labelFor(shadow(), field)?.control as HTMLElement | null | undefined) ?? null,
    value: (field) => {
      const [group, name] = field.path.split('.') as [string, string];
      return (form?.answers[group] as Record<string, unknown> | undefined)?.[name];
    },
    submit: () => shadow().querySelector<HTMLButtonElement>('button[type="submit"]')?.click(),
    errors: () => shadow().querySelectorAll('.fields p.error').length,
  });
}
