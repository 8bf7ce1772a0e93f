import type { SchemaHolder, StepDefinition } from './definition.js';
import { activeFields, type ActiveFields } from './active-fields.js';

/**
 * The steps of a definition that apply to the data, in their order: a step applies while at least one
 * of its fields is active (`activeFields(definition, data).visible`, so the same `if/then/else`,
 * `dependentSchemas` and `oneOf` choices as validation and pruning decide). A step whose fields a
 * condition hides is skipped by the wizard, left out of the review page and reports no errors.
 * The result may be empty (every field hidden); a form then still shows its first step.
 *
 * @param definition a loaded definition (its `steps` and its schema)
 * @param data the answers as entered (conditions judge them pruned, as `activeFields` does)
 * @param fields `activeFields(definition, data)` when the caller has it already, to compute it once
 */
export function activeSteps(
  definition: SchemaHolder & { steps: readonly StepDefinition[] },
  data: unknown,
  fields: ActiveFields = activeFields(definition, data),
): StepDefinition[] {
  return definition.steps.filter((step) => step.fields.some((pointer) => fields.visible.has(pointer)));
}
