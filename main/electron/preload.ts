/**
 * Sandboxed preload (bundled to CommonJS). A sandboxed preload may require 'electron' and
 * nothing from node_modules, so it imports only the dependency-free channel module (the
 * rest of shared/contract pulls in zod, which the sandbox could not load).
 * It exposes exactly one function. ipcRenderer itself never reaches the page: with it, a
 * script injected through applicant data could send on any channel.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../../shared/contract/channel';

export interface PanelisBridge {
  invoke(method: string, args: unknown): Promise<unknown>;
}

const bridge: PanelisBridge = {
  invoke: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, method, args),
};

contextBridge.exposeInMainWorld('panelis', bridge);
