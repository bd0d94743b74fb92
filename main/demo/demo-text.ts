import { bothLanguages, fillTemplate, type Bilingual, type TemplateParams } from '../../shared/error-messages/bilingual';

/**
 * What the demo prints (progress lines, README-demo.txt, the people's role labels), each entry
 * in both languages. The demo has no language setting: a line shows both halves of one entry.
 */
const demoTexts = {
  // Progress of `panelis demo`.
  stepVault: { id: 'brankas', en: 'vault' },
  stepSelection: { id: 'seleksi', en: 'selection' },
  stepGateAndAssessment: { id: 'administrasi dan assessment', en: 'gate and assessment' },
  stepScoring: { id: 'penilaian {stage}', en: 'scoring' },
  stepPlenary: { id: 'rapat pleno', en: 'plenary meeting' },
  stepReveal: { id: 'pembukaan identitas', en: 'reveal' },
  stepDocuments: { id: 'dokumen', en: 'documents' },
  stepPppk: { id: 'seleksi PPPK', en: 'PPPK selection' },
  // The people's roles.
  roleChair: { id: 'Ketua', en: 'chair' },
  roleSecretary: { id: 'Sekretaris', en: 'secretary' },
  roleMember: { id: 'Anggota {n}', en: 'member {n}' },
  // README-demo.txt
  workspace: { id: 'RUANG KERJA DEMO', en: 'DEMO WORKSPACE' },
  vault: { id: 'Brankas', en: 'vault' },
  vaultPassphrase: { id: 'Frasa sandi brankas', en: 'vault passphrase' },
  selection: { id: 'Seleksi', en: 'selection' },
  applicants: { id: 'pelamar', en: 'applicants' },
  posts: { id: 'jabatan', en: 'posts' },
  conflict: { id: 'konflik kepentingan', en: 'conflict of interest' },
  disagreement: { id: 'perbedaan penilaian', en: 'disagreement' },
  plenaryRevision: { id: 'rapat pleno, revisi', en: 'revision' },
  signInAs: { id: 'Masuk sebagai', en: 'sign in as' },
  signInColumns: { id: 'nama — peran — kata sandi demo', en: 'demo password' },
  certificatePassphrase: { id: 'Frasa sandi sertifikat panitia', en: 'committee certificate passphrase' },
  openInApp: { id: 'Membuka di aplikasi', en: 'open in the app' },
  openVaultScreen: { id: 'Buka brankas', en: 'Open a vault' },
  anotherFile: { id: 'Berkas lain…', en: 'Another file…' },
  fileAbove: { id: 'lokasi berkas di atas', en: 'the file above' },
  typeVaultPassphrase: { id: 'frasa sandi brankas', en: 'vault passphrase' },
  openVaultButton: { id: 'Buka brankas', en: 'Open vault' },
  signIn: { id: 'Masuk', en: 'Sign in' },
  chooseName: { id: 'pilih nama, ketik kata sandi demo', en: 'choose a name, type the demo password' },
  verifyDocument: { id: 'Memeriksa dokumen', en: 'verify a document' },
  signedDocuments: { id: 'Dokumen bertanda tangan', en: 'signed documents' },
  fictitious: { id: 'Semua nama dan data dalam demo ini fiktif.', en: 'Every name and figure in this demo is fictitious.' },
} as const satisfies Record<string, Bilingual>;

export type DemoTextKey = keyof typeof demoTexts;

function entry(key: DemoTextKey, params: TemplateParams): Bilingual {
  const e = demoTexts[key];
  return { id: fillTemplate(e.id, params), en: fillTemplate(e.en, params) };
}

/** One entry, both languages: "brankas / vault". */
export function demoSay(key: DemoTextKey, params: TemplateParams = {}): string {
  return bothLanguages(entry(key, params));
}

/** A label of the app's screens, quoted in both languages: "Buka brankas" / "Open a vault". */
export function demoLabel(key: DemoTextKey): string {
  const e = entry(key, {});
  return `"${e.id}" / "${e.en}"`;
}
