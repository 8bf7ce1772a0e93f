import type { JsonSchema, JsonSchemaObject, SchemaHolder } from './definition.js';
import { fieldLabel } from './field-label.js';
import { deepEqual } from './deep-equal.js';
import { isPlainObject } from './pointer.js';
import { followRefs, resolveSchema, rootOf } from './resolve-schema.js';
import { optionBranches } from './option-list.js';

/** A property that tells the branches of a `oneOf`/`anyOf` apart, with the values one branch accepts. */
export interface Discriminator {
  name: string;
  /** The branch's `const` as a one-element list, or its `enum`. */
  values: unknown[];
}

/** The question a discriminator asks, as one option list over all branches. */
export interface DiscriminatorChoice {
  /** `{title?, oneOf: [{const, title?}]}`: every value of every branch, in branch order. */
  schema: JsonSchemaObject;
  /** The property's own title when every branch gives the same one, else the property name. */
  label: string;
  /** For each option of `schema.oneOf`, the index of the branch it chooses. */
  branches: number[];
}

/**
 * The branches of `oneOf`/`anyOf` that are alternatives a person chooses between ("an address or a
 * user"): at least two, not an option list (`{const, title}` branches, also through `$ref`), not plain
 * conditions on an object (`oneOf: [{required: [a]}, {required: [b]}]`), and not told apart by a
 * discriminator property (then the discriminator is the question; see `discriminatorChoices`).
 * `holder` (by default the root a `resolveSchema` view was resolved against) lets `$ref`s be followed.
 */
export function alternativesOf(
  schema: JsonSchemaObject,
  holder: SchemaHolder | undefined = rootOf(schema),
): JsonSchema[] | undefined {
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches) || branches.length < 2) continue;
    if (optionBranches(branches, holder)) continue;
    if (
      branches.every(
        (branch) =>
          isPlainObject(branch) &&
          !('$ref' in branch) &&
          !('type' in branch) &&
          !('properties' in branch) &&
          !('items' in branch),
      )
    ) {
      continue;
    }
    if (isDiscriminated(holder ?? NO_REFS, branches)) continue;
    return branches as JsonSchema[];
  }
  return undefined;
}

/**
 * Whether a `oneOf`/`anyOf` is told apart by discriminators: every branch has a `const`/`enum` of a
 * property other branches declare too (see `discriminatorsOf`).
 */
export function isDiscriminated(holder: SchemaHolder, branches: readonly JsonSchema[]): boolean {
  return (
    // Stryker disable next-line EqualityOperator: a lone branch has no sibling that declares its properties, so it has no discriminator and `every` is false anyway
    branches.length > 1 &&
    branches.every((raw) => discriminatorsOf(holder, resolveSchema(holder, raw), branches).length > 0)
  );
}

/**
 * The properties that tell the branches of a `oneOf`/`anyOf` apart, with the values this branch
 * accepts: a `const` or an `enum` of a property that other branches declare too (`typ: {const: a}`
 * here, `typ: {enum: [b1, b2]}` there). A `const` only one branch has is a rule of that branch (a
 * consent box, `const: true`), not a choice. Found in the branch and its `allOf`. With no siblings
 * given, every `const` and `enum` counts.
 */
export function discriminatorsOf(
  holder: SchemaHolder,
  branch: JsonSchemaObject,
  siblings: readonly JsonSchema[] = [],
): Discriminator[] {
  const found: Discriminator[] = [];
  for (const [name, sub] of branchProperties(holder, branch)) {
    const resolved = resolveSchema(holder, sub);
    const shared = siblings.length === 0 || declaredElsewhere(holder, name, branch, siblings);
    if (!shared) continue;
    if ('const' in resolved) found.push({ name, values: [resolved.const] });
    else if (Array.isArray(resolved.enum)) found.push({ name, values: resolved.enum });
  }
  return found;
}

