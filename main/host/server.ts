import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorPayload, type Envelope, type ErrorPayload } from '../../shared/errors';
import { contentSecurityPolicy } from '../../shared/security/csp';
import type { PanelisApp } from '../api/app';
import { LARGE_BODY_BYTES, MAX_BODIES_AT_ONCE, MAX_BODY_BYTES, MAX_LARGE_BODIES_AT_ONCE } from './body-limit';
import { mimeType, resolveStatic } from './static-files';

export const TOKEN_HEADER = 'x-panelis-token';

export interface HostOptions {
  app: PanelisApp;
  rendererDir: string;
  /** 0 picks a random free port. */
  port?: number;
  /** Fixed token for tests; default: 32 random bytes. */
  token?: string;
  /** Tests lower these to reach them quickly; default from the contract (body-limit.ts). */
  maxBodyBytes?: number;
  maxBodiesAtOnce?: number;
  maxLargeBodiesAtOnce?: number;
  /** Where a failure inside the host is reported (never the token or a body); default stderr. */
  log?: (message: string, error: unknown) => void;
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

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>, close = false): void {
  res.writeHead(status, {
    ...securityHeaders,
    'content-type': 'application/json; charset=utf-8',
    // A refusal before the body was read: close rather than read (and discard) the rest.
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(JSON.stringify(body));
}

class BodyTooLarge extends Error {}

/**
 * Reads a request body of at most `limit` bytes. Rejects when the client goes away mid-body
 * (tab closed, connection cut) or the body is larger than `limit`; the caller answers or
 * drops the request, and nothing reaches the process's error handler.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length']);
    // Known length: one buffer of that size, so a large upload is not held twice while joined.
    const whole = Number.isInteger(declared) && declared >= 0 && declared <= limit ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      if (error) reject(error);
      else if (whole) resolveBody(whole.toString('utf8', 0, size));
      else resolveBody(Buffer.concat(chunks, size).toString('utf8'));
    };
    const onData = (chunk: Buffer): void => {
      if (size + chunk.length > limit || (whole && size + chunk.length > whole.length)) {
        finish(new BodyTooLarge());
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    req.on('data', onData);
    req.once('end', () => finish(null));
    req.once('aborted', () => finish(new Error('request aborted')));
    req.once('error', (e) => finish(e));
    req.once('close', () => finish(req.complete ? null : new Error('request aborted')));
  });
}

/**
 * Serves the built renderer and the dispatcher on 127.0.0.1 only. Every API call needs the
 * per-run token; the Host header must name this loopback address (no DNS rebinding), and a
 * browser Origin, when sent, must be this origin.
 */
export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? randomBytes(32).toString('hex');
  let origin = '';
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const maxReading = opts.maxBodiesAtOnce ?? MAX_BODIES_AT_ONCE;
  const maxReadingLarge = opts.maxLargeBodiesAtOnce ?? MAX_LARGE_BODIES_AT_ONCE;
  const log = opts.log ?? ((message: string, error: unknown) => console.error(message, error));
  let reading = 0;
  let readingLarge = 0;
  const server = createServer((req, res) => {
    // A response whose client is gone must not throw into the process either.
    res.on('error', () => undefined);
    handle(req, res).catch((e: unknown) => {
      log('panelis host: request failed', e);
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { ok: false, error: errorPayload('INTERNAL') });
      else res.destroy();
    });
  });
  // Malformed HTTP (bad request line, oversized headers, a socket cut mid-headers) never
  // reaches `handle`: answer 400 when the socket can still take it, otherwise drop it.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify({ ok: false, error: errorPayload('BAD_ARGUMENTS', { issues: 'malformed HTTP request' }) });
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  // Node closes an idle keep-alive socket after 5 s; a client that reuses it at that moment
  // gets "socket hang up" (ECONNRESET) for a call main never saw. Seen in CI between two API
  // calls about 5 s apart. On loopback an idle socket costs nothing: keep it for two minutes.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;

  /**
   * Answers a call whose body will not be read, and discards that body: a browser still
   * uploading reads an answer only if the upload may finish. Discarding holds no memory;
   * past another `maxBody` bytes the connection is cut.
   */
  function refuseBody(req: IncomingMessage, res: ServerResponse, status: number, error: ErrorPayload): void {
    let discarded = 0;
    req.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > maxBody) req.socket.destroy();
    });
    req.resume();
    sendJson(res, status, { ok: false, error });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    // Node keeps the first of several Host headers; a request with two is refused, not guessed at.
    const hosts = req.headersDistinct.host ?? [];
    if (hosts.length > 1) {
      sendJson(res, 400, { ok: false, error: errorPayload('BAD_HOST_HEADER') }, true);
      return;
    }
    if (!allowedHosts.includes(hosts[0] ?? '')) {
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
      if (
        (originHeader && originHeader !== origin && originHeader !== `http://localhost:${port}`) ||
        !sameToken(Array.isArray(tokenHeader) ? tokenHeader[0] : tokenHeader, token)
      ) {
        sendJson(res, 403, { ok: false, error: errorPayload('FORBIDDEN_SENDER') });
        return;
      }
      // Whole megabytes: "over 134 MB" reads the same in both languages (no decimal separator).
      const limitMb = Math.floor(maxBody / (1024 * 1024));
      if (Number(req.headers['content-length']) > maxBody) {
        refuseBody(req, res, 413, errorPayload('REQUEST_TOO_LARGE', { limitMb }));
        return;
      }
      const declared = Number(req.headers['content-length']);
      const large = !(declared <= LARGE_BODY_BYTES);
      if (reading >= maxReading || (large && readingLarge >= maxReadingLarge)) {
        refuseBody(req, res, 503, errorPayload('HOST_BUSY', { max: large ? maxReadingLarge : maxReading }));
        return;
      }
      reading++;
      if (large) readingLarge++;
      let body: string;
      try {
        body = await readBody(req, maxBody);
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          refuseBody(req, res, 413, errorPayload('REQUEST_TOO_LARGE', { limitMb }));
        } else {
          // The client went away mid-body: nobody is left to answer, and nothing was dispatched.
          res.destroy();
        }
        return;
      } finally {
        reading--;
        if (large) readingLarge--;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = null;
      }
      if (typeof parsed !== 'object' || parsed === null) {
        sendJson(res, 400, { ok: false, error: errorPayload('BAD_ARGUMENTS', { issues: 'request body must be JSON {method, args}' }) });
        return;
      }
      // Absent keys are undefined, as before: the dispatcher names what is wrong with them.
      const method = 'method' in parsed ? parsed.method : undefined;
      const args = 'args' in parsed ? parsed.args : undefined;
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
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
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
