import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorPayload, type Envelope } from '../../shared/errors';
import { contentSecurityPolicy } from '../../shared/security/csp';
import type { PanelisApp } from '../api/app';
import { mimeType, resolveStatic } from './static-files';

export const TOKEN_HEADER = 'x-panelis-token';
const MAX_BODY = 64 * 1024 * 1024;

export interface HostOptions {
  app: PanelisApp;
  rendererDir: string;
  /** 0 picks a random free port. */
  port?: number;
  /** Fixed token for tests; default: 32 random bytes. */
  token?: string;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  res.writeHead(status, { ...securityHeaders, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer and the dispatcher on 127.0.0.1 only. Every API call needs the
 * per-run token; the Host header must name this loopback address (no DNS rebinding), and a
 * browser Origin, when sent, must be this origin.
 */
export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(32).toString('hex');
  let origin = '';
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // Node closes an idle keep-alive socket after 5 s; a client that reuses it at that moment
  // gets "socket hang up" (ECONNRESET) for a call main never saw. Seen in CI between two API
  // calls about 5 s apart. On loopback an idle socket costs nothing: keep it for two minutes.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      res.writeHead(421, securityHeaders).end();
      return;
    }
    const url = req.url ?? '/';
    if (url === '/api' || url.startsWith('/api?')) {
      if (req.method !== 'POST') {
        res.writeHead(405, { ...securityHeaders, allow: 'POST' }).end();
        return;
      }
      const originHeader = req.headers.origin;
      const tokenHeader = req.headers[TOKEN_HEADER];
      if ((originHeader && originHeader !== origin && originHeader !== `http://localhost:${port}`) ||
          !sameToken(Array.isArray(tokenHeader) ? tokenHeader[0] : tokenHeader, token)) {
        sendJson(res, 403, { ok: false, error: errorPayload('FORBIDDEN_SENDER') });
        return;
      }
      const body = await readBody(req);
      let parsed: unknown;
      try {
        parsed = body === null ? null : JSON.parse(body);
      } catch {
        parsed = null;
      }
      if (typeof parsed !== 'object' || parsed === null) {
        sendJson(res, 400, { ok: false, error: errorPayload('BAD_ARGUMENTS', { issues: 'request body must be JSON {method, args}' }) });
        return;
      }
      const { method, args } = parsed as { method?: unknown; args?: unknown };
      sendJson(res, 200, await opts.app.dispatch(method, args));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, securityHeaders).end();
      return;
    }
    const file = resolveStatic(opts.rendererDir, url);
    if (!file) {
      res.writeHead(404, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...securityHeaders, 'content-type': mimeType(file) });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    // Never beyond loopback: the vault's data must not be reachable from the network.
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      origin = `http://127.0.0.1:${port}`;
      resolvePromise({
        url: `${origin}/#token=${token}`,
        port,
        token,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
