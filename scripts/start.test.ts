/**
 * `npm start` as a person runs it: a spawned process that builds what is missing, prints the URL,
 * serves the portal and the intake, and stops cleanly on SIGTERM or Ctrl+C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('npm start', () => {
  interface Started {
    child: ChildProcess;
    origin: string;
    output: () => string;
    exited: Promise<unknown[]>;
  }

  /** Spawns `npm start` in its own process group (as a terminal runs a command) on a free port. */
  async function npmStart(): Promise<Started> {
    const child = spawn('npm', ['start'], {
      cwd: root,
      env: { ...process.env, PORT: '0' },
      stdio: 'pipe',
      detached: true,
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(child, 'exit');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', () => {
        const match = /Serviceportal Musterstadt: (http:\/\/localhost:\d+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      void exited.then(() => reject(new Error(`npm start exited before serving:\n${output}`)));
    });
    // The printed localhost URL; the server listens on the loopback address.
    return { child, origin: url.replace('localhost', '127.0.0.1'), output: () => output, exited };
  }

  /** Resolves when nothing answers on the origin any more (the portal process has closed its port). */
  async function closed(origin: string): Promise<void> {
    for (;;) {
      try {
        await fetch(`${origin}/`);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Ends the whole group, whatever state the test left it in. */
  function cleanUp(started: Started | undefined): void {
    try {
      if (started?.child.pid) process.kill(-started.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  test('npm start serves the portal and the intake on the printed URL; Ctrl+C stops it', async () => {
    let started: Started | undefined;
    try {
      started = await npmStart();
      const page = await fetch(`${started.origin}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await page.text()).toContain('Serviceportal Musterstadt');
      const services = (await (await fetch(`${started.origin}/api/services`)).json()) as {
        services: { id: string }[];
      };
      expect(services.services.map((service) => service.id)).toContain('gewerbeanmeldung');
      expect(started.output()).toContain('Press Ctrl+C to stop.');

      // Ctrl+C in a terminal: SIGINT to the foreground process group.
      process.kill(-(started.child.pid ?? 0), 'SIGINT');
      await started.exited;
      await closed(started.origin);
      expect(started.output()).toContain('SIGINT: stopping ...');
      expect(started.output()).toContain('Stopped.');
    } finally {
      cleanUp(started);
    }
  }, 240_000);

  test('SIGTERM to npm alone also stops the portal (no server left running)', async () => {
    let started: Started | undefined;
    try {
      started = await npmStart();
      started.child.kill('SIGTERM');
      await started.exited;
      await closed(started.origin);
      // Nothing of the group is left.
      const pid = started.child.pid ?? 0;
      for (;;) {
        try {
          process.kill(-pid, 0);
        } catch {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      cleanUp(started);
    }
  }, 240_000);
});
