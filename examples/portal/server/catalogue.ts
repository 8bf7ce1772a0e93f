import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inlineFileRefsSync } from '@efa-forms/core';

/** One OZG Themenfeld of the start page and the services the portal files under it. */
export interface Themenfeld {
  id: string;
  title: string;
  services: string[];
}

/** `portal.config.json`: the portal's name and its editorial grouping of services. */
export interface PortalConfig {
  name: string;
  kommune: string;
  /** The tenant file each example carries for this municipality. */
  tenantFile: string;
  themenfelder: Themenfeld[];
}

/** A service the portal offers: the definition as published plus this municipality's tenant. */
export interface PortalService {
  id: string;
  version: string;
  title: string;
  description: string;
  themenfeld: { id: string; title: string };
  /** The `.service.json` content with its shared blocks inlined (self-contained). */
  definition: Record<string, unknown>;
  /** The tenant configuration the municipality supplies (validated by core when loaded). */
  tenant: Record<string, unknown>;
  /** Path of the `.service.json` file (compiling resolves relative `$ref`s from its folder). */
  file: string;
}

/** Services under no configured Themenfeld are still offered, under this heading. */
export const OTHER_THEMENFELD = { id: 'weitere', title: 'Weitere Leistungen' } as const;

function readJson(file: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new Error('not a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Every example service (`examples/<id>/<id>.service.json` beside the config's tenant file), in the
 * order of the config's Themenfelder, then by title. Folders without both files (the portal itself,
 * the embedding examples) are not services.
 */
export function loadCatalogue(examplesDir: string, config: PortalConfig): PortalService[] {
  const services: PortalService[] = [];
  for (const name of readdirSync(examplesDir).sort()) {
    const dir = join(examplesDir, name);
    const file = join(dir, `${name}.service.json`);
    const tenantFile = join(dir, config.tenantFile);
    if (!statSync(dir).isDirectory() || !exists(file) || !exists(tenantFile)) continue;
    // As published: shared blocks (`../_bausteine/`) inlined, so intake, compiler and page get one document.
    const definition = inlineFileRefsSync(readJson(file), {
      base: file,
      read: (path) => readFileSync(path, 'utf8'),
    }) as Record<string, unknown>;
    const field = config.themenfelder.find((entry) => entry.services.includes(name));
    services.push({
      id: String(definition.id ?? name),
      version: String(definition.version ?? ''),
      title: String(definition.title ?? name),
      description: typeof definition.description === 'string' ? definition.description : '',
      themenfeld: field ? { id: field.id, title: field.title } : OTHER_THEMENFELD,
      definition,
      tenant: readJson(tenantFile),
      file,
    });
  }
  const rank = (service: PortalService): number => {
    const index = config.themenfelder.findIndex((entry) => entry.id === service.themenfeld.id);
    return index === -1 ? config.themenfelder.length : index;
  };
  return services.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'de'));
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Reads `portal.config.json`. */
export function loadPortalConfig(file: string): PortalConfig {
  return readJson(file) as unknown as PortalConfig;
}
