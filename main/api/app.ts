import type { Envelope } from '../../shared/errors';
import { AppConfigStore } from '../config/app-config';
import type { HandlerContext } from './context';
import { createDispatcher, type Logger } from './dispatcher';
import { handlers } from './handlers';
import { Workspace } from './workspace';

export interface AppOptions {
  /** Folder for this laptop's app config (recent vaults, language). */
  home: string;
  transport: 'electron' | 'web';
  /** Path of a better_sqlite3.node built for the current runtime (Electron in development). */
  nativeBinding?: string | undefined;
  /** Native file dialog (Electron). Absent: the person types a path. */
  pickVaultPath?: ((mode: 'create' | 'open') => Promise<string | null>) | undefined;
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
  const dispatcher = createDispatcher(handlers, ctx, log);
  return {
    dispatch: dispatcher.dispatch,
    close: () => dispatcher.dispatch('vault.lock', {}).then(() => workspace.dispose()),
    workspace,
  };
}
