import { bothLanguages, type Bilingual } from '../../shared/error-messages/bilingual';

/**
 * What the command line prints for a person to read, each entry in both languages. The
 * command line has no language setting, so a line shows both halves: `say('fileIntact')` is
 * "berkas utuh / file intact". JSON output (--json) never goes through here.
 */
const cliTexts = {
  // vault
  vaultCreated: { id: 'Brankas dibuat', en: 'vault created' },
  applicant: { id: 'pelamar', en: 'applicant' },
  backup: { id: 'Cadangan', en: 'backup' },
  restored: { id: 'Dipulihkan', en: 'restored' },
  passphraseChanged: { id: 'Frasa sandi diganti', en: 'passphrase changed' },
  // selection, import, scores import
  applicants: { id: 'pelamar', en: 'applicants' },
  dryRun: { id: 'Uji coba: tidak ada yang disimpan.', en: 'Dry run: nothing written.' },
  imported: { id: 'Diimpor', en: 'imported' },
  nothingWritten: { id: 'Tidak ada yang disimpan.', en: 'Nothing written.' },
  replaces: { id: 'menggantikan', en: 'replaces' },
  activeNotInFile: { id: 'pelamar aktif tidak ada di berkas', en: 'active applicants not in the file' },
  encoding: { id: 'pengodean', en: 'encoding' },
  encodingChosen: { id: 'dipilih', en: 'chosen' },
  encodingGuessed: {
    id: 'tebakan: tidak ada UTF-8 yang sah; periksa nama-nama beraksen',
    en: 'a guess: no valid UTF-8 in the file; check accented names',
  },
  // verify
  valid: { id: 'SAH', en: 'VALID' },
  notValid: { id: 'TIDAK SAH', en: 'NOT VALID' },
  fileIntact: { id: 'berkas utuh', en: 'file intact' },
  fileNotIntact: { id: 'berkas TIDAK utuh', en: 'file NOT intact' },
  signerTrusted: { id: 'penanda tangan dipercaya', en: 'signer trusted' },
  signerNotTrusted: { id: 'penanda tangan TIDAK dipercaya', en: 'signer NOT trusted' },
  fingerprint: { id: 'sidik jari', en: 'fingerprint' },
  document: { id: 'dokumen', en: 'document' },
  signer: { id: 'penanda tangan', en: 'signer' },
  certificate: { id: 'sertifikat', en: 'certificate' },
  notChecked: { id: 'tidak diperiksa', en: 'not checked' },
  // demo
  passphraseUsed: { id: 'PANELIS_PASSPHRASE yang dipakai', en: 'the one used for this run' },
  vault: { id: 'brankas', en: 'vault' },
  selection: { id: 'seleksi', en: 'selection' },
  signInAs: { id: 'masuk sebagai', en: 'sign in as' },
  password: { id: 'kata sandi', en: 'password' },
  documents: { id: 'dokumen', en: 'documents' },
  signedPdfs: { id: 'PDF bertanda tangan', en: 'signed PDFs in' },
  see: { id: 'lihat', en: 'see' },
} as const satisfies Record<string, Bilingual>;

export type CliTextKey = keyof typeof cliTexts;

/** One entry, both languages, as the command line prints it. */
export function say(key: CliTextKey): string {
  return bothLanguages(cliTexts[key]);
}
