import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where drafts are kept: `localStorage` (survives closing the browser) or `sessionStorage` (this tab only). */
export type AutosaveStorage = 'local' | 'session';

/** A saved draft. */
export interface Draft<T> {
  /** When it was saved. */
  savedAt: Date;
  state: T;
}

/** Options of `AutosaveController`. */
export interface AutosaveOptions<T> {
  /** Which storage to use now; `undefined` turns autosave off. Read on every save, restore and clear. */
  storage(): AutosaveStorage | undefined;
  /** The storage key now (per service id and version); `undefined` while there is nothing to save. */
  key(): string | undefined;
  /** The state to save; called when a scheduled save runs. */
  state(): T;
  /** Milliseconds to wait after the last change before saving (typing bursts are saved once). */
  delay?: number;
}

const PREFIX = 'efa-forms:draft:';

/**
 * Saves a host's state to Web Storage while the person works and gives it back after a reload.
 * Saves are debounced and flushed when the page is hidden or the host disconnects, so a reload or a
 * closed tab loses nothing. Storage that is full or blocked (private mode, quota) never breaks the
 * form: the draft is then simply not kept.
 */
export class AutosaveController<T> implements ReactiveController {
  readonly #options: AutosaveOptions<T>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending = false;
  readonly #onHide = (): void => {
    if (document.visibilityState === 'hidden') this.flush();
  };
  readonly #onPageHide = (): void => this.flush();

  constructor(host: ReactiveControllerHost, options: AutosaveOptions<T>) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onHide);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  hostDisconnected(): void {
    this.flush();
    document.removeEventListener('visibilitychange', this.#onHide);
    window.removeEventListener('pagehide', this.#onPageHide);
  }

  /** Saves soon (after `delay` without further changes). */
  schedule(): void {
    if (!this.#storage()) return;
    this.#pending = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#options.delay ?? 300);
  }

  /** Saves now if a save is pending. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#pending) return;
    this.#pending = false;
    const storage = this.#storage();
    const key = this.#options.key();
    if (!storage || key === undefined) return;
    try {
      storage.setItem(
        PREFIX + key,
        JSON.stringify({ savedAt: new Date().toISOString(), state: this.#options.state() }),
      );
    } catch {
      // Quota exceeded or storage blocked: the form keeps working, only the draft is not kept.
    }
  }

  /** The saved draft, or `undefined` when there is none (or it cannot be read). */
  restore(): Draft<T> | undefined {
    const storage = this.#storage();
    const key = this.#options.key();
    if (!storage || key === undefined) return undefined;
    try {
      const text = storage.getItem(PREFIX + key);
      if (text === null) return undefined;
      const parsed = JSON.parse(text) as { savedAt?: unknown; state?: unknown };
      const savedAt = new Date(typeof parsed.savedAt === 'string' ? parsed.savedAt : NaN);
      // Stryker disable next-line StringLiteral: the message is caught just below and never shown
      if (Number.isNaN(savedAt.getTime()) || parsed.state === undefined) throw new TypeError('not a draft');
      return { savedAt, state: parsed.state as T };
    } catch {
      this.clear();
      return undefined;
    }
  }

  /** Forgets the draft and any pending save. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = false;
    const key = this.#options.key();
    // Stryker disable next-line ConditionalExpression: without it only `efa-forms:draft:undefined` would be removed, a key no draft has (every key holds `@`)
    if (key === undefined) return;
    // Both storages: switching `autosave` from local to session must not leave personal data behind.
    for (const storage of [safeStorage('local'), safeStorage('session')]) {
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        // Blocked storage holds nothing to clear.
      }
    }
  }

  #storage(): Storage | undefined {
    const kind = this.#options.storage();
    return kind ? safeStorage(kind) : undefined;
  }
}

/** The storage object, or `undefined` where reading it throws (sandboxed iframes, blocked cookies). */
function safeStorage(kind: AutosaveStorage): Storage | undefined {
  let storage: Storage | undefined;
  try {
    storage = kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    // Reading the property throws there: no storage.
  }
  return storage;
}

/** The full Web Storage key of a draft, for portals that want to inspect or remove it. */
export function draftStorageKey(key: string): string {
  return PREFIX + key;
}
