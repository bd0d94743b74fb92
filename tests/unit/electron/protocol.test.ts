import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../../../shared/security/csp';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeType,
  planAppRequest,
  registerAppScheme,
} from '../../../main/electron/protocol';

const root = path.resolve('/opt/panelis/out/renderer');
const get = (url: string) => planAppRequest({ url, method: 'GET' }, root);

function fileOf(url: string): string {
  const plan = get(url);
  if (!plan.ok) throw new Error(`refused ${url} with ${plan.status}`);
  return plan.filePath;
}

describe('planAppRequest: path resolution', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(fileOf('app://panelis/index.html')).toBe(path.join(root, 'index.html'));
    expect(fileOf('app://panelis/assets/index-abc123.js')).toBe(path.join(root, 'assets', 'index-abc123.js'));
    expect(fileOf('app://panelis/assets/Noto%20Sans.woff2')).toBe(path.join(root, 'assets', 'Noto Sans.woff2'));
    expect(fileOf('app://panelis/index.html?x=1#/y')).toBe(path.join(root, 'index.html'));
  });

  it('serves index.html for the root, folders and client-side routes', () => {
    expect(fileOf('app://panelis/')).toBe(path.join(root, 'index.html'));
    expect(fileOf('app://panelis')).toBe(path.join(root, 'index.html'));
    expect(fileOf('app://panelis/seleksi/3/rubrik')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://panelis/../../../etc/passwd',
    'app://panelis/assets/../../secret.txt',
    'app://panelis/%2e%2e/%2e%2e/etc/passwd',
    'app://panelis/%2E%2E/secret.txt',
    'app://panelis/.%2e/secret.txt',
  ])('keeps dot-segment traversal %s inside the root', (url) => {
    const plan = get(url);
    if (plan.ok) {
      const rel = path.relative(root, plan.filePath);
      expect(rel.startsWith('..')).toBe(false);
      expect(path.isAbsolute(rel)).toBe(false);
    }
  });

  it.each([
    'app://panelis/..%2f..%2fetc%2fpasswd',
    'app://panelis/..%2F..%2Fsecret.txt',
    'app://panelis/..%5c..%5cwindows%5cwin.ini',
    'app://panelis/%2fetc%2fpasswd',
    'app://panelis/%2Fetc/passwd.txt',
    'app://panelis/C:%5CWindows%5Cwin.ini',
    'app://panelis/C:/Windows/win.ini',
    'app://panelis/%5C%5Cserver%5Cshare%5Cx.js',
    'app://panelis/index.html%00.png',
    'app://panelis/%252e%252e/x.js',
  ])('refuses encoded separators, absolute and drive paths: %s', (url) => {
    const plan = get(url);
    if (plan.ok) {
      // Double-encoded input decodes once to a harmless literal name inside the root.
      expect(path.relative(root, plan.filePath).startsWith('..')).toBe(false);
      expect(plan.filePath.startsWith(root + path.sep)).toBe(true);
    } else {
      expect(plan.status).toBe(403);
    }
  });

  it('refuses encoded separators with 403 specifically', () => {
    for (const url of ['app://panelis/..%2f..%2fetc%2fpasswd', 'app://panelis/%2fetc%2fpasswd', 'app://panelis/C:%5Cx.js']) {
      expect(get(url)).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('refuses a malformed escape with 400', () => {
    expect(get('app://panelis/%E0%A4%A.js')).toMatchObject({ ok: false, status: 400 });
  });

  it('keeps a path that begins with // inside the root', () => {
    expect(fileOf('app://panelis//etc/passwd.txt')).toBe(path.join(root, 'etc', 'passwd.txt'));
  });

  it('also holds with Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\Panelis\\resources\\app.asar\\out\\renderer';
    const ok = planAppRequest({ url: 'app://panelis/assets/a.js', method: 'GET' }, winRoot, path.win32);
    expect(ok).toMatchObject({ ok: true, filePath: `${winRoot}\\assets\\a.js` });
    for (const url of ['app://panelis/..%5c..%5cx.js', 'app://panelis/C:%5Cx.js', 'app://panelis/D:x.js']) {
      expect(planAppRequest({ url, method: 'GET' }, winRoot, path.win32)).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('refuses other hosts and schemes with 403', () => {
    for (const url of ['app://other/index.html', 'https://panelis/index.html', 'file:///etc/passwd', 'app://panelis@evil/x.js']) {
      expect(get(url)).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('allows only GET and HEAD', () => {
    expect(planAppRequest({ url: 'app://panelis/index.html', method: 'HEAD' }, root)).toMatchObject({ ok: true, head: true });
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect(planAppRequest({ url: 'app://panelis/index.html', method }, root)).toMatchObject({ ok: false, status: 405 });
    }
  });
});

describe('planAppRequest: headers', () => {
  it('sets the CSP, nosniff and the right MIME type on files', () => {
    const plan = get('app://panelis/assets/app.js');
    expect(plan.ok).toBe(true);
    expect(plan.headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(plan.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(plan.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('sets the CSP and nosniff on refusals too', () => {
    const plan = get('app://panelis/..%2fx.js');
    expect(plan.ok).toBe(false);
    expect(plan.headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(plan.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.jpg', 'image/jpeg'],
    ['a.woff2', 'font/woff2'],
    ['a.ttf', 'font/ttf'],
    ['a.wasm', 'application/wasm'],
    ['a.pdf', 'application/pdf'],
    ['a.unknownext', 'application/octet-stream'],
  ])('MIME type of %s is %s', (file, type) => {
    expect(mimeType(file)).toBe(type);
  });
});

describe('scheme registration', () => {
  it('is standard and secure, without CSP bypass or cross-origin reads', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol as unknown as Pick<Protocol, 'registerSchemesAsPrivileged'>);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      bypassCSP: false,
      corsEnabled: false,
      allowServiceWorkers: false,
    });
  });
});

describe('createAppProtocolHandler (real files)', () => {
  let dir: string;
  let rendererRoot: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'panelis-protocol-'));
    rendererRoot = path.join(dir, 'renderer');
    mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Panelis</title>');
    writeFileSync(path.join(rendererRoot, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'top secret');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const handler = () => createAppProtocolHandler(rendererRoot, (p) => readFile(p));

  it('serves a file with its headers', async () => {
    const res = await handler()({ url: 'app://panelis/assets/app.js', method: 'GET' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(1)');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers HEAD without a body', async () => {
    const res = await handler()({ url: 'app://panelis/index.html', method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('never serves the file next to the renderer folder', async () => {
    for (const url of [
      'app://panelis/../secret.txt',
      'app://panelis/%2e%2e/secret.txt',
      'app://panelis/..%2fsecret.txt',
      'app://panelis/assets/..%2f..%2fsecret.txt',
    ]) {
      const res = await handler()({ url, method: 'GET' });
      expect(res.status, url).not.toBe(200);
      expect(await res.text(), url).not.toContain('top secret');
    }
  });

  it('answers 404 for a missing file and for a folder with an extension', async () => {
    mkdirSync(path.join(rendererRoot, 'folder.d'), { recursive: true });
    expect((await handler()({ url: 'app://panelis/missing.js', method: 'GET' })).status).toBe(404);
    expect((await handler()({ url: 'app://panelis/folder.d', method: 'GET' })).status).toBe(404);
  });
});
