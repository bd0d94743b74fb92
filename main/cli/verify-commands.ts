import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { registryOf } from '../reports/service';
import { verifyPdf } from '../reports/verify/verify';
import { closeVault, openVaultReadOnly } from '../vault/vault';
import { EXIT, passphraseFromEnv, UsageError } from './exit';
import type { CommandIo } from './vault-commands';

const USAGE = 'usage: verify FILE.pdf [--vault VAULT] [--json]';

/**
 * `verify FILE.pdf`: the PDF signature over the whole file, the signing certificate against
 * the fingerprint the document prints, the embedded JSON against the printed SHA-256 and,
 * with `--vault`, the vault's record of the document (opened read-only). Exit 0 only when
 * every check holds; 1 with the reasons otherwise.
 */
export async function verify(args: string[], io: CommandIo): Promise<number> {
  if (args.length !== 1) throw new UsageError(USAGE);
  const file = resolve(args[0]!);
  if (!existsSync(file)) throw new UsageError(`${file}: no such file\n${USAGE}`);
  const pdf = readFileSync(file);
  const vaultPath = typeof io.flags.vault === 'string' && io.flags.vault.trim() ? resolve(io.flags.vault) : null;
  const vault = vaultPath ? openVaultReadOnly(vaultPath, passphraseFromEnv('PANELIS_PASSPHRASE')) : null;
  try {
    const result = await verifyPdf(pdf, vault ? registryOf(vault.db) : undefined);
    if (io.json) {
      io.out(JSON.stringify(result));
    } else {
      io.out(result.ok ? 'SAH / VALID' : 'TIDAK SAH / NOT VALID');
      if (result.documentId) io.out(`dokumen / document: ${result.documentId} (${result.documentType ?? '?'})`);
      if (result.signer) io.out(`penanda tangan / signer: ${result.signer}`);
      if (result.signerCertificate) io.out(`sertifikat / certificate SHA-256: ${result.signerCertificate}`);
      if (result.dataSha256) io.out(`data SHA-256: ${result.dataSha256}`);
      if (!vault) io.out('vault: tidak diperiksa / not checked (--vault)');
      for (const f of result.findings) io.out(`- ${f.reason}: ${f.text.id} / ${f.text.en}`);
    }
    return result.ok ? EXIT.ok : EXIT.checkFailed;
  } finally {
    if (vault) await closeVault(vault);
  }
}
