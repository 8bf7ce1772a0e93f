import { describe, expect, test } from 'vitest';
import { FormState, type FormStateChange } from './form-state.js';

describe('FormState', () => {
  test('values change immutably at their path and report what changed', () => {
    const changes: FormStateChange[] = [];
    const state = new FormState((what) => changes.push(what));
    state.replace({ person: { name: 'A' }, other: { x: 1 } });
    const before = state.answers;
    state.setValue('/person/name', 'B');
    expect(state.answers).toEqual({ person: { name: 'B' }, other: { x: 1 } });
    expect(state.answers).not.toBe(before);
    expect(state.answers.other).toBe(before.other);
    expect(changes).toEqual(['touched', 'answers', 'answers']);
  });

  test('typed text stays with the field until a value comes from elsewhere', () => {
    const state = new FormState();
    state.setTyped('/anzahl', 'zwölf', { ok: false, message: 'keine Zahl' });
    expect(state.text('/anzahl')).toBe('zwölf');
    expect(state.inputErrors.get('/anzahl')).toBe('keine Zahl');
    expect(state.answers).toEqual({});
    state.setTyped('/anzahl', '12', { ok: true, value: 12 });
    expect(state.answers).toEqual({ anzahl: 12 });
    expect(state.inputErrors.has('/anzahl')).toBe(false);
    expect(state.text('/anzahl')).toBe('12');
    state.setValue('/anzahl', 3);
    expect(state.text('/anzahl')).toBeUndefined();
  });

  test('removing an item re-numbers the pointer-keyed state of later items', () => {
    const state = new FormState();
    state.replace({ liste: [{ n: 'a' }, { n: 'b' }, { n: 'c' }] });
    state.setInputError('/liste/1/n', 'Fehler b', 'b!');
    state.setInputError('/liste/2/n', 'Fehler c', 'c!');
    state.setViewState('/liste/2', 'variant', 1);
    state.setViewState('/liste/0', 'variant', 0);
    state.touch('/liste/1/n');
    state.touch('/liste/2/n');
    state.touch('/liste');
    const versionBefore = state.version('/liste/1/n');
    const next = state.removeItem('/liste', state.answers.liste, 1);
    expect(next).toEqual([{ n: 'a' }, { n: 'c' }]);
    expect(state.answers).toEqual({ liste: [{ n: 'a' }, { n: 'c' }] });
    expect(state.text('/liste/1/n')).toBe('c!');
    expect(state.inputErrors.get('/liste/1/n')).toBe('Fehler c');
    expect(state.text('/liste/2/n')).toBeUndefined();
    expect(state.viewState('/liste/1\u0000variant')).toBe(1);
    expect(state.viewState('/liste/0\u0000variant')).toBe(0);
    expect(state.viewState('/liste/2\u0000variant')).toBeUndefined();
    expect([...state.touched].sort()).toEqual(['/liste', '/liste/1/n']);
    expect(state.version('/liste/1/n')).toBeGreaterThan(versionBefore);
    expect(state.removeItem('/nichts', undefined, 0)).toBeUndefined();
  });

  test('replace forgets everything typed, touched and chosen, and invalidates every field', () => {
    const state = new FormState();
    state.setTyped('/a', 'x', { ok: false, message: 'm' });
    state.setViewState('/b', 'variant', 2);
    state.touch('/a');
    const version = state.version('/a');
    state.replace({ a: 1 });
    expect(state.answers).toEqual({ a: 1 });
    expect(state.text('/a')).toBeUndefined();
    expect(state.inputErrors.size).toBe(0);
    expect(state.viewState('/b\u0000variant')).toBeUndefined();
    expect(state.touched.size).toBe(0);
    expect(state.version('/a')).toBeGreaterThan(version);
    state.replace('not an object');
    expect(state.answers).toEqual({});
  });

  test('touch reports only the first time', () => {
    const state = new FormState();
    expect(state.touch('/a')).toBe(true);
    expect(state.touch('/a')).toBe(false);
  });
});

