// ShownErrors: which errors a step shows, on which field, in which order, and when (touched fields
// until continuing was attempted); a real field model over a small definition.
import { describe, expect, test, vi } from 'vitest';
import { type Definition, type StepDefinition, type ValidationError } from '@efa-forms/core';
import { WidgetRegistry } from '../widget-registry.js';
import { FieldModel } from './field-model.js';
import { ShownErrors } from './shown-errors.js';

/** A validator error at `pointer` (only pointer and message matter here). */
const error = (pointer: string, message: string) =>
  ({ pointer, keyword: 'required', message, params: {} }) as unknown as ValidationError;

interface Setup {
  answers?: Record<string, unknown>;
  check?: ValidationError[];
  server?: [string, string][];
  input?: [string, string][];
  touched?: string[];
  active?: string[];
  /** Steps that apply when not among the definition's. */
  activeSteps?: StepDefinition[];
  loaded?: boolean;
}

/**
 * Steps `eins` (`/name`, `/liste`, `/adresse/ort`), `zwei` (`/mail`) and `drei` (`/notiz`) over a
 * form with a text, a list of objects, a nested object and two texts; `/extra` is in no step.
 */
function form(setup: Setup = {}) {
  // Not through loadDefinition: it refuses fields in no step, which this form has on purpose.
  const definition = {
    id: 'f',
    version: '1.0.0',
    title: 'F',
    schema: {
      type: 'object',
      properties: {
        name: { type: 'string', title: 'Name' },
        liste: {
          type: 'array',
          title: 'Liste',
          items: {
            type: 'object',
            properties: { a: { type: 'string', title: 'A' }, b: { type: 'string', title: 'B' } },
          },
        },
        adresse: {
          type: 'object',
          title: 'Adresse',
          properties: {
            strasse: { type: 'string', title: 'Straße' },
            ort: { type: 'string', title: 'Ort' },
            ortsteil: { type: 'string', title: 'Ortsteil' },
          },
        },
        mail: { type: 'string', title: 'Mail' },
        kontakt: {
          title: 'Kontakt',
          oneOf: [
            { title: 'Telefon', type: 'object', properties: { nummer: { type: 'string', title: 'Nummer' } } },
            {
              title: 'Post',
              type: 'object',
              properties: { anschrift: { type: 'string', title: 'Anschrift' } },
            },
          ],
        },
        notiz: { type: 'string', title: 'Notiz' },
        extra: { type: 'string', title: 'Extra' },
      },
    },
    steps: [
      { id: 'eins', title: 'Eins', fields: ['/name', '/liste', '/adresse/ort'] },
      { id: 'zwei', title: 'Zwei', fields: ['/mail', '/kontakt'] },
      { id: 'drei', title: 'Drei', fields: ['/notiz'] },
    ],
  } as unknown as Definition;
  const answers = setup.answers ?? {};
  const model = new FieldModel({
    definition: () => definition,
    widgets: () => new WidgetRegistry(),
    answers: () => answers,
    viewState: () => undefined,
  });
  const bumped: string[] = [];
  let checks = 0;
  const steps = (ids: string[]) => definition.steps.filter((candidate) => ids.includes(candidate.id));
  const source = {
    model,
    serverErrors: () => new Map(setup.server ?? []),
    check: () => {
      checks++;
      return setup.check ?? [];
    },
    loaded: () => setup.loaded ?? true,
    activeSteps: () => setup.activeSteps ?? steps(setup.active ?? ['eins', 'zwei', 'drei']),
    inputErrors: () => new Map(setup.input ?? []),
    touched: () => new Set(setup.touched ?? []),
    bump: (pointer: string) => void bumped.push(pointer),
  };
  const step = (id: string) => definition.steps.find((candidate) => candidate.id === id) as StepDefinition;
  return { errors: new ShownErrors(source), step, steps, bumped, checks: () => checks, setup, model };
}

/** Target, message and order of shown errors (the focus id follows from the target, tested once). */
const brief = (errors: Iterable<{ target: string; message: string; order: number[] }>) =>
  [...errors].map(({ target, message, order }) => ({ target, message, order }));

const MAX = Number.MAX_SAFE_INTEGER;

