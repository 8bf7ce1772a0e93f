import { isPlainObject, setAt } from '@efa-forms/core/engine';
import { EMPTY } from './object-helpers.js';

/** What changed in a `FormState`, for the host to re-render. */
export type FormStateChange = 'answers' | 'touched';

/**
 * What a person has entered into one form: the answers, the text typed into fields (kept while it is
 * not a value yet), errors found while typing, widgets' view state, the fields touched, and a version
 * per pointer that a field's render cache keys on. No DOM, no Lit: the element composes it.
 *
 * Answers change immutably at the changed path, so only the objects on that path are new. Removing an
 * array item re-numbers every pointer-keyed entry of the later items, so typed text, errors and view
 * state stay with their item.
 */
export class FormState {
  #answers: Record<string, unknown> = EMPTY;
  #touched: ReadonlySet<string> = new Set();
  #texts = new Map<string, string>();
  #inputErrors = new Map<string, string>();
  #viewState = new Map<string, unknown>();
  #serverErrors = new Map<string, string>();
  #versions = new Map<string, number>();
  readonly #changed: (what: FormStateChange, before: unknown) => void;

  /** `changed` is called after the answers or the touched set were replaced (with the old one). */
  constructor(changed: (what: FormStateChange, before: unknown) => void = () => {}) {
    this.#changed = changed;
  }

  /** The current answers (not pruned). */
  get answers(): Record<string, unknown> {
    return this.#answers;
  }

  /** Pointers of the fields the person has interacted with. */
  get touched(): ReadonlySet<string> {
    return this.#touched;
  }

  /** Text typed into a field that the answers do not hold as typed (numbers, dates, invalid input). */
  text(pointer: string): string | undefined {
    return this.#texts.get(pointer);
  }

  /** Errors found while typing (not a number, file too large), by pointer. */
  get inputErrors(): ReadonlyMap<string, string> {
    return this.#inputErrors;
  }

  /** Errors a server reported (`EfaForm.showErrors`), by pointer, until their field is edited. */
  get serverErrors(): ReadonlyMap<string, string> {
    return this.#serverErrors;
  }