/** Properties declared by a branch itself and by its `allOf` members (not by its conditionals). */
export function branchProperties(
  holder: SchemaHolder,
  branch: JsonSchemaObject,
  seen = new Set<object>(),
): [string, JsonSchema][] {
  if (seen.has(branch)) return [];
  seen.add(branch);
  const own = isPlainObject(branch.properties)
    ? (Object.entries(branch.properties) as [string, JsonSchema][])
    : [];
  // Stryker disable next-line ArrayDeclaration: a stand-in member that is no schema reads as the empty schema, which declares no properties
  const members = Array.isArray(branch.allOf) ? branch.allOf : [];
  return [
    ...own,
    ...members.flatMap((member) => branchProperties(holder, followRefs(holder, member as JsonSchema), seen)),
  ];
}

const choiceCache = new WeakMap<object, WeakMap<object, Map<string, DiscriminatorChoice>>>();

/**
 * The discriminators of an object schema's `oneOf`/`anyOf` as questions: a property every branch
 * declares with a `const` or an `enum` (`art: privat` / `art: firma`; `typ: a` / `typ: b1 | b2`) is one
 * choice whose options are the values of all branches. A `const` option is titled by the property's
 * title when the branches differ in it, else by the branch's title; when some branch has an `enum`, no
 * option has a title (a form shows the values). `describeObject` reports such a property once with one branch's schema; a
 * form shows this choice instead.
 */
export function discriminatorChoices(
  holder: SchemaHolder,
  object: JsonSchemaObject,
): Map<string, DiscriminatorChoice> {
  let byObject = choiceCache.get(holder.schema);
  if (!byObject) choiceCache.set(holder.schema, (byObject = new WeakMap()));
  let found = byObject.get(object);
  if (found) return found;
  found = new Map();
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const raw = Array.isArray(object[keyword]) ? (object[keyword] as JsonSchema[]) : [];
    // Stryker disable next-line ConditionalExpression: a lone branch has no sibling to share a property with, so it has no discriminator and asks nothing; the check only saves work
    if (raw.length < 2) continue;
    const branches = raw.map((branch) => resolveSchema(holder, branch));
    const perBranch = branches.map((branch) => discriminatorsOf(holder, branch, raw));
    const names = new Set(perBranch.flatMap((list) => list.map((discriminator) => discriminator.name)));
    for (const name of names) {
      const present = perBranch.map((list) => list.find((discriminator) => discriminator.name === name));
      if (present.some((discriminator) => discriminator === undefined)) continue;
      const properties = branches.map((branch) =>
        resolveSchema(
          holder,
          branchProperties(holder, branch).find(([candidate]) => candidate === name)?.[1],
        ),
      );
      const titles = new Set(properties.map((property) => property.title));
      // Branch titles name a branch, not a value: with an `enum` branch among them, every option
      // reads as its value so the list does not mix names and values.
      const allConst = properties.every((property) => 'const' in property);
      const sharedTitle = titles.size === 1 ? [...titles][0] : undefined;
      const options: JsonSchemaObject[] = [];
      const chosen: number[] = [];
      present.forEach((discriminator, index) => {
        const property = properties[index] as JsonSchemaObject;
        const branch = branches[index] as JsonSchemaObject;
        const single = allConst;
        for (const value of (discriminator as Discriminator).values) {
          if (options.some((option) => deepEqual(option.const, value))) continue;
          const title = !single
            ? undefined
            : sharedTitle === undefined && typeof property.title === 'string'
              ? property.title
              : typeof branch.title === 'string'
                ? branch.title
                : undefined;
          options.push(title === undefined ? { const: value } : { const: value, title });
          chosen.push(index);
        }
      });
      const schema: JsonSchemaObject = { oneOf: options };
      if (typeof sharedTitle === 'string') schema.title = sharedTitle;
      found.set(name, {
        schema,
        label: typeof sharedTitle === 'string' ? sharedTitle : fieldLabel(undefined, name),
        branches: chosen,
      });
    }
  }
  byObject.set(object, found);
  return found;
}

function declaredElsewhere(
  holder: SchemaHolder,
  name: string,
  branch: JsonSchemaObject,
  siblings: readonly JsonSchema[],
): boolean {
  return siblings.some((other) => {
    const resolved = resolveSchema(holder, other);
    return (
      resolved !== branch && branchProperties(holder, resolved).some(([candidate]) => candidate === name)
    );
  });
}

/** A holder for reading inline schemas only: `$ref`s resolve to nothing. */
const NO_REFS: SchemaHolder = { schema: {} };
