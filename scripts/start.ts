// `npm start`: the demo portal "Serviceportal Musterstadt" with the intake on the same server.
// Builds what is missing (the packages when dist/ is missing or older than src/, then the compiled
// services and the page script on every start), serves http://localhost:8080 (PORT to change it),
// stops cleanly on Ctrl+C or SIGTERM.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { stalePackages } from './internal/stale-packages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0 to 65535), not "${process.env.PORT}".`);
  process.exit(2);
}

const stale = stalePackages(root, { elements: ['dist/efa-forms.js'] });
if (stale.length > 0) {
  console.log(`Building the packages (${stale.join(', ')}: dist/ missing or older than src/) ...`);
  const result = spawnSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed (see above); nothing was started.');
    process.exit(1);
  }
}

// Loaded after the build: the portal reads the element bundle the build writes.
const { startPortal } = await import('../examples/portal/server/start-portal.js');
let portal: Awaited<ReturnType<typeof startPortal>>;
try {
  console.log('Compiling the services ...');
  portal = await startPortal({
    root,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    outboxDir: join(root, 'var', 'outbox'),
    buildDir: join(root, 'var', 'build'),
    log: (line) => console.log(line),
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    console.error(`Port ${port} is in use. Start on another one: PORT=8081 npm start`);
  else console.error(`The portal could not start: ${(error as Error).message}`);
  process.exit(1);
}

const shown = `http://localhost:${(portal.server.address() as { port: number }).port}`;
console.log(`
Serviceportal Musterstadt: ${shown}
  services: ${portal.services.map((service) => service.id).join(', ')}
  intake:   ${shown}/api/services   (outbox: var/outbox${portal.xsdChecked ? '' : '; no XSD check: ../shared/xoev/bibliothek not found'})
Press Ctrl+C to stop.`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping ...`);
  void portal.close().then(() => {
    console.log('Stopped.');
    process.exit(0);
  });
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
// npm does not pass a SIGTERM sent to it alone on to the script; the portal would run on without a
// parent. A terminal's Ctrl+C and service managers signal the whole process group, which the
// handlers above cover; this covers the rest.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('npm exited');
}, 500).unref();
