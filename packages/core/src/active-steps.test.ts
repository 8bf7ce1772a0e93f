// activeSteps: which wizard pages apply, decided by core's activeFields (the form, the review page and
// the stories ask core instead of deriving it themselves).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Definition } from './definition.js';
import { activeFields } from './active-fields.js';
import { activeSteps } from './active-steps.js';
import { define } from './test-support/sample-definitions.js';

// Built in `beforeEach`, not when the file loads: code that runs while tests are collected counts as
// "static" for StrykerJS, and each mutant in it then runs every test (docs/testing.md).
let definition: Definition;
beforeEach(() => {
  definition = define(
    {
      type: 'object',
      properties: {
        art: {
          type: 'string',
          title: 'Art',
          oneOf: [
            { const: 'person', title: 'Person' },
            { const: 'firma', title: 'Firma' },
          ],
        },
        name: { type: 'string', title: 'Name' },
      },
      allOf: [
        {
          if: { properties: { art: { const: 'firma' } }, required: ['art'] },
          then: {
            properties: {
              firma: {
                type: 'object',
                title: 'Firma',
                properties: { register: { type: 'string', title: 'Register' } },
              },
            },
          },
        },
        {
          if: { properties: { art: { const: 'person' } }, required: ['art'] },
          then: { properties: { geburtsdatum: { type: 'string', title: 'Geburtsdatum', format: 'date' } } },
        },
      ],
    },
    {
      steps: [
        { id: 'start', title: 'Start', fields: ['/art', '/name'] },
        { id: 'firma', title: 'Firma', fields: ['/firma/register'] },
        { id: 'person', title: 'Person', fields: ['/geburtsdatum'] },
      ],
    },
  );
});
const ids = (data: unknown) => activeSteps(definition, data).map((step) => step.id);

describe('activeSteps', () => {
  it('keeps a step while at least one of its fields is active, in the steps order', () => {
    expect(ids({})).toEqual(['start']);
    expect(ids({ art: 'firma' })).toEqual(['start', 'firma']);
    expect(ids({ art: 'person' })).toEqual(['start', 'person']);
  });

  it('keeps a step of which one field applies and another is hidden', () => {
    const mixed = {
      ...definition,
      steps: [{ id: 'gemischt', title: 'Gemischt', fields: ['/name', '/geburtsdatum'] }],
    };
    // `geburtsdatum` shows for a person only; the step still asks for the name of a company.
    expect(activeSteps(mixed, { art: 'firma' }).map((step) => step.id)).toEqual(['gemischt']);
  });

  it('does not keep a step for a value left behind in a field a condition hides', () => {
    // `firma` is filled but hidden: the person switched to `person` after entering it.
    expect(ids({ art: 'person', firma: { register: 'HRB 1' } })).toEqual(['start', 'person']);
  });

  it('returns the steps objects of the definition, and no step when every field is hidden', () => {
    const [start] = activeSteps(definition, {});
    expect(start).toBe(definition.steps[0]);
    const hidden = { ...definition, steps: definition.steps.slice(1) };
    expect(activeSteps(hidden, {})).toEqual([]);
  });

  it('uses the activeFields the caller has already computed', () => {
    const fields = activeFields(definition, { art: 'firma' });
    expect(activeSteps(definition, {}, fields).map((step) => step.id)).toEqual(['start', 'firma']);
  });
});
