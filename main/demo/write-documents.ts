import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentRecord } from '../../shared/contract';
import type { DemoClient } from './client';
import { CERTIFICATE_PASSPHRASE } from './people';
import type { DemoOutcome } from './scenario';

export const README_NAME = 'README-demo.txt';

/** What is already there that a run would replace: the vault (and its WAL) and DIR's PDFs. */
export function existingOutputs(vaultPath: string, outDir: string): string[] {
  const found: string[] = [];
  for (const p of [vaultPath, `${vaultPath}-wal`, `${vaultPath}-shm`]) if (existsSync(p)) found.push(p);
  if (existsSync(outDir)) {
    for (const f of readdirSync(outDir).sort()) if (/\.pdf$/i.test(f) || f === README_NAME) found.push(join(outDir, f));
  }
  return found;
}

/** With --force: removes what a run replaces, and nothing else (other files in DIR stay). */
export function removeOutputs(paths: string[]): void {
  for (const p of paths) rmSync(p, { force: true });
}

/** `documents.download` gives the signed bytes exactly as registered; each is written to DIR. */
export async function writeDocuments(c: DemoClient, outDir: string, documents: { record: DocumentRecord; label: string }[]): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [i, d] of documents.entries()) {
    const signed = await c.call('documents.download', { documentId: d.record.id });
    const file = join(outDir, `${String(i + 1).padStart(2, '0')}-${basename(d.label)}.pdf`);
    writeFileSync(file, Buffer.from(signed.pdf, 'base64'), { flag: 'wx' });
    written.push(file);
  }
  return written;
}

/** The sign-in sheet of the demo: who is who, their demo passwords, how to open the vault. */
export function readmeText(vaultPath: string, outcome: DemoOutcome, files: string[], passphraseNote: string): string {
  const lines = [
    'PANELIS — RUANG KERJA DEMO / DEMO WORKSPACE',
    '',
    `Brankas / vault: ${vaultPath}`,
    `Frasa sandi brankas / vault passphrase: ${passphraseNote}`,
    `Seleksi / selection: ${outcome.selectionTitle}`,
    `  ${outcome.applicants} pelamar / applicants, 2 jabatan / posts; final SHA-256 ${outcome.finalSha256}`,
    `  konflik kepentingan / conflict of interest: ${outcome.conflict.member} — ${outcome.conflict.applicantCode}`,
    `  perbedaan penilaian / disagreement: ${outcome.disagreement.applicantCode}, ${outcome.disagreement.criterion}: ${outcome.disagreement.member} ${outcome.disagreement.from} -> ${outcome.disagreement.to} (rapat pleno, revisi / revision)`,
    '',
    'Masuk sebagai / sign in as (nama — peran — kata sandi demo / demo password):',
    ...outcome.people.map((p) => `  ${p.name} — ${p.label} — ${p.password}`),
    '',
    `Frasa sandi sertifikat panitia / committee certificate passphrase: ${CERTIFICATE_PASSPHRASE}`,
    '',
    'Membuka di aplikasi / open in the app:',
    '  npm start  ->  "Buka brankas" / "Open a vault"  ->  "Berkas lain…" / "Another file…": lokasi berkas di atas / the file above',
    '  ->  frasa sandi brankas / vault passphrase  ->  "Buka brankas" / "Open vault"',
    '  ->  "Masuk" / "Sign in": pilih nama, ketik kata sandi demo / choose a name, type the demo password',
    '',
    'Memeriksa dokumen / verify a document:',
    `  PANELIS_PASSPHRASE=... npm run --silent panelis -- verify BERKAS.pdf --vault ${vaultPath}`,
    '',
    `Dokumen bertanda tangan / signed documents (${files.length}):`,
    ...files.map((f) => `  ${basename(f)}`),
    '',
    'Semua nama dan data dalam demo ini fiktif. / Every name and figure in this demo is fictitious.',
    '',
  ];
  return lines.join('\n');
}
