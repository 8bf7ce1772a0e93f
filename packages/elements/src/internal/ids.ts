import type { FieldIds } from '../widget-registry.js';

/**
 * DOM ids for fields, derived from their JSON Pointer. Property names may hold any character
 * (`property[0]`, `15`, spaces, quotes), so everything outside `[A-Za-z0-9-]` is escaped as `_<hex>_`:
 * ids stay unique per pointer, valid in `href="#..."` and in `aria-*` id lists (which split on spaces).
 */
export function fieldId(pointer: string, suffix = ''): string {
  const escaped = pointer.replace(/[^A-Za-z0-9-]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`);
  return `f${escaped}${suffix}`;
}

/**
 * The ids of one field's parts (control, label, hint, error), the ones `aria-describedby` (see
 * `describedBy`) and the error-summary links use. The one place they are made.
 */
export function fieldIds(pointer: string): FieldIds {
  const control = fieldId(pointer);
  return { control, label: `${control}-label`, hint: `${control}-hint`, error: `${control}-error` };
}
