// FIM: code lists (genericode) and Stammdatenschemata (XDatenfelder 2/3) through @efa-forms/fim.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FimError, codeListSchema, importFim } from '@efa-forms/fim';
import type { JsonSchemaObject } from '@efa-forms/core';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../cli-error.js';
import { emit, outputOption } from '../emit.js';
import { readText } from '../files.js';

/** A FimError (or the genericode parser's error) as "file:line:column message". */
function fimProblem(error: unknown, path: string): CliError | undefined {
  if (!(error instanceof Error)) return undefined;
  const located = error as Error & { line?: number; column?: number; element?: string };
  if (!(error instanceof FimError) && located.line === undefined) return undefined;
  const where = located.line === undefined ? '' : `:${located.line}:${located.column ?? 1}`;
  const element = located.element ? ` <${located.element}>` : '';
  return new CliError(`${path}${where}${element} ${error.message}`);
}

export const codelistCommand: Command = {
  name: 'codelist',
  summary: 'a genericode code list as JSON Schema options (oneOf const/title + x-xoev.codeList)',
  usage: 'efa codelist <codelist.xml> [-o codelist.json]',
  details: ['Put the result where a field needs the list, e.g. "staatsangehoerigkeit": {...}.'],
  positionals: ['genericode'],
  options: { ...outputOption },
  async run({ positionals, options }, io) {
    const path = positionals[0] as string;
    const xml = await readText(path, 'genericode file');
    let schema: JsonSchemaObject;
    try {
      schema = codeListSchema(xml);
    } catch (error) {
      throw fimProblem(error, path) ?? error;
    }
    await emit(io, options.output, JSON.stringify(schema, null, 2));
    return EXIT.ok;
  },
};

export const importFimCommand: Command = {
  name: 'import-fim',
  summary: 'a FIM Stammdatenschema (XDatenfelder 2 or 3) as a service definition',
  usage: 'efa import-fim <stammdatenschema.xml> [--codelists dir] [-o definition.service.json]',
  details: [
    '--codelists  a folder of genericode files for the select fields (matched by their listURI)',
    'Warnings (a code list not found, rules kept as text) go to stderr; check the result with efa check.',
  ],
  positionals: ['stammdatenschema'],
  options: { ...outputOption, codelists: { type: 'string' } },
  async run({ positionals, options }, io) {
    const path = positionals[0] as string;
    const xml = await readText(path, 'Stammdatenschema');
    const codeLists = new Map<string, string>();
    if (typeof options.codelists === 'string') {
      let names: string[];
      try {
        names = (await readdir(options.codelists)).filter((name) => name.endsWith('.xml'));
      } catch (error) {
        throw new CliError(
          `${options.codelists}: cannot read the code list folder: ${(error as Error).message}`,
        );
      }
      io.err(`efa import-fim: reading ${names.length} code lists ...\n`);
      for (const name of names) {
        const text = await readText(join(options.codelists, name), 'genericode file');
        const uri = /<CanonicalUri>\s*([^<\s]+)\s*<\/CanonicalUri>/.exec(text)?.[1];
        if (uri) codeLists.set(uri, text);
      }
    }
    let result: ReturnType<typeof importFim>;
    try {
      // The path is put in front of every message here, so fim is not given it (it would repeat it).
      result = importFim(xml, { codeLists });
    } catch (error) {
      throw fimProblem(error, path) ?? error;
    }
    for (const warning of result.warnings) {
      const where = warning.line === undefined ? '' : `:${warning.line}`;
      const pointer = warning.pointer ? ` ${warning.pointer}` : '';
      io.err(`${path}${where}${pointer} warning: ${warning.message}\n`);
    }
    await emit(io, options.output, JSON.stringify(result.definition, null, 2));
    return EXIT.ok;
  },
};
