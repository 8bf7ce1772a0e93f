import type { Definition, JsonSchemaObject } from '@efa-forms/core';

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The data schema of a definition as a standalone JSON Schema document, publishable on its own (e.g.
 * as FIT-Connect submission schema): `$schema` and `$id` set (the schema's own, else
 * `urn:efa-forms:<id>:<version>`), `title` and `description` from the service when the schema has none.
 */
export function dataSchema(definition: Definition): JsonSchemaObject {
  const { $schema, $id, title, description, ...rest } = definition.schema;
  return {
    $schema: typeof $schema === 'string' ? $schema : DRAFT_2020_12,
    $id: typeof $id === 'string' ? $id : `urn:efa-forms:${definition.id}:${definition.version}`,
    title: typeof title === 'string' ? title : definition.title,
    ...(typeof description === 'string'
      ? { description }
      : definition.description
        ? { description: definition.description }
        : {}),
    ...rest,
  };
}
