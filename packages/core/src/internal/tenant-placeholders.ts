import { getAt, isPlainObject, joinPointer } from '../pointer.js';
import { cloneJson } from './clone-json.js';

const PLACEHOLDER = /\{tenant\.([A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+)*)\}/g;

/** Every `{tenant.a.b}` placeholder in the texts of a definition, with the pointer of the text. */
export function findPlaceholders(definition: object): { pointer: string; path: string[] }[] {
  const found: { pointer: string; path: string[] }[] = [];
  visitStrings(definition, '', (text, pointer) => {
    if (pointer.startsWith('/tenant')) return;
    for (const match of text.matchAll(PLACEHOLDER))
      found.push({ pointer, path: (match[1] as string).split('.') });
  });
  return found;
}

/** A copy of `value` with `{tenant.a.b}` replaced by the tenant's value (left as is when missing). */
export function fillPlaceholders<T>(value: T, tenant: Record<string, unknown>): T {
  return cloneJson(value, (text) =>
    text.replace(PLACEHOLDER, (whole, path: string) => {
      const filled = getAt(tenant, path.split('.'));
      return typeof filled === 'string' || typeof filled === 'number' ? String(filled) : whole;
    }),
  ) as T;
}

function visitStrings(value: unknown, pointer: string, visit: (text: string, pointer: string) => void): void {
  if (typeof value === 'string') visit(value, pointer);
  else if (Array.isArray(value))
    value.forEach((item, index) => visitStrings(item, joinPointer(pointer, index), visit));
  else if (isPlainObject(value))
    for (const [key, item] of Object.entries(value)) visitStrings(item, joinPointer(pointer, key), visit);
}
