import type { ErrorObject } from 'ajv';
import { joinPointer } from '../pointer.js';
import { VALIDATION_KEYWORDS, type ValidationKeyword } from '../validation-error.js';

/** An ajv error reduced to what we report, before messages are attached. */
export interface RawError {
  pointer: string;
  keyword: ValidationKeyword;
  params: Record<string, unknown>;
}

/**
 * ajv's errors reduced to their real causes: `if` wrappers dropped; a failed `oneOf`/`anyOf` replaced
 * by the errors of the branch the data was meant for (its discriminator matched), by one `enum` error
 * when the branches are just options (`oneOf: [{const, title}]`), or by the composite error when no
 * branch can be told apart. `required` and similar point at the field concerned. Duplicates are merged.
 */
/** Which branch of a failed `oneOf`/`anyOf` the form shows, by the rules fields are shown by. */
export type BranchChooser = (composite: ErrorObject) => number | undefined;

const FORMAT_LIMITS = new Set([
  'formatMinimum',
  'formatMaximum',
  'formatExclusiveMinimum',
  'formatExclusiveMaximum',
]);

export function collapseErrors(errors: readonly ErrorObject[], chooseBranch?: BranchChooser): RawError[] {
  let remaining = errors.filter((error) => error.keyword !== 'if');
  const composites = remaining
    .filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  // Innermost first: a composite inside a branch has the longer schema path, so by the time an outer
  // composite picks its branch, the inner ones are resolved (and none is dropped before its turn).
  for (const composite of composites) remaining = collapseComposite(composite, remaining, chooseBranch);
  const raws = remaining.map(toRaw);
  // When a branch fails, ajv counts none of its properties as evaluated and reports each of them as
  // "unevaluated" next to the real error. Within an object that has a real error, those are noise.
  const failing = raws.filter((raw) => raw.keyword !== 'unevaluatedProperties').map((raw) => raw.pointer);
  // A value of the wrong type also fails its const/enum; the type error says what to fix.
  const typeErrors = new Set(raws.filter((raw) => raw.keyword === 'type').map((raw) => raw.pointer));
  // A value not in its format (`02.03.2025` for a date) cannot be compared (`formatMinimum`); the
  // format error says what to fix.
  const formatErrors = new Set(raws.filter((raw) => raw.keyword === 'format').map((raw) => raw.pointer));
  const seen = new Set<string>();
  const result: RawError[] = [];
  for (const raw of raws) {
    const parent = raw.pointer.slice(0, raw.pointer.lastIndexOf('/'));
    if (
      raw.keyword === 'unevaluatedProperties' &&
      failing.some((pointer) => pointer === parent || pointer.startsWith(parent + '/'))
    )
      continue;
    // Stryker disable next-line StringLiteral: no keyword ends with another keyword (they are camelCase words), so pointer and keyword cannot run together into another pair's key
    const key = raw.pointer + '\u0000' + raw.keyword;
    if (seen.has(key)) continue;
    if ((raw.keyword === 'const' || raw.keyword === 'enum') && typeErrors.has(raw.pointer)) continue;
    if (FORMAT_LIMITS.has(raw.keyword) && formatErrors.has(raw.pointer)) continue;
    seen.add(key);
    result.push(raw);
  }
  return result;
}

