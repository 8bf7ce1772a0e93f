import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AutosaveController, draftStorageKey, type AutosaveStorage } from './autosave-controller.js';

// What a person relies on: typing is saved when the page goes away, even though the element stays in
// the document (a real reload or a closed tab never disconnects it), and discarding a draft leaves no
// personal data in either storage.

/** A host that connects its controllers at once and can disconnect them, as a LitElement does. */
class TestHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
    controller.hostConnected?.();
  }
  removeController(): void {}
  requestUpdate(): void {}
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

const KEY = 'antrag@1.0.0';
const hosts: TestHost[] = [];

function controllerWith(
  storage: () => AutosaveStorage | undefined,
  state: () => unknown,
  options: { key?: () => string | undefined; delay?: number | undefined } = {},
) {
  const host = new TestHost();
  hosts.push(host);
  // A long delay: only an explicit flush (page hidden, disconnect) can save within the test.
  const { key = () => KEY } = options;
  const delay = 'delay' in options ? options.delay : 60_000;
  const controller = new AutosaveController(host, { storage, key, state, delay });
  return { host, controller };
}

/** The saved state, or `null` when nothing is stored. */
function saved(storage: Storage): unknown {
  const text = storage.getItem(draftStorageKey(KEY));
  return text === null ? null : (JSON.parse(text) as { state: unknown }).state;
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  for (const host of hosts.splice(0)) host.disconnect();
  // Back to the browser's own getter.
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe('autosave flushes a pending save when the page goes away', () => {
  test('on pagehide, with the element still in the document', () => {
    const { controller } = controllerWith(
      () => 'local',
      () => ({ vorname: 'Erika' }),
    );
    controller.schedule();
    expect(saved(localStorage)).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(saved(localStorage)).toEqual({ vorname: 'Erika' });
  });

  test('when the tab becomes hidden, and not while it stays visible', () => {
    const { controller } = controllerWith(
      () => 'session',
      () => ({ ort: 'Musterstadt' }),
    );
    controller.schedule();
    setVisibility('visible');
    expect(saved(sessionStorage)).toBeNull();
    setVisibility('hidden');
    expect(saved(sessionStorage)).toEqual({ ort: 'Musterstadt' });
  });

  test('the state is read when the save runs, so the last keystroke is kept', () => {
    let text = 'Eri';
    const { controller } = controllerWith(
      () => 'local',
      () => ({ vorname: text }),
    );
    controller.schedule();
    text = 'Erika';
    window.dispatchEvent(new Event('pagehide'));
    expect(saved(localStorage)).toEqual({ vorname: 'Erika' });
  });

  test('nothing is written when no save is pending or autosave is off', () => {
    controllerWith(
      () => 'local',
      () => ({ vorname: 'Erika' }),
    );
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.length).toBe(0);
    const off = controllerWith(
      () => undefined,
      () => ({ vorname: 'Erika' }),
    );
    off.controller.schedule();
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  test('after disconnecting, page events no longer write for that host', () => {
    let text = 'erste';
    const { host, controller } = controllerWith(
      () => 'local',
      () => ({ vorname: text }),
    );
    controller.schedule();
    host.disconnect();
    expect(saved(localStorage)).toEqual({ vorname: 'erste' });
    localStorage.clear();
    text = 'zweite';
    controller.schedule();
    window.dispatchEvent(new Event('pagehide'));
    setVisibility('hidden');
    expect(localStorage.length).toBe(0);
  });

  test('a draft the portal removed does not come back on pagehide without a new change', () => {
    const { controller } = controllerWith(
      () => 'local',
      () => ({ vorname: 'Erika' }),
    );
    controller.schedule();
    window.dispatchEvent(new Event('pagehide'));
    expect(saved(localStorage)).toEqual({ vorname: 'Erika' });
    // docs/elements.md: portals remove a draft with removeItem(draftStorageKey(...)), e.g. on logout.
    localStorage.removeItem(draftStorageKey(KEY));
    window.dispatchEvent(new Event('pagehide'));
    setVisibility('hidden');
    expect(localStorage.length).toBe(0);
  });

  test('nothing is written while there is no key yet (no service loaded)', () => {
    const { controller } = controllerWith(
      () => 'local',
      () => ({ vorname: 'Erika' }),
      { key: () => undefined },
    );
    controller.schedule();
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.length).toBe(0);
  });

  test('a change made while autosave was off is not written when it is turned on later', () => {
    // Autosave is opt-in because a draft keeps personal data: what was typed before the portal turned
    // it on (e.g. after the person agreed) is saved with the next change, not behind the person's back.
    const setting: { storage?: AutosaveStorage } = {};
    const { controller } = controllerWith(
      () => setting.storage,
      () => ({ vorname: 'Erika' }),
    );
    controller.schedule();
    setting.storage = 'local';
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.length).toBe(0);
  });
});

