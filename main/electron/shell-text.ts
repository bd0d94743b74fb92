import { z } from 'zod';
import type { Bilingual } from '../../shared/error-messages/bilingual';
import type { Language } from '../../shared/errors';

/**
 * Every label of the desktop shell a person reads (menu, native file dialogs), in both
 * languages: the shell shows them in the UI language the app reports (app status), as the
 * page does. File names offered by a dialog are not labels and stay as they are.
 */
const shellTexts = {
  menuFile: { id: 'Berkas', en: 'File' },
  menuQuit: { id: 'Keluar', en: 'Quit' },
  menuEdit: { id: 'Sunting', en: 'Edit' },
  menuUndo: { id: 'Urungkan', en: 'Undo' },
  menuRedo: { id: 'Ulangi', en: 'Redo' },
  menuCut: { id: 'Potong', en: 'Cut' },
  menuCopy: { id: 'Salin', en: 'Copy' },
  menuPaste: { id: 'Tempel', en: 'Paste' },
  menuSelectAll: { id: 'Pilih semua', en: 'Select all' },
  menuView: { id: 'Tampilan', en: 'View' },
  menuZoomIn: { id: 'Perbesar', en: 'Zoom in' },
  menuZoomOut: { id: 'Perkecil', en: 'Zoom out' },
  menuResetZoom: { id: 'Ukuran asli', en: 'Actual size' },
  menuFullScreen: { id: 'Layar penuh', en: 'Full screen' },
  menuReload: { id: 'Muat ulang', en: 'Reload' },
  menuDevTools: { id: 'Alat pengembang', en: 'Developer tools' },
  vaultFilter: { id: 'Brankas Panelis', en: 'Panelis vault' },
  vaultCreateTitle: { id: 'Buat brankas baru', en: 'Create a new vault' },
  vaultCreateButton: { id: 'Buat', en: 'Create' },
  vaultOpenTitle: { id: 'Buka brankas', en: 'Open a vault' },
  vaultOpenButton: { id: 'Buka', en: 'Open' },
  documentSaveTitle: { id: 'Simpan dokumen', en: 'Save document' },
  documentSaveButton: { id: 'Simpan', en: 'Save' },
} as const satisfies Record<string, Bilingual>;

export type ShellTextKey = keyof typeof shellTexts;
/** The shell's labels in one language, by key. */
export type ShellText = (key: ShellTextKey) => string;

export function shellText(language: Language): ShellText {
  return (key) => shellTexts[key][language];
}

/** Every app status carries the UI language (the vault's or this person's, else this laptop's). */
const statusLanguage = z.object({ language: z.enum(['id', 'en']), transport: z.enum(['electron', 'web']) });

/** The UI language an answer of the dispatcher reports, if that answer is an app status. */
export function languageOfAnswer(answer: unknown): Language | null {
  const envelope = z.object({ ok: z.literal(true), value: statusLanguage }).safeParse(answer);
  return envelope.success ? envelope.data.value.language : null;
}
