import type { ServiceDefinition } from '@efa-forms/core';

/** One generated field: what both the `<efa-form>` and the plain-DOM floor render. */
export interface BenchField {
  name: string;
  kind: 'text' | 'email' | 'integer' | 'radio' | 'checkbox';
  label: string;
  hint?: string;
}

/** `count` fields in a fixed mix: 60 % text, 10 % each e-mail, integer, radio (3 options), consent checkbox. All required. */
export function benchFields(count: number): BenchField[] {
  const kinds: BenchField['kind'][] = [
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'email',
    'integer',
    'radio',
    'checkbox',
  ];
  return Array.from({ length: count }, (_unused, index) => ({
    name: `feld${index}`,
    kind: kinds[index % kinds.length] as BenchField['kind'],
    label: `Feld ${index + 1}`,
    hint: index % 4 === 0 ? `Hinweis zu Feld ${index + 1}` : undefined,
  }));
}

export const RADIO_OPTIONS = [
  { const: 'a', title: 'Erste Möglichkeit' },
  { const: 'b', title: 'Zweite Möglichkeit' },
  { const: 'c', title: 'Dritte Möglichkeit' },
];

/** The same fields as a service definition with one step. */
export function benchDefinition(count: number): ServiceDefinition {
  const properties: Record<string, unknown> = {};
  for (const field of benchFields(count)) {
    const base = { title: field.label, ...(field.hint ? { description: field.hint } : {}) };
    properties[field.name] =
      field.kind === 'text'
        ? { ...base, type: 'string', minLength: 1 }
        : field.kind === 'email'
          ? { ...base, type: 'string', format: 'email' }
          : field.kind === 'integer'
            ? { ...base, type: 'integer', minimum: 0 }
            : field.kind === 'radio'
              ? { ...base, type: 'string', oneOf: RADIO_OPTIONS }
              : { ...base, type: 'boolean', const: true };
  }
  return {
    id: `bench-${count}`,
    version: '1.0.0',
    title: `Formular mit ${count} Feldern`,
    schema: { type: 'object', properties, required: Object.keys(properties) } as ServiceDefinition['schema'],
  };
}
