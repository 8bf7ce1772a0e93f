import { expect, test } from 'vitest';
import { EfaForm, defineEfaForm } from './index.js';

// Importing the class is free of side effects (as Shoelace splits a component from its registration);
// `@efa-forms/elements/define` registers the tag. This file runs in its own page, before any mount.
test('importing the package registers nothing; define registers <efa-form> once', async () => {
  expect(customElements.get('efa-form')).toBeUndefined();
  await import('./define.js');
  expect(customElements.get('efa-form')).toBe(EfaForm);
  expect(() => defineEfaForm()).not.toThrow();
  expect(document.createElement('efa-form')).toBeInstanceOf(EfaForm);
});
