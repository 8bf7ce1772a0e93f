import { lintDefinition } from '@efa-forms/core';
import type { Command } from '../command.js';
import { EXIT } from '../cli-error.js';
import { locate, readDefinitionFile, readTenant } from '../load.js';
import { CliError } from '../cli-error.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'load and lint a service definition; list every problem',
  usage: 'efa check <definition.service.json> [--tenant t.json] [--format text|json]',
  details: [
    'Prints each problem as "file:line:column pointer message". Exit 0 when clean, 1 with problems.',
    "--tenant  also check a municipality's tenant configuration against the definition",
    '--format  json: {"file", "problems": [{file, line, column, pointer, message, source}]}',
  ],
  positionals: ['definition'],
  options: { tenant: { type: 'string' }, format: { type: 'string' } },
  async run({ positionals, options }, io) {
    const format = options.format ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new CliError(`--format must be "text" or "json", not "${String(format)}"`);
    const file = await readDefinitionFile(positionals[0] as string);
    const tenant = await readTenant(options.tenant);
    const problems = lintDefinition(file.json, tenant ? { tenant: tenant.json } : {}).map((problem) => ({
      ...locate(problem, file, tenant),
      pointer: problem.pointer,
      message: problem.message,
      source: problem.source ?? 'definition',
    }));
    if (format === 'json') io.out(JSON.stringify({ file: file.path, problems }, null, 2) + '\n');
    else
      for (const p of problems) io.out(`${p.file}:${p.line}:${p.column} ${p.pointer || '/'} ${p.message}\n`);
    if (format === 'text')
      io.err(
        problems.length === 0
          ? `${file.path}: no problems\n`
          : `${file.path}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`,
      );
    return problems.length === 0 ? EXIT.ok : EXIT.problems;
  },
};
