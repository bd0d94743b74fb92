import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppOptions, PanelisApp } from '../../../main/api/app';
import { IPC_CHANNEL } from '../../../shared/contract';
import { startShell, type ShellDeps } from '../../../main/electron/lifecycle';

class FakeApp extends EventEmitter {
  isPackaged = false;
  quitCalls = 0;
  exited = false;
  readonly order: string[] = [];
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((r) => {
    this.resolveReady = r;
  });
  constructor(private readonly lock = true) {
    super();
  }
  requestSingleInstanceLock() {
    this.order.push('lock');
    return this.lock;
  }
  enableSandbox() {
    this.order.push('enableSandbox');
  }
  whenReady() {
    return this.readyPromise;
  }
  fireReady() {
    this.order.push('ready');
    this.resolveReady();
  }
  getPath(name: string) {
    return `/fake/${name}`;
  }
  quit() {
    this.quitCalls += 1;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.exited = true;
  }
}

class FakeWindow extends EventEmitter {
  loaded: string[] = [];
  shown = 0;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  show() {
    this.shown += 1;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  isDestroyed() {
    return false;
  }
}

function setup(opts: { lock?: boolean; close?: () => Promise<void>; language?: 'id' | 'en' } = {}) {
  const app = new FakeApp(opts.lock ?? true);
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => app.order.push('registerScheme')),
    handle: vi.fn(),
  };
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  const ipcMain = { handle: vi.fn() };
  const windows: FakeWindow[] = [];
  const close = vi.fn(opts.close ?? (async () => undefined));
  let appOptions: AppOptions | undefined;
  const dispatch = vi.fn(async (): Promise<unknown> => ({ ok: true, value: { language: opts.language ?? 'id', transport: 'electron' } }));
  const panelis = { dispatch, close, workspace: {} } as unknown as PanelisApp;
  const warn = vi.fn();
  const deps = {
    app,
    protocol,
    defaultSession: () => session,
    ipcMain,
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    shell: { openPath: vi.fn(async () => '') },
    writePrivateFile: vi.fn(async () => undefined),
    makePrivateDir: vi.fn(async () => undefined),
    menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    screen: () => ({ getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1040 } }) }),
    createWindow: (options: BrowserWindowConstructorOptions) => {
      const w = new FakeWindow(options);
      windows.push(w);
      return w;
    },
    createApp: (o: AppOptions) => {
      appOptions = o;
      return panelis;
    },
    paths: {
      preload: path.resolve('/r/out/preload/preload.js'),
      rendererRoot: path.resolve('/r/out/renderer'),
      repoRoot: path.resolve('/r'),
    },
    readFile: vi.fn(),
    exists: () => false,
    readText: () => undefined,
    platform: 'linux' as const,
    electronVersion: '45.4.1',
    log: { warn, error: vi.fn() },
  } as unknown as ShellDeps;
  return { app, protocol, session, ipcMain, windows, close, deps, warn, dispatch, appOptions: () => appOptions };
}

describe('startShell', () => {
  it('quits at once when another instance holds the lock', () => {
    const t = setup({ lock: false });
    startShell(t.deps);
    expect(t.app.exited).toBe(true);
    expect(t.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });

  it('sandboxes all renderers and registers the scheme before ready', () => {
    const t = setup();
    startShell(t.deps);
    t.app.fireReady();
    expect(t.app.order.slice(0, 4)).toEqual(['lock', 'enableSandbox', 'registerScheme', 'ready']);
  });

  it('on ready: denies permissions, serves app://, binds IPC, opens the secure window', async () => {
    const t = setup();
    const shell = startShell(t.deps);
    t.app.fireReady();
    await shell.ready;
    expect(t.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(t.session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(t.session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(t.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(t.ipcMain.handle).toHaveBeenCalledExactlyOnceWith(IPC_CHANNEL, expect.any(Function));
    expect(t.appOptions()).toMatchObject({ home: '/fake/userData', transport: 'electron' });
    expect(typeof t.appOptions()?.pickVaultPath).toBe('function');
    // No Electron native build in this fake repo: warned, and the option left out.
    expect(t.appOptions()?.nativeBinding).toBeUndefined();
    expect(t.warn).toHaveBeenCalledOnce();

    expect(t.windows).toHaveLength(1);
    const [win] = t.windows;
    expect(win?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win?.options.show).toBe(false);
    expect(win?.loaded).toEqual(['app://panelis/index.html']);
    win?.emit('ready-to-show');
    expect(win?.shown).toBe(1);
  });

  it('labels the menu in the UI language the app reports, and follows the page when it changes', async () => {
    const t = setup({ language: 'en' });
    const shell = startShell(t.deps);
    t.app.fireReady();
    await shell.ready;
    const menu = t.deps.menu.buildFromTemplate as unknown as ReturnType<typeof vi.fn>;
    const labels = () => JSON.stringify(menu.mock.calls.at(-1));
    expect(t.dispatch).toHaveBeenCalledWith('app.status', {});
    expect(labels()).toContain('"Edit"');
    const listener = t.ipcMain.handle.mock.calls[0]?.[1] as (event: unknown, method: unknown, args: unknown) => Promise<unknown>;
    t.dispatch.mockResolvedValueOnce({ ok: true, value: { language: 'id', transport: 'electron' } });
    await listener({ senderFrame: { url: 'app://panelis/index.html', parent: null } }, 'app.setLanguage', { language: 'id' });
    expect(labels()).toContain('"Sunting"');
    const builds = menu.mock.calls.length;
    t.dispatch.mockResolvedValueOnce({ ok: true, value: { language: 'id', transport: 'electron' } });
    await listener({ senderFrame: { url: 'app://panelis/index.html', parent: null } }, 'app.status', {});
    // The same language again: the menu is not rebuilt.
    expect(menu.mock.calls.length).toBe(builds);
  });

  it('cancels renderer requests to the network', async () => {
    const t = setup();
    const shell = startShell(t.deps);
    t.app.fireReady();
    await shell.ready;
    const listener = t.session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    const answers: boolean[] = [];
    listener({ url: 'https://example.com/' }, (r) => answers.push(r.cancel));
    listener({ url: 'app://panelis/assets/a.js' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true, false]);
  });

  it('hardens every webContents the app creates', () => {
    const t = setup();
    startShell(t.deps);
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    t.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    const events = contents.on.mock.calls.map((c) => c[0]);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
  });

  it('locks the vault once before quitting, then quits for real', async () => {
    let finish: () => void = () => undefined;
    const t = setup({ close: () => new Promise<void>((r) => (finish = r)) });
    const shell = startShell(t.deps);
    t.app.fireReady();
    await shell.ready;

    t.app.quit();
    t.app.quit(); // a second Ctrl+Q while the backup runs
    expect(t.close).toHaveBeenCalledOnce();
    expect(t.app.exited).toBe(false);

    finish();
    await vi.waitFor(() => expect(t.app.exited).toBe(true));
    expect(t.close).toHaveBeenCalledOnce();
  });

  it('still quits when closing the vault fails, and logs it', async () => {
    const t = setup({ close: async () => Promise.reject(new Error('disk full')) });
    const shell = startShell(t.deps);
    t.app.fireReady();
    await shell.ready;
    t.app.quit();
    await vi.waitFor(() => expect(t.app.exited).toBe(true));
    expect(t.deps.log.error).toHaveBeenCalled();
  });

  it('quits when the last window closes', () => {
    const t = setup();
    startShell(t.deps);
    t.app.emit('window-all-closed');
    expect(t.app.quitCalls).toBe(1);
  });
});
