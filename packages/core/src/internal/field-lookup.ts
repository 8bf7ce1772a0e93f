import type { JsonSchema, JsonSchemaObject, ServiceDefinition } from '../definition.js';
import { describeObject, type FieldInfo } from '../describe-object.js';
import { fieldLabel } from '../field-label.js';
import { isPlainObject, ownValue, parsePointer } from '../pointer.js';
import { resolveSchema } from '../resolve-schema.js';
import { isArraySchema, isObjectSchema } from './schema-kind.js';

type LookupDefinition = Pick<ServiceDefinition, 'schema'> & { strict?: boolean };

/** Finds the field (label, schema) an error pointer names, describing each object once per validation. */
export class FieldLookup {
  // Keyed by data object, then by schema: one object can sit at two places of the data (a billing
  // address that is the home address), each described by its own schema.
  private readonly described = new Map<object, Map<object, Map<string, FieldInfo & { index: number }>>>();

  constructor(
    private readonly definition: LookupDefinition,
    private readonly data: unknown,
  ) {}

  /** The field a pointer names: its label, schema and position path (field indexes, array indexes). */
  at(pointer: string): { label: string; schema: JsonSchemaObject; order: number[] } | undefined {
    let schema: JsonSchemaObject = resolveSchema(this.definition, this.definition.schema);
    let rawSchema: JsonSchema = this.definition.schema;
    let data = this.data;
    let found: { label: string; schema: JsonSchemaObject; order: number[] } | undefined;
    const order: number[] = [];
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      return undefined;
    }
    for (const token of tokens) {
      if (isObjectSchema(schema)) {
        const field = this.fieldsOf(rawSchema, schema, data).get(token);
        // An undeclared property (additionalProperties): named by its key, placed after its siblings.
        if (!field)
          return {
            label: fieldLabel(undefined, token),
            schema: {},
            order: [...order, Number.MAX_SAFE_INTEGER],
          };
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
        return found;
      }
      data = ownValue(data, token);
    }
    return found ?? { label: fieldLabel(schema, ''), schema, order };
  }

  private fieldsOf(
    rawSchema: JsonSchema,
    schema: JsonSchemaObject,
    data: unknown,
  ): Map<string, FieldInfo & { index: number }> {
    const schemaKey = typeof rawSchema === 'object' ? rawSchema : schema;
    const dataKey = isPlainObject(data) ? data : schemaKey;
    let bySchema = this.described.get(dataKey);
    if (!bySchema) this.described.set(dataKey, (bySchema = new Map()));
    let fields = bySchema.get(schemaKey);
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
