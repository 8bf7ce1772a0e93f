import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DefinitionError, type Definition, type Locale } from '@efa-forms/core/engine';
import { EfaLoadErrorEvent, type EfaLoadErrorDetail } from '../events.js';
import { prepareService } from '../internal/prepare-service.js';

/** What the loader reads from its host: the element's loading properties. */
export interface DefinitionLoaderOptions {
  /** `service`: a module compiled by `efa compile` (its default export), if set. */
  service(): unknown;
  /** `definition` (raw `.service.json` content or a prepared `Definition`), if set. */
  definition(): unknown;
  /** A plain JSON Schema to wrap with `fromJsonSchema`, if set. */
  schema(): unknown;
  /**
   * URL of a compiled service module (`*.js`, loaded with `import()`) or of a definition to fetch (JSON),
   * used while neither `service`, `definition` nor `schema` is set.
   */
  src(): string | undefined;
  tenant(): unknown;
  locale(): Locale;
}

/**
 * The one place `<efa-form>` turns what it was given (`service`, `definition`, `schema` or `src`, with
 * `tenant` and `locale`) into a prepared `Definition`: imports or fetches `src`, hands the input to
 * `prepareService` (compiled services always; raw definitions once the runtime loader is plugged in),
 * and reports a failure as `efa-load-error` with the problems as data (the host shows
 * `failure`). Cleans up a pending fetch in `hostDisconnected`.
 */
export class DefinitionLoaderController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DefinitionLoaderOptions;
  #fetchAbort: AbortController | undefined;
  #fetched: unknown;
  #definition: Definition | undefined;
  #failure: EfaLoadErrorDetail | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DefinitionLoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The prepared definition of the last successful load (`undefined` after a failed one). */
  get definition(): Definition | undefined {
    return this.#definition;
  }

  /** Why the last load failed, or `undefined`. */
  get failure(): EfaLoadErrorDetail | undefined {
    return this.#failure;
  }

  /**
   * Fetches `src` (aborting an earlier fetch); calls `loaded` with the definition when it is ready.
   * Does nothing while `definition` or `schema` is set.
   */
  async fetch(loaded: (definition: Definition) => void): Promise<void> {
    this.#fetchAbort?.abort();
    const src = this.#options.src();
    if (
      !src ||
      this.#options.service() !== undefined ||
      this.#options.definition() !== undefined ||
      this.#options.schema() !== undefined
    )
      return;
    const abort = (this.#fetchAbort = new AbortController());
    try {
      const url = new URL(src, document.baseURI);
      let loadedSource: unknown;
      if (/\.m?js$/.test(url.pathname)) {
        // A compiled service is a module: import() needs no 'unsafe-eval' and is same-origin by CSP.
        loadedSource = ((await import(/* @vite-ignore */ url.href)) as { default?: unknown }).default;
      } else {
        const response = await fetch(src, { signal: abort.signal, headers: { accept: 'application/json' } });
        if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
        loadedSource = await response.json();
      }
      if (abort.signal.aborted) return;
      this.#fetched = loadedSource;
      const definition = this.prepare();
      if (definition) loaded(definition);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail({ message: `${src}: ${(error as Error).message}`, problems: [], src, error });
    }
    this.#host.requestUpdate();
  }

  /**
   * Loads the definition (or wraps the plain schema) for the current tenant and locale. Returns it, or
   * `undefined` when there is nothing to load yet or loading failed (see `failure`).
   */
  prepare(): Definition | undefined {
    const source = this.#options.service() ?? this.#options.definition() ?? this.#fetched;
    const schema = this.#options.schema();
    if (source === undefined && schema === undefined) return undefined;
    try {
      const locale = this.#options.locale();
      this.#definition = prepareService(source, schema, { tenant: this.#options.tenant(), locale });
      this.#failure = undefined;
      return this.#definition;
    } catch (error) {
      this.#definition = undefined;
      this.#fail({
        // Stryker disable next-line StringLiteral: split always gives at least one part, the fallback only satisfies the type
        message: (error as Error).message.split('\n')[0] ?? '',
        problems: error instanceof DefinitionError ? error.problems : [],
        src: source === this.#fetched ? this.#options.src() : undefined,
        error,
      });
      return undefined;
    }
  }

  hostDisconnected(): void {
    this.#fetchAbort?.abort();
  }

  #fail(detail: EfaLoadErrorDetail): void {
    this.#failure = detail;
    this.#host.dispatchEvent(new EfaLoadErrorEvent(detail));
  }
}
