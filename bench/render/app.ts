// The contract between the benchmark page (./harness.ts) and one app (./apps/*.ts): each app bundle
// calls `registerApp` once; the harness times everything, the app only knows its library.
import type { BenchField } from './generate.js';

/** One library's form on the benchmark page. */
export interface BenchApp {
  /** Renders the form for `input` (this app's format, loaded before the timer starts) into `container`. */
  mount(container: HTMLElement, input: unknown): Promise<void> | void;
  /** Where the form's controls are counted (a shadow root for web components). */
  root(): ParentNode;
  /** The control of a leaf field. */
  control(field: BenchField): HTMLElement | null;
  /** The field's value in the library's own model (what it would submit). */
  value(field: BenchField): unknown;
  /** Submits the form the way its user would (the library's submit button or call). */
  submit(): void;
  /** How many inline field errors are shown now. */
  errors(): number;
}

declare global {
  interface Window {
    benchApp?: BenchApp;
  }
}

export function registerApp(app: BenchApp): void {
  window.benchApp = app;
}

/** A field's label element, by its text without the required marker, for libraries without stable ids. */
export function labelFor(root: ParentNode, field: BenchField): HTMLLabelElement | undefined {
  for (const label of root.querySelectorAll('label')) {
    const text = (label.textContent ?? '').replace(/\*/g, '').trim();
    if (text === field.label) return label;
  }
  return undefined;
}

/** Elements of `selector` with visible text (libraries keep empty error containers in the DOM). */
export function countWithText(root: ParentNode, selector: string): number {
  let count = 0;
  for (const element of root.querySelectorAll(selector))
    if ((element.textContent ?? '').trim() !== '') count++;
  return count;
}