describe('ShownErrors.stepErrors', () => {
  test('nothing while no definition is loaded', () => {
    const { errors, step } = form({ loaded: false, check: [error('/name', 'Name fehlt')] });
    expect(errors.stepErrors(step('eins'))).toEqual([]);
  });

  test("a step's errors in page order, on the deepest field the page shows, with the field's focus id", () => {
    const { errors, step } = form({
      answers: { liste: [{ a: '' }, { a: '' }], adresse: {} },
      check: [
        error('/adresse/ort', 'Ort fehlt'),
        error('/liste/1/b', 'B fehlt'),
        error('/liste/0/a', 'A fehlt'),
        error('/liste/7/a', 'no such item: on the list'),
        error('/name/x', 'inside a text: on the text'),
        error('/mail', 'another step'),
      ],
    });
    expect(errors.stepErrors(step('eins'))).toEqual([
      { target: '/name', focusId: 'f_2f_name', message: 'inside a text: on the text', order: [0] },
      { target: '/liste', focusId: 'f_2f_liste', message: 'no such item: on the list', order: [1] },
      { target: '/liste/0/a', focusId: 'f_2f_liste_2f_0_2f_a', message: 'A fehlt', order: [1, 0, 0] },
      { target: '/liste/1/b', focusId: 'f_2f_liste_2f_1_2f_b', message: 'B fehlt', order: [1, 1, 1] },
      { target: '/adresse/ort', focusId: 'f_2f_adresse_2f_ort', message: 'Ort fehlt', order: [2] },
    ]);
    expect(errors.stepErrors(step('zwei'))).toEqual([
      { target: '/mail', focusId: 'f_2f_mail', message: 'another step', order: [0] },
    ]);
  });

  test("an error on a parent of a step field or on the whole data shows on the step's first field, last", () => {
    const { errors, step } = form({
      check: [
        error('/adresse', 'Adresse fehlt'),
        error('/adresse/ort', 'Ort fehlt'),
        error('/liste', 'zu kurz'),
      ],
    });
    expect(brief(errors.stepErrors(step('eins')))).toEqual([
      { target: '/liste', message: 'zu kurz', order: [1] },
      { target: '/adresse/ort', message: 'Ort fehlt', order: [2] },
      { target: '/name', message: 'Adresse fehlt', order: [MAX] },
    ]);
    expect(brief(form({ check: [error('', 'Daten falsch')] }).errors.stepErrors(step('zwei')))).toEqual([
      { target: '/mail', message: 'Daten falsch', order: [MAX] },
    ]);
  });

  test('the last step that applies also shows the errors no step holds; the others do not', () => {
    const { errors, step } = form({
      active: ['eins', 'zwei'],
      check: [
        error('/name', 'Name fehlt: step eins'),
        error('/extra', 'Extra fehlt'),
        error('/notiz', 'step drei does not apply'),
      ],
    });
    // Both land on the step's first field: the first one is shown there.
    expect(brief(errors.stepErrors(step('zwei')))).toEqual([
      { target: '/mail', message: 'Extra fehlt', order: [MAX] },
    ]);
    expect(brief(errors.stepErrors(step('eins')))).toEqual([
      { target: '/name', message: 'Name fehlt: step eins', order: [0] },
    ]);
    expect(errors.catchAllStep()).toBe(step('zwei'));
    expect(errors.catchAllStep([])).toBeUndefined();
    expect(errors.isOutsideSteps('/extra')).toBe(true);
    expect(errors.isOutsideSteps('/notiz')).toBe(true);
    expect(errors.isOutsideSteps('/mail')).toBe(false);
    expect(errors.isOutsideSteps('/mail', [step('eins')])).toBe(true);
  });

  test('an error no step holds is not shown on a step before the last, even when that step has none of its own', () => {
    const { errors, step } = form({ active: ['eins', 'zwei'], check: [error('/extra', 'Extra fehlt')] });
    expect(errors.stepErrors(step('eins'))).toEqual([]);
    expect(brief(errors.stepErrors(step('zwei')))).toEqual([
      { target: '/mail', message: 'Extra fehlt', order: [MAX] },
    ]);
  });

  test("the server's error comes first, then the typing error, then the validator's: one error per field", () => {
    const { errors, step } = form({
      server: [
        ['/name', 'Server: Name'],
        ['/mail', 'Server: other step'],
      ],
      input: [
        ['/name', 'keine Zahl'],
        ['/adresse/ort', 'Ort: keine Zahl'],
        ['/adresse', 'typing error on a parent: not shown'],
        ['/mail', 'typing error of another step'],
      ],
      check: [
        error('/name', 'Name: validator'),
        error('/adresse/ort', 'Ort: validator, but typed text counts'),
        error('/adresse', 'Adresse: validator'),
        error('/liste', 'Liste: validator'),
      ],
    });
    expect(brief(errors.stepErrors(step('eins')))).toEqual([
      { target: '/name', message: 'Server: Name', order: [0] },
      { target: '/liste', message: 'Liste: validator', order: [1] },
      { target: '/adresse/ort', message: 'Ort: keine Zahl', order: [2] },
    ]);
  });

  test('a validator error on a field with a typing error is left out even when placed elsewhere', () => {
    const { errors, step } = form({
      answers: { liste: [{}] },
      input: [['/liste/0/a', 'typed']],
      check: [error('/liste/0/a', 'validator on the typed field'), error('/liste/0/b', 'B fehlt')],
    });
    expect(brief(errors.stepErrors(step('eins')))).toEqual([
      { target: '/liste/0/a', message: 'typed', order: [1, 0, 0] },
      { target: '/liste/0/b', message: 'B fehlt', order: [1, 0, 1] },
    ]);
  });
});

