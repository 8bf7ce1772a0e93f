// Serves the three embedding examples side by side, with the intake at /api on the same server:
//   /plain-html/    one <script type="module">, no build step
//   /react/         a React 19 app with @efa-forms/elements/react, bundled by esbuild at start
//   /native-form/   <efa-form name="antrag"> inside <form method="post">
// Run it: npx tsx examples/embedding/embedding-server.ts   (PORT, default 8081)
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { inlineFileRefsSync } from '@efa-forms/core';
import { createFolderOutbox, createIntake } from '@efa-forms/server';
import { applicationForm } from './native-form/application-form.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const serviceDir = join(root, 'examples', 'gewerbeanmeldung');

/**
 * The element bundle that checks raw definitions in the page (plain HTML and native form use it):
 * efa-forms-runtime.js where the elements build it (compiled services, issue 8), else efa-forms.js,
 * which did so before that split.
 */
const RUNTIME_BUNDLE =
  ['efa-forms-runtime.js', 'efa-forms.js']
    .map((name) => join(root, 'packages', 'elements', 'dist', name))
    .find((file) => existsSync(file)) ?? join(root, 'packages', 'elements', 'dist', 'efa-forms-runtime.js');

/** A running example server. */
export interface EmbeddingServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/** The React app as one browser module (esbuild; React in production mode). */
export async function bundleReactApp(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'react', 'app.tsx')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: true,
    // tsconfig.json maps @efa-forms/* to the sources, so the example runs against the current code.
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Starts the example server; `outboxDir` receives the messages. */
export async function startEmbeddingServer(options: {
  outboxDir: string;
  port?: number;
  xsdLibraryDir?: string;
  log?: (line: string) => void;
}): Promise<EmbeddingServer> {
  // The published definition: shared blocks (`../_bausteine/`) inlined.
  const definitionFile = join(serviceDir, 'gewerbeanmeldung.service.json');
  const definition = inlineFileRefsSync(readFileSync(definitionFile, 'utf8'), {
    base: definitionFile,
    read: (path) => readFileSync(path, 'utf8'),
  }) as Record<string, unknown>;
  const tenant = JSON.parse(readFileSync(join(serviceDir, 'tenant.musterstadt.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const intake = createIntake({
    definitions: [definition],
    tenants: { gewerbeanmeldung: tenant },
    outbox: createFolderOutbox(options.outboxDir),
    xsd: options.xsdLibraryDir ? { libraryDir: options.xsdLibraryDir } : false,
    basePath: '/api',
    log: options.log ?? (() => {}),
  });
  const reactApp = await bundleReactApp();
  let origin = '';
  const nativeForm = applicationForm({
    path: '/native-form/',
    submissionsUrl: () => `${origin}/api/services/gewerbeanmeldung/submissions`,
    serviceSrc: '/services/gewerbeanmeldung.service.json',
    elementScript: '/assets/efa-forms-runtime.js',
    tenant,
  });
  const js = 'text/javascript; charset=utf-8';
  const files: Record<string, { type: string; body: () => Buffer | string }> = {
    '/plain-html/': {
      type: 'text/html; charset=utf-8',
      body: () => readFileSync(join(here, 'plain-html', 'index.html')),
    },
    '/react/': {
      type: 'text/html; charset=utf-8',
      body: () => readFileSync(join(here, 'react', 'index.html')),
    },
    '/react/app.js': { type: js, body: () => reactApp },
    '/assets/efa-forms-runtime.js': { type: js, body: () => readFileSync(RUNTIME_BUNDLE) },
    '/services/gewerbeanmeldung.service.json': {
      type: 'application/json; charset=utf-8',
      body: () => JSON.stringify(definition),
    },
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/')) return intake(request, response);
    if (path.startsWith('/native-form/')) return nativeForm(request, response);
    const file = files[path];
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden.');
      return;
    }
    response.writeHead(200, { 'content-type': file.type }).end(file.body());
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const running = await startEmbeddingServer({
    outboxDir: join(root, 'var', 'outbox-embedding'),
    port: Number(process.env.PORT ?? 8081),
    log: (line) => console.log(line),
  });
  const shown = running.origin.replace('127.0.0.1', 'localhost');
  console.log(`Embedding examples: ${shown}/plain-html/  ${shown}/react/  ${shown}/native-form/`);
  const stop = (): void => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
