import type { BaseWindow, Dialog, SaveDialogOptions, Shell } from 'electron';
import path from 'node:path';
import type { DocumentFiles } from '../api/app';
import type { ShellText } from './shell-text';

const PDF_MAGIC = '%PDF-';

/** Only a PDF ever leaves through these doors: the bytes come from main/documents, never from the page. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > PDF_MAGIC.length && Buffer.from(bytes.subarray(0, PDF_MAGIC.length)).toString('latin1') === PDF_MAGIC;
}

/**
 * A file name safe on Windows, macOS and Linux: no folders, no reserved characters, no
 * leading dots, at most 120 characters, always ending in .pdf.
 */
export function safePdfName(fileName: string): string {
  const base = path.basename(fileName.replace(/\\/g, '/')).replace(/\.pdf$/i, '');
  const cleaned = base
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return `${cleaned || 'dokumen-panelis'}.pdf`;
}

export function saveDocumentOptions(defaultDir: string, fileName: string, t: ShellText): SaveDialogOptions {
  return {
    title: t('documentSaveTitle'),
    buttonLabel: t('documentSaveButton'),
    defaultPath: path.join(defaultDir, safePdfName(fileName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export interface DocumentFilesDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  shell: Pick<Shell, 'openPath'>;
  getWindow: () => BaseWindow | null;
  /** A folder only this user can read (created 0700), for files handed to the system viewer. */
  tempDir: () => string;
  documentsDir: () => string;
  writeFile: (filePath: string, bytes: Uint8Array) => Promise<void>;
  makeDir: (dir: string) => Promise<void>;
  /** The dialog's labels in the current UI language. */
  text: () => ShellText;
}

/**
 * AppOptions.documentFiles for Electron. The renderer never supplies a path or the bytes:
 * main/api looks the document up in the vault's registry and passes the signed file here, so
 * "the file saved is the signed one".
 */
export function createDocumentFiles(d: DocumentFilesDeps): DocumentFiles {
  return {
    async open(fileName, bytes) {
      if (!isPdf(bytes)) throw new Error('not a PDF');
      const dir = path.join(d.tempDir(), 'panelis-documents');
      await d.makeDir(dir);
      const filePath = path.join(dir, safePdfName(fileName));
      await d.writeFile(filePath, bytes);
      const problem = await d.shell.openPath(filePath);
      if (problem) throw new Error(problem);
    },
    async saveAs(fileName, bytes) {
      if (!isPdf(bytes)) throw new Error('not a PDF');
      const win = d.getWindow();
      const options = saveDocumentOptions(d.documentsDir(), fileName, d.text());
      const result = win ? await d.dialog.showSaveDialog(win, options) : await d.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const target = result.filePath.toLowerCase().endsWith('.pdf') ? result.filePath : `${result.filePath}.pdf`;
      await d.writeFile(target, bytes);
      return target;
    },
  };
}
