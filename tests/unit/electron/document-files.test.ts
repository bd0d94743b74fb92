import path from 'node:path';
import type { BaseWindow, Dialog, Shell } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createDocumentFiles, isPdf, safePdfName } from '../../../main/electron/document-files';
import { shellText } from '../../../main/electron/shell-text';

const pdf = new TextEncoder().encode('%PDF-1.7\n% signed\n');
const tmp = path.resolve('/tmp/user-1000');
const docs = path.resolve('/home/sekretaris/Documents');

function deps(save: { canceled: boolean; filePath?: string } = { canceled: true }, openProblem = '', language: 'id' | 'en' = 'id') {
  const written: [string, Uint8Array][] = [];
  const d = {
    dialog: { showSaveDialog: vi.fn(async () => save) } as unknown as Pick<Dialog, 'showSaveDialog'>,
    shell: { openPath: vi.fn(async () => openProblem) } as unknown as Pick<Shell, 'openPath'>,
    getWindow: () => ({}) as BaseWindow,
    tempDir: () => tmp,
    documentsDir: () => docs,
    writeFile: vi.fn(async (p: string, b: Uint8Array) => void written.push([p, b])),
    makeDir: vi.fn(async () => undefined),
    text: () => shellText(language),
  };
  return { d, written };
}

describe('signed documents through the desktop', () => {
  it('names files safely: no folders, no reserved characters, always .pdf', () => {
    expect(safePdfName('../../etc/passwd')).toBe('passwd.pdf');
    expect(safePdfName('C:\\Users\\x\\Berita Acara: 800/123.pdf')).toBe('123.pdf');
    expect(safePdfName('Berita Acara <JPT> 2026.PDF')).toBe('Berita Acara _JPT_ 2026.pdf');
    expect(safePdfName('...')).toBe('dokumen-panelis.pdf');
    expect(safePdfName('x'.repeat(300))).toHaveLength(124);
  });

  it('recognises a PDF by its header only', () => {
    expect(isPdf(pdf)).toBe(true);
    expect(isPdf(new TextEncoder().encode('<html>'))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
  });

  it('open: writes the signed bytes to a private temp folder and hands that file to the system viewer', async () => {
    const { d, written } = deps();
    await createDocumentFiles(d).open('Berita Acara.pdf', pdf);
    const target = path.join(tmp, 'panelis-documents', 'Berita Acara.pdf');
    expect(d.makeDir).toHaveBeenCalledWith(path.join(tmp, 'panelis-documents'));
    expect(written).toEqual([[target, pdf]]);
    expect(d.shell.openPath).toHaveBeenCalledWith(target);
  });

  it('open: refuses bytes that are not a PDF and reports a viewer failure', async () => {
    const { d } = deps();
    await expect(createDocumentFiles(d).open('x.pdf', new TextEncoder().encode('MZ....'))).rejects.toThrow('not a PDF');
    expect(d.shell.openPath).not.toHaveBeenCalled();
    const failing = deps({ canceled: true }, 'No application is registered');
    await expect(createDocumentFiles(failing.d).open('x.pdf', pdf)).rejects.toThrow('No application');
  });

  it('save as: the person picks the place; .pdf is appended; cancel writes nothing', async () => {
    const chosen = deps({ canceled: false, filePath: path.join(docs, 'pengumuman') });
    await expect(createDocumentFiles(chosen.d).saveAs('Pengumuman.pdf', pdf)).resolves.toBe(path.join(docs, 'pengumuman.pdf'));
    expect(chosen.written).toEqual([[path.join(docs, 'pengumuman.pdf'), pdf]]);
    const cancelled = deps({ canceled: true });
    await expect(createDocumentFiles(cancelled.d).saveAs('Pengumuman.pdf', pdf)).resolves.toBeNull();
    expect(cancelled.written).toEqual([]);
  });

  it('labels the save dialog in the UI language', async () => {
    for (const [language, title, buttonLabel] of [
      ['id', 'Simpan dokumen', 'Simpan'],
      ['en', 'Save document', 'Save'],
    ] as const) {
      const { d } = deps({ canceled: true }, '', language);
      await createDocumentFiles(d).saveAs('Pengumuman.pdf', pdf);
      expect(d.dialog.showSaveDialog).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ title, buttonLabel }));
    }
  });
});
