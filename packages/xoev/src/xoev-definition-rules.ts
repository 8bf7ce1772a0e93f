import {
  isPlainObject,
  walkSchema,
  joinPointer,
  type DefinitionRule,
  type RuleProblem,
  type ServiceDefinition,
} from '@efa-forms/core';
import { isNCName } from './internal/xml-name.js';

/**
 * With `xoev` settings every property becomes an XML element: its name, or its `x-xoev.element`,
 * must be an XML NCName. Definitions without `xoev` are not checked (they are never serialised).
 */
export const xmlNameRule: DefinitionRule = {
  code: 'xml-name',
  check(definition: ServiceDefinition): RuleProblem[] {
    if (definition.xoev === undefined) return [];
    const problems: RuleProblem[] = [];
    walkSchema(
      definition.schema,
      (node, pointer) => {
        if (!isPlainObject(node.properties)) return;
        for (const [name, property] of Object.entries(node.properties)) {
          const hints =
            isPlainObject(property) && isPlainObject(property['x-xoev']) ? property['x-xoev'] : undefined;
          const element = hints?.element;
          const where = joinPointer(joinPointer(pointer, 'properties'), name);
          if (element !== undefined) {
            if (typeof element !== 'string' || !isNCName(element)) {
              problems.push({
                pointer: where + '/x-xoev/element',
                message: `"${String(element)}" is not a valid XML element name.`,
              });
            }
          } else if (!isNCName(name)) {
            problems.push({
              pointer: where,
              message: `"${name}" is not a valid XML element name; rename the property or set "x-xoev": {"element": "..."}.`,
            });
          }
        }
      },
      '/schema',
    );
    return problems;
  },
};

/**
 * The checks `@efa-forms/xoev` adds to core's linter, for `loadDefinition(json, { rules })` and
 * `lintDefinition(json, { rules })`; `efa check` runs them. Today: `xml-name`.
 */
export const xoevDefinitionRules: readonly DefinitionRule[] = [xmlNameRule];
