import type { IpcMainInvokeEvent } from 'electron';
import type { PanelisApp } from '../api/app';
import { IPC_CHANNEL } from '../../shared/contract';
import { errorPayload, type Envelope } from '../../shared/errors';
import { isTrustedSender } from './sender';
import { languageOfAnswer } from './shell-text';
import type { Language } from '../../shared/errors';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown> | unknown): void;
}

/**
 * The one IPC entry point. The transport only checks who is calling; the dispatcher
 * (main/api) validates the method name and arguments, the session and the role.
 * ipcMain.handle throws if the channel is bound twice, which is what we want.
 * `onLanguage` hears the UI language of every app status the page receives (it polls it),
 * so the menu and dialogs follow the page's language.
 */
export function bindIpc(ipcMain: IpcMainLike, app: Pick<PanelisApp, 'dispatch'>, onLanguage?: (language: Language) => void): void {
  ipcMain.handle(IPC_CHANNEL, async (event, method, args): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: errorPayload('FORBIDDEN_SENDER') };
    }
    const answer = await app.dispatch(method, args);
    const language = onLanguage ? languageOfAnswer(answer) : null;
    if (language && onLanguage) onLanguage(language);
    return answer;
  });
}
