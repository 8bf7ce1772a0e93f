import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { packService } from '../../pack-service.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../cli-error.js';
import { loadDefinitionFile } from '../load.js';

export const packCommand: Command = {
  name: 'pack',
  summary: 'an npm package folder to publish the service for reuse (EfA)',
  usage: 'efa pack <definition.service.json> [--out dir] [--name npm-name]',
  details: [
    'Writes the definition, the compiled service.js, service.d.ts (data type), message.xsd,',
    'data.schema.json, tenant.schema.json and a README; default folder ./<id>. Then: npm pack / npm publish.',
    'The folder is written whole or not at all; an existing folder is replaced.',
  ],
  positionals: ['definition'],
  options: { out: { type: 'string' }, name: { type: 'string' } },
  async run({ positionals, options }, io) {
    const path = positionals[0] as string;
    const { definition, file } = await loadDefinitionFile(path);
    const out = resolve(typeof options.out === 'string' ? options.out : definition.id);
    io.err(`efa pack: compiling ${path} ...\n`);
    const files = await packService(file.json, definition, {
      baseDir: dirname(path),
      ...(typeof options.name === 'string' ? { name: options.name } : {}),
    });
    // Built in a temporary folder beside the target, then swapped in: never half a package.
    const temporary = `${out}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(temporary, { recursive: true });
      for (const [name, content] of Object.entries(files)) await writeFile(join(temporary, name), content);
      const existing = await stat(out).catch(() => undefined);
      if (existing && !existing.isDirectory()) throw new Error('exists and is not a folder');
      if (existing) await rm(out, { recursive: true });
      await rename(temporary, out);
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      throw new CliError(`${out}: cannot write the package: ${(error as Error).message}`);
    }
    io.err(`efa pack: wrote ${out} (${Object.keys(files).length} files)\n`);
    return EXIT.ok;
  },
};
