import { userEvent } from 'vitest/browser';
import type { EfaForm } from '../efa-form.js';
import { root, settle } from './mount.js';

/** What a screen reader would call the focused element: its label, else its text. */
export function nameOf(element: Element): string {
  const labels = (element as HTMLInputElement).labels;
  const text = labels && labels.length > 0 ? (labels[0]?.textContent ?? '') : (element.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/** Presses Tab (or Shift+Tab) until the focused element's name starts with `name`. Keyboard only. */
export async function tabTo(form: EfaForm, name: string, shift = false): Promise<HTMLElement> {
  for (let presses = 0; presses < 40; presses++) {
    await userEvent.tab({ shift });
    const active = root(form).activeElement;
    if (active && nameOf(active).startsWith(name)) return active as HTMLElement;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Types into the field named `name`, reached with Tab. */
export async function fill(form: EfaForm, name: string, text: string): Promise<void> {
  await tabTo(form, name);
  await userEvent.keyboard(text);
}

/** The text of the step heading when it has focus (as after moving to another page). */
export const heading = (form: EfaForm): string | undefined =>
  root(form).activeElement?.id === 'step-heading' ? (root(form).activeElement?.textContent ?? '') : undefined;

/** Tabs to the button named `name`, presses Enter and waits for the render. */
export async function press(form: EfaForm, name: string, shift = false): Promise<void> {
  await tabTo(form, name, shift);
  await userEvent.keyboard('{Enter}');
  await settle(form);
}

/** Tabs to the control named `name` and presses `keys` there (`' '` ticks, `'{ArrowDown}'` moves a choice). */
export async function answer(form: EfaForm, name: string, keys: string): Promise<void> {
  await tabTo(form, name);
  await userEvent.keyboard(keys);
  await settle(form);
}
