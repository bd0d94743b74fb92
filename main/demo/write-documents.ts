import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentRecord } from '../../shared/contract';
import type { DemoClient } from './client';
import { CERTIFICATE_PASSPHRASE } from './people';
import type { DemoOutcome } from './scenario';
import { demoLabel, demoSay } from './demo-text';

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
    `PANELIS — ${demoSay('workspace')}`,
    '',
    `${demoSay('vault')}: ${vaultPath}`,
    `${demoSay('vaultPassphrase')}: ${passphraseNote}`,
    `${demoSay('selection')}: ${outcome.selectionTitle}`,
    `  ${outcome.applicants} ${demoSay('applicants')}, 2 ${demoSay('posts')}; final SHA-256 ${outcome.finalSha256}`,
    `  ${demoSay('conflict')}: ${outcome.conflict.member} — ${outcome.conflict.applicantCode}`,
    `  ${demoSay('disagreement')}: ${outcome.disagreement.applicantCode}, ${outcome.disagreement.criterion}: ${outcome.disagreement.member} ${outcome.disagreement.from} -> ${outcome.disagreement.to} (${demoSay('plenaryRevision')})`,
    '',
    `${demoSay('signInAs')} (${demoSay('signInColumns')}):`,
    ...outcome.people.map((p) => `  ${p.name} — ${p.label} — ${p.password}`),
    '',
    `${demoSay('certificatePassphrase')}: ${CERTIFICATE_PASSPHRASE}`,
    '',
    `${demoSay('openInApp')}:`,
    `  npm start  ->  ${demoLabel('openVaultScreen')}  ->  ${demoLabel('anotherFile')}: ${demoSay('fileAbove')}`,
    `  ->  ${demoSay('typeVaultPassphrase')}  ->  ${demoLabel('openVaultButton')}`,
    `  ->  ${demoLabel('signIn')}: ${demoSay('chooseName')}`,
    '',
    `${demoSay('verifyDocument')}:`,
    `  PANELIS_PASSPHRASE=... npm run --silent panelis -- verify BERKAS.pdf --vault ${vaultPath}`,
    '',
    `${demoSay('signedDocuments')} (${files.length}):`,
    ...files.map((f) => `  ${basename(f)}`),
    '',
    demoSay('fictitious'),
    '',
  ];
  return lines.join('\n');
}
