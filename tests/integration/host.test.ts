import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { createApp } from '../../main/api/app';
import { startHost, type RunningHost } from '../../main/host/server';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
let host: RunningHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(): Promise<RunningHost> {
  const renderer = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Panelis</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ app: createApp({ home: tempDir(), transport: 'web', log: () => undefined }), rendererDir: renderer });
  return host;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(h: RunningHost, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: h.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { host: `127.0.0.1:${h.port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (h: RunningHost, body: unknown, headers: Record<string, string> = {}) =>
  send(h, {
    method: 'POST',
    path: '/api',
    headers: { 'content-type': 'application/json', 'x-panelis-token': h.token, ...headers },
    body: JSON.stringify(body),
  });

describe('loopback host', () => {
  it('keeps an idle keep-alive connection longer than 5 s, so a reused socket is not reset under a call', async () => {
    const h = await start();
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect(h.port, '127.0.0.1', () => resolve(s));
      s.on('error', reject);
    });
    let closed = false;
    socket.on('close', () => (closed = true));
    const ask = () =>
      new Promise<string>((resolve) => {
        let text = '';
        const onData = (d: Buffer) => {
          text += d.toString('utf8');
          if (text.includes('\r\n\r\n')) {
            socket.off('data', onData);
            resolve(text.split('\r\n')[0]!);
          }
        };
        socket.on('data', onData);
        socket.write(`HEAD / HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nConnection: keep-alive\r\n\r\n`);
      });
    expect(await ask()).toBe('HTTP/1.1 200 OK');
    // Node's default would close the idle socket after 5 s (and a client reusing it then gets ECONNRESET).
    await new Promise((r) => setTimeout(r, 6_000));
    expect(closed).toBe(false);
    expect(await ask()).toBe('HTTP/1.1 200 OK');
    socket.destroy();
  }, 20_000);

  it('listens on 127.0.0.1 only, on a random port, with a long random token in the URL fragment', async () => {
    const h = await start();
    expect((h.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(h.port).toBeGreaterThan(0);
    expect(h.token).toMatch(/^[0-9a-f]{64}$/);
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/#token=${h.token}`);
  });

  it('serves the app with the strict CSP and no unsafe-eval', async () => {
    const h = await start();
    const res = await send(h, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(String(res.headers['content-security-policy'])).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(h, { path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
  });

  it('never serves a file outside the renderer folder', async () => {
    const h = await start();
    for (const path of ['/../../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%00.js', '/%E0%A4%A']) {
      const res = await send(h, { path });
      expect(res.status, path).not.toBe(200);
      expect(res.body).not.toContain('root:');
    }
  });

  it('answers the API only with the token, from this origin, on this host name', async () => {
    const h = await start();
    const ok = await api(h, { method: 'app.status', args: {} });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { transport: 'web', vault: null } });

    const noToken = await send(h, { method: 'POST', path: '/api', body: JSON.stringify({ method: 'app.status', args: {} }) });
    expect(noToken.status).toBe(403);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect((await api(h, { method: 'app.status', args: {} }, { 'x-panelis-token': 'f'.repeat(64) })).status).toBe(403);
    expect((await api(h, { method: 'app.status', args: {} }, { origin: 'https://evil.example' })).status).toBe(403);
    // DNS rebinding: a page on another name that resolves to 127.0.0.1.
    expect((await api(h, { method: 'app.status', args: {} }, { host: `evil.example:${h.port}` })).status).toBe(421);
    expect((await send(h, { path: '/api' })).status).toBe(405);
  });

  it('refuses a body that is not JSON with a typed error', async () => {
    const h = await start();
    const res = await send(h, { method: 'POST', path: '/api', headers: { 'x-panelis-token': h.token }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
  });
});

describe('default home folder', () => {
  it('is where Electron keeps userData for "Panelis", so both share recent vaults', async () => {
    const { defaultHome } = await import('../../main/host/home');
    expect(defaultHome({}, 'linux', '/home/sekretaris')).toBe('/home/sekretaris/.config/Panelis');
    expect(defaultHome({ XDG_CONFIG_HOME: '/x' }, 'linux', '/h')).toBe('/x/Panelis');
    expect(defaultHome({}, 'darwin', '/Users/s')).toBe('/Users/s/Library/Application Support/Panelis');
    expect(defaultHome({ PANELIS_HOME: '/t' }, 'linux', '/h')).toBe('/t');
  });
});
