/**
 * The loopback host under aborted, malformed, oversized and concurrent requests (issue 14,
 * point 1): none of them reaches the process's error handler, each gets a typed answer when
 * someone is left to read it, and the host keeps answering afterwards.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../main/api/app';
import { CALL_OVERHEAD_BYTES, longestContractString, MAX_BODY_BYTES } from '../../main/host/body-limit';
import { startHost, type HostOptions, type RunningHost } from '../../main/host/server';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const ROOT = resolve(__dirname, '../..');
const tempDir = useTempDir();
let host: RunningHost | null = null;
let escaped: unknown[] = [];
const onEscape = (e: unknown): void => {
  escaped.push(e);
};
beforeEach(() => {
  escaped = [];
  process.on('unhandledRejection', onEscape);
  process.on('uncaughtException', onEscape);
});
afterEach(async () => {
  process.off('unhandledRejection', onEscape);
  process.off('uncaughtException', onEscape);
  await host?.close();
  host = null;
});

async function start(extra: Partial<HostOptions> = {}): Promise<RunningHost> {
  const renderer = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Panelis</title>');
  host = await startHost({
    app: createApp({ home: tempDir(), transport: 'web', log: () => undefined }),
    rendererDir: renderer,
    log: () => undefined,
    ...extra,
  });
  return host;
}

function open(h: RunningHost): Promise<Socket> {
  return new Promise((resolvePromise, reject) => {
    const s = connect(h.port, '127.0.0.1', () => resolvePromise(s));
    s.on('error', reject);
  });
}

/** The server's first whole response (head and content-length body), or what came until it closed or `ms` passed. */
function replyOf(socket: Socket, ms = 5_000): Promise<string> {
  return new Promise((resolvePromise) => {
    let text = '';
    const timer = setTimeout(() => resolvePromise(text), ms);
    socket.on('data', (d: Buffer) => {
      text += d.toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text.slice(0, end))?.[1];
      const whole = length !== undefined ? Buffer.byteLength(text.slice(end + 4)) >= Number(length) : text.endsWith('\r\n0\r\n\r\n');
      if (end >= 0 && whole) {
        clearTimeout(timer);
        resolvePromise(text);
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolvePromise(text);
    });
  });
}

function apiHead(h: RunningHost, length: number | null, extra = ''): string {
  return (
    `POST /api HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nx-panelis-token: ${h.token}\r\ncontent-type: application/json\r\n` +
    (length === null ? 'transfer-encoding: chunked\r\n' : `content-length: ${length}\r\n`) +
    `${extra}\r\n`
  );
}

