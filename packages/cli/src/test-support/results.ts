// What the form and the server compute from a definition and data, as plain data: compared between
// the run-time validator and a compiled service (also inside a process without code generation, which
// bundles this file, hence the engine by its path).
import {
  activeFields,
  createValidator,
  prune,
  type Definition,
  type Locale,
} from '../../../core/src/engine.js';

export function results(definition: Definition, data: unknown[], locale: Locale) {
  const validator = createValidator(definition, { locale });
  return data.map((item) => {
    const active = activeFields(definition, item);
    return {
      visible: [...active.visible].sort(),
      required: [...active.required].sort(),
      pruned: prune(definition, item),
      validate: validator.validate(prune(definition, item)),
      validateRaw: validator.validate(item),
      steps: definition.steps.map((step) => validator.validateStep(item, step.id)),
    };
  });
}
