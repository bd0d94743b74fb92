import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../../shared/contract/channel';
import { contentSecurityPolicy, cspDirectives } from '../../../shared/security/csp';
import { secureWindowOptions } from '../../../main/electron/window-options';

/**
 * Static checks on the Electron glue that the per-module unit tests do not make: where the
 * window is built and with what, that the page's <meta> CSP is the header policy, that the
 * BUILT preload is CommonJS exposing only `invoke`, and that IPC has one door. They read the
 * source (and out/ after `npm run build`) and need no Electron runtime.
 */
const repo = path.resolve(__dirname, '../../..');
const glueDir = path.join(repo, 'main/electron');
const glueFiles = readdirSync(glueDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(glueDir, f));

function parse(file: string, kind = ts.ScriptKind.TS): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, kind);
}

function walk(node: ts.Node, visit: (n: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const rel = (file: string) => path.relative(repo, file).split(path.sep).join('/');

function calleeName(e: ts.Expression): string {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

describe('window options: one construction site, the secure options, no extra preferences', () => {
  const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView', 'BaseWindow']);

  it('builds a window only in index.ts, passing the options it is given through unchanged', () => {
    const sites: { file: string; text: string; passesThrough: boolean }[] = [];
    for (const file of glueFiles) {
      const sf = parse(file);
      walk(sf, (n) => {
        if (!ts.isNewExpression(n) || !WINDOW_CLASSES.has(calleeName(n.expression))) return;
        const [arg, ...more] = n.arguments ?? [];
        // `(options) => new BrowserWindow(options)`: the argument is the arrow's only parameter.
        const arrow = n.parent;
        const param = ts.isArrowFunction(arrow) && arrow.parameters.length === 1 ? arrow.parameters[0]?.name : undefined;
        const passesThrough =
          arg !== undefined &&
          more.length === 0 &&
          ts.isIdentifier(arg) &&
          param !== undefined &&
          ts.isIdentifier(param) &&
          param.text === arg.text;
        sites.push({ file: rel(file), text: n.getText(sf), passesThrough });
      });
    }
    expect(sites).toEqual([{ file: 'main/electron/index.ts', text: 'new BrowserWindow(options)', passesThrough: true }]);
  });

  it('lifecycle creates the one window with secureWindowOptions(...), and nothing else creates one', () => {
    const calls: { file: string; arg: string }[] = [];
    for (const file of glueFiles) {
      const sf = parse(file);
      walk(sf, (n) => {
        if (ts.isCallExpression(n) && calleeName(n.expression) === 'createWindow') {
          const [arg] = n.arguments;
          calls.push({ file: rel(file), arg: arg && ts.isCallExpression(arg) ? calleeName(arg.expression) : (arg?.getText(sf) ?? '') });
        }
      });
    }
    expect(calls).toEqual([{ file: 'main/electron/lifecycle.ts', arg: 'secureWindowOptions' }]);
  });

  it('sets exactly the reviewed webPreferences, in development and packaged builds', () => {
    const reviewed = [
      'allowRunningInsecureContent',
      'contextIsolation',
      'devTools',
      'experimentalFeatures',
      'navigateOnDragDrop',
      'nodeIntegration',
      'nodeIntegrationInSubFrames',
      'nodeIntegrationInWorker',
      'preload',
      'safeDialogs',
      'sandbox',
      'spellcheck',
      'webSecurity',
      'webviewTag',
    ];
    for (const devTools of [false, true]) {
      const options = secureWindowOptions({ preloadPath: path.resolve('/opt/panelis/out/preload/preload.js'), devTools });
      // A new key (enableBlinkFeatures, additionalArguments, partition, webviewTag: true...) needs a review here.
      expect(Object.keys(options.webPreferences ?? {}).sort()).toEqual(reviewed);
      expect(options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
      });
      expect(Object.keys(options)).not.toContain('parent');
    }
  });

  it('points the window at the built preload, the file the next block checks', () => {
    const index = readFileSync(path.join(glueDir, 'index.ts'), 'utf8');
    expect(index).toContain("preload: path.join(outDir, 'preload', 'preload.js')");
  });
});

function directiveMap(policy: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values.join(' '));
  }
  return map;
}

function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  return tag ? /content="([^"]*)"/i.exec(tag)?.[1] : undefined;
}

