import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  IpcMain,
  Menu,
  Protocol,
  Screen,
  Session,
  Shell as ElectronShell,
} from 'electron';
import type { AppOptions, PanelisApp } from '../api/app';
import { bindIpc } from './ipc';
import { menuTemplate } from './menu';
import { electronNativeBinding } from './native-binding';
import { hardenWebContents, isAllowedRequest } from './navigation';
import { START_URL } from './origin';
import { applyPermissionPolicy } from './permissions';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createDocumentFiles } from './document-files';
import { createVaultPicker } from './vault-dialog';
import { secureWindowOptions } from './window-options';
import { languageOfAnswer, shellText } from './shell-text';
import type { Language } from '../../shared/errors';

/**
 * Everything the app shell touches, passed in: index.ts gives the real Electron modules,
 * the unit test gives fakes, so the wiring itself is tested in plain Node.
 */
export interface ShellDeps {
  app: Pick<App, 'requestSingleInstanceLock' | 'enableSandbox' | 'on' | 'whenReady' | 'quit' | 'getPath' | 'isPackaged'>;
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  /** session.defaultSession may only be read after 'ready'. */
  defaultSession: () => Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'
  >;
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<ElectronShell, 'openPath'>;
  /** Writes a file readable by this user only (0600), creating nothing else. */
  writePrivateFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  makePrivateDir: (dir: string) => Promise<void>;
  menu: { buildFromTemplate: (typeof Menu)['buildFromTemplate']; setApplicationMenu: (typeof Menu)['setApplicationMenu'] };
  screen: () => Pick<Screen, 'getPrimaryDisplay'>;
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  createApp: (options: AppOptions) => PanelisApp;
  paths: { preload: string; rendererRoot: string; repoRoot: string };
  readFile: (filePath: string) => Promise<Uint8Array>;
  exists: (filePath: string) => boolean;
  readText: (filePath: string) => string | undefined;
  platform: NodeJS.Platform;
  electronVersion: string;
  log: { warn(message: string): void; error(message: string, error?: unknown): void };
}

export interface Shell {
  /** Resolves once the window has loaded (or failed to); for tests. */
  ready: Promise<void>;
}

export function startShell(d: ShellDeps): Shell {
  // A second copy would open the same vault file twice; hand over to the first instead.
  if (!d.app.requestSingleInstanceLock()) {
    d.app.quit();
    return { ready: Promise.resolve() };
  }
  // Every renderer sandboxed, whatever options a future window might be given.
  d.app.enableSandbox();
  registerAppScheme(d.protocol);

  const devTools = !d.app.isPackaged;
  let mainWindow: BrowserWindow | null = null;
  let panelis: PanelisApp | null = null;
  let closing: 'no' | 'running' | 'done' = 'no';
  // The UI language of menu and dialogs: this laptop's at start, then every status the page gets.
  let language: Language | null = null;
  const text = () => shellText(language ?? 'id');
  const useLanguage = (next: Language) => {
    if (next === language) return;
    language = next;
    d.menu.setApplicationMenu(d.menu.buildFromTemplate(menuTemplate({ platform: d.platform, devTools, text: text() })));
  };

  d.app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  d.app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  // Closing the window ends the session on every platform: the vault must not stay unlocked
  // in a windowless process (the macOS dock convention does not apply here).
  d.app.on('window-all-closed', () => d.app.quit());

  // Lock the vault (and take the on-close backup) before the process ends, exactly once.
  d.app.on('before-quit', (event) => {
    if (closing === 'done' || panelis === null) return;
    event.preventDefault();
    if (closing === 'running') return;
    closing = 'running';
    const app = panelis;
    void app
      .close()
      .catch((error: unknown) => d.log.error('Panelis: closing the vault failed', error))
      .finally(() => {
        closing = 'done';
        d.app.quit();
      });
  });

  const ready = d.app
    .whenReady()
    .then(async () => {
      const session = d.defaultSession();
      applyPermissionPolicy(session);
      session.webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !isAllowedRequest(details.url, { devTools }) });
      });
      handleAppProtocol(d.protocol, d.paths.rendererRoot, d.readFile);

      const nativeBinding = electronNativeBinding({
        isPackaged: d.app.isPackaged,
        repoRoot: d.paths.repoRoot,
        electronVersion: d.electronVersion,
        exists: d.exists,
        readText: d.readText,
        warn: (message) => d.log.warn(message),
      });
      panelis = d.createApp({
        home: d.app.getPath('userData'),
        transport: 'electron',
        ...(nativeBinding === undefined ? {} : { nativeBinding }),
        pickVaultPath: createVaultPicker(
          d.dialog,
          () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null),
          () => d.app.getPath('documents'),
          text,
        ),
        documentFiles: createDocumentFiles({
          dialog: d.dialog,
          shell: d.shell,
          getWindow: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null),
          tempDir: () => d.app.getPath('temp'),
          documentsDir: () => d.app.getPath('documents'),
          writeFile: d.writePrivateFile,
          makeDir: d.makePrivateDir,
          text,
        }),
      });
      // app.status is not activity: asking it keeps no vault awake.
      useLanguage(languageOfAnswer(await panelis.dispatch('app.status', {})) ?? 'id');
      bindIpc(d.ipcMain, panelis, useLanguage);

      const win = d.createWindow(
        secureWindowOptions({
          preloadPath: d.paths.preload,
          devTools,
          workArea: d.screen().getPrimaryDisplay().workAreaSize,
        }),
      );
      mainWindow = win;
      win.once('ready-to-show', () => win.show());
      win.on('closed', () => {
        mainWindow = null;
      });
      // Documents open in the system's PDF viewer (document-files.ts): no PDF window of our own,
      // so the strict session, CSP and navigation rules above stay as they are.
      try {
        await win.loadURL(START_URL);
      } catch (error) {
        d.log.error(`Panelis: could not load ${START_URL}`, error);
        if (!win.isDestroyed()) win.show();
      }
    })
    .catch((error: unknown) => {
      d.log.error('Panelis: start-up failed', error);
      d.app.quit();
    });

  return { ready };
}
