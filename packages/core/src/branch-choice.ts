import type { JsonSchema, SchemaHolder } from './definition.js';
import { branchProperties, discriminatorsOf } from './alternatives.js';
import { deepEqual } from './deep-equal.js';
import { anySchemaContext, type SchemaContext } from './internal/schema-context.js';
import { isPlainObject, ownValue } from './pointer.js';
import { resolveSchema } from './resolve-schema.js';

/**
 * The one `oneOf`/`anyOf` branch the data chooses, or `undefined` while it chooses none (a
 * discriminator not answered yet) or several. The form shows that branch's fields, the validator
 * reports that branch's errors and the review page lists that branch's rows, so all three speak of
 * the same fields. See `takenBranches` for how a branch is taken, also for data that fits no branch.
 *
 * `picked` is the branch a person picked among alternatives without a discriminator (a form's view
 * state): it wins unless the data's discriminators say otherwise, since nothing in the data can.
 */
export function chosenBranch(
  holder: SchemaHolder,
  branches: readonly JsonSchema[],
  data: unknown,
  picked?: number,
): number | undefined {
  const context = anySchemaContext(holder);
  const object = isPlainObject(data) ? data : {};
  if (picked !== undefined && picked >= 0 && picked < branches.length) {
    const discriminated = branches.some(
      (raw) => discriminatorsOf(holder, resolveSchema(holder, raw), branches).length > 0,
    );
    if (!discriminated) return picked;
  }
  const taken = takenBranches(context, holder, branches, object);
  if (taken.size !== 1) return undefined;
  const [index] = taken;
  return branchProperties(holder, resolveSchema(holder, branches[index as number])).length > 0
    ? index
    : undefined;
}

/**
 * Which `oneOf`/`anyOf` branches apply to `data`. A branch with discriminator properties (`const` or
 * `enum`, see `discriminatorsOf`) applies when the data carries one of its values; a branch that only
 * adds conditions (`if`, `required`) always applies and its own keywords decide; otherwise a branch
 * applies when the data matches it. When no variant matches (the data fits no branch, e.g. while
 * it is being filled in), the variant whose declared properties cover most of the data's keys is
 * taken (the first on a tie), so what a person typed keeps its fields.
 */
export function takenBranches(
  context: SchemaContext,
  holder: SchemaHolder,
  branches: readonly JsonSchema[],
  data: Record<string, unknown>,
): Set<number> {
  const taken = new Set<number>();
  const variants: number[] = [];
  let discriminated = false;
  branches.forEach((raw, index) => {
    const branch = resolveSchema(holder, raw);
    const discriminators = discriminatorsOf(holder, branch, branches);
    if (discriminators.length > 0) {
      discriminated = true;
      const matches = ({ name, values }: { name: string; values: unknown[] }) =>
        values.some((value) => deepEqual(ownValue(data, name), value));
      if (discriminators.every(matches)) taken.add(index);
      return;
    }
    if (branchProperties(holder, branch).length === 0) {
      taken.add(index);
      return;
    }
    variants.push(index);
    if (context.matches(raw as JsonSchema, data)) taken.add(index);
  });
  if (taken.size === 0 && variants.length > 0 && !discriminated) {
    const keys = Object.keys(data);
    let best = variants[0] as number;
    let bestScore = -Infinity;
    for (const index of variants) {
      const names = new Set(
        branchProperties(holder, resolveSchema(holder, branches[index])).map(([name]) => name),
      );
      // The keys a variant declares; subtracting those it does not would rank alike (all see the same keys).
      const score = keys.filter((key) => names.has(key)).length;
      if (score > bestScore) [best, bestScore] = [index, score];
    }
    taken.add(best);
  }
  return taken;
}
