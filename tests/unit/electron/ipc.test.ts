import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';
import { bindIpc, type IpcMainLike } from '../../../main/electron/ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function setup() {
  const bound = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (bound.has(channel)) throw new Error(`second handler for ${channel}`);
      bound.set(channel, listener);
    },
  };
  const result: Envelope<unknown> = { ok: true, value: { hello: 'world' } };
  const app = { dispatch: vi.fn(async () => result) };
  bindIpc(ipcMain, app);
  const call = (senderFrame: unknown, ...args: unknown[]) =>
    Promise.resolve(bound.get(IPC_CHANNEL)?.({ senderFrame } as unknown as IpcMainInvokeEvent, ...args));
  return { bound, app, call, result, ipcMain };
}

describe('bindIpc', () => {
  it('binds exactly one channel, the contract one', () => {
    const { bound } = setup();
    expect([...bound.keys()]).toEqual([IPC_CHANNEL]);
  });

  it('passes method and args of a trusted sender to the dispatcher unchanged', async () => {
    const { app, call, result } = setup();
    const args = { mode: 'open' };
    await expect(call({ url: 'app://panelis/index.html', parent: null }, 'app.status', args)).resolves.toBe(result);
    expect(app.dispatch).toHaveBeenCalledExactlyOnceWith('app.status', args);
  });

  it.each([
    ['no frame', null],
    ['a sub-frame', { url: 'app://panelis/index.html', parent: { url: 'app://panelis/index.html', parent: null } }],
    ['a foreign page', { url: 'https://evil.example/', parent: null }],
  ])('refuses %s with FORBIDDEN_SENDER and never dispatches', async (_name, frame) => {
    const { app, call } = setup();
    const answer = (await call(frame, 'vault.unlock', { path: '/x', passphrase: 'y' })) as Envelope<unknown>;
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('FORBIDDEN_SENDER');
    expect(app.dispatch).not.toHaveBeenCalled();
  });

  it('refuses to bind the channel twice', () => {
    const { ipcMain } = setup();
    expect(() => bindIpc(ipcMain, { dispatch: vi.fn() })).toThrow();
  });

  it('tells the shell the UI language of every app status it answers, and of nothing else', async () => {
    const bound = new Map<string, Listener>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void bound.set(channel, listener) };
    const answers: unknown[] = [
      { ok: true, value: { language: 'en', transport: 'electron', vault: null } },
      { ok: true, value: { language: 'fr', transport: 'electron' } },
      { ok: true, value: [{ language: 'id' }] },
      { ok: false, error: { code: 'INTERNAL' } },
    ];
    const app = { dispatch: vi.fn(async () => answers.shift() as Envelope<unknown>) };
    const heard: string[] = [];
    bindIpc(ipcMain, app, (language) => heard.push(language));
    const top = { senderFrame: { url: 'app://panelis/index.html', parent: null } } as unknown as IpcMainInvokeEvent;
    for (let i = 0; i < 4; i++) await bound.get(IPC_CHANNEL)?.(top, 'app.status', {});
    expect(heard).toEqual(['en']);
  });
});
