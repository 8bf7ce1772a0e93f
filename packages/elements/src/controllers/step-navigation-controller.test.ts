import type { ReactiveElement } from 'lit';
import type { StepDefinition } from '@efa-forms/core';
import { describe, expect, test, vi } from 'vitest';
import { StepNavigationController, type StepNavigationOptions } from './step-navigation-controller.js';

const step = (id: string): StepDefinition => ({ id, title: id, fields: [`/${id}`] });

/** The controller on a host that only registers it: `activeSteps` needs nothing else. */
function navigation(steps: StepDefinition[], active: () => readonly StepDefinition[]) {
  const host = { addController: () => {} } as unknown as ReactiveElement;
  const options: StepNavigationOptions = {
    steps: () => steps,
    active: vi.fn(active),
    view: () => 'form',
    stepId: () => undefined,
    setPage: () => {},
    attempt: () => false,
    shown: () => {},
  };
  return { controller: new StepNavigationController(host, options), active: options.active };
}

describe('StepNavigationController.activeSteps', () => {
  test('a one-page form shows its page without asking which steps apply (a walk of every condition)', () => {
    const only = step('antrag');
    for (const applying of [[only], []]) {
      const { controller, active } = navigation([only], () => applying);
      expect(controller.activeSteps()).toEqual([only]);
      expect(active).not.toHaveBeenCalled();
    }
  });

  test('with several steps, the ones that apply; the first step when none does; none without steps', () => {
    const [a, b, c] = [step('a'), step('b'), step('c')];
    expect(navigation([a, b, c], () => [a, c]).controller.activeSteps()).toEqual([a, c]);
    expect(navigation([a, b], () => [b]).controller.activeSteps()).toEqual([b]);
    expect(navigation([b, c], () => []).controller.activeSteps()).toEqual([b]);
    expect(navigation([], () => []).controller.activeSteps()).toEqual([]);
  });

  test('hands out a copy: a caller changing the list does not change the form state', () => {
    const [a, b] = [step('a'), step('b')];
    const applying = [a, b];
    const { controller } = navigation([a, b], () => applying);
    controller.activeSteps().pop();
    expect(applying).toEqual([a, b]);
    const single = [a];
    navigation(single, () => single)
      .controller.activeSteps()
      .pop();
    expect(single).toEqual([a]);
  });
});

interface FakeControl {
  tag: string;
  disabled?: boolean;
  name: string;
}

/**
 * A rendered element for `focus`: its controls in document order, and `querySelector` for the
 * selector lists the controller uses (`tag`, `tag:not([disabled])`, comma-separated), first match in
 * document order like the DOM.
 */
function fakeElement(name: string, focused: string[], controls: FakeControl[] = [], focusFirst = false) {
  const focusable = (control: FakeControl) => ({ focus: () => focused.push(control.name) });
  return {
    dataset: focusFirst ? { focus: 'first' } : {},
    focus: () => focused.push(name),
    querySelector(selectors: string) {
      const parts = selectors.split(',').map((part) => /^(\w+)(:not\(\[disabled\]\))?$/.exec(part.trim()));
      const found = controls.find((control) =>
        parts.some((part) => part !== null && part[1] === control.tag && !(part[2] && control.disabled)),
      );
      return found ? focusable(found) : null;
    },
  };
}

/**
 * A wizard over the steps `ids` on a host that records what a form would see: the pages set, the
 * `efa-step-change` details, update requests and the element focused (after `hostUpdated`).
 */
function wizard(
  ids: string[],
  setup: {
    active?: string[];
    errors?: string[];
    view?: 'form' | 'review' | 'submitted';
    stepId?: string;
    elements?: string[];
  } = {},
) {
  const steps = ids.map(step);
  const page = { view: setup.view ?? 'form', stepId: setup.stepId };
  const events: unknown[] = [];
  const focused: string[] = [];
  const shown: string[] = [];
  const attempted: string[] = [];
  let updates = 0;
  const looked: string[] = [];
  const elements = new Map(
    (setup.elements ?? ['step-heading', 'error-summary']).map((id) => [id, fakeElement(id, focused)]),
  );
  const host = {
    addController: () => {},
    requestUpdate: () => updates++,
    dispatchEvent: (event: Event) => {
      events.push({ type: event.type, ...(event as unknown as { detail: object }).detail });
      return true;
    },
    renderRoot: {
      getElementById: (id: string) => {
        looked.push(id);
        return elements.get(id) ?? null;
      },
    },
  } as unknown as ReactiveElement;
  const controller = new StepNavigationController(host, {
    steps: () => steps,
    active: () => steps.filter((candidate) => (setup.active ?? ids).includes(candidate.id)),
    view: () => page.view,
    stepId: () => page.stepId,
    setPage: (view, stepId) => {
      page.view = view;
      if (stepId !== undefined) page.stepId = stepId;
    },
    attempt: (candidate) => {
      attempted.push(candidate.id);
      return (setup.errors ?? []).includes(candidate.id);
    },
    shown: (view) => shown.push(view),
  });
  return {
    controller,
    steps,
    page,
    events,
    focused,
    shown,
    attempted,
    elements,
    looked,
    updates: () => updates,
    /** The host rendered: the pending focus moves. */
    rendered: () => controller.hostUpdated(),
  };
}

