// The runtime entry: the suite hands <efa-form> raw definitions, which need the run-time compiler.
import '../runtime.js';
import '../define.js';
import type { EfaForm } from '../efa-form.js';

/** Creates an `<efa-form>` in the document, waits for its first render and returns it. */
export async function mount(
  setup: (form: EfaForm) => void,
  container: HTMLElement = document.body,
): Promise<EfaForm> {
  const form = document.createElement('efa-form');
  setup(form);
  container.append(form);
  await settle(form);
  return form;
}

/** Waits until the form has rendered all pending updates. */
export async function settle(form: EfaForm): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const done = await form.updateComplete;
    if (done) break;
  }
}

/** The form's shadow root. */
export function root(form: EfaForm): ShadowRoot {
  return form.shadowRoot as ShadowRoot;
}

/** The element with this id in the form's shadow root (throws when missing). */
export function byId<T extends HTMLElement = HTMLElement>(form: EfaForm, id: string): T {
  const element = root(form).getElementById(id);
  if (!element) throw new Error(`no #${id} in the form`);
  return element as T;
}

/** The control of a field by its pointer (the `id` widgets give their control). */
export function control<T extends HTMLElement = HTMLInputElement>(form: EfaForm, pointer: string): T {
  const id = 'f' + pointer.replace(/[^A-Za-z0-9-]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`);
  return byId<T>(form, id);
}

/** Removes every form from the document (call in afterEach). */
export function cleanup(): void {
  for (const form of document.querySelectorAll('efa-form')) form.remove();
  document.body.replaceChildren();
}

/** The button of the form whose text starts with `text` (throws when missing). */
export function button(form: EfaForm, text: string): HTMLButtonElement {
  const found = [...root(form).querySelectorAll('button')].find((candidate) =>
    candidate.textContent?.trim().startsWith(text),
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}
