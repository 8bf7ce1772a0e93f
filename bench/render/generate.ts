// The generated form every app renders: draft-07 JSON Schema (so every library accepts it) with a
// fixed mix of leaf fields, grouped in nested objects of 10, all required, shuffled with a fixed seed.
// The library-specific formats (JSON Forms UI schema, SurveyJS JSON, Form.io components) are derived
// from the same field list in ./formats.ts, so every app gets the same fields in the same order.

/** What a leaf field is; the mix per 100 fields is `MIX`. */
export type FieldKind = 'text' | 'minLength' | 'pattern' | 'email' | 'integer' | 'enum' | 'boolean' | 'date';

/** One generated leaf field. */
export interface BenchField {
  /** Property name inside its group. */
  name: string;
  /** `group.name`: the key in flat formats (SurveyJS, Form.io) and the path in nested data. */
  path: string;
  kind: FieldKind;
  label: string;
}

/** A nested object of (up to) 10 fields. */
export interface BenchGroup {
  name: string;
  title: string;
  fields: BenchField[];
}

/**
 * Per 100 fields: 60 strings (a third with minLength, a sixth with pattern, a sixth email, the rest
 * plain), 15 integers with minimum/maximum, 10 enums of 5 options, 10 booleans, 5 dates.
 */
export const MIX: Record<FieldKind, number> = {
  text: 20,
  minLength: 20,
  pattern: 10,
  email: 10,
  integer: 15,
  enum: 10,
  boolean: 10,
  date: 5,
};

export const GROUP_SIZE = 10;
export const MIN_LENGTH = 3;
/** A German postcode: five digits. */
export const PATTERN = '^[0-9]{5}$';
export const INTEGER_RANGE = { minimum: 0, maximum: 120 };
export const ENUM_OPTIONS = ['Erste', 'Zweite', 'Dritte', 'Vierte', 'Fünfte'];
const SEED = 20261201;

/** mulberry32: a small deterministic PRNG, so every run and every app gets the same order. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` kinds in the proportions of MIX (largest remainder), shuffled with the fixed seed. */
function kinds(count: number): FieldKind[] {
  const entries = Object.entries(MIX) as [FieldKind, number][];
  const exact = entries.map(([kind, share]) => [kind, (share * count) / 100] as const);
  const counts = new Map(exact.map(([kind, value]) => [kind, Math.floor(value)]));
  let missing = count - [...counts.values()].reduce((sum, value) => sum + value, 0);
  for (const [kind] of [...exact].sort((a, b) => (b[1] % 1) - (a[1] % 1))) {
    if (missing-- <= 0) break;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const list = entries.flatMap(([kind]) => Array<FieldKind>(counts.get(kind) ?? 0).fill(kind));
  const next = random(SEED + count);
  for (let index = list.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [list[index], list[other]] = [list[other] as FieldKind, list[index] as FieldKind];
  }
  return list;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The field list of the form with `count` leaf fields. */
export function benchGroups(count: number): BenchGroup[] {
  const list = kinds(count);
  const groups: BenchGroup[] = [];
  for (let start = 0; start < count; start += GROUP_SIZE) {
    const number = start / GROUP_SIZE + 1;
    const name = `gruppe${pad(number, 3)}`;
    groups.push({
      name,
      title: `Gruppe ${number}`,
      fields: list.slice(start, start + GROUP_SIZE).map((kind, offset) => {
        const fieldName = `feld${pad(start + offset + 1, 4)}`;
        return { name: fieldName, path: `${name}.${fieldName}`, kind, label: `Feld ${start + offset + 1}` };
      }),
    });
  }
  return groups;
}

/** Every leaf field in form order. */
export const benchFields = (count: number): BenchField[] =>
  benchGroups(count).flatMap((group) => group.fields);

/**
 * The field the keystroke benchmark types into: the minLength string nearest to the middle of the
 * form (20 typed letters make it valid, so the submit expects `count - 1` errors).
 */
export function typingField(count: number): BenchField {
  const fields = benchFields(count);
  const middle = Math.floor(fields.length / 2);
  const candidates = fields
    .map((field, index) => ({ field, distance: Math.abs(index - middle) }))
    .filter(({ field }) => field.kind === 'minLength')
    .sort((a, b) => a.distance - b.distance);
  const found = candidates[0]?.field;
  if (!found) throw new Error(`no minLength field among ${count} fields`);
  return found;
}

/** The draft-07 JSON Schema of one leaf field. */
export function fieldSchema(field: BenchField): Record<string, unknown> {
  const title = field.label;
  switch (field.kind) {
    case 'text':
      return { type: 'string', title };
    case 'minLength':
      return { type: 'string', title, minLength: MIN_LENGTH };
    case 'pattern':
      return { type: 'string', title, pattern: PATTERN };
    case 'email':
      return { type: 'string', title, format: 'email' };
    case 'integer':
      return { type: 'integer', title, ...INTEGER_RANGE };
    case 'enum':
      return { type: 'string', title, enum: ENUM_OPTIONS };
    case 'boolean':
      return { type: 'boolean', title };
    case 'date':
      return { type: 'string', title, format: 'date' };
  }
}

/** The form as a draft-07 JSON Schema: one object per group, every property required. */
export function benchSchema(count: number): Record<string, unknown> {
  const groups = benchGroups(count);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    title: `Formular mit ${count} Feldern`,
    properties: Object.fromEntries(
      groups.map((group) => [
        group.name,
        {
          type: 'object',
          title: group.title,
          properties: Object.fromEntries(group.fields.map((field) => [field.name, fieldSchema(field)])),
          required: group.fields.map((field) => field.name),
        },
      ]),
    ),
    required: groups.map((group) => group.name),
  };
}