describe('autosave waits for a pause in typing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a burst of changes is saved once, `delay` ms after the last one', () => {
    let text = 'E';
    const { controller } = controllerWith(
      () => 'local',
      () => ({ vorname: text }),
      { delay: 1_000 },
    );
    controller.schedule();
    vi.advanceTimersByTime(999);
    text = 'Er';
    controller.schedule();
    vi.advanceTimersByTime(999);
    expect(saved(localStorage)).toBeNull();
    vi.advanceTimersByTime(1);
    expect(saved(localStorage)).toEqual({ vorname: 'Er' });
  });

  test('300 ms without a change when no delay is given', () => {
    const { controller } = controllerWith(
      () => 'session',
      () => ({ ort: 'Musterstadt' }),
      { delay: undefined },
    );
    controller.schedule();
    vi.advanceTimersByTime(299);
    expect(saved(sessionStorage)).toBeNull();
    vi.advanceTimersByTime(1);
    expect(saved(sessionStorage)).toEqual({ ort: 'Musterstadt' });
  });
});

describe('restoring a draft', () => {
  const store = (value: unknown): void =>
    localStorage.setItem(draftStorageKey(KEY), typeof value === 'string' ? value : JSON.stringify(value));

  test('gives back the state and when it was saved', () => {
    store({ savedAt: '2026-11-30T08:15:00.000Z', state: { vorname: 'Erika' } });
    const { controller } = controllerWith(
      () => 'local',
      () => ({}),
    );
    expect(controller.restore()).toEqual({
      savedAt: new Date('2026-11-30T08:15:00.000Z'),
      state: { vorname: 'Erika' },
    });
  });

  test.each([
    ['without a time', { state: { vorname: 'Erika' } }],
    ['with a time that is not a date', { savedAt: 'gestern', state: { vorname: 'Erika' } }],
    ['without a state', { savedAt: '2026-11-30T08:15:00.000Z' }],
    ['that is not JSON', '{kaputt'],
  ])('ignores and removes an entry %s', (_name, value) => {
    store(value);
    const { controller } = controllerWith(
      () => 'local',
      () => ({}),
    );
    expect(controller.restore()).toBeUndefined();
    expect(localStorage.getItem(draftStorageKey(KEY))).toBeNull();
  });

  test('with autosave off, a draft in storage is neither read nor removed', () => {
    store({ savedAt: '2026-11-30T08:15:00.000Z', state: { vorname: 'Erika' } });
    const { controller } = controllerWith(
      () => undefined,
      () => ({}),
    );
    expect(controller.restore()).toBeUndefined();
    expect(localStorage.getItem(draftStorageKey(KEY))).not.toBeNull();
  });

  test('the storage key keeps its format, so drafts saved by an earlier release are found', () => {
    expect(draftStorageKey('antrag@1.0.0')).toBe('efa-forms:draft:antrag@1.0.0');
  });
});

describe('discarding a draft', () => {
  test('clears it from both storages after a switch from local to session', () => {
    let storage: AutosaveStorage = 'local';
    const { controller } = controllerWith(
      () => storage,
      () => ({ vorname: 'Erika' }),
    );
    controller.schedule();
    controller.flush();
    expect(saved(localStorage)).toEqual({ vorname: 'Erika' });
    storage = 'session';
    controller.schedule();
    controller.flush();
    expect(saved(sessionStorage)).toEqual({ vorname: 'Erika' });

    controller.clear();
    expect(localStorage.getItem(draftStorageKey(KEY))).toBeNull();
    expect(sessionStorage.getItem(draftStorageKey(KEY))).toBeNull();
  });

  test('also drops a pending save, so nothing comes back on pagehide', () => {
    const { controller } = controllerWith(
      () => 'local',
      () => ({ vorname: 'Erika' }),
    );
    controller.schedule();
    controller.clear();
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.length).toBe(0);
  });
});
