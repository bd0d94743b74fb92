/**
 * What the shell hands the app at start-up. Apart from app.ts so that the handler context can
 * name these types without importing the module that wires the handlers (no import loop).
 */

export type Logger = (message: string, error: unknown) => void;

/** What main/api asks of the desktop shell for a signed PDF (Electron only; the browser host downloads). */
export interface DocumentFiles {
  /** Opens the signed file in the system's PDF viewer (its print button gives the system print dialog). */
  open(fileName: string, bytes: Uint8Array): Promise<void>;
  /** Lets the person save the signed file where they choose; null when they cancel. */
  saveAs(fileName: string, bytes: Uint8Array): Promise<string | null>;
}

export interface AppOptions {
  /** Folder for this laptop's app config (recent vaults, language). */
  home: string;
  transport: 'electron' | 'web';
  /** Path of a better_sqlite3.node built for the current runtime (Electron in development). */
  nativeBinding?: string | undefined;
  /** Native file dialog (Electron). Absent: the person types a path. */
  pickVaultPath?: ((mode: 'create' | 'open') => Promise<string | null>) | undefined;
  /** Open / save signed documents through the desktop (Electron). Absent: the renderer downloads. */
  documentFiles?: DocumentFiles | undefined;
  /** Suggested folder for new vaults; default `<home>/vaults`. */
  defaultVaultDir?: string | undefined;
  /** Injected clock, for tests of auto-lock and dates. */
  now?: (() => Date) | undefined;
  log?: Logger | undefined;
}
