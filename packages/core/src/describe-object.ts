import type { JsonSchema, JsonSchemaObject } from './definition.js';
import { isPlainObject, ownValue } from './pointer.js';
import { followRefs, resolveSchema } from './resolve-schema.js';
import { fieldLabel } from './field-label.js';
import { anySchemaContext, type SchemaContext } from './internal/schema-context.js';
import type { SchemaHolder } from './definition.js';
import { discriminatorsOf } from './alternatives.js';
import { takenBranches } from './branch-choice.js';
import { isStaticSchema } from './is-static-schema.js';

/** One property of an object schema, as a form shows it for the current data. */
export interface FieldInfo {
  /** Property name (the data key). */
  name: string;
  /** The property's schema with `$ref`s followed and `allOf` folded in (see `resolveSchema`). */
  schema: JsonSchemaObject;
  /** Label: `title`, else the referenced title, else the property name. */
  label: string;
  /** Whether the property applies to the data now (its branch of `if`, `dependentSchemas`, `oneOf` is taken). */
  active: boolean;
  /** Whether the data must have it now (`required` of an active branch, `dependentRequired`, ...). */
  required: boolean;
  /** Whether it is declared only inside a conditional branch (so it may appear and disappear). */
  conditional: boolean;
}

interface Entry {
  name: string;
  /** Every place that declares the property, in schema order, with whether that place applies. */
  appearances: { schema: JsonSchema; active: boolean }[];
  active: boolean;
  conditional: boolean;
}

interface Collected {
  entries: Map<string, Entry>;
  required: Set<string>;
}

/**
 * All properties an object schema can have, in schema order: its own `properties`, then those of
 * `allOf` members and of conditional branches (`if`/`then`/`else`, `dependentSchemas`, draft-07
 * `dependencies`, `oneOf`/`anyOf` branches), each marked `active` and `required` for `data`.
 * Conditions are evaluated by the same ajv that validates, so what is shown and what is checked agree.
 */
export function describeObject(
  holder: SchemaHolder,
  schema: JsonSchema | undefined,
  data?: unknown,
): FieldInfo[] {
  const context = anySchemaContext(holder);
  // A static schema gives the same fields for any data: described once per root, handed out as copies
  // (an error per field of a 1,000-field form asks for its object's fields on every validation).
  // Stryker disable next-line ConditionalExpression: without the cache every call describes afresh, with the same result
  const fixed = isPlainObject(schema) && isPlainObject(holder.schema) && isStaticSchema(schema);
  let byRoot = fixed ? staticFields.get(holder.schema) : undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: a cache that is never filled or always new only costs time
  if (fixed && !byRoot) staticFields.set(holder.schema, (byRoot = new WeakMap()));
  const known = byRoot?.get(schema as JsonSchemaObject);
  if (known) return known.map((field) => ({ ...field }));
  const fields = describeFor(context, holder, schema, fixed ? {} : data);
  byRoot?.set(
    schema as JsonSchemaObject,
    fields.map((field) => ({ ...field })),
  );
  return fields;
}

// Per root schema (resolution is pure for a root, see `resolveSchema`), then per static object schema.
const staticFields = new WeakMap<object, WeakMap<object, FieldInfo[]>>();

function describeFor(
  context: SchemaContext,
  holder: SchemaHolder,
  schema: JsonSchema | undefined,
  data: unknown,
): FieldInfo[] {
  const collected: Collected = { entries: new Map(), required: new Set() };
  collect(context, holder, schema, isPlainObject(data) ? data : {}, true, false, collected, new Set());
  return [...collected.entries.values()].map((entry) => {
    // A property declared in two branches (HR number / St number) takes its schema and label from the
    // branch that applies now; from the first declaration while none does.
    const applying = entry.appearances.filter((appearance) => appearance.active);
    const candidates = (applying.length > 0 ? applying : entry.appearances).map(
      (appearance) => appearance.schema,
    );
    const resolved = candidates.map((candidate) => resolveSchema(holder, candidate));
    const chosen = resolved.find((candidate) => Object.keys(candidate).length > 0) ?? resolved[0] ?? {};
    return {
      name: entry.name,
      schema: chosen,
      label: fieldLabel(
        candidates.find((candidate) => isPlainObject(candidate) && candidate.title) ?? chosen,
        entry.name,
        holder,
      ),
      active: entry.active,
      required: entry.active && collected.required.has(entry.name),
      conditional: entry.conditional,
    };
  });
}

