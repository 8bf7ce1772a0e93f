/**
 * The custom-elements manifest that @efa-forms/elements ships (and Storybook's docs pages show) is
 * written from the JSDoc and documents the whole public surface of <efa-form>, each item described.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeCustomElementsManifest } from './custom-elements-manifest.js';

const elements = fileURLToPath(new URL('../packages/elements/', import.meta.url));

interface Item {
  name?: string;
  description?: string;
  privacy?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

/** Source files of the elements package, tests and test support left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test-support' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

let efaForm: Declaration;
beforeAll(() => {
  writeCustomElementsManifest();
  const manifest = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  const found = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.tagName === 'efa-form');
  if (!found) throw new Error('custom-elements.json declares no <efa-form>');
  efaForm = found;
});

describe('custom-elements.json', () => {
  test('is shipped: package.json names it and lists it in files', () => {
    const manifest = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8')) as {
      customElements?: string;
      files?: string[];
    };
    expect(manifest.customElements).toBe('custom-elements.json');
    expect(manifest.files).toContain('custom-elements.json');
  });

  test('every attribute, property, event, slot, CSS part and custom property has a description', () => {
    const undocumented = (
      ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'] as const
    ).flatMap((kind) =>
      (efaForm[kind] ?? [])
        .filter((item) => !item.description?.trim())
        .map((item) => `${kind}: ${item.name}`),
    );
    expect(undocumented).toEqual([]);
  });

  test('only the public API: no private or protected members', () => {
    const hidden = (efaForm.members ?? []).filter(
      (member) => member.privacy !== undefined || /^[#_]/.test(member.name ?? ''),
    );
    expect(hidden.map((member) => member.name)).toEqual([]);
  });

  test('names the documented API: properties, attributes, events, slots', () => {
    const names = (kind: keyof Declaration) =>
      (efaForm[kind] as Item[] | undefined)?.map((item) => item.name) ?? [];
    expect(names('attributes')).toEqual(
      expect.arrayContaining([
        'src',
        'tenant',
        'data',
        'locale',
        'autosave',
        'heading-level',
        'name',
        'disabled',
      ]),
    );
    expect(names('members')).toEqual(
      expect.arrayContaining(['definition', 'schema', 'widgets', 'answers', 'value', 'validate', 'goToStep']),
    );
    expect(names('events')).toEqual(
      expect.arrayContaining(['efa-submit', 'efa-change', 'efa-step-change', 'invalid']),
    );
    expect(names('slots')).toEqual(['intro', 'submitted']);
  });

  test('every part the templates set and every token the styles read is documented', () => {
    const code = sources(join(elements, 'src')).map((path) => readFileSync(path, 'utf8'));
    const parts = new Set(
      code.flatMap((text) =>
        [...text.matchAll(/part="([^"$]+)"/g)].flatMap((match) => (match[1] ?? '').split(/\s+/)),
      ),
    );
    // Parts given through a variable (headings) are passed as string literals.
    for (const text of code)
      for (const match of text.matchAll(/heading\([^,]+,\s*[^,]+,\s*'([a-z-]+)'/g)) parts.add(match[1] ?? '');
    const tokens = new Set(
      code.flatMap((text) => [...text.matchAll(/var\((--efa-[a-z-]+)/g)].map((match) => match[1] ?? '')),
    );
    const documentedParts = new Set(efaForm.cssParts?.map((part) => part.name));
    const documentedTokens = new Set(efaForm.cssProperties?.map((property) => property.name));
    expect([...parts].filter((part) => part && !documentedParts.has(part))).toEqual([]);
    expect([...tokens].filter((token) => !documentedTokens.has(token))).toEqual([]);
    expect(parts.size).toBeGreaterThan(25);
    expect(tokens.size).toBeGreaterThan(10);
  });
});
