import type { BrowserWindowConstructorOptions } from 'electron';
import { isAbsolute } from 'node:path';

export const WINDOW_TITLE = 'Panelis';
export const DEFAULT_SIZE = { width: 1366, height: 768 } as const;
export const MIN_SIZE = { width: 1024, height: 640 } as const;

export interface WindowOptionsInput {
  /** Absolute path of the bundled, sandboxed preload (out/preload/preload.js). */
  preloadPath: string;
  /** DevTools only in development builds. */
  devTools: boolean;
  /** The display's work area; many committee laptops are exactly 1366x768 with a taskbar. */
  workArea?: { width: number; height: number };
}

/**
 * The one BrowserWindow configuration (Electron security checklist items 2-4, 7-12).
 * Every flag is spelled out even where it is Electron's default, so a default changing
 * upstream cannot loosen Panelis silently, and the unit test can assert each one.
 */
export function secureWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  if (!isAbsolute(input.preloadPath)) {
    // A relative preload path resolves against the cwd, which the user controls.
    throw new Error(`preload path must be absolute: ${input.preloadPath}`);
  }
  const area = input.workArea ?? DEFAULT_SIZE;
  const width = Math.min(DEFAULT_SIZE.width, area.width);
  const height = Math.min(DEFAULT_SIZE.height, area.height);
  return {
    title: WINDOW_TITLE,
    width,
    height,
    minWidth: Math.min(MIN_SIZE.width, width),
    minHeight: Math.min(MIN_SIZE.height, height),
    // Shown on 'ready-to-show' so nobody sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Spellcheck would fetch dictionaries from the network and send typed text to a service.
      spellcheck: false,
      navigateOnDragDrop: false,
      // A compromised page cannot lock the person out with an endless alert() loop.
      safeDialogs: true,
      devTools: input.devTools,
    },
  };
}
