import type { ParseArgsConfig } from 'node:util';

import type { Io } from '../io.js';

export type { Io };

/** Parsed arguments of one command. */
export interface Args {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

/** One `efa` sub-command: its help text, its options, and what it does. Returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  /** `efa check <def> [--format text|json]` */
  usage: string;
  /** Lines of the help text after the usage. */
  details: string[];
  /** Positional arguments: required names (the rest is refused). */
  positionals: string[];
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: Args, io: Io): Promise<number>;
}
