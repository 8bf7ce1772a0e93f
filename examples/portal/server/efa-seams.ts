// The one place where the portal meets the parts other packages provide: the intake
// (@efa-forms/server) and the service compiler (@efa-forms/cli), which resolve to their built dist/.
// Loaded on demand: `npm start` builds the packages first and only then calls these, so a fresh clone
// starts without a build step of its own.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Node request listener that also mounts as Connect/Express middleware. */
export type Intake = (request: IncomingMessage, response: ServerResponse, next?: () => void) => void;

/** Where the intake stores messages. */
export type Outbox = object;

/** What the portal hands the intake. */
export interface IntakeOptions {
  /** The `.service.json` contents the intake accepts submissions for. */
  definitions: Record<string, unknown>[];
  /** Each service's tenant configuration, by service id. */
  tenants: Record<string, Record<string, unknown>>;
  outbox: Outbox;
  /** Where the XÖV library schemas are for the XSD check of every message; `false`: no check. */
  xsd: { libraryDir: string } | false;
  basePath: string;
  log?: (line: string) => void;
  /** Serve the stored XML back (`GET {basePath}/services/:id/submissions/:vorgangsnummer`): demo only. */
  exposeSubmissions?: boolean;
}

/** Options of the compiler. */
export interface CompileOptions {
  tenant?: Record<string, unknown>;
  locale?: 'de' | 'en';
  /** Folder relative `$ref`s and code lists are resolved from. */
  baseDir?: string;
}

async function load<T>(specifier: string, name: string): Promise<T> {
  const module = (await import(specifier)) as Record<string, unknown>;
  const value = module[name];
  if (typeof value !== 'function') throw new Error(`${specifier} does not export ${name}()`);
  return value as T;
}

/** `createIntake` of @efa-forms/server. */
export async function createIntake(options: IntakeOptions): Promise<Intake> {
  const create = await load<(options: IntakeOptions) => Intake>('@efa-forms/server', 'createIntake');
  return create(options);
}

/** `createFolderOutbox` of @efa-forms/server: messages as files under `dir/<service>/`. */
export async function createFolderOutbox(dir: string): Promise<Outbox> {
  const create = await load<(dir: string) => Outbox>('@efa-forms/server', 'createFolderOutbox');
  return create(dir);
}

/** `compileService` of @efa-forms/cli: one ES module with the prepared service and no ajv. */
export async function compileService(
  definition: Record<string, unknown>,
  options: CompileOptions,
): Promise<{ code: string }> {
  const compile = await load<typeof compileService>('@efa-forms/cli', 'compileService');
  return compile(definition, options);
}
