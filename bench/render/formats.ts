// The generated form in each library's own input format, from the same field list (./generate.ts).
// Every equivalence decision made here is written down in bench/README.md.
import {
  ENUM_OPTIONS,
  INTEGER_RANGE,
  MIN_LENGTH,
  PATTERN,
  benchGroups,
  benchSchema,
  type BenchField,
} from './generate.js';

/**
 * The data every schema-driven library starts with: one empty object per group, so an empty form
 * reports one "required" error per leaf field (a missing group object would be one error for ten).
 */
export function initialData(count: number): Record<string, Record<string, unknown>> {
  return Object.fromEntries(benchGroups(count).map((group) => [group.name, {}]));
}

/** JSON Forms: the schema and an explicit UI schema with one Group per object (its default would nest none). */
export function jsonFormsInput(count: number): { schema: unknown; uischema: unknown; data: unknown } {
  return {
    schema: benchSchema(count),
    uischema: {
      type: 'VerticalLayout',
      elements: benchGroups(count).map((group) => ({
        type: 'Group',
        label: group.title,
        elements: group.fields.map((field) => ({
          type: 'Control',
          scope: `#/properties/${group.name}/properties/${field.name}`,
        })),
      })),
    },
    data: initialData(count),
  };
}

/** One SurveyJS question: the field's constraints as SurveyJS validators and input types. */
function surveyQuestion(field: BenchField): Record<string, unknown> {
  const base = { name: field.name, title: field.label, isRequired: true };
  switch (field.kind) {
    case 'text':
      return { ...base, type: 'text' };
    case 'minLength':
      return { ...base, type: 'text', validators: [{ type: 'text', minLength: MIN_LENGTH }] };
    case 'pattern':
      return { ...base, type: 'text', validators: [{ type: 'regex', regex: PATTERN }] };
    case 'email':
      return { ...base, type: 'text', inputType: 'email', validators: [{ type: 'email' }] };
    case 'integer':
      return {
        ...base,
        type: 'text',
        inputType: 'number',
        min: INTEGER_RANGE.minimum,
        max: INTEGER_RANGE.maximum,
        step: 1,
        validators: [{ type: 'regex', regex: '^-?[0-9]+$' }],
      };
    case 'enum':
      return { ...base, type: 'radiogroup', choices: ENUM_OPTIONS };
    case 'boolean':
      return { ...base, type: 'boolean', renderAs: 'checkbox' };
    case 'date':
      return { ...base, type: 'text', inputType: 'date' };
  }
}

/** SurveyJS: one page, one panel per object; `textUpdateMode` 'onBlur' (its default) or 'onTyping'. */
export function surveyJson(count: number, textUpdateMode: 'onBlur' | 'onTyping'): Record<string, unknown> {
  return {
    textUpdateMode,
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'angaben',
        elements: benchGroups(count).map((group) => ({
          type: 'panel',
          name: group.name,
          title: group.title,
          elements: group.fields.map(surveyQuestion),
        })),
      },
    ],
  };
}

/** One Form.io component. */
function formioComponent(field: BenchField): Record<string, unknown> {
  const base = { key: field.name, label: field.label, input: true, tableView: false };
  const required = { required: true };
  switch (field.kind) {
    case 'text':
      return { ...base, type: 'textfield', validate: required };
    case 'minLength':
      return { ...base, type: 'textfield', validate: { ...required, minLength: MIN_LENGTH } };
    case 'pattern':
      return { ...base, type: 'textfield', validate: { ...required, pattern: PATTERN } };
    case 'email':
      return { ...base, type: 'email', validate: required };
    case 'integer':
      return {
        ...base,
        type: 'number',
        decimalLimit: 0,
        requireDecimal: false,
        validate: { ...required, min: INTEGER_RANGE.minimum, max: INTEGER_RANGE.maximum },
      };
    case 'enum':
      return {
        ...base,
        type: 'radio',
        values: ENUM_OPTIONS.map((option) => ({ label: option, value: option })),
        validate: required,
      };
    case 'boolean':
      return { ...base, type: 'checkbox', validate: required };
    case 'date':
      // Form.io's date field is `datetime` with its flatpickr calendar widget (bundled from npm).
      return {
        ...base,
        type: 'datetime',
        format: 'yyyy-MM-dd',
        enableTime: false,
        enableDate: true,
        displayInTimezone: 'utc',
        widget: { type: 'calendar', enableTime: false, format: 'yyyy-MM-dd', displayInTimezone: 'utc' },
        validate: required,
      };
  }
}

/** Form.io: one panel per object, flat data keys (field names are unique), a submit button. */
export function formioForm(count: number): Record<string, unknown> {
  return {
    display: 'form',
    components: [
      ...benchGroups(count).map((group) => ({
        type: 'panel',
        key: group.name,
        title: group.title,
        input: false,
        components: group.fields.map(formioComponent),
      })),
      { type: 'button', action: 'submit', key: 'submit', label: 'Absenden', input: true },
    ],
  };
}

/**
 * The service definition `efa compile` gets for the compiled app: the same schema, one step. A service
 * definition is checked strictly, and efa's rule for options is that they carry labels, so the enums
 * are written `oneOf: [{ const, title }]` with the same values (the same data, the same control).
 */
export function efaDefinition(count: number): Record<string, unknown> {
  const schema = benchSchema(count) as {
    properties: Record<string, { properties: Record<string, Record<string, unknown>> }>;
  };
  for (const group of Object.values(schema.properties))
    for (const [name, field] of Object.entries(group.properties))
      if (Array.isArray(field.enum)) {
        const { enum: options, ...rest } = field;
        group.properties[name] = {
          ...rest,
          oneOf: (options as string[]).map((option) => ({ const: option, title: option })),
        };
      }
  return { id: `bench-${count}`, version: '1.0.0', title: `Formular mit ${count} Feldern`, schema };
}
