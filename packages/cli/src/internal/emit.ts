import { writeAtomic } from './files.js';
import type { Io } from './command.js';

/** The result of a command: to `-o file` (written whole, or not at all) or to stdout. */
export async function emit(io: Io, output: string | boolean | undefined, text: string): Promise<void> {
  if (typeof output === 'string') await writeAtomic(output, text.endsWith('\n') ? text : text + '\n');
  else io.out(text.endsWith('\n') ? text : text + '\n');
}

export const outputOption = { output: { type: 'string', short: 'o' } } as const;
