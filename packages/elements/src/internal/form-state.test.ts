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
