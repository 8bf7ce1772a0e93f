/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * A mistake of the person running `efa` (wrong arguments, a missing or malformed file): printed as
 * one clear message, never as a stack trace, with exit code 2 unless said otherwise.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
