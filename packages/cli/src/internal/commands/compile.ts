import { dirname } from 'node:path';
import { DefinitionError } from '@efa-forms/core';
import { compileService } from '../../compile-service.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../cli-error.js';
import { emit, outputOption } from '../emit.js';
import { localeOption, problemLines, readDefinitionFile, readTenant } from '../load.js';

export const compileCommand: Command = {
  name: 'compile',
  summary: 'one ES module for strict-CSP pages: definition + standalone validators, no ajv',
  usage: 'efa compile <definition.service.json> [-o service.js] [--tenant t.json] [--locale de|en]',
  details: [
    'The module runs without a compiler (no new Function, no eval): <efa-form src="service.js">.',
    'Without --tenant each page supplies its own tenant (<efa-form tenant>), checked by the compiled',
    'tenant schema; without --locale the page may choose de or en.',
  ],
  positionals: ['definition'],
  options: { ...outputOption, tenant: { type: 'string' }, locale: { type: 'string' } },
  async run({ positionals, options }, io) {
    const path = positionals[0] as string;
    const file = await readDefinitionFile(path);
    const tenant = await readTenant(options.tenant);
    const locale = localeOption(options.locale);
    io.err(`efa compile: compiling ${path} ...\n`);
    let code: string;
    try {
      ({ code } = await compileService(file.json, {
        ...(tenant ? { tenant: tenant.json } : {}),
        ...(locale ? { locale } : {}),
        baseDir: dirname(path),
      }));
    } catch (error) {
      if (error instanceof DefinitionError) throw new CliError(problemLines(error, file, tenant).join('\n'));
      throw error;
    }
    await emit(io, options.output, code);
    if (typeof options.output === 'string')
      io.err(`efa compile: wrote ${options.output} (${code.length} bytes)\n`);
    return EXIT.ok;
  },
};