function collect(
  context: SchemaContext,
  holder: SchemaHolder,
  raw: JsonSchema | undefined,
  data: Record<string, unknown>,
  active: boolean,
  conditional: boolean,
  out: Collected,
  visiting: Set<object>,
): void {
  if (!isPlainObject(raw) || visiting.has(raw)) return;
  visiting.add(raw);
  const schema = followRefs(holder, raw);
  // Stryker disable next-line ConditionalExpression: without it a `$ref` back to an ancestor is stopped one level later, at its own `$ref` object, and only repeats declarations already collected
  if (schema !== raw && visiting.has(schema)) return;
  visiting.add(schema);
  const recurse = (sub: JsonSchema | undefined, subActive: boolean) =>
    collect(context, holder, sub, data, active && subActive, true, out, visiting);

  if (isPlainObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) {
      let entry = out.entries.get(name);
      if (!entry)
        out.entries.set(name, (entry = { name, appearances: [], active: false, conditional: true }));
      entry.appearances.push({ schema: sub as JsonSchema, active });
      if (active) entry.active = true;
      if (!conditional) entry.conditional = false;
    }
  }
  if (active && Array.isArray(schema.required))
    for (const name of schema.required) out.required.add(String(name));

  for (const member of arrayOf(schema.allOf))
    collect(context, holder, member, data, active, conditional, out, visiting);

  const dependentRequired = isPlainObject(schema.dependentRequired) ? schema.dependentRequired : {};
  const dependentSchemas = isPlainObject(schema.dependentSchemas) ? { ...schema.dependentSchemas } : {};
  const dependentLists: Record<string, unknown> = { ...dependentRequired };
  if (isPlainObject(schema.dependencies)) {
    for (const [name, dependency] of Object.entries(schema.dependencies)) {
      if (Array.isArray(dependency)) dependentLists[name] = dependency;
      else dependentSchemas[name] = dependency;
    }
  }
  for (const [name, names] of Object.entries(dependentLists)) {
    if (active && ownValue(data, name) !== undefined && Array.isArray(names)) {
      for (const required of names) out.required.add(String(required));
    }
  }
  for (const [name, sub] of Object.entries(dependentSchemas))
    recurse(sub as JsonSchema, ownValue(data, name) !== undefined);

  if (schema.if !== undefined) {
    // Stryker disable next-line BooleanLiteral,ConditionalExpression: the branches of a part that does not apply do not apply whatever `holds` says (`recurse` ands it with `active`); skipping the check saves an ajv call
    const holds = active ? context.matches(schema.if, data) : false;
    recurse(schema.then, holds);
    recurse(schema.else, !holds);
  }

  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = arrayOf(schema[keyword]);
    // Stryker disable next-line ConditionalExpression: no branches take nothing and mark nothing; the check saves the work
    if (branches.length === 0) continue;
    const taken = takenBranches(context, holder, branches, data);
    // "Telefon or E-Mail" (anyOf of required lists): a field is required only if every branch that
    // applies requires it.
    const requiredPerBranch: Set<string>[] = [];
    branches.forEach((branch, index) => {
      const branchRequired = new Set<string>();
      collect(
        context,
        holder,
        branch,
        data,
        active && taken.has(index),
        true,
        { entries: out.entries, required: branchRequired },
        visiting,
      );
      if (taken.has(index)) requiredPerBranch.push(branchRequired);
    });
    const [first, ...rest] = requiredPerBranch;
    // Stryker disable next-line ArrayDeclaration: with no branch taken the loop could only add names no entry has
    for (const name of first ?? []) if (rest.every((other) => other.has(name))) out.required.add(name);
    // Stryker disable next-line ConditionalExpression: a taken branch declares every discriminator itself, so marking them as well changes nothing (`false` is killed by the tests of a choice not made yet)
    if (taken.size === 0) markDiscriminatorsActive(holder, branches, out, active);
  }
  visiting.delete(raw);
  visiting.delete(schema);
}

/** Until a variant is chosen, its discriminator properties (the choice itself) are shown. */
function markDiscriminatorsActive(
  holder: SchemaHolder,
  branches: JsonSchema[],
  out: Collected,
  active: boolean,
): void {
  if (!active) return;
  for (const raw of branches) {
    for (const { name } of discriminatorsOf(holder, resolveSchema(holder, raw), branches)) {
      const entry = out.entries.get(name);
      if (entry) entry.active = true;
    }
  }
}

function arrayOf(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? (value as JsonSchema[]) : [];
}
