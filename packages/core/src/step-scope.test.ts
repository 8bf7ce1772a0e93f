import { describe, expect, it } from 'vitest';
import type { StepDefinition } from './definition.js';
import { inStepScope, stepFieldIndex } from './step-scope.js';

const step: StepDefinition = {
  id: 'betrieb',
  title: 'Betrieb',
  fields: ['/betrieb/name', '/betrieb/anschrift', '/kontakt', '/betrieb/name'],
};

describe('stepFieldIndex', () => {
  it('names the field of the step that holds a pointer: the field itself or something inside it', () => {
    expect(stepFieldIndex(step, '/betrieb/anschrift')).toBe(1);
    expect(stepFieldIndex(step, '/betrieb/anschrift/plz')).toBe(1);
    expect(stepFieldIndex(step, '/kontakt/0/telefon')).toBe(2);
  });

  it('gives the first position of a field the step lists twice', () => {
    expect(stepFieldIndex(step, '/betrieb/name')).toBe(0);
  });

  it('gives -1 for a parent, a sibling, a prefix that is no parent, and the whole data', () => {
    expect(stepFieldIndex(step, '/betrieb')).toBe(-1);
    expect(stepFieldIndex(step, '/betrieb/taetigkeit')).toBe(-1);
    expect(stepFieldIndex(step, '/betrieb/namen')).toBe(-1);
    expect(stepFieldIndex(step, '')).toBe(-1);
  });
});

describe('inStepScope', () => {
  it('holds for the fields, what is inside them, their parents and the whole data', () => {
    for (const pointer of ['/betrieb/name', '/betrieb/anschrift/ort', '/betrieb', '', '/kontakt/1'])
      expect(inStepScope(step, pointer), pointer).toBe(true);
  });

  it('does not hold for other fields, beside or above the step', () => {
    for (const pointer of ['/betrieb/taetigkeit', '/person', '/person/name', '/kontak'])
      expect(inStepScope(step, pointer), pointer).toBe(false);
  });

  it('answers for each step by its own fields (steps are told apart, also after a first answer)', () => {
    const other: StepDefinition = { id: 'person', title: 'Person', fields: ['/person/name'] };
    expect(inStepScope(step, '/person')).toBe(false);
    expect(inStepScope(other, '/person')).toBe(true);
    expect(inStepScope(other, '/betrieb')).toBe(false);
  });
});
