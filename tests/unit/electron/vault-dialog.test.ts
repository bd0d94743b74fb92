import path from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createVaultPicker, withVaultExtension } from '../../../main/electron/vault-dialog';
import { shellText } from '../../../main/electron/shell-text';

const id = () => shellText('id');

const docs = path.resolve('/home/sekretaris/Documents');

function fakeDialog(save: { canceled: boolean; filePath?: string }, open: { canceled: boolean; filePaths: string[] }) {
  return {
    showSaveDialog: vi.fn(async () => save),
    showOpenDialog: vi.fn(async () => open),
  };
}

describe('vault file dialogs', () => {
  it('appends .panelis to a new vault name when the dialog did not', () => {
    expect(withVaultExtension('/a/Pansel 2025')).toBe('/a/Pansel 2025.panelis');
    expect(withVaultExtension('/a/Pansel.PANELIS')).toBe('/a/Pansel.PANELIS');
  });

  it('create: save dialog filtered to *.panelis, attached to the window', async () => {
    const dialog = fakeDialog({ canceled: false, filePath: path.join(docs, 'pansel') }, { canceled: true, filePaths: [] });
    const win = {} as BaseWindow;
    const pick = createVaultPicker(
      dialog as unknown as Dialog,
      () => win,
      () => docs,
      id,
    );
    await expect(pick('create')).resolves.toBe(path.join(docs, 'pansel.panelis'));
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as unknown as [BaseWindow, { filters: unknown }];
    expect(parent).toBe(win);
    expect(options.filters).toEqual([{ name: 'Brankas Panelis', extensions: ['panelis'] }]);
  });

  it('open: returns the chosen file, or null when cancelled', async () => {
    const chosen = path.join(docs, 'a.panelis');
    const yes = createVaultPicker(
      fakeDialog({ canceled: true }, { canceled: false, filePaths: [chosen] }) as unknown as Dialog,
      () => null,
      () => docs,
      id,
    );
    await expect(yes('open')).resolves.toBe(chosen);
    const no = createVaultPicker(
      fakeDialog({ canceled: true }, { canceled: true, filePaths: [] }) as unknown as Dialog,
      () => null,
      () => docs,
      id,
    );
    await expect(no('open')).resolves.toBeNull();
    await expect(no('create')).resolves.toBeNull();
  });

  it('labels both dialogs in the UI language', async () => {
    const dialog = fakeDialog({ canceled: true }, { canceled: true, filePaths: [] });
    const pick = createVaultPicker(
      dialog as unknown as Dialog,
      () => null,
      () => docs,
      () => shellText('en'),
    );
    await pick('create');
    await pick('open');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Create a new vault',
        buttonLabel: 'Create',
        filters: [{ name: 'Panelis vault', extensions: ['panelis'] }],
      }),
    );
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Open a vault', buttonLabel: 'Open' }));
  });
});
