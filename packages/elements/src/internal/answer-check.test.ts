// AnswerCheck: the answers as they would be sent (pruned) and core's verdict on them, computed once
// per answers object and validator.
import { describe, expect, test } from 'vitest';
import { createValidator, loadDefinition, type ValidationResult, type Validator } from '@efa-forms/core';
import { AnswerCheck, type AnswerCheckSource } from './answer-check.js';

const SCHEMA = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', title: 'Name' }, notiz: { type: 'string', title: 'Notiz' } },
};

/** A check over a two-field form whose answers and validator the test replaces. */
function checking(answers: Record<string, unknown>, withCallback = true) {
  const definition = loadDefinition({ id: 'a', version: '1.0.0', title: 'A', schema: SCHEMA });
  const state = { answers, validator: createValidator(definition) };
  const results: ValidationResult[] = [];
  let validations = 0;
  const counted = (validator: Validator): Validator => ({
    ...validator,
    validate: (data) => {
      validations++;
      return validator.validate(data);
    },
  });
  state.validator = counted(state.validator);
  const source: AnswerCheckSource = {
    definition: () => definition,
    validator: () => state.validator,
    shownData: () => state.answers,
    answers: () => state.answers,
    ...(withCallback ? { checked: (result: ValidationResult) => void results.push(result) } : {}),
  };
  return {
    check: new AnswerCheck(source),
    state,
    results,
    validations: () => validations,
    newValidator: () => (state.validator = counted(createValidator(definition))),
  };
}

describe('AnswerCheck', () => {
  test('the answers as they would be sent (pruned) and the verdict on them, also handed to the form', () => {
    const { check, results } = checking({ name: 'A', notiz: '', fremd: 1 });
    const checked = check.get();
    expect(checked).toEqual({ data: { name: 'A' }, result: { valid: true, errors: [] } });
    expect(results).toEqual([{ valid: true, errors: [] }]);
  });

  test('an invalid answer is reported with its error', () => {
    const { check, results } = checking({ notiz: 'x' });
    const result = {
      valid: false,
      errors: [
        {
          pointer: '/name',
          keyword: 'required',
          message: 'Bitte geben Sie „Name“ an.',
          params: { missingProperty: 'name', label: 'Name' },
        },
      ],
    };
    expect(check.get()).toEqual({ data: { notiz: 'x' }, result });
    expect(results).toEqual([result]);
  });

  test('runs once per answers object and validator; new answers, a new validator or a reset run again', () => {
    const { check, state, results, validations, newValidator } = checking({ name: 'A' });
    const first = check.get();
    expect(check.get()).toBe(first);
    expect(validations()).toBe(1);
    expect(results).toHaveLength(1);
    state.answers = { name: 'B' };
    expect(check.get()).toEqual({ data: { name: 'B' }, result: { valid: true, errors: [] } });
    expect(validations()).toBe(2);
    newValidator();
    const third = check.get();
    expect(third).not.toBe(first);
    expect(check.get()).toBe(third);
    expect(validations()).toBe(3);
    check.reset();
    const fourth = check.get();
    expect(fourth).not.toBe(third);
    expect(fourth).toEqual(third);
    expect(validations()).toBe(4);
    expect(results).toHaveLength(4);
  });

  test('works without a callback', () => {
    const { check } = checking({ name: 'A' }, false);
    expect(check.get()).toEqual({ data: { name: 'A' }, result: { valid: true, errors: [] } });
  });

  test('the cost is the time of the last run: none before, at most the time the call took', () => {
    const { check } = checking({ name: 'A' });
    expect(check.cost).toBe(0);
    const before = performance.now();
    check.get();
    const took = performance.now() - before;
    expect(check.cost).toBeGreaterThanOrEqual(0);
    expect(check.cost).toBeLessThanOrEqual(took);
  });
});
