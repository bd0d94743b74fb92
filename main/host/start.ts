import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../api/app';
import { defaultHome } from './home';
import { startHost } from './server';
import { hostSay } from './host-text';

/**
 * `node out/main/host.js [--home DIR] [--port N] [--open] [--print-token]`: the app on
 * loopback for a browser (end-to-end tests, `npm run dev:web`, and `npm start` without
 * Electron). Prints one line `PANELIS_HOST {json}` for scripts, then a human hint on stderr.
 *
 * The token is the only key to the vault's data on this computer while the host runs, so it
 * is printed only when the caller asks for it (`--print-token`, as the end-to-end fixture
 * does); `--open` hands it to the browser without printing it.
 */
function openBrowser(url: string, onFailure: () => void): void {
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', onFailure);
    child.on('exit', (code) => {
      if (code !== 0) onFailure();
    });
    child.unref();
  } catch {
    onFailure();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      home: { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean', default: false },
      'print-token': { type: 'boolean', default: false },
    },
  });
  const home = resolve(values.home ?? defaultHome());
  const app = createApp({ home, transport: 'web' });
  const host = await startHost({
    app,
    rendererDir: resolve(__dirname, '../renderer'),
    port: values.port ? Number(values.port) : 0,
  });
  const origin = `http://127.0.0.1:${host.port}`;
  const printToken = values['print-token'];
  process.stdout.write(
    `PANELIS_HOST ${JSON.stringify(printToken ? { url: host.url, token: host.token, port: host.port } : { origin, port: host.port })}\n`,
  );
  process.stderr.write(
    `${hostSay('runningAt')} ${printToken ? host.url : origin}\n` +
      (printToken || values.open ? '' : `${hostSay('tokenNotPrinted')}\n`) +
      `(${hostSay('toStop')})\n`,
  );
  if (values.open) {
    openBrowser(host.url, () => {
      if (printToken) return;
      process.stderr.write(`${hostSay('browserFailed')}\n`);
    });
  }

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
