import { verifySnapshots } from '../domain/deliberation/verify-snapshots';
import { resolve } from 'node:path';
import { MIN_PASSPHRASE } from '../../shared/contract/schemas';
import { PanelisError } from '../../shared/errors';
import type { Actor } from '../domain/audit/actor';
import { verifySheets } from '../domain/scoring/verify-sheets';
import { verifyAuditChain } from '../domain/audit/chain';
import { mutate } from '../domain/mutate';
import { writeSettings } from '../domain/settings/settings';
import {
  backupVault,
  closeVault,
  createVault,
  integrityCheck,
  openVault,
  openVaultReadOnly,
  rekeyVault,
  restoreBackup,
} from '../vault/vault';
import { EXIT, passphraseFromEnv, UsageError } from './exit';
import { say } from './cli-text';

export const cliActor: Actor = { personId: null, name: 'Panelis CLI', role: 'system' };

export interface CommandIo {
  out: (line: string) => void;
  json: boolean;
  flags: Record<string, string | boolean | string[] | undefined>;
}

function need(args: string[], count: number, usage: string): string[] {
  if (args.length !== count) throw new UsageError(`usage: ${usage}`);
  return args.map((a) => resolve(a));
}

function strongEnough(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE) throw new PanelisError('WEAK_PASSPHRASE', { min: MIN_PASSPHRASE });
}

export async function vaultCreate(args: string[], io: CommandIo): Promise<number> {
  const [file] = need(args, 1, 'vault create FILE [--committee NAME] [--language id|en]');
  const passphrase = passphraseFromEnv('PANELIS_PASSPHRASE');
  strongEnough(passphrase);
  const language = io.flags.language === 'en' ? 'en' : 'id';
  const committee = typeof io.flags.committee === 'string' ? io.flags.committee : 'Panitia Seleksi';
  const vault = await createVault(file!, passphrase);
  try {
    await writeSettings(vault, cliActor, { committeeName: committee, language });
  } finally {
    await closeVault(vault);
  }
  io.out(io.json ? JSON.stringify({ created: file }) : `${say('vaultCreated')}: ${file}`);
  return EXIT.ok;
}

export async function vaultCheck(args: string[], io: CommandIo): Promise<number> {
  const [file] = need(args, 1, 'vault check FILE [--json]');
  const vault = openVaultReadOnly(file!, passphraseFromEnv('PANELIS_PASSPHRASE'));
  try {
    const integrity = integrityCheck(vault);
    const audit = await verifyAuditChain(vault);
    const signatures = await verifySheets(vault.db);
    const snapshots = await verifySnapshots(vault.db);
    const ok = integrity.ok && audit.ok && signatures.ok && snapshots.ok;
    if (io.json) {
      io.out(JSON.stringify({ ok, integrity: integrity.ok, integrityMessage: integrity.message, audit, signatures, snapshots }));
    } else {
      io.out(`integrity: ${integrity.ok ? 'ok' : `FAILED (${integrity.message})`}`);
      io.out(audit.ok ? `audit chain: ok (${audit.events} events)` : `audit chain: BROKEN at event #${audit.brokenAt}: ${audit.reason}`);
      io.out(
        signatures.ok ? `score sheets: ok (${signatures.sheets} signed sheets)` : `score sheets: ${signatures.findings.length} FAILED`,
      );
      for (const f of signatures.findings) {
        const who = f.personName ? `${f.personName}` : `round ${f.roundId}`;
        const applicant = f.applicantCode ? `, ${say('applicant')} ${f.applicantCode}` : '';
        io.out(`  ${who}${applicant}: ${f.message.id} / ${f.message.en}`);
      }
      io.out(snapshots.ok ? `final results: ok (${snapshots.snapshots} snapshots)` : `final results: ${snapshots.findings.length} FAILED`);
      for (const f of snapshots.findings) io.out(`  ${f.message.id} / ${f.message.en}`);
    }
    return ok ? EXIT.ok : EXIT.checkFailed;
  } finally {
    await closeVault(vault);
  }
}

export async function vaultBackup(args: string[], io: CommandIo): Promise<number> {
  const [file, out] = need(args, 2, 'vault backup FILE OUT');
  const vault = await openVault(file!, passphraseFromEnv('PANELIS_PASSPHRASE'));
  try {
    const result = backupVault(vault, 'manual', {}, out);
    await mutate(vault, cliActor, async () => ({
      value: null,
      audit: { action: 'vault.backup', subject: 'vault', extra: { file: result.file, bytes: result.bytes } },
    }));
    io.out(io.json ? JSON.stringify(result) : `${say('backup')}: ${result.file} (${result.bytes} bytes)`);
  } finally {
    await closeVault(vault);
  }
  return EXIT.ok;
}

export async function vaultRestore(args: string[], io: CommandIo): Promise<number> {
  const [backup, target] = need(args, 2, 'vault restore BACKUP NEWFILE');
  const vault = await restoreBackup(backup!, target!, passphraseFromEnv('PANELIS_PASSPHRASE'));
  try {
    await mutate(vault, cliActor, async () => ({
      value: null,
      audit: { action: 'vault.restore', subject: 'vault', extra: { from: backup } },
    }));
  } finally {
    await closeVault(vault);
  }
  io.out(io.json ? JSON.stringify({ restored: target }) : `${say('restored')}: ${target}`);
  return EXIT.ok;
}

export async function vaultRekey(args: string[], io: CommandIo): Promise<number> {
  const [file] = need(args, 1, 'vault rekey FILE');
  const current = passphraseFromEnv('PANELIS_PASSPHRASE');
  const next = passphraseFromEnv('PANELIS_NEW_PASSPHRASE');
  strongEnough(next);
  const vault = await openVault(file!, current);
  try {
    await rekeyVault(vault, next);
    await mutate(vault, cliActor, async () => ({ value: null, audit: { action: 'vault.rekey', subject: 'vault' } }));
  } finally {
    await closeVault(vault);
  }
  // Prove the new passphrase opens it before saying so.
  await closeVault(openVaultReadOnly(file!, next));
  io.out(io.json ? JSON.stringify({ rekeyed: file }) : `${say('passphraseChanged')}: ${file}`);
  return EXIT.ok;
}
