import type { CustomScheme, Protocol } from 'electron';
import path from 'node:path';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { APP_SCHEME, isAppUrl } from './origin';

/**
 * Privileges of app://. `standard` gives the page a real origin (relative URLs, storage,
 * CSP 'self'); `secure` makes it a secure context like https. Left off on purpose:
 * `bypassCSP` (our CSP must apply), `corsEnabled` (it would let other origins read app://
 * without any Access-Control-Allow-Origin check; same-origin module scripts do not need it),
 * `allowServiceWorkers` and `stream` (not used).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  corsEnabled: false,
  allowServiceWorkers: false,
  stream: false,
} as const;

/** Must run before app 'ready' (Electron only accepts it then), and only once. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  const scheme: CustomScheme = { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } };
  protocol.registerSchemesAsPrivileged([scheme]);
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Unknown types are served as opaque bytes; with nosniff the page cannot run them as script. */
export function mimeType(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app:// response, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

export type AppRequestPlan =
  | { readonly ok: true; readonly filePath: string; readonly headers: Record<string, string>; readonly head: boolean }
  | { readonly ok: false; readonly status: 400 | 403 | 404 | 405; readonly headers: Record<string, string> };

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'join' | 'extname'>;

function refuse(status: 400 | 403 | 404 | 405): AppRequestPlan {
  return { ok: false, status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } };
}

/**
 * Maps an app:// request to a file under `rootDir` (out/renderer), or refuses it.
 * Pure: no file is touched. The WHATWG parser already folds `..`, `%2e%2e` and `.%2E`
 * dot segments; what remains dangerous is what decoding reveals inside one segment
 * (`%2f`, `%5c`, `%00`, a drive letter `C:`), so any such segment is refused outright, and
 * the final path is checked to be inside the root anyway.
 * Paths without an extension get index.html, so a reload on a client-side route works.
 */
export function planAppRequest(
  request: { readonly url: string; readonly method: string },
  rootDir: string,
  pathApi: PathApi = path,
): AppRequestPlan {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return refuse(405);

  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refuse(400);
  }
  if (!isAppUrl(request.url)) return refuse(403);

  const rawSegments = url.pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400);
    }
    if (segment === '..' || segment === '.') return refuse(403);
    if (/[\\/:\0]/.test(segment)) return refuse(403);
    if (segment !== '') segments.push(segment);
  }

  const last = segments.at(-1);
  if (last === undefined || pathApi.extname(last) === '') {
    // Directory or client-side route.
    segments.length = 0;
    segments.push('index.html');
  }

  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, ...segments);
  const rel = pathApi.relative(root, filePath);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return refuse(403);

  return {
    ok: true,
    filePath,
    head: method === 'HEAD',
    headers: { ...securityHeaders(), 'Content-Type': mimeType(filePath) },
  };
}

const STATUS_TEXT = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed' } as const;

/**
 * The protocol.handle handler. File reading is passed in (fs.promises.readFile in Electron,
 * which also reads inside app.asar), so the whole handler runs in plain Node tests.
 */
export function createAppProtocolHandler(
  rootDir: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): (request: { readonly url: string; readonly method: string }) => Promise<Response> {
  return async (request) => {
    const plan = planAppRequest(request, rootDir);
    if (!plan.ok) {
      return new Response(STATUS_TEXT[plan.status], { status: plan.status, headers: plan.headers });
    }
    let body: Uint8Array;
    try {
      body = await readFile(plan.filePath);
    } catch {
      // Missing file, a directory, unreadable: the page learns nothing more than "not found".
      const notFound = refuse(404);
      return new Response(STATUS_TEXT[404], { status: 404, headers: notFound.headers });
    }
    return new Response(plan.head ? null : body, { status: 200, headers: plan.headers });
  };
}

/** Registers the handler on the default session; call after app 'ready'. */
export function handleAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  rootDir: string,
  readFile: (filePath: string) => Promise<Uint8Array>,
): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir, readFile));
}