describe('FormState server errors', () => {
  test('stay until their field or a parent is edited, and move with removed items', () => {
    const state = new FormState();
    state.replace({ a: { b: 1 }, liste: ['x', 'y', 'z'] });
    state.setServerErrors([
      { pointer: '/a/b', message: 'b' },
      { pointer: '/a/b', message: 'second message for /a/b is ignored' },
      { pointer: '/c', message: 'c' },
      { pointer: '/liste/2', message: 'z' },
    ]);
    expect([...state.serverErrors]).toEqual([
      ['/a/b', 'b'],
      ['/c', 'c'],
      ['/liste/2', 'z'],
    ]);
    state.setValue('/c/d', 1);
    expect(state.serverErrors.has('/c')).toBe(true);
    state.removeItem('/liste', state.answers.liste, 0);
    expect(state.serverErrors.get('/liste/1')).toBe('z');
    state.setValue('/a', { b: 2 });
    expect([...state.serverErrors.keys()]).toEqual(['/c', '/liste/1']);
    state.setServerErrors([]);
    expect(state.serverErrors.size).toBe(0);
  });
});

describe('FormState render versions', () => {
  test('bumping a field re-renders it and its ancestors once each, nothing else', () => {
    const state = new FormState();
    state.bump('/a/b');
    state.bump('/a/b');
    expect([state.version('/a/b'), state.version('/a'), state.version(''), state.version('/x')]).toEqual([
      2, 2, 2, 0,
    ]);
  });

  test('replace invalidates the whole form, also one that never rendered a field', () => {
    const state = new FormState();
    state.replace({ a: 1 });
    expect(state.version('')).toBe(1);
    state.bump('/a');
    state.replace({ a: 2 });
    expect([state.version(''), state.version('/a')]).toEqual([4, 2]);
  });

  test("a widget's view state re-renders its field", () => {
    const state = new FormState();
    state.setViewState('/wahl', 'variant', 1);
    expect([state.version('/wahl'), state.version('')]).toEqual([1, 1]);
    state.setViewState('/wahl', 'variant', undefined);
    expect(state.viewState('/wahl\u0000variant')).toBeUndefined();
    expect(state.version('/wahl')).toBe(2);
  });

  test('server errors re-render the fields they appear on and the ones they leave', () => {
    const state = new FormState();
    state.setServerErrors([{ pointer: '/a', message: 'a' }]);
    expect([state.version('/a'), state.version('/b')]).toEqual([1, 0]);
    state.setServerErrors([{ pointer: '/b', message: 'b' }]);
    expect([state.version('/a'), state.version('/b')]).toEqual([2, 1]);
  });

  test('removing an item re-renders the list and its later items, not the fields outside it', () => {
    const state = new FormState();
    state.replace({ name: 'n', liste: ['x', 'y'] });
    state.bump('/name');
    state.bump('/liste/1');
    const before = [state.version('/liste'), state.version('/liste/1'), state.version('/name')];
    state.removeItem('/liste', state.answers.liste, 0);
    expect([state.version('/liste'), state.version('/liste/1'), state.version('/name')]).toEqual([
      (before[0] as number) + 1,
      (before[1] as number) + 1,
      before[2],
    ]);
  });
});

describe('FormState typed text and input errors', () => {
  test('a value from elsewhere removes both the typed text and its input error', () => {
    const state = new FormState();
    state.setTyped('/anzahl', 'zwölf', { ok: false, message: 'keine Zahl' });
    state.setValue('/anzahl', 12);
    expect(state.text('/anzahl')).toBeUndefined();
    expect([...state.inputErrors]).toEqual([]);
    expect(state.answers).toEqual({ anzahl: 12 });
  });

  test('a value from elsewhere removes an input error without text, and re-renders the field', () => {
    const state = new FormState();
    state.setInputError('/datei', 'zu groß');
    const version = state.version('/datei');
    state.setValue('/datei', 'a.pdf');
    expect([...state.inputErrors]).toEqual([]);
    expect(state.version('/datei')).toBe(version + 1);
  });

  test('text that is no value removes the value typed before', () => {
    const state = new FormState();
    state.setTyped('/anzahl', '12', { ok: true, value: 12 });
    state.setTyped('/anzahl', '12x', { ok: false, message: 'keine Zahl' });
    expect(state.answers).toEqual({});
    expect(state.text('/anzahl')).toBe('12x');
  });

  test("a widget's own error keeps the text typed before unless it gives one; clearing it removes both", () => {
    const state = new FormState();
    state.setTyped('/datum', '31.02.', { ok: false, message: 'kein Datum' });
    state.setInputError('/datum', 'Datum unmöglich');
    expect([state.text('/datum'), [...state.inputErrors]]).toEqual([
      '31.02.',
      [['/datum', 'Datum unmöglich']],
    ]);
    state.setInputError('/datum', 'Datum in der Zukunft', '31.12.2999');
    expect([state.text('/datum'), [...state.inputErrors]]).toEqual([
      '31.12.2999',
      [['/datum', 'Datum in der Zukunft']],
    ]);
    state.setInputError('/datum', undefined);
    expect([state.text('/datum'), [...state.inputErrors]]).toEqual([undefined, []]);
  });

  test('replace forgets the server errors', () => {
    const state = new FormState();
    state.setServerErrors([{ pointer: '/a', message: 'a' }]);
    state.replace({});
    expect([...state.serverErrors]).toEqual([]);
  });
});

