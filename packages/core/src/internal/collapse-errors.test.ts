import type { ErrorObject } from 'ajv';
import { describe, expect, test, vi } from 'vitest';
import { createValidator } from '../index.js';
import { collapseErrors, type BranchChooser } from './collapse-errors.js';

/** An ajv error as ajv reports it (only the fields `collapseErrors` reads). */
function ajvError(
  keyword: string,
  instancePath: string,
  schemaPath: string,
  params: Record<string, unknown> = {},
): ErrorObject {
  return { keyword, instancePath, schemaPath, params } as ErrorObject;
}

/** `pointer keyword` per error, in the order returned: what a person is told, and where. */
const reported = (errors: readonly ErrorObject[], choose?: BranchChooser) =>
  collapseErrors(errors, choose).map((error) => `${error.pointer} ${error.keyword}`);

describe('collapseErrors: plain errors', () => {
  test("keeps ajv's order and every distinct error, once", () => {
    const errors = [
      ajvError('pattern', '/a', '#/properties/a/pattern'),
      ajvError('minLength', '/a', '#/properties/a/minLength'),
      ajvError('required', '', '#/required', { missingProperty: 'b' }),
      ajvError('maximum', '/c', '#/properties/c/maximum'),
      ajvError('minLength', '/a', '#/properties/a/minLength'),
      ajvError('if', '', '#/if', { failingKeyword: 'then' }),
    ];
    expect(reported(errors)).toEqual(['/a pattern', '/a minLength', '/b required', '/c maximum']);
  });

  test('points at the field concerned and names every keyword as a ValidationKeyword', () => {
    const errors = [
      ajvError('required', '/person', '#/properties/person/required', { missingProperty: 'name' }),
      ajvError('dependentRequired', '', '#/dependentRequired', { missingProperty: 'iban' }),
      ajvError('dependencies', '', '#/dependencies', { missingProperty: 'bic' }),
      ajvError('additionalProperties', '', '#/additionalProperties', { additionalProperty: 'x' }),
      ajvError('unevaluatedProperties', '/o', '#/properties/o/unevaluatedProperties', {
        unevaluatedProperty: 'y',
      }),
      ajvError('uniqueItems', '/list', '#/properties/list/uniqueItems', { i: 3, j: 1 }),
      ajvError('false schema', '/never', '#/properties/never/false schema'),
      ajvError('madeUpKeyword', '/z', '#/properties/z/madeUpKeyword'),
    ];
    expect(reported(errors)).toEqual([
      '/person/name required',
      '/iban dependentRequired',
      '/bic dependentRequired',
      '/x additionalProperties',
      '/o/y unevaluatedProperties',
      '/list/3 uniqueItems',
      '/never not',
      '/z not',
    ]);
    expect(collapseErrors(errors)[0]?.params).toEqual({ missingProperty: 'name' });
  });

  test('a wrong type hides the const and enum errors of that value only', () => {
    const errors = [
      ajvError('type', '/x', '#/properties/x/type', { type: 'string' }),
      ajvError('const', '/x', '#/properties/x/const', { allowedValue: 'a' }),
      ajvError('enum', '/x', '#/properties/x/enum', { allowedValues: ['a'] }),
      ajvError('enum', '/y', '#/properties/y/enum', { allowedValues: ['b'] }),
    ];
    expect(reported(errors)).toEqual(['/x type', '/y enum']);
  });

  test('a value not in its format hides the comparisons with it, of that value only', () => {
    const errors = [
      ajvError('format', '/d', '#/properties/d/format', { format: 'date' }),
      ...['formatMinimum', 'formatMaximum', 'formatExclusiveMinimum', 'formatExclusiveMaximum'].map(
        (keyword) => ajvError(keyword, '/d', `#/properties/d/${keyword}`),
      ),
      ajvError('formatMaximum', '/e', '#/properties/e/formatMaximum'),
    ];
    expect(reported(errors)).toEqual(['/d format', '/e formatMaximum']);
  });

  describe('"unevaluated" properties next to a real error in their object are noise', () => {
    const unevaluated = (object: string, name: string) =>
      ajvError('unevaluatedProperties', object, `#${object}/unevaluatedProperties`, {
        unevaluatedProperty: name,
      });

    test('dropped when a property of the same object, or the object itself, fails', () => {
      const sibling = ajvError('minLength', '/obj/y', '#/properties/obj/properties/y/minLength');
      expect(reported([sibling, unevaluated('/obj', 'x')])).toEqual(['/obj/y minLength']);
      const deeper = ajvError('minLength', '/obj/y/z', '#/properties/obj/properties/y/minLength');
      expect(reported([unevaluated('/obj', 'x'), deeper])).toEqual(['/obj/y/z minLength']);
      const whole = ajvError('minProperties', '/obj', '#/properties/obj/minProperties');
      expect(reported([whole, unevaluated('/obj', 'x')])).toEqual(['/obj minProperties']);
    });

    test('kept when the real error is elsewhere, also in an object whose name starts the same', () => {
      for (const pointer of ['/other/y', '/objx/y']) {
        const elsewhere = ajvError('minLength', pointer, '#/minLength');
        expect(reported([elsewhere, unevaluated('/obj', 'x')])).toEqual([
          `${pointer} minLength`,
          '/obj/x unevaluatedProperties',
        ]);
      }
    });

    test('kept when they are all there is: they do not count as real errors of each other', () => {
      expect(reported([unevaluated('/obj', 'x'), unevaluated('/obj', 'z')])).toEqual([
        '/obj/x unevaluatedProperties',
        '/obj/z unevaluatedProperties',
      ]);
    });
  });
});

