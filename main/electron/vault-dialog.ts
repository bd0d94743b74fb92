import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { ShellText } from './shell-text';

export const VAULT_EXTENSION = 'panelis';
const filters = (t: ShellText) => [{ name: t('vaultFilter'), extensions: [VAULT_EXTENSION] }];

/** GTK save dialogs do not append the filter's extension; make every new vault *.panelis. */
export function withVaultExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(`.${VAULT_EXTENSION}`) ? filePath : `${filePath}.${VAULT_EXTENSION}`;
}

export function saveDialogOptions(defaultDir: string, t: ShellText): SaveDialogOptions {
  return {
    title: t('vaultCreateTitle'),
    buttonLabel: t('vaultCreateButton'),
    defaultPath: path.join(defaultDir, `Panitia Seleksi.${VAULT_EXTENSION}`),
    filters: filters(t),
    // No overwrite prompt: main/api refuses an existing file anyway (FILE_EXISTS).
    properties: ['createDirectory'],
  };
}

export function openDialogOptions(defaultDir: string, t: ShellText): OpenDialogOptions {
  return {
    title: t('vaultOpenTitle'),
    buttonLabel: t('vaultOpenButton'),
    defaultPath: defaultDir,
    filters: filters(t),
    properties: ['openFile'],
  };
}

/**
 * AppOptions.pickVaultPath for Electron: the person chooses the file in a native dialog,
 * so the renderer never supplies a path it did not get from the person.
 */
export function createVaultPicker(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  getWindow: () => BaseWindow | null,
  defaultDir: () => string,
  text: () => ShellText,
): (mode: 'create' | 'open') => Promise<string | null> {
  return async (mode) => {
    const win = getWindow();
    if (mode === 'create') {
      const options = saveDialogOptions(defaultDir(), text());
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withVaultExtension(result.filePath);
    }
    const options = openDialogOptions(defaultDir(), text());
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