async function status(h: RunningHost): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`http://127.0.0.1:${h.port}/api`, {
    method: 'POST',
    headers: { 'x-panelis-token': h.token, 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'app.status', args: {} }),
  });
  return { status: res.status, body: await res.json() };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('aborted and malformed requests', () => {
  it('a body cut off mid-way (valid token) is dropped; the host keeps answering', async () => {
    const h = await start();
    for (let i = 0; i < 5; i++) {
      const s = await open(h);
      s.write(apiHead(h, 1000) + '{"method":"app.status","ar');
      await pause(30);
      s.destroy();
    }
    await pause(100);
    expect(escaped).toEqual([]);
    expect(await status(h)).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('a tab closed while its call runs: the call completes, nothing escapes, the host answers', async () => {
    const h = await start();
    const path = join(tempDir(), 'closed-tab.panelis');
    const body = JSON.stringify({
      method: 'vault.create',
      args: { path, passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, committeeName: 'Pansel', language: 'id' },
    });
    const s = await open(h);
    s.write(apiHead(h, Buffer.byteLength(body)) + body);
    await pause(20);
    s.destroy(); // before the key derivation has finished
    for (let i = 0; i < 50 && !(await status(h)).body; i++) await pause(50);
    await pause(500);
    expect(escaped).toEqual([]);
    expect(existsSync(path)).toBe(true);
    expect(await status(h)).toMatchObject({ status: 200, body: { ok: true, value: { vault: { path } } } });
  });

  it('malformed HTTP gets a 400 (or is dropped) and never reaches the error handler', async () => {
    const h = await start();
    for (const garbage of [
      'GARBAGE\r\n\r\n',
      'POST /api HTTP/1.1\r\nHost: x\r\ncontent-length: -5\r\n\r\n',
      `POST /api HTTP/1.1\r\n${'x: y\r\n'.repeat(5000)}\r\n`,
    ]) {
      const s = await open(h);
      s.write(garbage);
      const reply = await replyOf(s);
      expect(reply === '' || reply.startsWith('HTTP/1.1 4'), reply.slice(0, 80)).toBe(true);
    }
    expect(escaped).toEqual([]);
    expect((await status(h)).status).toBe(200);
  });

  it('refuses two Host headers instead of trusting the first', async () => {
    const h = await start();
    const body = JSON.stringify({ method: 'app.status', args: {} });
    const s = await open(h);
    s.write(apiHead(h, Buffer.byteLength(body), `Host: evil.example:${h.port}\r\n`) + body);
    const reply = await replyOf(s);
    expect(reply.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(reply).toContain('"code":"BAD_HOST_HEADER"');
  });
});

describe('body size and concurrency', () => {
  it('takes its one body limit from the largest argument in the contract', () => {
    const longest = longestContractString();
    expect(longest.method).toBe('documents.verify');
    expect(longest.chars).toBe(140_000_000);
    expect(MAX_BODY_BYTES).toBe(longest.chars + CALL_OVERHEAD_BYTES);
    // Every base64 argument the contract allows fits (the old host stopped at 64 MiB).
    expect(MAX_BODY_BYTES).toBeGreaterThan(96 * 1024 * 1024 + 1000);
  });

  it('reads a body larger than the old 64 MiB cap', async () => {
    const h = await start();
    const pad = 'A'.repeat(70 * 1024 * 1024);
    const res = await fetch(`http://127.0.0.1:${h.port}/api`, {
      method: 'POST',
      headers: { 'x-panelis-token': h.token, 'content-type': 'application/json' },
      body: `{"method":"app.status","args":{},"pad":"${pad}"}`,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  }, 30_000);

  it('refuses a declared length over the limit at once, without reading it', async () => {
    const h = await start();
    const s = await open(h);
    s.write(apiHead(h, MAX_BODY_BYTES + 1) + '{"method":');
    const reply = await replyOf(s);
    expect(reply.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
    expect(reply).toContain('"code":"REQUEST_TOO_LARGE"');
    expect(escaped).toEqual([]);
  });

  it('an uploading client (as a browser) reads the typed 413, not a reset connection', async () => {
    const h = await start({ maxBodyBytes: 64 * 1024 });
    for (const body of [`{"method":"app.status","args":{},"pad":"${'x'.repeat(1024 * 1024)}"}`]) {
      const res = await fetch(`http://127.0.0.1:${h.port}/api`, {
        method: 'POST',
        headers: { 'x-panelis-token': h.token, 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'REQUEST_TOO_LARGE', details: { limitMb: 0 } } });
    }
    expect((await status(h)).status).toBe(200);
  });

  it('stops reading a chunked body at the limit with a typed 413', async () => {
    const h = await start({ maxBodyBytes: 64 * 1024 });
    const s = await open(h);
    const chunk = 'x'.repeat(16 * 1024);
    s.write(apiHead(h, null));
    for (let i = 0; i < 8; i++) s.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const reply = await replyOf(s);
    expect(reply.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
    expect(reply).toContain('"limitMb"');
    expect(escaped).toEqual([]);
    expect((await status(h)).status).toBe(200);
  });

  it('reads a bounded number of bodies at once; one more gets a typed 503', async () => {
    const h = await start({ maxBodiesAtOnce: 2 });
    const body = JSON.stringify({ method: 'app.status', args: {} });
    const slow: Socket[] = [];
    for (let i = 0; i < 2; i++) {
      const s = await open(h);
      s.write(apiHead(h, Buffer.byteLength(body)) + body.slice(0, 5));
      slow.push(s);
    }
    await pause(50);
    const busy = await status(h);
    expect(busy.status).toBe(503);
    expect(busy.body).toMatchObject({ ok: false, error: { code: 'HOST_BUSY', details: { max: 2 } } });
    // The slow ones finish and are answered; then there is room again.
    const replies = slow.map((s) => replyOf(s, 1_000));
    for (const s of slow) s.write(body.slice(5));
    for (const r of await Promise.all(replies)) expect(r.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    for (const s of slow) s.destroy();
    expect((await status(h)).status).toBe(200);
  });
});

describe('large bodies', () => {
  it('reads one large body at a time (memory), while small calls pass beside it', async () => {
    const h = await start();
    const big = 2 * 1024 * 1024;
    const first = await open(h);
    first.write(apiHead(h, big) + '{"method":"app.status","args":{},"p":"');
    await pause(50);
    // A second large upload waits its turn: typed 503, nothing read.
    const second = await fetch(`http://127.0.0.1:${h.port}/api`, {
      method: 'POST',
      headers: { 'x-panelis-token': h.token, 'content-type': 'application/json' },
      body: `{"method":"app.status","args":{},"p":"${'B'.repeat(big - 40)}"}`,
    });
    expect(second.status).toBe(503);
    expect(await second.json()).toMatchObject({ ok: false, error: { code: 'HOST_BUSY', details: { max: 1 } } });
    expect((await status(h)).status).toBe(200);
    const reply = replyOf(first, 2_000);
    const head = '{"method":"app.status","args":{},"p":"';
    first.write(`${'A'.repeat(big - head.length - 2)}"}`);
    expect((await reply).split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    first.destroy();
  });
});

describe('the token on the terminal', () => {
  function run(args: string[]): Promise<string> {
    return new Promise((resolvePromise, reject) => {
      const home = tempDir();
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'main/host/start.ts'), '--home', home, '--port', '0', ...args], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PANELIS_HOME: home },
      });
      let out = '';
      const onData = (d: Buffer): void => {
        out += d.toString('utf8');
        if (out.includes('Ctrl+C')) child.kill('SIGTERM');
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', reject);
      child.on('close', () => resolvePromise(out));
    });
  }

  it('is printed only with --print-token', async () => {
    const quiet = await run([]);
    expect(quiet).toMatch(/^PANELIS_HOST \{"origin":"http:\/\/127\.0\.0\.1:\d+","port":\d+\}$/m);
    expect(quiet).not.toMatch(/[0-9a-f]{64}/);
    expect(quiet).not.toContain('token=');
    const asked = await run(['--print-token']);
    const line = /^PANELIS_HOST (.*)$/m.exec(asked)?.[1];
    const ready = JSON.parse(line ?? '{}') as { url?: string; token?: string };
    expect(ready.token).toMatch(/^[0-9a-f]{64}$/);
    expect(ready.url).toContain(`#token=${ready.token}`);
  }, 30_000);
});
