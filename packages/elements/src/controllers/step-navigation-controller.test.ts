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