describe('ShownErrors.stepErrors placing', () => {
  test("errors of another step, by the server or while typing, do not show; typing errors only on the step's fields", () => {
    const { errors, step } = form({
      server: [['/mail', 'Server: Mail']],
      input: [
        ['/mail', 'typed mail'],
        ['/adresse', 'typed on a parent'],
        ['/name', 'keine Zahl'],
      ],
    });
    expect(brief(errors.stepErrors(step('eins')))).toEqual([
      { target: '/name', message: 'keine Zahl', order: [0] },
    ]);
  });

  test("the validator's error on a pointer with a typing error is left out, also on a step field's parent", () => {
    const { errors, step } = form({
      input: [['/adresse', 'typed on a parent']],
      check: [error('/adresse', 'validator on the typed parent')],
    });
    expect(errors.stepErrors(step('eins'))).toEqual([]);
  });

  test('a step without fields shows its errors on the form as a whole', () => {
    const empty: StepDefinition = { id: 'leer', title: 'Leer', fields: [] };
    const { errors } = form({ activeSteps: [empty], check: [error('', 'Daten falsch')] });
    expect(errors.stepErrors(empty)).toEqual([
      { target: '', focusId: 'f', message: 'Daten falsch', order: [MAX] },
    ]);
  });

  test('an error inside the chosen alternative shows on its field', () => {
    const { errors, step } = form({
      answers: { kontakt: { nummer: 'x' } },
      check: [error('/kontakt/nummer', 'Nummer ungültig')],
    });
    expect(errors.stepErrors(step('zwei'))).toEqual([
      {
        target: '/kontakt/nummer',
        focusId: 'f_2f_kontakt_2f_nummer',
        message: 'Nummer ungültig',
        order: [1, 0],
      },
    ]);
  });

  test("an error deep inside the step's first field shows there; one outside every step stays on the first field", () => {
    const only: StepDefinition = { id: 'a', title: 'A', fields: ['/adresse'] };
    const { errors } = form({
      activeSteps: [only],
      check: [error('/adresse/strasse', 'Straße fehlt'), error('/extra/ort', 'outside every step')],
    });
    expect(brief(errors.stepErrors(only))).toEqual([
      { target: '/adresse/strasse', message: 'Straße fehlt', order: [0, 0] },
      { target: '/adresse', message: 'outside every step', order: [MAX] },
    ]);
  });

  test('an error on a step field the page does not show stays on that field', () => {
    const { errors } = form({ check: [error('/fehlt/x', 'x fehlt')] });
    expect(errors.stepErrors({ id: 'f', title: 'F', fields: ['/fehlt'] })).toEqual([
      { target: '/fehlt', focusId: 'f_2f_fehlt', message: 'x fehlt', order: [0] },
    ]);
  });
});