describe('FormState server errors answered by an edit', () => {
  test("editing a field removes its own server error and re-renders it, not a sibling's with a longer name", () => {
    const state = new FormState();
    state.setServerErrors([
      { pointer: '/a', message: 'a' },
      { pointer: '/ab', message: 'ab' },
      { pointer: '/a/b', message: 'a/b' },
    ]);
    const versions = [state.version('/a'), state.version('/ab'), state.version('/a/b')];
    state.setValue('/a', { b: 1 });
    expect([...state.serverErrors]).toEqual([['/ab', 'ab']]);
    expect([state.version('/ab'), state.version('/a/b')]).toEqual([versions[1], (versions[2] as number) + 1]);
    expect(state.version('/a')).toBeGreaterThan(versions[0] as number);
  });
});

describe('FormState removing items', () => {
  test("the removed item's typed text, errors, view state and touched marks go with it", () => {
    const state = new FormState();
    state.replace({ liste: ['a', 'b'] });
    state.setInputError('/liste/1', 'Fehler b', 'b!');
    state.setViewState('/liste/1', 'variant', 1);
    state.setServerErrors([{ pointer: '/liste/1', message: 'Server b' }]);
    state.touch('/liste/1');
    state.removeItem('/liste', state.answers.liste, 1);
    expect([state.text('/liste/1'), state.viewState('/liste/1\u0000variant')]).toEqual([
      undefined,
      undefined,
    ]);
    expect([[...state.inputErrors], [...state.serverErrors], [...state.touched]]).toEqual([[], [], []]);
  });

  test('items from the tenth on move up by one, the state of another list stays', () => {
    const state = new FormState();
    state.replace({
      liste: Array.from({ length: 13 }, (_item, position) => position),
      namen: ['x', 'y', 'z'],
    });
    state.setInputError('/liste/12', 'Fehler 12', '12!');
    state.setInputError('/liste/10/n', 'Fehler 10');
    state.setViewState('/liste/11', 'variant', 11);
    state.setInputError('/namen/2', 'Fehler namen', 'z!');
    state.removeItem('/liste', state.answers.liste, 0);
    expect([...state.inputErrors]).toEqual([
      ['/liste/11', 'Fehler 12'],
      ['/liste/9/n', 'Fehler 10'],
      ['/namen/2', 'Fehler namen'],
    ]);
    expect([
      state.text('/liste/11'),
      state.text('/namen/2'),
      state.viewState('/liste/10\u0000variant'),
    ]).toEqual(['12!', 'z!', 11]);
  });
});

describe('FormState render versions of value changes', () => {
  test('a value alone does not re-render its field (the value keys the render cache)', () => {
    const state = new FormState();
    state.setValue('/a', 1);
    state.setValue('/a', 2, true);
    expect([state.version('/a'), state.version('')]).toEqual([0, 0]);
  });

  test('a value from elsewhere re-renders a field that showed typed text', () => {
    const state = new FormState();
    state.setTyped('/anzahl', '12', { ok: true, value: 12 });
    const version = state.version('/anzahl');
    state.setValue('/anzahl', 3);
    expect(state.version('/anzahl')).toBe(version + 1);
  });
});
