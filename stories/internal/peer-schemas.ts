import type { JsonSchemaObject } from '@efa-forms/core';

/** One file of ../shared/peer-schemas (see its README): a schema from another form system and its sample data. */
export interface PeerSchema {
  source: string;
  schema: JsonSchemaObject;
  formData: Record<string, unknown> | null;
}

// Read in place from ../shared (main.ts allows vite to serve it); never copied into the project.
const files = import.meta.glob<PeerSchema>('../../../shared/peer-schemas/*.json', {
  eager: true,
  import: 'default',
});

/** The peer schemas by file name (`jsonforms-person.json`). */
export const peerSchemas: Record<string, PeerSchema> = Object.fromEntries(
  Object.entries(files)
    .map(([path, file]): [string, PeerSchema] => [path.slice(path.lastIndexOf('/') + 1), file])
    .sort(([a], [b]) => a.localeCompare(b)),
);

/** File names of the peer schemas. */
export const peerSchemaNames = Object.keys(peerSchemas);