describe('ShownErrors.refresh', () => {
  test('before continuing, only the step fields holding a touched field are placed, and nothing is checked without one', () => {
    const { errors, step, model, checks } = form({
      touched: ['/adresse/ort'],
      server: [['/name', 'Server: Name']],
      input: [['/liste', 'typed']],
      check: [
        error('/name', 'Name fehlt'),
        error('/mail', 'Mail fehlt'),
        error('/liste', 'zu kurz'),
        error('/adresse/ort', 'Ort fehlt'),
      ],
    });
    const placed = vi.spyOn(model, 'specAt');
    errors.refresh(step('eins'), false);
    expect(placed.mock.calls.map(([pointer]) => pointer)).toEqual(['/adresse/ort']);
    expect(brief(errors.shown.values())).toEqual([
      { target: '/adresse/ort', message: 'Ort fehlt', order: [2] },
    ]);
    const before = checks();
    errors.refresh(step('zwei'), false);
    expect([checks(), errors.shown.size]).toEqual([before, 0]);
  });

  test('before continuing, an error on a parent of a step field shows once the first step field was touched', () => {
    const { errors, step } = form({ touched: ['/name'], check: [error('/adresse', 'Adresse fehlt')] });
    errors.refresh(step('eins'), false);
    expect(brief(errors.shown.values())).toEqual([
      { target: '/name', message: 'Adresse fehlt', order: [MAX] },
    ]);
  });

  test('a touched field with a longer name does not count as inside another', () => {
    const { errors } = form({ touched: ['/adresse/ortsteil'], check: [error('/adresse/ort', 'Ort fehlt')] });
    errors.refresh({ id: 'a', title: 'A', fields: ['/adresse'] }, false);
    expect(errors.shown.size).toBe(0);
  });

  test('before continuing, only errors of touched fields (or fields inside them) show', () => {
    const { errors, step, bumped } = form({
      answers: { liste: [{}, {}] },
      touched: ['/liste/1/a', '/adresse/ort'],
      check: [
        error('/name', 'Name fehlt'),
        error('/liste/0/a', 'untouched item'),
        error('/liste/1/a', 'A fehlt'),
        error('/liste', 'zu kurz'),
        error('/adresse/ort', 'Ort fehlt'),
        error('/mail', 'other step'),
      ],
    });
    errors.refresh(step('eins'), false);
    expect(brief(errors.shown.values())).toEqual([
      { target: '/liste', message: 'zu kurz', order: [1] },
      { target: '/liste/1/a', message: 'A fehlt', order: [1, 1, 0] },
      { target: '/adresse/ort', message: 'Ort fehlt', order: [2] },
    ]);
    expect(bumped).toEqual(['/liste', '/liste/1/a', '/adresse/ort']);
  });

  test('a touched field inside a nested step field also places the errors of the outer step field', () => {
    const { errors } = form({
      touched: ['/adresse/ort'],
      check: [
        error('/adresse', 'Adresse unvollständig'),
        error('/adresse/ort', 'Ort fehlt'),
        error('/adresse/strasse', 'untouched field'),
        error('/name', 'untouched step field'),
      ],
    });
    errors.refresh({ id: 'n', title: 'N', fields: ['/name', '/adresse', '/adresse/ort'] }, false);
    expect(brief(errors.shown.values())).toEqual([
      { target: '/adresse', message: 'Adresse unvollständig', order: [1] },
      { target: '/adresse/ort', message: 'Ort fehlt', order: [2] },
    ]);
  });

  test('after a continue attempt every error of the step shows; without a step none', () => {
    const { errors, step, bumped } = form({
      check: [error('/name', 'Name fehlt'), error('/adresse/ort', 'Ort fehlt')],
    });
    errors.refresh(step('eins'), false);
    expect(errors.shown.size).toBe(0);
    errors.refresh(step('eins'), true);
    expect(brief(errors.shown.values())).toEqual([
      { target: '/name', message: 'Name fehlt', order: [0] },
      { target: '/adresse/ort', message: 'Ort fehlt', order: [2] },
    ]);
    errors.refresh(undefined, true);
    expect(errors.shown.size).toBe(0);
    expect(bumped).toEqual(['/name', '/adresse/ort', '/name', '/adresse/ort']);
  });

  test('re-renders exactly the fields whose error appeared, changed or went', () => {
    const setup: Setup = { check: [error('/name', 'Name fehlt'), error('/adresse/ort', 'Ort fehlt')] };
    const { errors, step, bumped } = form(setup);
    errors.refresh(step('eins'), true);
    bumped.length = 0;
    setup.check = [
      error('/name', 'Name fehlt'),
      error('/adresse/ort', 'Ort ungültig'),
      error('/liste', 'zu kurz'),
    ];
    errors.refresh(step('eins'), true);
    expect(bumped).toEqual(['/liste', '/adresse/ort']);
    bumped.length = 0;
    setup.check = [error('/liste', 'zu kurz')];
    errors.refresh(step('eins'), true);
    expect(bumped).toEqual(['/name', '/adresse/ort']);
  });
});

describe('ShownErrors.hasErrors', () => {
  test('right after showing all of a step its errors answer, without checking again', () => {
    const setup: Setup = { check: [error('/name', 'Name fehlt')] };
    const { errors, step, checks } = form(setup);
    errors.refresh(step('eins'), true);
    const before = checks();
    expect(errors.hasErrors(step('eins'))).toBe(true);
    expect(checks()).toBe(before);
    setup.check = [];
    errors.refresh(step('eins'), true);
    expect(errors.hasErrors(step('eins'))).toBe(false);
  });

  test('otherwise it checks the step', () => {
    const setup: Setup = { check: [error('/mail', 'Mail fehlt')], touched: [] };
    const { errors, step, checks } = form(setup);
    expect(errors.hasErrors(step('zwei'))).toBe(true);
    expect(errors.hasErrors(step('eins'))).toBe(false);
    errors.refresh(step('zwei'), false);
    const before = checks();
    expect(errors.hasErrors(step('zwei'))).toBe(true);
    expect(checks()).toBe(before + 1);
    errors.refresh(step('zwei'), true);
    expect(errors.hasErrors(step('eins'))).toBe(false);
    errors.refresh(undefined, true);
    expect(errors.hasErrors(step('zwei'))).toBe(true);
  });
});