describe('StepNavigationController pages', () => {
  test('the current step is the one shown, else the first that applies; none without steps', () => {
    const shownStep = wizard(['a', 'b', 'c'], { stepId: 'b' });
    expect(shownStep.controller.current()).toBe(shownStep.steps[1]);
    const hidden = wizard(['a', 'b', 'c'], { active: ['b', 'c'], stepId: 'a' });
    expect(hidden.controller.current()).toBe(hidden.steps[1]);
    expect(wizard(['a', 'b'], { stepId: undefined }).controller.current()).toEqual(step('a'));
    expect(wizard([]).controller.current()).toBeUndefined();
  });

  test('the current page is the step id on the form, else the page name', () => {
    expect(wizard(['a', 'b'], { stepId: 'b' }).controller.currentPage).toBe('b');
    expect(wizard(['a', 'b'], { stepId: 'b', view: 'review' }).controller.currentPage).toBe('review');
    expect(wizard(['a', 'b'], { view: 'submitted' }).controller.currentPage).toBe('submitted');
  });

  test('showing a step sets the page, tells the form, fires one efa-step-change and focuses the heading after the render', () => {
    const form = wizard(['a', 'b', 'c'], { stepId: 'a' });
    form.controller.show('form', 'b');
    expect(form.page).toEqual({ view: 'form', stepId: 'b' });
    expect(form.shown).toEqual(['form']);
    expect(form.events).toEqual([{ type: 'efa-step-change', step: 'b', index: 1, total: 3, previous: 'a' }]);
    expect(form.focused).toEqual([]);
    form.rendered();
    expect(form.focused).toEqual(['step-heading']);
    form.rendered();
    expect(form.focused).toEqual(['step-heading']);
  });

  test('the review page counts after the last step that applies', () => {
    const form = wizard(['a', 'b', 'c'], { active: ['a', 'c'], stepId: 'c' });
    form.controller.show('review');
    expect(form.page).toEqual({ view: 'review', stepId: 'c' });
    expect(form.events).toEqual([
      { type: 'efa-step-change', step: 'review', index: 2, total: 2, previous: 'c' },
    ]);
    form.controller.show('submitted');
    expect(form.shown).toEqual(['review', 'submitted']);
    expect(form.events).toEqual([
      { type: 'efa-step-change', step: 'review', index: 2, total: 2, previous: 'c' },
      { type: 'efa-step-change', step: 'submitted', index: 2, total: 2, previous: 'review' },
    ]);
  });

  test('a step that does not apply (or none) is reported at position 0', () => {
    const form = wizard(['a', 'b', 'c'], { active: ['b', 'c'] });
    form.controller.show('form', 'a');
    form.controller.show('form');
    expect(form.events).toEqual([
      { type: 'efa-step-change', step: 'a', index: 0, total: 2, previous: undefined },
      { type: 'efa-step-change', step: 'a', index: 0, total: 2, previous: 'a' },
    ]);
    const empty = wizard([]);
    empty.controller.show('form');
    expect(empty.events).toEqual([
      { type: 'efa-step-change', step: '', index: 0, total: 0, previous: undefined },
    ]);
  });
});

