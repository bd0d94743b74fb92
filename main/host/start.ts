import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../api/app';
import { defaultHome } from './home';
import { startHost } from './server';

/**
 * `node out/main/host.js [--home DIR] [--port N] [--open]`: the app on loopback for a
 * browser (end-to-end tests, `npm run dev:web`, and `npm start` without Electron).
 * Prints one line `PANELIS_HOST {json}` for scripts, then a human hint on stderr.
 */
function openBrowser(url: string): void {
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser launcher: the URL is printed anyway.
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      home: { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean', default: false },
    },
  });
  const home = resolve(values.home ?? defaultHome());
  const app = createApp({ home, transport: 'web' });
  const host = await startHost({
    app,
    rendererDir: resolve(__dirname, '../renderer'),
    port: values.port ? Number(values.port) : 0,
  });
  process.stdout.write(`PANELIS_HOST ${JSON.stringify({ url: host.url, token: host.token, port: host.port })}\n`);
  process.stderr.write(`Panelis berjalan di / is running at ${host.url}\n(Ctrl+C untuk berhenti / to stop)\n`);
  if (values.open) openBrowser(host.url);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await app.close(); // locks the vault and takes the on-close backup
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
