import { describe, expect, it, vi } from 'vitest';
import { openP12 } from '../../main/documents/certificate';
import { finalisedSelection } from '../helpers/final';
import { useTempDir } from '../helpers/temp';

// Every opening of a .p12 (decrypting it with its passphrase) goes through this spy.
vi.mock('../../main/documents/certificate', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../main/documents/certificate')>();
  return { ...original, openP12: vi.fn(original.openP12) };
});

const tempDir = useTempDir();
const CERT = 'sandi-sertifikat-panitia';
const opens = vi.mocked(openP12);

describe('signing a request', () => {
  it('decrypts the .p12 once per request, a batch of many documents included; the PDF crosses only when asked for', async () => {
    const { c, sel } = await finalisedSelection(tempDir());
    await c.call('documents.generateCertificate', {
      commonName: 'Panitia Seleksi PPPK Guru',
      organization: 'Pemerintah Kabupaten Kupang',
      passphrase: CERT,
      passphraseRepeat: CERT,
    });

    opens.mockClear();
    const one = await c.call('documents.generate', {
      request: { type: 'beritaAcara', selectionId: sel },
      passphrase: CERT,
      date: '2026-11-23',
    });
    expect(opens).toHaveBeenCalledTimes(1);
    // Not asked for: the signed file stays in main, in the registry.
    expect(one.pdf).toBeNull();
    const stored = await c.call('documents.download', { documentId: one.record.id });
    expect(stored.pdf.length).toBeGreaterThan(1000);

    opens.mockClear();
    const asked = await c.call('documents.generate', {
      request: { type: 'instrumen', selectionId: sel, stageId: 'st-int' },
      passphrase: CERT,
      returnBytes: true,
    });
    expect(opens).toHaveBeenCalledTimes(1);
    expect(asked.pdf).toBe((await c.call('documents.download', { documentId: asked.record.id })).pdf);

    opens.mockClear();
    const batch = await c.call('documents.generateIndividualBatch', { selectionId: sel, passphrase: CERT });
    expect(batch.length).toBeGreaterThan(1);
    expect(opens).toHaveBeenCalledTimes(1);
  });
});
