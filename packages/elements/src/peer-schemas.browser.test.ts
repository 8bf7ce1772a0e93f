/// <reference types="vite/client" />
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  createValidator,
  describeObject,
  fromJsonSchema,
  isPlainObject,
  resolveRef,
  type JsonSchemaObject,
} from '@efa-forms/core';
import { expectAccessible } from './test-support/axe.js';
import { cleanup, mount, root, settle } from './test-support/mount.js';

/** The shared corpus of real-world schemas from other form systems (see its README). */
const corpus = import.meta.glob<{ schema: JsonSchemaObject; formData: unknown }>(
  '../../../../shared/peer-schemas/*.json',
  {
    eager: true,
    import: 'default',
  },
);

let consoleErrors: unknown[][] = [];
const originalError = console.error;
const onWindowError = (event: ErrorEvent): void => {
  consoleErrors.push([event.message]);
};
beforeEach(() => {
  consoleErrors = [];
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    originalError(...args);
  };
  window.addEventListener('error', onWindowError);
});
afterEach(() => {
  console.error = originalError;
  window.removeEventListener('error', onWindowError);
  cleanup();
});

/** Letters and digits only, lower case: `firstName`, `first_name` and `First name` compare equal. */
const normal = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** What the label must say: own title, else the `$ref` target's title, else the property name. */
function expectedLabel(schema: JsonSchemaObject, raw: unknown, name: string): string {
  if (isPlainObject(raw) && typeof raw.title === 'string' && raw.title.trim()) return raw.title;
  const ref =
    isPlainObject(raw) && typeof raw.$ref === 'string' ? resolveRef({ schema }, raw.$ref) : undefined;
  if (isPlainObject(ref) && typeof ref.title === 'string' && ref.title.trim()) return ref.title;
  const member =
    isPlainObject(raw) && Array.isArray(raw.allOf) && raw.allOf.length === 1 ? raw.allOf[0] : undefined;
  if (member !== undefined && member !== raw) return expectedLabel(schema, member, name);
  return name;
}

/** Raw property schemas at the top level, wherever they are declared (properties, allOf, branches). */
function rawProperties(node: unknown, out = new Map<string, unknown>()): Map<string, unknown> {
  if (!isPlainObject(node)) return out;
  if (isPlainObject(node.properties))
    for (const [name, sub] of Object.entries(node.properties)) if (!out.has(name)) out.set(name, sub);
  for (const keyword of ['allOf', 'anyOf', 'oneOf'])
    if (Array.isArray(node[keyword])) for (const member of node[keyword]) rawProperties(member, out);
  for (const keyword of ['then', 'else']) rawProperties(node[keyword], out);
  return out;
}

describe('any JSON Schema: the peer corpus', () => {
  test('the corpus is there', () => {
    expect(Object.keys(corpus).length).toBe(17);
  });

  for (const [path, file] of Object.entries(corpus)) {
    const name = path.split('/').pop() as string;
    test(`${name}: every top-level field has a visible label, axe clean, no console error`, async () => {
      const data = isPlainObject(file.formData) ? file.formData : undefined;
      const form = await mount((el) => {
        el.schema = file.schema;
        if (data) el.data = data;
      });
      await expect.poll(() => form.loadedDefinition !== undefined).toBe(true);
      await settle(form);
      const definition = fromJsonSchema(file.schema);
      const raw = rawProperties(file.schema);
      const fields = describeObject(definition, definition.schema, data ?? {}).filter(
        (field) => field.active,
      );
      expect(fields.length).toBeGreaterThan(0);
      const labels = [
        ...root(form).querySelectorAll<HTMLElement>(
          '.fields > * > label, .fields > * > .option > label, .fields > * > legend, .fields > fieldset > legend',
        ),
      ].filter((label) => label.checkVisibility());
      const texts = labels.map((label) => normal(label.textContent ?? ''));
      for (const field of fields) {
        const expected = normal(expectedLabel(file.schema, raw.get(field.name), field.name));
        expect(
          texts.some((text) => text.startsWith(expected)),
          `${field.name}: label "${expected}" among ${texts.length} labels`,
        ).toBe(true);
      }
      await expectAccessible(form);

      // Continue: invalid data shows errors (still accessible), valid data goes on. Core's step
      // validation of the same data says which of the two must happen.
      const loaded = form.loadedDefinition as NonNullable<typeof form.loadedDefinition>;
      const first = form.currentStep as string;
      const stepErrors = createValidator(loaded).validateStep(form.value, first).errors;
      await (root(form).querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await settle(form);
      if (stepErrors.length > 0) {
        expect(form.currentStep, 'invalid data stays on its step').toBe(first);
        const summary = root(form).querySelector('[part~="error-summary"]');
        expect(summary, 'the error summary is shown').not.toBeNull();
        expect(summary?.querySelectorAll('a').length).toBeGreaterThan(0);
      } else {
        const ids = loaded.steps.map((step) => step.id);
        const next = ids[ids.indexOf(first) + 1] ?? 'review';
        expect(form.currentStep, 'valid data goes on').toBe(next);
      }
      await expectAccessible(form);
      expect(consoleErrors).toEqual([]);
      // axe needs ~20 s for jsonforms-huge (5,000 elements, 700 controls) on a 2-core machine.
    }, 90_000);
  }
});
