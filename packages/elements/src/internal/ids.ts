/**
 * DOM ids for fields, derived from their JSON Pointer. Property names may hold any character
 * (`property[0]`, `15`, spaces, quotes), so everything outside `[A-Za-z0-9-]` is escaped as `_<hex>_`:
 * ids stay unique per pointer, valid in `href="#..."` and in `aria-*` id lists (which split on spaces).
 */
export function fieldId(pointer: string, suffix = ''): string {
  const escaped = pointer.replace(/[^A-Za-z0-9-]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`);
  return `f${escaped}${suffix}`;
}

/** Id of a field's hint. */
export const hintId = (pointer: string): string => fieldId(pointer, '-hint');
/** Id of a field's inline error. */
export const errorId = (pointer: string): string => fieldId(pointer, '-error');
/** Id of a field's label or legend. */
export const labelId = (pointer: string): string => fieldId(pointer, '-label');
