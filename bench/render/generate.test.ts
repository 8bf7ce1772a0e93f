import { describe, expect, it } from 'vitest';
import {
  GROUP_SIZE,
  MIX,
  benchFields,
  benchGroups,
  benchSchema,
  typingField,
  type FieldKind,
} from './generate.js';

const countKinds = (count: number): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const field of benchFields(count)) counts[field.kind] = (counts[field.kind] ?? 0) + 1;
  return counts;
};

describe('the generated form', () => {
  it('has exactly the issue mix per 100 fields, at every size', () => {
    expect(countKinds(1000)).toEqual(
      Object.fromEntries(Object.entries(MIX).map(([kind, share]) => [kind, share * 10])),
    );
    expect(countKinds(200)).toEqual(
      Object.fromEntries(Object.entries(MIX).map(([kind, share]) => [kind, share * 2])),
    );
    const fifty = countKinds(50);
    expect(Object.values(fifty).reduce((a, b) => a + b, 0)).toBe(50);
    for (const [kind, share] of Object.entries(MIX) as [FieldKind, number][])
      expect(Math.abs((fifty[kind] ?? 0) - share / 2)).toBeLessThanOrEqual(0.5);
  });

  it('is the same on every call (fixed seed) and differs between sizes only by size', () => {
    expect(benchGroups(200)).toEqual(benchGroups(200));
    expect(benchFields(200).map((field) => field.kind)).not.toEqual(
      benchFields(1000)
        .slice(0, 200)
        .map((field) => field.kind),
    );
  });

  it('groups 10 fields per object, every field and group required, draft-07', () => {
    const schema = benchSchema(50) as {
      $schema: string;
      required: string[];
      properties: Record<string, { required: string[]; properties: Record<string, unknown> }>;
    };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.properties)).toHaveLength(5);
    expect(schema.required).toEqual(Object.keys(schema.properties));
    for (const group of Object.values(schema.properties)) {
      expect(Object.keys(group.properties)).toHaveLength(GROUP_SIZE);
      expect(group.required).toEqual(Object.keys(group.properties));
    }
  });

  it('types into a minLength field in the middle', () => {
    const field = typingField(1000);
    expect(field.kind).toBe('minLength');
    const index = benchFields(1000).findIndex((other) => other.path === field.path);
    expect(Math.abs(index - 500)).toBeLessThan(20);
  });
});
