import type { JsonSchema, JsonSchemaObject, ServiceDefinition } from '../definition.js';
import { describeObject, type FieldInfo } from '../describe-object.js';
import { fieldLabel } from '../field-label.js';
import { isStaticSchema } from '../is-static-schema.js';
import { isPlainObject, ownValue, parsePointer } from '../pointer.js';
import { resolveSchema } from '../resolve-schema.js';
import { isArraySchema, isObjectSchema } from './schema-kind.js';

type LookupDefinition = Pick<ServiceDefinition, 'schema'> & { strict?: boolean };

/** What `FieldLookup.at` answers: the field's label, schema and position path. */
export interface LookedUpField {
  label: string;
  schema: JsonSchemaObject;
  order: number[];
}

/**
 * Answers for pointers whose every object on the way is static (`isStaticSchema`): they cannot depend
 * on the data, so they are kept per root schema across validations (a form re-validates on every blur
 * and each of its errors asks). Callers must not modify them. Bounded: a long list's item pointers are
 * many, so the cache starts over past `MAX_KEPT` pointers.
 */
const fixedAnswers = new WeakMap<object, Map<string, LookedUpField>>();
/** How many kept answers per root schema `FieldLookup` holds before it starts over. */
export const MAX_KEPT = 10_000;

/** Finds the field (label, schema) an error pointer names, describing each object once per validation. */
export class FieldLookup {
  // Keyed by data object, then by schema: one object can sit at two places of the data (a billing
  // address that is the home address), each described by its own schema.
  private readonly described = new Map<object, Map<object, Map<string, FieldInfo & { index: number }>>>();
  private readonly fixed: Map<string, LookedUpField> | undefined;

  constructor(
    private readonly definition: LookupDefinition,
    private readonly data: unknown,
  ) {
    const root = definition.schema;
    if (isPlainObject(root)) {
      this.fixed = fixedAnswers.get(root);
      if (!this.fixed) fixedAnswers.set(root, (this.fixed = new Map()));
    }
  }

  /** The field a pointer names: its label, schema and position path (field indexes, array indexes). */
  at(pointer: string): LookedUpField | undefined {
    const known = this.fixed?.get(pointer);
    if (known) return known;
    const { field, dataFree } = this.find(pointer);
    if (field && dataFree && this.fixed) {
      if (this.fixed.size >= MAX_KEPT) this.fixed.clear();
      this.fixed.set(pointer, field);
    }
    return field;
  }

  private find(pointer: string): { field: LookedUpField | undefined; dataFree: boolean } {
    let schema: JsonSchemaObject = resolveSchema(this.definition, this.definition.schema);
    let rawSchema: JsonSchema = this.definition.schema;
    let data = this.data;
    let found: LookedUpField | undefined;
    // Whether every object passed so far is static: then the answer holds for any data.
    let dataFree = true;
    const order: number[] = [];
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      // Stryker disable next-line BooleanLiteral: with no field nothing is kept, whatever `dataFree` says
      return { field: undefined, dataFree: false };
    }
    for (const token of tokens) {
      if (isObjectSchema(schema)) {
        if (!isStaticSchema(schema)) dataFree = false;
        const field = this.fieldsOf(rawSchema, schema, data).get(token);
        // An undeclared property (additionalProperties): named by its key, placed after its siblings.
        if (!field) {
          const label = fieldLabel(undefined, token);
          return { field: { label, schema: {}, order: [...order, Number.MAX_SAFE_INTEGER] }, dataFree };
        }
        order.push(field.index);
        found = { label: field.label, schema: field.schema, order };
        rawSchema = field.schema;
        schema = field.schema;
      } else if (isArraySchema(schema) && schema.items !== undefined) {
        order.push(Number(token));
        rawSchema = schema.items as JsonSchema;
        schema = resolveSchema(this.definition, rawSchema);
        // An entry of a list is named by the item schema's own title ("Schlagwort"), else the list's.
        const itemTitle =
          typeof schema.title === 'string' && schema.title.trim() !== '' ? schema.title : undefined;
        found = { label: itemTitle ?? found?.label ?? '', schema, order };
      } else {
        return { field: found, dataFree };
      }
      data = ownValue(data, token);
    }
    return { field: found ?? { label: fieldLabel(schema, ''), schema, order }, dataFree };
  }

  private fieldsOf(
    rawSchema: JsonSchema,
    schema: JsonSchemaObject,
    data: unknown,
  ): Map<string, FieldInfo & { index: number }> {
    const schemaKey = typeof rawSchema === 'object' ? rawSchema : schema;
    // A static object's fields are the same for any data: one description per schema.
    const dataKey = isPlainObject(data) && !isStaticSchema(schema) ? data : schemaKey;
    let bySchema = this.described.get(dataKey);
    // Stryker disable next-line ConditionalExpression: a new map describes again and gives equal fields, the check only saves the work (the `false` variant throws)
    if (!bySchema) this.described.set(dataKey, (bySchema = new Map()));
    let fields = bySchema.get(schemaKey);
    // Stryker disable next-line ConditionalExpression: describing again gives equal fields, the check only saves the work (the `false` variant throws)
    if (!fields) {
      fields = new Map(
        describeObject(this.definition, schema, data).map((field, index) => [
          field.name,
          { ...field, index },
        ]),
      );
      bySchema.set(schemaKey, fields);
    }
    return fields;
  }
}
