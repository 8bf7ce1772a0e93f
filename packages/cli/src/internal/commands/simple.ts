// The commands that load a definition and print one derived artefact.
import { dataSchema } from '../../data-schema.js';
import { typesSource } from '../../types-source.js';
import { toXsd } from '@efa-forms/xoev';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../cli-error.js';
import { emit, outputOption } from '../emit.js';
import { loadDefinitionFile } from '../load.js';

export const typesCommand: Command = {
  name: 'types',
  summary: 'the TypeScript type of the submitted data (json-schema-to-ts)',
  usage: 'efa types <definition.service.json> [-o file.ts]',
  details: ['Writes the data schema `as const` and `FromSchema` of it; the project needs json-schema-to-ts.'],
  positionals: ['definition'],
  options: { ...outputOption },
  async run({ positionals, options }, io) {
    const { definition } = await loadDefinitionFile(positionals[0] as string);
    await emit(io, options.output, typesSource(definition));
    return EXIT.ok;
  },
};

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'the standalone data JSON Schema with $id (e.g. a FIT-Connect submission schema)',
  usage: 'efa schema <definition.service.json> [-o schema.json] [--tenant t.json] [--locale de|en]',
  details: ['Texts come from --locale (default de); {tenant.*} texts are filled from --tenant when given.'],
  positionals: ['definition'],
  options: { ...outputOption, tenant: { type: 'string' }, locale: { type: 'string' } },
  async run({ positionals, options }, io) {
    const { definition } = await loadDefinitionFile(positionals[0] as string, options);
    await emit(io, options.output, JSON.stringify(dataSchema(definition), null, 2));
    return EXIT.ok;
  },
};

export const xsdCommand: Command = {
  name: 'xsd',
  summary: 'the XSD of the XML message the service produces',
  usage: 'efa xsd <definition.service.json> [-o message.xsd]',
  details: ['It imports the official XÖV library schemas by their URLs.'],
  positionals: ['definition'],
  options: { ...outputOption },
  async run({ positionals, options }, io) {
    const { definition } = await loadDefinitionFile(positionals[0] as string);
    if (definition.xoev === undefined)
      throw new CliError(
        `${positionals[0]}: the definition has no "xoev" settings, so it produces no XML message`,
      );
    await emit(io, options.output, toXsd(definition));
    return EXIT.ok;
  },
};
