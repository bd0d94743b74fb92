/**
 * Sandboxed preload (bundled to CommonJS). A sandboxed preload may require 'electron' and
 * nothing from node_modules, so it imports no runtime code from shared/: shared/contract
 * pulls in zod, which the bundler leaves as require("zod") and the sandbox cannot load.
 * The channel name is tied to the contract by type (a rename there fails type-checking
 * here) and by a unit test.
 * It exposes exactly one function. ipcRenderer itself never reaches the page: with it, a
 * script injected through applicant data could send on any channel.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IPC_CHANNEL } from '../../shared/contract';

export interface PanelisBridge {
  invoke(method: string, args: unknown): Promise<unknown>;
}

const CHANNEL: typeof IPC_CHANNEL = 'panelis';

const bridge: PanelisBridge = {
  invoke: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(CHANNEL, method, args),
};

contextBridge.exposeInMainWorld('panelis', bridge);
