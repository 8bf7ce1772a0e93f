import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Definition, ServiceDefinition } from '@efa-forms/core';
// The suite hands the loader raw definitions, which need the run-time compiler.
import '../runtime.js';
import type { EfaLoadErrorEvent } from '../events.js';
import { DefinitionLoaderController, type DefinitionLoaderOptions } from './definition-loader-controller.js';

// What a portal relies on: `src` is fetched (or imported, for a module) only while nothing else is
// given, a newer `src` or removing the element wins over an earlier answer, and a failure names what
// failed (the URL, the HTTP status, the definition's first line) as an `efa-load-error`.

const service: ServiceDefinition = {
  id: 'antrag',
  version: '1.0.0',
  title: 'Antrag',
  schema: { type: 'object', properties: { vorname: { type: 'string', title: 'Vorname' } } },
};
const broken = {
  id: 'Kaputt!',
  title: 'x',
  schema: { type: 'object', properties: { a: { type: 'strin' } } },
};

/** A host element that records its updates and the load errors it dispatches. */
class LoaderHost extends HTMLElement implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly errors: EfaLoadErrorEvent[] = [];
  readonly updateComplete = Promise.resolve(true);
  constructor() {
    super();
    this.addEventListener('efa-load-error', (event) => this.errors.push(event as EfaLoadErrorEvent));
  }
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
}
customElements.define('loader-test-host', LoaderHost);

function loaderWith(options: Partial<DefinitionLoaderOptions>) {
  const host = new LoaderHost();
  const loader = new DefinitionLoaderController(host, {
    service: () => undefined,
    definition: () => undefined,
    schema: () => undefined,
    src: () => undefined,
    tenant: () => undefined,
    locale: () => 'de',
    ...options,
  });
  const loaded: Definition[] = [];
  return { host, loader, loaded, load: () => loader.fetch((definition) => loaded.push(definition)) };
}

/** Replaces `fetch` with answers the test gives by hand; records each request. */
function stubFetch() {
  const requests: { url: string; init: RequestInit; answer: (response: Response) => void }[] = [];
  vi.spyOn(window, 'fetch').mockImplementation(
    (input, init = {}) =>
      new Promise<Response>((resolve, reject) => {
        requests.push({ url: String(input), init, answer: resolve });
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );
  return requests;
}
const json = (value: unknown): Response =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
const SRC = 'https://portal.example/antrag.service.json';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DefinitionLoaderController', () => {
  test('fetches src as JSON, with the abort signal, and hands over the prepared definition', async () => {
    const requests = stubFetch();
    const { load, loaded } = loaderWith({ src: () => SRC });
    const done = load();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    const [request] = requests as [(typeof requests)[number]];
    expect(request.url).toBe(SRC);
    expect(new Headers(request.init.headers).get('accept')).toBe('application/json');
    expect(request.init.signal).toBeInstanceOf(AbortSignal);
    request.answer(json(service));
    await done;
    expect(loaded.map((definition) => definition.id)).toEqual(['antrag']);
  });

  test.each(['service', 'definition', 'schema'] as const)(
    'fetches nothing while %s is given',
    async (given) => {
      const requests = stubFetch();
      const { load, loaded, host } = loaderWith({ src: () => SRC, [given]: () => service });
      await load();
      expect(requests).toEqual([]);
      expect(loaded).toEqual([]);
      expect(host.errors).toEqual([]);
    },
  );

  test('imports a src that is a JavaScript module instead of fetching it', async () => {
    const requests = stubFetch();
    const src = new URL('../test-support/service-module.js', import.meta.url).href;
    const { load, loaded, host } = loaderWith({ src: () => src });
    await load();
    expect(requests).toEqual([]);
    expect(host.errors).toEqual([]);
    expect(loaded.map((definition) => definition.title)).toEqual(['Aus einem Modul']);
  });

  test('an HTTP error is an efa-load-error naming the URL and the status', async () => {
    const requests = stubFetch();
    const { load, loaded, host, loader } = loaderWith({ src: () => SRC });
    const done = load();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    requests[0]?.answer(new Response('{}', { status: 404, statusText: 'Not Found' }));
    await done;
    expect(loaded).toEqual([]);
    expect(host.errors.map((event) => event.detail.message)).toEqual([`${SRC}: HTTP 404 Not Found`]);
    expect(loader.failure?.src).toBe(SRC);
  });

  test('a newer src wins: the answer to the earlier one is dropped, and its abort is no error', async () => {
    const requests = stubFetch();
    let src = 'https://portal.example/alt.service.json';
    const { load, loaded, host } = loaderWith({ src: () => src });
    const first = load();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    src = SRC;
    const second = load();
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    // The earlier request was aborted (its promise rejects with an AbortError: no failure to report).
    await first;
    requests[1]?.answer(json(service));
    await second;
    expect(loaded.map((definition) => definition.id)).toEqual(['antrag']);
    expect(host.errors).toEqual([]);
  });

  test('an answer that arrives after a newer src was set is not used', async () => {
    // A server that ignores the abort: its response still arrives.
    const answers: ((response: Response) => void)[] = [];
    vi.spyOn(window, 'fetch').mockImplementation(
      () => new Promise<Response>((resolve) => answers.push(resolve)),
    );
    let src = 'https://portal.example/alt.service.json';
    const { load, loaded, host } = loaderWith({ src: () => src });
    const first = load();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    src = SRC;
    const second = load();
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[0]?.(json({ ...service, id: 'alt' }));
    await first;
    answers[1]?.(json(service));
    await second;
    expect(loaded.map((definition) => definition.id)).toEqual(['antrag']);
    expect(host.errors).toEqual([]);
  });

  test('removing the element aborts a pending fetch without an error', async () => {
    const requests = stubFetch();
    const { load, loaded, host, loader } = loaderWith({ src: () => SRC });
    const done = load();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    loader.hostDisconnected();
    expect(requests[0]?.init.signal?.aborted).toBe(true);
    await done;
    expect(loaded).toEqual([]);
    expect(host.errors).toEqual([]);
  });

  test('a fetched definition with problems reports its src; a given one does not', async () => {
    const requests = stubFetch();
    const fetched = loaderWith({ src: () => SRC });
    const done = fetched.load();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    requests[0]?.answer(json(broken));
    await done;
    expect(fetched.host.errors.map((event) => event.detail.src)).toEqual([SRC]);

    // A definition given as a property while src is also set: the problem is not the URL's.
    const given = loaderWith({ src: () => SRC, definition: () => broken });
    expect(given.loader.prepare()).toBeUndefined();
    expect(given.host.errors.map((event) => event.detail.src)).toEqual([undefined]);
  });

  test('the message of a failed load is the first line of the error, the problems are data', () => {
    const { loader, host } = loaderWith({ definition: () => broken });
    expect(loader.prepare()).toBeUndefined();
    const [event] = host.errors as [EfaLoadErrorEvent];
    const error = event.detail.error as Error;
    expect(error.message).toContain('\n');
    expect(event.detail.message).toBe(error.message.split('\n')[0]);
    expect(event.detail.message.length).toBeGreaterThan(0);
    expect(event.detail.problems.length).toBeGreaterThan(0);
    expect(loader.definition).toBeUndefined();
    expect(loader.failure).toBe(event.detail);
  });
});
