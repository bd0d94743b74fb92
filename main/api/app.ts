import type { Envelope } from '../../shared/errors';
import { AppConfigStore } from '../config/app-config';
import type { HandlerContext } from './context';
import { createDispatcher, type Logger } from './dispatcher';
import { resultsWarmup } from './results-warmup';
import { handlers } from './handlers';
import { Workspace } from './workspace';

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

export interface PanelisApp {
  dispatch(method: unknown, args: unknown): Promise<Envelope<unknown>>;
  /** Locks the vault, taking the on-close backup. */
  close(): Promise<void>;
  /** For tests and the CLI: the live state. */
  readonly workspace: Workspace;
}

/** Wires config, workspace and the handler map into one transport-agnostic app. */
export function createApp(options: AppOptions): PanelisApp {
  const now = options.now ?? (() => new Date());
  const workspace = new Workspace({ nativeBinding: options.nativeBinding, now }, now);
  const ctx: HandlerContext = { ws: workspace, config: new AppConfigStore(options.home), options, now };
  const log: Logger = options.log ?? ((message, error) => console.error(message, error));
  const dispatcher = createDispatcher(handlers, ctx, log, resultsWarmup);
  return {
    dispatch: dispatcher.dispatch,
    close: () => dispatcher.dispatch('vault.lock', {}).then(() => workspace.dispose()),
    workspace,
  };
}
