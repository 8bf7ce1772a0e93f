import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { JsonSchemaObject, ServiceDefinition } from '@efa-forms/core';
import type { EfaForm } from '../efa-form.js';
import type { WidgetRegistry } from '../widget-registry.js';
import { expectAccessible } from './axe.js';
import { byId, control, mount, root, settle } from './mount.js';

/** One widget under test: a schema it renders and how a keyboard user fills it in. */
export interface ConformanceCase {
  /** Widget name (as in the registry) for the test titles. */
  widget: string;
  /** Schema of the field; title and description are added. */
  schema: JsonSchemaObject;
  /** The field is a group (`<fieldset>` with `<legend>`) rather than one labelled control. */
  group?: boolean;
  /** A container (object, list, alternatives): its errors mark the group, not one control. */
  container?: boolean;
  /** A value shown from `data` (value in); checked with `shows`. */
  initial: unknown;
  /** Whether the control shows the initial value. */
  shows(form: EfaForm, field: HTMLElement): void | Promise<void>;
  /** Fills the field with keyboard input only; focus is on the field's control (first control of a group). */
  fill(form: EfaForm): Promise<void>;
  /** The answer after `fill` (value out). */
  filled: unknown;
  /** The field cannot take keyboard input (read-only): `fill` is skipped. */
  readOnly?: boolean;
  /** Registry for portal widgets. */
  widgets?: WidgetRegistry;
}

const LABEL = 'Testfeld';
const HINT = 'Ein Hinweis zum Testfeld';

function definitionFor(schema: JsonSchemaObject): ServiceDefinition {
  return {
    id: 'conformance',
    version: '1.0.0',
    title: 'Konformität',
    schema: {
      type: 'object',
      properties: {
        davor: { type: 'string', title: 'Davor' },
        feld: { ...schema, title: LABEL, description: HINT },
      },
      required: ['feld'],
    },
  };
}

const open = (item: ConformanceCase, data?: Record<string, unknown>): Promise<EfaForm> =>
  mount((form) => {
    form.definition = definitionFor(item.schema);
    if (data) form.data = data;
    if (item.widgets) form.widgets = item.widgets;
  });

/** The element that carries label/description for the field: the control, or its fieldset. */
function described(form: EfaForm, item: ConformanceCase): HTMLElement {
  const field = control<HTMLElement>(form, '/feld');
  return item.group ? (field.closest('fieldset') as HTMLElement) : field;
}

/** Ids in an element's aria-describedby. */
const describedIds = (element: HTMLElement): string[] =>
  (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);

/**
 * The shared checks every widget must pass (after Shoelace's `runFormControlBaseTests`): a visible
 * label, the hint wired with `aria-describedby`, errors wired and linked from the summary, value in
 * and out, keyboard operation, and no axe violations in any state.
 */
export function runWidgetConformance(item: ConformanceCase): void {
  describe(`widget conformance: ${item.widget}`, () => {
    test('has a visible label that names the control', async () => {
      const form = await open(item);
      const field = described(form, item);
      if (item.group) {
        expect(field.querySelector('legend')?.textContent).toContain(LABEL);
      } else {
        const labelled =
          (field as HTMLInputElement).labels?.[0] ??
          root(form).getElementById(field.getAttribute('aria-labelledby') ?? '');
        expect(labelled?.textContent).toContain(LABEL);
        expect(labelled?.checkVisibility()).toBe(true);
      }
      await expect.element(page.getByText(LABEL, { exact: false }).first()).toBeVisible();
      await expectAccessible(form);
    });

    test('wires the hint with aria-describedby', async () => {
      const form = await open(item);
      const ids = describedIds(described(form, item));
      const hint = ids
        .map((id) => root(form).getElementById(id))
        .find((element) => element?.textContent?.includes(HINT));
      expect(hint, `aria-describedby="${ids.join(' ')}" names the hint`).toBeDefined();
    });

    test('shows errors after a continue attempt: inline, aria-invalid, described, linked from the summary', async () => {
      const form = await open(item);
      await userEvent.click(root(form).querySelector('button[type="submit"]') as HTMLButtonElement);
      await settle(form);
      const field = described(form, item);
      const errorId = describedIds(field).find(
        (id) => root(form).getElementById(id)?.getAttribute('part') === 'error',
      );
      expect(errorId, 'the error is in aria-describedby').toBeDefined();
      expect(byId(form, errorId as string).textContent).toContain(LABEL);
      const invalid = item.group ? [...field.querySelectorAll('[aria-invalid]')] : [field];
      if (!item.readOnly && !item.container) {
        expect(invalid.length).toBeGreaterThan(0);
        for (const element of invalid) expect(element.getAttribute('aria-invalid')).toBe('true');
      }
      const link = root(form).querySelector<HTMLAnchorElement>('#error-summary a');
      expect(link?.textContent).toContain(LABEL);
      await userEvent.click(link as HTMLAnchorElement);
      expect(root(form).activeElement).toBe(control(form, '/feld'));
      await expectAccessible(form);
    });

    test('shows the value it is given (value in)', async () => {
      const form = await open(item, { feld: item.initial });
      await item.shows(form, control(form, '/feld'));
      await expectAccessible(form);
    });

    if (!item.readOnly) {
      test('is reached with Tab and filled with the keyboard (value out)', async () => {
        const form = await open(item);
        control(form, '/davor').focus();
        await userEvent.tab();
        const active = root(form).activeElement;
        const field = control<HTMLElement>(form, '/feld');
        expect(
          active === field ||
            field.contains(active) ||
            (item.group && field.closest('fieldset')?.contains(active)),
          `focus on ${active?.id}`,
        ).toBe(true);
        await item.fill(form);
        await settle(form);
        expect(form.answers.feld).toEqual(item.filled);
        await expectAccessible(form);
      });
    }
  });
}