describe('collapseErrors: a failed oneOf or anyOf', () => {
  const at = '/x';
  const base = '#/properties/x';
  const branchError = (
    keyword: string,
    branch: number,
    instancePath = at,
    params: Record<string, unknown> = {},
    composite = 'oneOf',
  ) => ajvError(keyword, instancePath, `${base}/${composite}/${branch}/${keyword}`, params);
  const missing = (branch: number, name: string, composite = 'oneOf') =>
    branchError('required', branch, at, { missingProperty: name }, composite);
  const failed = (composite = 'oneOf') => ajvError(composite, at, `${base}/${composite}`);

  test('options (`oneOf` of `const`s, `anyOf` of `enum`s) become one enum error with every allowed value', () => {
    const oneOf = [
      branchError('const', 0, at, { allowedValue: 'a' }),
      branchError('const', 1, at, { allowedValue: 'b' }),
      failed(),
    ];
    expect(collapseErrors(oneOf)).toEqual([
      { pointer: at, keyword: 'enum', params: { allowedValues: ['a', 'b'] } },
    ]);
    const anyOf = [
      branchError('enum', 0, at, { allowedValues: ['a', 'b'] }, 'anyOf'),
      branchError('const', 1, at, { allowedValue: 'c' }, 'anyOf'),
      failed('anyOf'),
    ];
    expect(collapseErrors(anyOf)).toEqual([
      { pointer: at, keyword: 'enum', params: { allowedValues: ['a', 'b', 'c'] } },
    ]);
  });

  test('a composite whose branches report nothing (more than one passed) stays as it is', () => {
    const composite = ajvError('oneOf', at, `${base}/oneOf`, { passingSchemas: [0, 1] });
    expect(collapseErrors([composite])).toEqual([
      { pointer: at, keyword: 'oneOf', params: { passingSchemas: [0, 1] } },
    ]);
  });

  test('the branch the form shows (the chooser) gives the errors, else the one with the fewest', () => {
    const errors = [missing(0, 'a'), missing(1, 'b'), missing(1, 'c'), failed()];
    const choose = vi.fn<BranchChooser>(() => 1);
    expect(reported(errors, choose)).toEqual(['/x/b required', '/x/c required']);
    expect(choose).toHaveBeenCalledWith(errors[3]);
    expect(reported(errors, () => undefined)).toEqual(['/x/a required']);
    // A chosen branch without errors (it passed): the choice tells nothing, the fewest errors do.
    expect(reported(errors, () => 2)).toEqual(['/x/a required']);
  });

  test('the fewest errors win, the first branch on a tie, also past branch 9', () => {
    const three = (branch: number) => ['p', 'q', 'r'].map((name) => missing(branch, `${name}${branch}`));
    expect(reported([...three(0), missing(1, 'only'), missing(2, 'other'), failed()])).toEqual([
      '/x/only required',
    ]);
    const eleven = [
      ...three(0),
      missing(1, 'a1'),
      missing(1, 'b1'),
      ...[2, 3, 4, 5, 6, 7, 8, 9].flatMap(three),
      missing(10, 'ten'),
      failed(),
    ];
    expect(reported(eleven)).toEqual(['/x/ten required']);
  });

  test('a branch whose discriminator does not match is not the one meant, however few its errors', () => {
    const byKind = (discriminator: ErrorObject) => [
      discriminator,
      missing(1, 'name'),
      missing(1, 'city'),
      failed(),
    ];
    const meant = ['/x/name required', '/x/city required'];
    expect(reported(byKind(branchError('const', 0, '/x/kind', { allowedValue: 'a' })))).toEqual(meant);
    expect(reported(byKind(branchError('enum', 0, '/x/kind', { allowedValues: ['a'] })))).toEqual(meant);
    // The value is not even of the branch's type (a string where the branch is an object).
    expect(reported(byKind(branchError('type', 0, at, { type: 'string' })))).toEqual(meant);
  });

  test('other errors of a direct child, and a const deeper down, are not discriminators', () => {
    const short = [
      branchError('const', 0, '/x/kind', { allowedValue: 'a' }),
      branchError('minLength', 1, '/x/name'),
      failed(),
    ];
    expect(reported(short)).toEqual(['/x/name minLength']);
    const wrongTypeInside = [
      branchError('type', 0, '/x/age', { type: 'integer' }),
      missing(1, 'name'),
      missing(1, 'city'),
      failed(),
    ];
    expect(reported(wrongTypeInside)).toEqual(['/x/age type']);
    const deep = [
      branchError('const', 0, '/x/a/b', { allowedValue: 'a' }),
      missing(1, 'name'),
      missing(1, 'city'),
      failed(),
    ];
    expect(reported(deep)).toEqual(['/x/a/b const']);
  });

  test('when every branch misses its discriminator, the choice itself is wrong: one enum error there', () => {
    const errors = [
      branchError('const', 0, '/x/kind', { allowedValue: 'a' }),
      missing(0, 'name'),
      branchError('const', 1, '/x/kind', { allowedValue: 'b' }),
      failed(),
    ];
    expect(collapseErrors(errors)).toEqual([
      { pointer: '/x/kind', keyword: 'enum', params: { allowedValues: ['a', 'b'] } },
    ]);
    const byEnum = [
      branchError('enum', 0, '/x/kind', { allowedValues: ['a', 'b'] }),
      branchError('const', 1, '/x/kind', { allowedValue: 'c' }),
      failed(),
    ];
    expect(collapseErrors(byEnum)).toEqual([
      { pointer: '/x/kind', keyword: 'enum', params: { allowedValues: ['a', 'b', 'c'] } },
    ]);
    // Options compared on a property (not the value itself) are such discriminators too.
    const options = [
      branchError('const', 0, '/x/kind', { allowedValue: 'a' }),
      branchError('const', 1, '/x/kind', { allowedValue: 'b' }),
      failed(),
    ];
    expect(reported(options)).toEqual(['/x/kind enum']);
  });

  test('the composite is reported when the branches miss different discriminators or not all miss one; other errors are no discriminators', () => {
    const different = [
      branchError('const', 0, '/x/kind', { allowedValue: 'a' }),
      branchError('const', 1, '/x/type', { allowedValue: 'b' }),
      failed(),
    ];
    expect(reported(different)).toEqual(['/x oneOf']);
    const typeAndConst = [
      branchError('const', 0, '/x/kind', { allowedValue: 'a' }),
      branchError('type', 1, at, { type: 'string' }),
      failed(),
    ];
    expect(reported(typeAndConst)).toEqual(['/x oneOf']);
    const notOptions = [
      branchError('const', 0, at, { allowedValue: null }),
      branchError('type', 1),
      failed(),
    ];
    expect(reported(notOptions)).toEqual(['/x oneOf']);
    // A branch with an option and another error is not just an option.
    const optionAndMore = [
      branchError('const', 0, at, { allowedValue: 'a' }),
      branchError('type', 1, at, { type: 'string' }),
      branchError('const', 1, at, { allowedValue: 'b' }),
      failed(),
    ];
    expect(reported(optionAndMore)).toEqual(['/x oneOf']);
    // Another error of a direct child is no discriminator: the wrong choice is still reported alone.
    const discriminatorAndMore = [
      branchError('const', 0, '/x/kind', { allowedValue: 'a' }),
      branchError('minLength', 0, '/x/name'),
      branchError('const', 1, '/x/kind', { allowedValue: 'b' }),
      failed(),
    ];
    expect(reported(discriminatorAndMore)).toEqual(['/x/kind enum']);
    // Nor is a `const` on the whole value (a branch that also fixes it): the wrong choice is reported alone.
    const wholeValueToo = [
      branchError('const', 0, '/x/kind', { allowedValue: 'a' }),
      branchError('const', 1, '/x/kind', { allowedValue: 'b' }),
      branchError('const', 1, at, { allowedValue: null }),
      failed(),
    ];
    expect(reported(wholeValueToo)).toEqual(['/x/kind enum']);
  });

  test('errors outside the composite stay, in their order, before what the composite resolved to', () => {
    const before = ajvError('minLength', '/y', '#/properties/y/minLength');
    const after = ajvError('maximum', '/z', '#/properties/z/maximum');
    expect(reported([before, missing(0, 'a'), failed(), after])).toEqual([
      '/y minLength',
      '/z maximum',
      '/x/a required',
    ]);
  });

  test('inner composites are resolved first, so the outer one counts what the person would fix', () => {
    // Outer branch 0 holds an anyOf: its branch A needs one answer, B three. Resolved first, branch 0
    // needs one answer, fewer than outer branch 1's three.
    const inner = `${base}/oneOf/0/anyOf`;
    const errors = [
      ajvError('required', at, `${inner}/0/required`, { missingProperty: 'a1' }),
      ...['b1', 'b2', 'b3'].map((name) =>
        ajvError('required', at, `${inner}/1/required`, { missingProperty: name }),
      ),
      ajvError('anyOf', at, inner),
      ...['c1', 'c2', 'c3'].map((name) => missing(1, name)),
      failed(),
    ];
    expect(reported(errors)).toEqual(['/x/a1 required']);
    // Whatever order the composites come in.
    const outer = errors.at(-1) as ErrorObject;
    expect(reported([outer, ...errors.slice(0, -1)])).toEqual(['/x/a1 required']);
  });

  test('each entry of a list takes its own branch (the composites share one schema path)', () => {
    const items = '#/properties/list/items/oneOf';
    const entry = (index: number, branch: number, name: string) =>
      ajvError('required', `/list/${index}`, `${items}/${branch}/required`, { missingProperty: name });
    const kind = (index: number, branch: number) =>
      ajvError('const', `/list/${index}/kind`, `${items}/${branch}/properties/kind/const`, {
        allowedValue: branch === 0 ? 'a' : 'b',
      });
    const composite = (index: number) => ajvError('oneOf', `/list/${index}`, items);
    // Entry 1 (kind b) and entry 10 (kind a): "/list/1" is the start of "/list/10" but not its parent.
    const errors = [
      entry(1, 0, 'alpha'),
      kind(1, 0),
      entry(1, 1, 'beta'),
      composite(1),
      kind(10, 1),
      entry(10, 0, 'alpha'),
      entry(10, 1, 'beta'),
      entry(10, 1, 'gamma'),
      composite(10),
    ];
    expect(reported(errors).sort()).toEqual(['/list/1/beta required', '/list/10/alpha required']);
  });
});

describe('collapseErrors through the validator', () => {
  test('entries of a repeat group with variants each report their own missing answers', () => {
    const schema = {
      type: 'object',
      properties: {
        list: {
          type: 'array',
          items: {
            oneOf: [
              {
                type: 'object',
                properties: { kind: { const: 'a' }, alpha: { type: 'string' } },
                required: ['kind', 'alpha'],
              },
              {
                type: 'object',
                properties: { kind: { const: 'b' }, beta: { type: 'string' }, gamma: { type: 'string' } },
                required: ['kind', 'beta', 'gamma'],
              },
            ],
          },
        },
      },
    };
    const validator = createValidator({ schema } as Parameters<typeof createValidator>[0]);
    const { errors } = validator.validate({ list: [{ kind: 'b' }, { kind: 'a' }] });
    expect(errors.map((error) => `${error.pointer} ${error.keyword}`)).toEqual([
      '/list/0/beta required',
      '/list/0/gamma required',
      '/list/1/alpha required',
    ]);
  });
});