function collapseComposite(
  composite: ErrorObject,
  errors: ErrorObject[],
  chooseBranch?: BranchChooser,
): ErrorObject[] {
  const prefix = composite.schemaPath + '/';
  const at = composite.instancePath;
  // The errors of this composite's branches for this value: in a list (`items: {oneOf}`) every
  // entry's composite has the same schema path, and each entry takes its own branch.
  const isMember = (error: ErrorObject) =>
    error.schemaPath.startsWith(prefix) &&
    (error.instancePath === at || error.instancePath.startsWith(at + '/'));
  const members = errors.filter(isMember);
  const others = errors.filter((error) => error !== composite && !isMember(error));
  if (members.length === 0) return [...others, composite];
  const branches = new Map<string, ErrorObject[]>();
  for (const error of members) {
    // `split` gives at least one string.
    const [branch] = error.schemaPath.slice(prefix.length).split('/') as [string];
    branches.set(branch, [...(branches.get(branch) ?? []), error]);
  }
  const isChoice = (error: ErrorObject) =>
    (error.keyword === 'const' || error.keyword === 'enum') && error.instancePath === at;
  if ([...branches.values()].every((branchErrors) => branchErrors.every(isChoice))) {
    const optionError = {
      ...composite,
      keyword: 'enum',
      params: { allowedValues: allowedValuesOf(members) },
    } as ErrorObject;
    return [...others, optionError];
  }
  // The branch whose fields the form shows: its errors are the ones the person can act on.
  const chosen = chooseBranch?.(composite);
  // Stryker disable next-line ConditionalExpression: no branch is named "undefined", so looking it up gives `undefined` too
  const shown = chosen === undefined ? undefined : branches.get(String(chosen));
  if (shown) return [...others, ...shown];
  const missedDiscriminator = (error: ErrorObject) =>
    ((error.keyword === 'const' || error.keyword === 'enum') && isDirectChild(error.instancePath, at)) ||
    (error.keyword === 'type' && error.instancePath === at) ||
    isChoice(error);
  const candidates = [...branches.values()].filter((branchErrors) => !branchErrors.some(missedDiscriminator));
  if (candidates.length === 0) {
    // Every branch failed on its discriminator: the choice itself is wrong. Report it there, once.
    const choices = members.filter(
      (error) =>
        (error.keyword === 'const' || error.keyword === 'enum') && isDirectChild(error.instancePath, at),
    );
    const choicePointers = new Set(choices.map((error) => error.instancePath));
    if (choicePointers.size === 1 && choices.length === branches.size) {
      const first = choices[0] as ErrorObject;
      const params = { allowedValues: allowedValuesOf(choices) };
      return [...others, { ...first, keyword: 'enum', params } as ErrorObject];
    }
    return [...others, composite];
  }
  const best = candidates.reduce((fewest, next) => (next.length < fewest.length ? next : fewest));
  return [...others, ...best];
}

/** The values `const` and `enum` errors allow, in their order: the options of one `enum` error. */
function allowedValuesOf(errors: readonly ErrorObject[]): unknown[] {
  return errors.flatMap((error) =>
    error.keyword === 'const' ? [error.params.allowedValue] : (error.params.allowedValues as unknown[]),
  );
}

function isDirectChild(path: string, parent: string): boolean {
  return path.startsWith(parent + '/') && !path.slice(parent.length + 1).includes('/');
}

function toRaw(error: ErrorObject): RawError {
  const params = { ...(error.params as Record<string, unknown>) };
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
    case 'dependencies':
      return {
        pointer: joinPointer(error.instancePath, String(params.missingProperty)),
        keyword: error.keyword === 'dependencies' ? 'dependentRequired' : known(error.keyword),
        params,
      };
    case 'additionalProperties':
      return {
        pointer: joinPointer(error.instancePath, String(params.additionalProperty)),
        keyword: known(error.keyword),
        params,
      };
    case 'unevaluatedProperties':
      return {
        pointer: joinPointer(error.instancePath, String(params.unevaluatedProperty)),
        keyword: known(error.keyword),
        params,
      };
    case 'uniqueItems':
      // Point at the repeated entry, not at the whole list.
      return {
        pointer: joinPointer(error.instancePath, Math.max(Number(params.i), Number(params.j))),
        keyword: known(error.keyword),
        params,
      };
    default:
      return { pointer: error.instancePath, keyword: known(error.keyword), params };
  }
}

/**
 * ajv's keyword as one of `ValidationKeyword`. A `false` subschema (ajv's `false schema`) and a keyword
 * no vocabulary of ours defines (a custom keyword added to ajv) are reported as `not`, a value not
 * allowed here.
 */
function known(keyword: string): ValidationKeyword {
  return VALIDATION_KEYWORDS.has(keyword) ? (keyword as ValidationKeyword) : 'not';
}
