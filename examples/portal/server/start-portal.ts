import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildPortal } from './build-portal.js';
import { loadCatalogue, loadPortalConfig, type PortalService } from './catalogue.js';
import { createPortal } from './portal-server.js';

/** Where and how to run the portal. */
export interface StartOptions {
  /** Repository root (examples/, packages/ are read from it). */
  root: string;
  /** `0` picks a free port. */
  port: number;
  /** Loopback by default: the demo is not meant to be reachable from the network. */
  host?: string;
  outboxDir: string;
  buildDir: string;
  /** The XÖV library schemas; default ../shared/xoev/bibliothek beside the repository, when present. */
  xsdLibraryDir?: string;
  log?: (line: string) => void;
}

/** A running portal. */
export interface RunningPortal {
  server: Server;
  /** Whether the intake checks every message against the XSD (the XÖV library schemas were found). */
  xsdChecked: boolean;
  /** `http://host:port` */
  origin: string;
  services: PortalService[];
  /** Stops accepting, ends open connections, resolves when closed. */
  close(): Promise<void>;
}

/**
 * Builds the compiled services and the page script, then serves the portal with the intake mounted
 * at `/api`. The element bundle must exist (packages/elements/dist, `npm run build`).
 */
export async function startPortal(options: StartOptions): Promise<RunningPortal> {
  const portalDir = join(options.root, 'examples', 'portal');
  const config = loadPortalConfig(join(portalDir, 'portal.config.json'));
  const services = loadCatalogue(join(options.root, 'examples'), config);
  await buildPortal(options.buildDir, services);
  const elementsBundle = join(options.root, 'packages', 'elements', 'dist', 'efa-forms.js');
  if (!existsSync(elementsBundle))
    throw new Error(`${elementsBundle} is missing: run \`npm run build\` (npm start does it for you)`);
  const library = options.xsdLibraryDir ?? join(options.root, '..', 'shared', 'xoev', 'bibliothek');
  const listener = createPortal({
    config,
    services,
    buildDir: options.buildDir,
    outboxDir: options.outboxDir,
    elementsBundle,
    publicDir: join(portalDir, 'public'),
    ...(existsSync(library) ? { xsdLibraryDir: library } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const server = createServer(listener);
  server.listen(options.port, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    xsdChecked: existsSync(library),
    origin: `http://${host}:${address.port}`,
    services,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
