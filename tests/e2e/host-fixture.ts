import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base } from '@playwright/test';

/** What the running loopback host gives a test. */
export interface Host {
  /** `http://127.0.0.1:PORT/#token=TOKEN`: open this to start the app. */
  url: string;
  token: string;
  /** The app's config folder (vaults default to `<home>/vaults`). */
  home: string;
  /** Origin without the token, for reloads and direct API calls. */
  origin: string;
}

const HOST_SCRIPT = resolve(__dirname, '../../out/main/host.js');
const READY_PREFIX = 'PANELIS_HOST ';
const START_TIMEOUT_MS = 20_000;

function waitForReadyLine(child: ChildProcess, stderr: () => string): Promise<Omit<Host, 'home' | 'origin'>> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => fail(new Error(`host did not start in ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    function fail(error: Error) {
      clearTimeout(timer);
      lines.close();
      reject(new Error(`${error.message}\n--- host stderr ---\n${stderr()}`));
    }
    lines.on('line', (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      lines.close();
      try {
        const parsed = JSON.parse(line.slice(READY_PREFIX.length)) as { url: string; token: string };
        resolvePromise({ url: parsed.url, token: parsed.token });
      } catch (e) {
        fail(e instanceof Error ? e : new Error(String(e)));
      }
    });
    child.once('error', (e) => fail(e));
    child.once('exit', (code, signal) => fail(new Error(`host exited early (code ${code}, signal ${signal})`)));
  });
}

/** Stops the host the way a person would (SIGTERM: it locks the vault first), then forcefully. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * `host`: a fresh app home in a temp folder and the built host (`out/main/host.js`) serving
 * it, one per test, so tests never see each other's vaults. Build first: `npx electron-vite build`.
 */
export const test = base.extend<{ host: Host }>({
  host: async ({}, use, testInfo) => {
    const home = mkdtempSync(join(tmpdir(), 'panelis-e2e-'));
    let stderr = '';
    const child = spawn(process.execPath, [HOST_SCRIPT, '--home', home, '--port', '0', '--print-token'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PANELIS_HOME: home },
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
    });
    try {
      const ready = await waitForReadyLine(child, () => stderr);
      await use({ ...ready, home, origin: new URL(ready.url).origin });
    } finally {
      await stop(child);
      if (testInfo.status !== testInfo.expectedStatus && stderr) {
        await testInfo.attach('host-stderr', { body: stderr, contentType: 'text/plain' });
      }
      rmSync(home, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