describe('StepNavigationController continue, back and change', () => {
  test('continue goes to the next step that applies, and from the last one to the review page', () => {
    const form = wizard(['a', 'b', 'c'], { active: ['a', 'c'], stepId: 'a' });
    form.controller.next();
    expect(form.page).toEqual({ view: 'form', stepId: 'c' });
    form.controller.next();
    expect(form.page).toEqual({ view: 'review', stepId: 'c' });
    expect(form.attempted).toEqual(['a', 'c']);
    expect(form.events).toEqual([
      { type: 'efa-step-change', step: 'c', index: 1, total: 2, previous: 'a' },
      { type: 'efa-step-change', step: 'review', index: 2, total: 2, previous: 'c' },
    ]);
  });

  test('continue on a step with errors stays there and focuses the error summary after the render', () => {
    const form = wizard(['a', 'b'], { stepId: 'a', errors: ['a'] });
    form.controller.next();
    expect(form.page).toEqual({ view: 'form', stepId: 'a' });
    expect(form.events).toEqual([]);
    expect(form.updates()).toBe(1);
    form.rendered();
    expect(form.focused).toEqual(['error-summary']);
  });

  test('continue without steps does nothing', () => {
    const form = wizard([]);
    form.controller.next();
    expect(form.attempted).toEqual([]);
    expect(form.events).toEqual([]);
    expect(form.updates()).toBe(0);
  });

  test('"change" on the review page shows the step, and continue then returns to the review page once', () => {
    const form = wizard(['a', 'b', 'c'], { view: 'review', stepId: 'c' });
    form.controller.change('a');
    expect(form.controller.fromReview).toBe(true);
    expect(form.page).toEqual({ view: 'form', stepId: 'a' });
    form.controller.next();
    expect(form.page).toEqual({ view: 'review', stepId: 'a' });
    expect(form.controller.fromReview).toBe(false);
    form.controller.show('form', 'a');
    form.controller.next();
    expect(form.page).toEqual({ view: 'form', stepId: 'b' });
    expect(form.events).toEqual([
      { type: 'efa-step-change', step: 'a', index: 0, total: 3, previous: 'review' },
      { type: 'efa-step-change', step: 'review', index: 3, total: 3, previous: 'a' },
      { type: 'efa-step-change', step: 'a', index: 0, total: 3, previous: 'review' },
      { type: 'efa-step-change', step: 'b', index: 1, total: 3, previous: 'a' },
    ]);
  });

  test('after reset, continue goes to the next step again', () => {
    const form = wizard(['a', 'b'], { view: 'review', stepId: 'b' });
    expect(form.controller.fromReview).toBe(false);
    form.controller.change('a');
    form.controller.reset();
    expect(form.controller.fromReview).toBe(false);
    form.controller.next();
    expect(form.page).toEqual({ view: 'form', stepId: 'b' });
  });

  test('back goes to the previous step that applies, from the review page to the last one, and not before the first', () => {
    const form = wizard(['a', 'b', 'c', 'd'], { active: ['a', 'b', 'd'], view: 'review', stepId: 'a' });
    form.controller.back();
    expect(form.page).toEqual({ view: 'form', stepId: 'd' });
    form.controller.back();
    expect(form.page).toEqual({ view: 'form', stepId: 'b' });
    form.controller.back();
    expect(form.page).toEqual({ view: 'form', stepId: 'a' });
    form.controller.back();
    expect(form.page).toEqual({ view: 'form', stepId: 'a' });
    expect(form.events).toEqual([
      { type: 'efa-step-change', step: 'd', index: 2, total: 3, previous: 'review' },
      { type: 'efa-step-change', step: 'b', index: 1, total: 3, previous: 'd' },
      { type: 'efa-step-change', step: 'a', index: 0, total: 3, previous: 'b' },
    ]);
  });

  test('back from the review page of a form without steps shows the form page', () => {
    const form = wizard([], { view: 'review' });
    form.controller.back();
    expect(form.page).toEqual({ view: 'form', stepId: undefined });
    expect(form.events).toEqual([
      { type: 'efa-step-change', step: '', index: 0, total: 0, previous: 'review' },
    ]);
  });

  test('back on a step that does not apply stays', () => {
    const form = wizard(['a', 'b', 'c'], { active: ['a', 'c'], stepId: 'b' });
    form.controller.back();
    expect(form.events).toEqual([]);
  });
});

describe('StepNavigationController focus', () => {
  test('a focus asked for moves after the next render, once', () => {
    const form = wizard(['a'], { elements: ['feld'] });
    form.rendered();
    expect([form.focused, form.looked]).toEqual([[], []]);
    form.controller.focusAfterRender('feld');
    expect(form.focused).toEqual([]);
    form.rendered();
    form.rendered();
    expect(form.focused).toEqual(['feld']);
  });

  test('an element not rendered is not focused', () => {
    const form = wizard(['a'], { elements: [] });
    form.controller.focus('fehlt');
    expect(form.focused).toEqual([]);
  });

  test('an element marked data-focus="first" focuses its first enabled control, else its first enabled button, else itself', () => {
    const form = wizard(['a'], { elements: [] });
    const add = (id: string, controls: FakeControl[], focusFirst = true) =>
      form.elements.set(id, fakeElement(id, form.focused, controls, focusFirst));
    add('controls', [
      { tag: 'button', name: 'button' },
      { tag: 'input', disabled: true, name: 'disabled input' },
      { tag: 'textarea', name: 'textarea' },
      { tag: 'select', name: 'select' },
    ]);
    add('select', [{ tag: 'select', name: 'only select' }]);
    add('input', [{ tag: 'input', name: 'only input' }]);
    add('buttons', [
      { tag: 'select', disabled: true, name: 'disabled select' },
      { tag: 'button', disabled: true, name: 'disabled button' },
      { tag: 'button', name: 'enabled button' },
    ]);
    add('nothing', [{ tag: 'button', disabled: true, name: 'disabled button' }]);
    add('unmarked', [{ tag: 'input', name: 'input of unmarked' }], false);
    for (const id of ['controls', 'select', 'input', 'buttons', 'nothing', 'unmarked'])
      form.controller.focus(id);
    expect(form.focused).toEqual([
      'textarea',
      'only select',
      'only input',
      'enabled button',
      'nothing',
      'unmarked',
    ]);
  });
});
