// The `efa` command line: parses arguments, dispatches to one command, turns a person's mistakes
// into one clear message and an exit code (0 ok, 1 problems found, 2 usage or input error).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command, Io } from './internal/command.js';
import { CliError, EXIT } from './internal/cli-error.js';
import { checkCommand } from './internal/commands/check.js';
import { compileCommand } from './internal/commands/compile.js';
import { codelistCommand, importFimCommand } from './internal/commands/fim.js';
import { packCommand } from './internal/commands/pack.js';
import { schemaCommand, typesCommand, xsdCommand } from './internal/commands/simple.js';
import { parseCommand, xmlCommand } from './internal/commands/xml.js';

const commands: Command[] = [
  checkCommand,
  typesCommand,
  compileCommand,
  xmlCommand,
  parseCommand,
  xsdCommand,
  schemaCommand,
  codelistCommand,
  importFimCommand,
  packCommand,
];

/** The version of @efa-forms/cli. */
export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'efa: check, compile, convert and pack efa-forms service definitions',
    '',
    'Usage: efa <command> [options]     efa <command> --help     efa --version',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Exit codes: 0 ok, 1 problems found, 2 usage or input error.',
    '',
  ].join('\n');
}

function help(command: Command): string {
  return [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    ...command.details.map((line) => `  ${line}`),
    '',
  ].join('\n');
}

const GLOBAL = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'V' } } as const;

/** Runs `efa` with `argv` (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      (name === undefined ? io.err : io.out)(overview());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '--version' || name === '-V') {
      io.out(version() + '\n');
      return EXIT.ok;
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (!command) throw new CliError(`unknown command "${name}"; run "efa --help" for the list`);
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...GLOBAL, ...command.options },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new CliError(
        `${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}\n\n${help(command)}`,
      );
    }
    const options = parsed.values as Record<string, string | boolean | undefined>;
    if (options.help) {
      io.out(help(command));
      return EXIT.ok;
    }
    if (options.version) {
      io.out(version() + '\n');
      return EXIT.ok;
    }
    if (parsed.positionals.length !== command.positionals.length) {
      const missing = command.positionals.slice(parsed.positionals.length);
      throw new CliError(
        `${missing.length > 0 ? `missing <${missing.join('>, <')}>` : `unexpected argument "${parsed.positionals[command.positionals.length]}"`}\n\n${help(command)}`,
      );
    }
    return await command.run({ positionals: parsed.positionals, options }, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(
        `efa${argv[0] && commands.some((c) => c.name === argv[0]) ? ' ' + argv[0] : ''}: ${error.message.trimEnd()}\n`,
      );
      return error.exitCode;
    }
    // Not a mistake of the person: a bug. Say so, with the stack, so it can be reported.
    io.err(
      `efa: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 70;
  }
}
