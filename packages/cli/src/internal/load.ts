import { dirname } from 'node:path';
import { DefinitionError, loadDefinition, type Definition, type Locale } from '@efa-forms/core';
import { inlineRefs } from './inline-refs.js';
import { CliError } from './cli-error.js';
import { readJsonFile } from './files.js';
import { positionOf } from './json-positions.js';

/** A definition file as read: the JSON (with file `$ref`s inlined) and where each value sits. */
export interface DefinitionFile {
  path: string;
  json: unknown;
  text: string;
  positions: Map<string, number>;
}

export async function readDefinitionFile(path: string): Promise<DefinitionFile> {
  const file = await readJsonFile(path, 'service definition');
  let json: unknown;
  try {
    json = await inlineRefs(file.value, dirname(path));
  } catch (error) {
    if (error instanceof DefinitionError)
      throw new CliError(problemLines(error, { path, ...file }).join('\n'));
    throw error;
  }
  return { path, json, text: file.text, positions: file.positions };
}

/** `--locale`, checked. */
export function localeOption(value: string | boolean | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === 'de' || value === 'en') return value;
  throw new CliError(`--locale must be "de" or "en", not "${String(value)}"`);
}

/** A tenant file (`--tenant t.json`), parsed. */
export async function readTenant(
  value: string | boolean | undefined,
): Promise<{ path: string; json: unknown; text: string; positions: Map<string, number> } | undefined> {
  if (typeof value !== 'string') return undefined;
  const file = await readJsonFile(value, 'tenant configuration');
  return { path: value, json: file.value, text: file.text, positions: file.positions };
}

/**
 * The definition loaded as `loadDefinition` does (checked, tenant filled, locale applied); a definition
 * with problems is a `CliError` listing each as `file:line:column pointer message`.
 */
export async function loadDefinitionFile(
  path: string,
  options: { tenant?: string | boolean; locale?: string | boolean } = {},
): Promise<{ definition: Definition; file: DefinitionFile; tenant: unknown }> {
  const file = await readDefinitionFile(path);
  const tenant = await readTenant(options.tenant);
  try {
    const definition = loadDefinition(file.json, {
      ...(tenant ? { tenant: tenant.json } : {}),
      ...(options.locale === undefined ? {} : { locale: localeOption(options.locale) }),
    });
    return { definition, file, tenant: tenant?.json };
  } catch (error) {
    if (error instanceof DefinitionError) throw new CliError(problemLines(error, file, tenant).join('\n'));
    throw error;
  }
}

/** Where a problem is, as `file:line:column`. */
export function locate(
  problem: { pointer: string; source?: 'definition' | 'tenant' },
  file: { path: string; text: string; positions: Map<string, number> },
  tenant?: { path: string; text: string; positions: Map<string, number> },
): { file: string; line: number; column: number } {
  const where = problem.source === 'tenant' && tenant ? tenant : file;
  return { file: where.path, ...positionOf(where.text, where.positions, problem.pointer) };
}

export function problemLines(
  error: DefinitionError,
  file: { path: string; text: string; positions: Map<string, number> },
  tenant?: { path: string; text: string; positions: Map<string, number> },
): string[] {
  return error.problems.map((problem) => {
    const at = locate(problem, file, tenant);
    return `${at.file}:${at.line}:${at.column} ${problem.pointer || '/'} ${problem.message}`;
  });
}
