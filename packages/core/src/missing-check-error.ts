/** A check the runtime asked for that a compiled service does not contain: the service is stale or foreign. */
export class MissingCheckError extends Error {
  override readonly name = 'MissingCheckError';
  constructor(readonly pointer: string | undefined) {
    super(
      pointer === undefined
        ? 'efa-forms: a schema outside the compiled service was asked to be checked; compiled services check only their own schema.'
        : `efa-forms: the compiled service has no check for the schema at "${pointer}". Recompile the service with the current efa (efa compile).`,
    );
  }
}
