import type { IpcMainInvokeEvent } from 'electron';
import type { PanelisApp } from '../api/app';
import { IPC_CHANNEL } from '../../shared/contract';
import { errorPayload, type Envelope } from '../../shared/errors';
import { isTrustedSender } from './sender';

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown> | unknown,
  ): void;
}

/**
 * The one IPC entry point. The transport only checks who is calling; the dispatcher
 * (main/api) validates the method name and arguments, the session and the role.
 * ipcMain.handle throws if the channel is bound twice, which is what we want.
 */
export function bindIpc(ipcMain: IpcMainLike, app: Pick<PanelisApp, 'dispatch'>): void {
  ipcMain.handle(IPC_CHANNEL, (event, method, args): Promise<Envelope<unknown>> | Envelope<unknown> => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: errorPayload('FORBIDDEN_SENDER') };
    }
    return app.dispatch(method, args);
  });
}
