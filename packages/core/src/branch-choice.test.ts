// chosenBranch: the validator reports the errors of the branch the form shows. Each case once went wrong.
import { describe, expect, it } from 'vitest';
// Matching a variant compiles it: the run-time compiler the full @efa-forms/core registers.
import './internal/ajv-schema-compiler.js';
import { activeFields } from './active-fields.js';
import { chosenBranch, takenBranches } from './branch-choice.js';
import { createValidator } from './create-validator.js';
import type { JsonSchemaObject } from './definition.js';
import { anySchemaContext } from './internal/schema-context.js';
import { define } from './test-support/sample-definitions.js';

/** The branch `data` chooses among the `oneOf` of `root`, which is its own holder. */
const chosen = (root: JsonSchemaObject, data: unknown, picked?: number) =>
  chosenBranch({ schema: root }, root.oneOf as JsonSchemaObject[], data, picked);

describe('errors speak of the branch the form shows', () => {
  it('reports the fields of the default variant when no variant is chosen', () => {
    const definition = define({
      type: 'object',
      properties: {
        antragsteller: {
          type: 'object',
          title: 'Antragsteller',
          oneOf: [
            {
              properties: {
                vorname: { type: 'string', title: 'Vorname' },
                nachname: { type: 'string', title: 'Nachname' },
              },
              required: ['vorname', 'nachname'],
            },
            { properties: { firma: { type: 'string', title: 'Firma' } }, required: ['firma'] },
          ],
        },
      },
    });
    const visible = [...activeFields(definition, { antragsteller: {} }).visible];
    const errors = createValidator(definition)
      .validate({ antragsteller: {} })
      .errors.map((error) => error.pointer);
    expect(errors).toEqual(['/antragsteller/vorname', '/antragsteller/nachname']);
    for (const pointer of errors) expect(visible).toContain(pointer);
  });

  it('reports the unticked consent of the chosen branch, not a variant mismatch', () => {
    const definition = define({
      type: 'object',
      properties: {
        typ: {
          type: 'string',
          title: 'Typ',
          oneOf: [
            { const: 'a', title: 'A' },
            { const: 'b', title: 'B' },
          ],
        },
      },
      oneOf: [
        {
          properties: { typ: { const: 'a' }, ok1: { type: 'boolean', title: 'Zustimmung A', const: true } },
          required: ['ok1'],
        },
        {
          properties: { typ: { const: 'b' }, ok2: { type: 'boolean', title: 'Zustimmung B', const: true } },
          required: ['ok2'],
        },
      ],
    });
    const errors = createValidator(definition).validate({ typ: 'b', ok2: false }).errors;
    expect(errors.map((error) => [error.pointer, error.message])).toEqual([
      ['/ok2', 'Bitte bestätigen Sie „Zustimmung B“.'],
    ]);
  });
});

describe('the branch the data chooses', () => {
  it('a pick outside the alternatives is ignored and the data decides', () => {
    const root: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { properties: { vorname: { type: 'string' } }, required: ['vorname'] },
        { properties: { firma: { type: 'string' } }, required: ['firma'] },
      ],
    };
    expect(chosen(root, { firma: 'Muster GmbH' }, 0)).toBe(0);
    expect(chosen(root, { firma: 'Muster GmbH' }, -1)).toBe(1);
    expect(chosen(root, { firma: 'Muster GmbH' }, 2)).toBe(1);
  });

  it("the data's discriminator wins over the pick", () => {
    const root: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { properties: { typ: { const: 'a' }, nummer: { type: 'string' } } },
        { properties: { typ: { const: 'b' }, text: { type: 'string' } } },
      ],
    };
    expect(chosen(root, { typ: 'b' }, 0)).toBe(1);
  });

  it('one discriminated branch lets the data decide over the pick', () => {
    const root: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { properties: { typ: { const: 'a' }, nummer: { type: 'string' } } },
        { properties: { typ: { type: 'string' }, text: { type: 'string' } }, required: ['text'] },
      ],
    };
    expect(chosen(root, { typ: 'a' }, 1)).toBe(0);
  });

  it('a discriminator answered with no branch value chooses none, not the variant beside it', () => {
    const root: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { properties: { typ: { const: 'a' }, nummer: { type: 'string' } } },
        { properties: { typ: { type: 'string' }, text: { type: 'string' } }, required: ['text'] },
      ],
    };
    expect(chosen(root, { typ: 'c' })).toBeUndefined();
  });

  it('a value two branches accept chooses none of them', () => {
    const root: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { properties: { typ: { enum: ['x', 'y'] }, a: { type: 'string' } } },
        { properties: { typ: { enum: ['y', 'z'] }, b: { type: 'string' } } },
      ],
    };
    expect(chosen(root, { typ: 'x' })).toBe(0);
    expect(chosen(root, { typ: 'y' })).toBeUndefined();
  });

  it('a branch is chosen only when the data answers all its discriminators', () => {
    const root: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        { properties: { typ: { const: 'a' }, art: { const: 'x' } } },
        { properties: { typ: { const: 'b' }, art: { const: 'y' } } },
      ],
    };
    expect(chosen(root, { typ: 'a' })).toBeUndefined();
    expect(chosen(root, { typ: 'a', art: 'x' })).toBe(0);
  });

  it('a branch that only adds conditions applies but chooses no fields', () => {
    const root: JsonSchemaObject = {
      type: 'object',
      oneOf: [{ properties: { x: { type: 'string' } }, required: ['x'] }, { required: ['y'] }],
    };
    expect(chosen(root, { y: 1 })).toBeUndefined();
  });

  it('the variant the data matches is chosen, even when another covers as many keys', () => {
    const root: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        {
          properties: { name: { type: 'string' }, nummer: { type: 'string' } },
          required: ['name', 'nummer'],
        },
        { properties: { name: { type: 'string' } }, required: ['name'] },
      ],
    };
    expect(chosen(root, { name: 'Muster' })).toBe(1);
  });

  it('data that fits no variant keeps the variant that covers most of its keys, the first on a tie', () => {
    const root: JsonSchemaObject = {
      type: 'object',
      oneOf: [
        {
          properties: { vorname: { type: 'string' }, nachname: { type: 'string' } },
          required: ['vorname', 'nachname'],
        },
        {
          properties: { firma: { type: 'string' }, sitz: { type: 'string' } },
          required: ['firma', 'sitz'],
        },
      ],
    };
    expect(chosen(root, { firma: 'Muster GmbH' })).toBe(1);
    expect(chosen(root, { firma: 'Muster GmbH', sonst: 1 })).toBe(1);
    expect(chosen(root, { vorname: 'Erika', firma: 'Muster GmbH' })).toBe(0);
  });

  it('no branches: none is taken', () => {
    const holder = { schema: { type: 'object' } satisfies JsonSchemaObject };
    expect(takenBranches(anySchemaContext(holder), holder, [], {})).toEqual(new Set());
  });
});
