import type { Envelope } from '../../shared/errors';
import { AppConfigStore } from '../config/app-config';
import type { HandlerContext } from './context';
import { createDispatcher } from './dispatcher';
import type { AppOptions, Logger } from './options';
import { resultsWarmup } from './results-warmup';
import { handlers } from './handlers';
import { Workspace } from './workspace';

// The shell's side (Electron, host) names these through app.ts.
export type { AppOptions, DocumentFiles } from './options';

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
