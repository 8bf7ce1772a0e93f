// Bundled by bench/render.bench.ts into one script for the benchmark page.
import '@efa-forms/elements/runtime'; // the benchmark renders raw definitions
import { defineEfaForm, type EfaForm } from '@efa-forms/elements';
import { createValidator, describeObject, loadDefinition } from '@efa-forms/core';
import { benchDefinition } from './generate.js';
import { mountPlainForm } from './plain-form.js';

defineEfaForm();

/** Resolves after the next frame has been produced (rAF, then a task after it). */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let current:
  { root: HTMLElement; submit(): void; textInput(): HTMLInputElement; ready(): Promise<void> } | undefined;

let expectedErrors = 0;

async function mount(kind: 'efa' | 'efa-prepared' | 'plain', count: number): Promise<number> {
  current?.root.remove();
  // All fields are required and empty, except the one the keystroke measurement typed into.
  expectedErrors = count - 1;
  const container = document.createElement('div');
  document.body.append(container);
  // `efa-prepared`: the definition went through loadDefinition before (e.g. at build time).
  const definition =
    kind === 'plain'
      ? undefined
      : kind === 'efa'
        ? benchDefinition(count)
        : loadDefinition(benchDefinition(count));
  const start = performance.now();
  if (kind !== 'plain') {
    const form = document.createElement('efa-form') as EfaForm;
    form.definition = definition;
    container.append(form);
    await form.updateComplete;
    await nextFrame();
    current = {
      root: container,
      submit: () => (form.shadowRoot?.querySelector('button[type="submit"]') as HTMLButtonElement).click(),
      textInput: () =>
        form.shadowRoot?.querySelector('input[type="text"]:nth-of-type(1)') as HTMLInputElement,
      // The validator compiles when the page is idle after the first paint.
      ready: () =>
        new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })).then(() =>
          nextFrame(),
        ),
    };
  } else {
    const { submit, form } = mountPlainForm(container, count);
    await nextFrame();
    current = {
      root: container,
      submit,
      textInput: () => form.querySelector('input[type="text"]') as HTMLInputElement,
      ready: () => nextFrame(),
    };
  }
  return performance.now() - start;
}

/** Per keystroke: keydown -> next frame, and keydown -> end of the scripts it caused (a task later). */
const keystrokes: { frame: number[]; work: number[] } = { frame: [], work: [] };
document.addEventListener(
  'keydown',
  (event) => {
    const start = performance.now();
    setTimeout(() => keystrokes.work.push(performance.now() - start), 0);
    requestAnimationFrame(() => setTimeout(() => keystrokes.frame.push(performance.now() - start), 0));
    void event;
  },
  true,
);

async function focusText(index: number): Promise<void> {
  const inputs = current?.root.querySelector('efa-form')
    ? [
        ...(current.root
          .querySelector('efa-form')
          ?.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="text"]') ?? []),
      ]
    : [...(current?.root.querySelectorAll<HTMLInputElement>('input[type="text"]') ?? [])];
  const input = inputs[Math.min(index, inputs.length - 1)] as HTMLInputElement;
  input.focus();
  await nextFrame();
}

function takeKeystrokes(): { frame: number[]; work: number[] } {
  const taken = { frame: keystrokes.frame.splice(0), work: keystrokes.work.splice(0) };
  return taken;
}

async function showAllErrors(): Promise<number> {
  const start = performance.now();
  current?.submit();
  await Promise.resolve();
  const form = current?.root.querySelector('efa-form') as EfaForm | null;
  if (form) await form.updateComplete;
  await nextFrame();
  const elapsed = performance.now() - start;
  // Every field must show its error (radios count once: their group has one error element).
  const scope = form?.shadowRoot ?? current?.root;
  const shown = scope?.querySelectorAll('.fields p.error').length ?? 0;
  const links = scope?.querySelectorAll('.error-summary a').length ?? 0;
  if (shown !== expectedErrors || links !== expectedErrors)
    throw new Error(`expected ${expectedErrors} errors, saw ${shown} inline and ${links} in the summary`);
  return elapsed;
}

function heap(): number {
  (window as unknown as { gc?: () => void }).gc?.();
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

/** Core alone, for the share of mount and heap that is not rendering: load, describe, compile the validator. */
let kept: unknown;
function coreOnly(count: number): { load: number; total: number } {
  const start = performance.now();
  const definition = loadDefinition(benchDefinition(count));
  const load = performance.now() - start;
  describeObject(definition, definition.schema, {});
  const validator = createValidator(definition);
  validator.validateStep({}, definition.steps[0]?.id ?? '');
  kept = { definition, validator };
  return { load, total: performance.now() - start };
}

function unmount(): void {
  current?.root.remove();
  current = undefined;
}

const bench = {
  coreOnly,
  kept: () => kept,
  mount,
  ready: () => current?.ready(),
  focusText,
  takeKeystrokes,
  showAllErrors,
  heap,
  unmount,
  nextFrame,
};

/** What the benchmark page offers the driver (bench/render.bench.ts) as `window.bench`. */
export type BenchApi = typeof bench;

declare global {
  interface Window {
    bench: BenchApi;
  }
}

window.bench = bench;