describe('CSP: the page carries the header policy', () => {
  // frame-ancestors is ignored in a <meta> (browsers only honour it as a header), so it is left out there.
  const headerWithoutFrameAncestors = new Map([...directiveMap(contentSecurityPolicy())].filter(([name]) => name !== 'frame-ancestors'));

  it('renderer/index.html <meta> equals shared/security/csp.ts, directive by directive', () => {
    const policy = metaPolicy(readFileSync(path.join(repo, 'renderer/index.html'), 'utf8'));
    expect(policy).toBeDefined();
    expect(directiveMap(policy ?? '')).toEqual(headerWithoutFrameAncestors);
    expect(cspDirectives['frame-ancestors']).toEqual(["'none'"]);
  });

  const builtHtml = path.join(repo, 'out/renderer/index.html');
  it.skipIf(!existsSync(builtHtml))('the built page keeps that policy and loads only its own files, no inline script', () => {
    const html = readFileSync(builtHtml, 'utf8');
    expect(directiveMap(metaPolicy(html) ?? '')).toEqual(headerWithoutFrameAncestors);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs = '', body = ''] of scripts) {
      expect(body.trim(), 'inline script').toBe('');
      const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1] ?? '';
      expect(src).toMatch(/^\.?\/[\w./-]+\.js$/);
    }
    for (const [, href = ''] of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/gi)) expect(href).toMatch(/^\.?\/[\w./-]+$/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
  });
});

describe('built preload (out/preload/preload.js): CommonJS, exposes only invoke', () => {
  const built = path.join(repo, 'out/preload/preload.js');
  const present = existsSync(built);

  it.skipIf(!present)('has no import/export syntax and requires nothing but electron', () => {
    const code = readFileSync(built, 'utf8');
    const sf = ts.createSourceFile(built, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
    const esm: string[] = [];
    const required: string[] = [];
    walk(sf, (n) => {
      if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isExportAssignment(n) || ts.isImportEqualsDeclaration(n))
        esm.push(n.getText(sf));
      if (ts.canHaveModifiers(n) && ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
        esm.push(n.getText(sf).slice(0, 60));
      if (ts.isMetaProperty(n)) esm.push(n.getText(sf));
      if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) esm.push(n.getText(sf));
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'require') {
        const [arg] = n.arguments;
        required.push(arg && ts.isStringLiteral(arg) ? arg.text : '<dynamic>');
      }
    });
    expect(esm).toEqual([]);
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/\bprocess\.|\b__dirname\b|webFrame|webUtils/);
  });

  it.skipIf(!present)('run as a CommonJS script, it exposes one object { invoke } on the one channel', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async () => ({ ok: true, value: 'status' }));
    const ipcRenderer = { invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() };
    const fakeRequire = (name: string): unknown => {
      if (name !== 'electron') throw new Error(`the sandbox cannot require ${name}`);
      return { contextBridge: { exposeInMainWorld }, ipcRenderer };
    };
    const module = { exports: {} };
    // The CommonJS wrapper Electron's sandboxed preload loader uses; ESM syntax would throw here.
    const wrapper = vm.runInNewContext(
      `(function (exports, require, module) {\n${readFileSync(built, 'utf8')}\n})`,
      {},
      { filename: built },
    ) as (e: unknown, r: unknown, m: unknown) => void;
    wrapper(module.exports, fakeRequire, module);

    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('panelis');
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    const bridge = api as { invoke: (method: string, args: unknown, extra?: unknown) => Promise<unknown> };
    await expect(bridge.invoke('app.status', {}, 'smuggled')).resolves.toEqual({ ok: true, value: 'status' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNEL, 'app.status', {});
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.on).not.toHaveBeenCalled();
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled();
  });
});

describe('IPC: one door, checked', () => {
  it('only ipc.ts binds a main-process listener, with handle() on the contract channel', () => {
    const bindings: string[] = [];
    const LISTEN = new Set(['on', 'once', 'handle', 'handleOnce', 'addListener', 'prependListener']);
    for (const file of glueFiles) {
      const sf = parse(file);
      walk(sf, (n) => {
        if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression)) return;
        const target = n.expression.expression.getText(sf);
        if (/ipcMain$/i.test(target) && LISTEN.has(n.expression.name.text)) {
          bindings.push(`${rel(file)}: ${target}.${n.expression.name.text}(${n.arguments[0]?.getText(sf) ?? ''})`);
        }
      });
    }
    expect(bindings).toEqual(['main/electron/ipc.ts: ipcMain.handle(IPC_CHANNEL)']);
  });

  it('the handler asks isTrustedSender(event.senderFrame) before anything reaches the dispatcher', () => {
    const sf = parse(path.join(glueDir, 'ipc.ts'));
    const order: string[] = [];
    walk(sf, (n) => {
      if (ts.isCallExpression(n)) {
        const name = calleeName(n.expression);
        if (name === 'isTrustedSender') order.push(`isTrustedSender(${n.arguments[0]?.getText(sf) ?? ''})`);
        if (name === 'dispatch') order.push('dispatch');
      }
    });
    expect(order).toEqual(['isTrustedSender(event.senderFrame)', 'dispatch']);
  });

  it('only the preload touches ipcRenderer; nothing in main sends to the page', () => {
    const users = glueFiles.filter((f) => /\bipcRenderer\b/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(users).toEqual(['main/electron/preload.ts']);
    const pushes = glueFiles
      .filter((f) => /webContents\.(send|postMessage|executeJavaScript)\(|\.sendToFrame\(/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(pushes).toEqual([]);
  });
});