  /** Replaces the server's errors (the first message per pointer counts). */
  setServerErrors(errors: ReadonlyArray<{ pointer: string; message: string }>): void {
    for (const pointer of this.#serverErrors.keys()) this.bump(pointer);
    this.#serverErrors = new Map();
    for (const { pointer, message } of errors) {
      if (!this.#serverErrors.has(pointer)) this.#serverErrors.set(pointer, message);
      this.bump(pointer);
    }
  }

  /** A widget's view state by `pointer\u0000key`. */
  viewState(key: string): unknown {
    return this.#viewState.get(key);
  }

  /** Stores (or with `undefined` removes) a widget's view state; the field re-renders. */
  setViewState(pointer: string, key: string, value: unknown): void {
    const full = `${pointer}\u0000${key}`;
    // Stryker disable next-line ConditionalExpression: storing undefined reads back like deleting (viewState() is the only reader, and removeItem moves undefined alike).
    if (value === undefined) this.#viewState.delete(full);
    else this.#viewState.set(full, value);
    this.bump(pointer);
  }

  /** Replaces everything: new answers (load, reset, draft, restore), nothing typed, touched or chosen. */
  replace(data: unknown): void {
    const before = this.#answers;
    this.#answers = isPlainObject(data) ? data : EMPTY;
    this.#texts = new Map();
    this.#inputErrors = new Map();
    this.#viewState = new Map();
    this.#serverErrors = new Map();
    for (const [key, version] of this.#versions) this.#versions.set(key, version + 1);
    this.#versions.set('', (this.#versions.get('') ?? 0) + 1);
    this.#setTouched(new Set());
    this.#changed('answers', before);
  }

  /**
   * Stores a value at a pointer. Unless `keepText`, the text and the input error of that field go
   * (the value came from somewhere else than typing: a radio, a server, a widget).
   */
  setValue(pointer: string, value: unknown, keepText = false): void {
    if (!keepText) {
      // Both go: a short-circuit `||` would keep the input error of a field that also had text.
      const hadText = this.#texts.delete(pointer);
      const hadError = this.#inputErrors.delete(pointer);
      if (hadText || hadError) this.bump(pointer);
    }
    this.#clearServerErrors(pointer);
    this.#write(pointer, value);
  }

  #write(pointer: string, value: unknown): void {
    const before = this.#answers;
    this.#answers = setAt(this.#answers, pointer, value);
    this.#changed('answers', before);
  }

  /**
   * Stores typed text with what it turned into: a value, or an error (then the value is removed and
   * the text stays in the control).
   */
  setTyped(
    pointer: string,
    text: string,
    result: { ok: true; value: unknown } | { ok: false; message: string },
  ): void {
    this.#texts.set(pointer, text);
    this.bump(pointer);
    if (result.ok) {
      this.#inputErrors.delete(pointer);
      this.setValue(pointer, result.value, true);
    } else {
      this.#inputErrors.set(pointer, result.message);
      this.setValue(pointer, undefined, true);
    }
  }

  /** Sets or clears an error a widget found itself; with `text`, that text stays in the control. */
  setInputError(pointer: string, message: string | undefined, text?: string): void {
    if (message === undefined) {
      this.#inputErrors.delete(pointer);
      this.#texts.delete(pointer);
    } else {
      this.#inputErrors.set(pointer, message);
      if (text !== undefined) this.#texts.set(pointer, text);
    }
    this.bump(pointer);
  }

  /** Marks a field as interacted with; returns whether it was new. */
  touch(pointer: string): boolean {
    if (this.#touched.has(pointer)) return false;
    this.#setTouched(new Set(this.#touched).add(pointer));
    return true;
  }

  /**
   * Removes item `index` of the array at `pointer`; typed text, input errors, server errors, view
   * state, touched marks and render versions of later items move up with them. Returns the new array, or
   * `undefined` when there is no array at `pointer`.
   */
  removeItem(pointer: string, current: unknown, index: number): unknown[] | undefined {
    if (!Array.isArray(current)) return undefined;
    const prefix = pointer + '/';
    const move = <T>(map: ReadonlyMap<string, T>): Map<string, T> => {
      const next = new Map<string, T>();
      for (const [key, value] of map) {
        const moved = renumber(key, prefix, index);
        if (moved !== null) next.set(moved, value);
      }
      return next;
    };
    this.#texts = move(this.#texts);
    this.#inputErrors = move(this.#inputErrors);
    this.#viewState = move(this.#viewState);
    this.#serverErrors = move(this.#serverErrors);
    // Stryker disable next-line BooleanLiteral: only the keys of this map are kept, its values are dropped.
    this.#setTouched(new Set(move(new Map([...this.#touched].map((key) => [key, true]))).keys()));
    for (const key of this.#versions.keys())
      if (key.startsWith(prefix)) this.#versions.set(key, (this.#versions.get(key) ?? 0) + 1);
    this.bump(pointer);
    const next = current.filter((_item, position) => position !== index);
    // Texts, input errors and server errors of the other items moved with them above: keep them.
    this.#write(pointer, next);
    return next;
  }

  /** The render version of a field: bumped when anything but its value changes. */
  version(pointer: string): number {
    return this.#versions.get(pointer) ?? 0;
  }

  /** Marks a field (and its ancestors) changed for the render cache. */
  bump(pointer: string): void {
    for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
      this.#versions.set(current, (this.#versions.get(current) ?? 0) + 1);
      if (current === '') break;
    }
  }

  /** An edit answers the server's complaint about that field (and about anything inside it). */
  #clearServerErrors(pointer: string): void {
    for (const key of [...this.#serverErrors.keys()]) {
      if (key === pointer || key.startsWith(pointer + '/')) {
        this.#serverErrors.delete(key);
        this.bump(key);
      }
    }
  }

  #setTouched(next: ReadonlySet<string>): void {
    const before = this.#touched;
    this.#touched = next;
    this.#changed('touched', before);
  }
}

/**
 * A pointer-keyed entry after item `index` of the array at `prefix` is removed: the same key before
 * it, one position less after it, `null` for the removed item itself (and everything inside it).
 * View-state keys (`pointer\u0000key`) move like their pointer.
 */
function renumber(key: string, prefix: string, index: number): string | null {
  if (!key.startsWith(prefix)) return key;
  const rest = key.slice(prefix.length);
  // The item's index leads (`2`, `2/name`, `2\u0000variant`); array tokens are canonical digits.
  const position = parseInt(rest, 10);
  if (!(position >= index)) return key;
  if (position === index) return null;
  return `${prefix}${position - 1}${rest.slice(String(position).length)}`;
}
