// XML in and out: `efa xml` writes the message for data, `efa parse` reads a message back.
import { InvalidDataError, XmlError, fromXml, toXml } from '@efa-forms/xoev';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../cli-error.js';
import { emit, outputOption } from '../emit.js';
import { readJsonFile, readText } from '../files.js';
import { positionOf } from '../json-positions.js';
import { loadDefinitionFile } from '../load.js';

export const xmlCommand: Command = {
  name: 'xml',
  summary: 'the XÖV XML message for submitted data',
  usage: 'efa xml <definition.service.json> <data.json> [--tenant t.json] [-o message.xml]',
  details: [
    'The data is pruned and validated first; invalid data lists every error as',
    '"data.json:line:column pointer message" and exits 1. --tenant fills the header\'s authority.',
  ],
  positionals: ['definition', 'data'],
  options: { ...outputOption, tenant: { type: 'string' } },
  async run({ positionals, options }, io) {
    const { definition } = await loadDefinitionFile(positionals[0] as string, options);
    if (definition.xoev === undefined)
      throw new CliError(
        `${positionals[0]}: the definition has no "xoev" settings, so it produces no XML message`,
      );
    const dataPath = positionals[1] as string;
    const data = await readJsonFile(dataPath, 'data');
    let xml: string;
    try {
      xml = toXml(definition, data.value);
    } catch (error) {
      if (error instanceof InvalidDataError) {
        for (const problem of error.errors) {
          const at = positionOf(data.text, data.positions, problem.pointer);
          io.err(`${dataPath}:${at.line}:${at.column} ${problem.pointer || '/'} ${problem.message}\n`);
        }
        return EXIT.problems;
      }
      if (error instanceof XmlError) {
        const at = positionOf(data.text, data.positions, error.pointer ?? '');
        io.err(`${dataPath}:${at.line}:${at.column} ${error.pointer || '/'} ${error.message}\n`);
        return EXIT.problems;
      }
      throw error;
    }
    await emit(io, options.output, xml);
    return EXIT.ok;
  },
};

export const parseCommand: Command = {
  name: 'parse',
  summary: 'read an XÖV message back into data (JSON: {header, data})',
  usage: 'efa parse <definition.service.json> <message.xml> [-o data.json]',
  details: [
    'A message that is malformed or does not fit the definition: "message.xml:line:column message", exit 1.',
  ],
  positionals: ['definition', 'message'],
  options: { ...outputOption },
  async run({ positionals, options }, io) {
    const { definition } = await loadDefinitionFile(positionals[0] as string);
    const path = positionals[1] as string;
    const xml = await readText(path, 'XML message');
    let parsed: unknown;
    try {
      parsed = fromXml(definition, xml);
    } catch (error) {
      if (error instanceof XmlError) {
        const where = error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`;
        io.err(`${path}${where} ${error.pointer ? error.pointer + ' ' : ''}${error.message}\n`);
        return EXIT.problems;
      }
      throw error;
    }
    await emit(io, options.output, JSON.stringify(parsed, null, 2));
    return EXIT.ok;
  },
};
