import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { registryOf } from '../documents/registry';
import {
  noTrust,
  parseCertificates,
  parseFingerprint,
  parseTrustFile,
  vaultFingerprints,
  type TrustAnchors,
} from '../documents/verify/trust';
import { verifyPdf } from '../documents/verify/verify';
import { closeVault, openVaultReadOnly } from '../vault/vault';
import { EXIT, passphraseFromEnv, UsageError } from './exit';
import type { CommandIo } from './vault-commands';
import { say } from './cli-text';

const USAGE = 'usage: verify FILE.pdf [--vault VAULT] [--trust SHA256]... [--trust-file FILE] [--ca CERT.pem]... [--json]';

function list(v: string | boolean | string[] | undefined): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v : [];
}

/** The anchors named on the command line: --trust (repeatable), --trust-file, --ca (repeatable). */
function anchorsFromFlags(io: CommandIo): TrustAnchors {
  const anchors = noTrust();
  for (const t of list(io.flags.trust)) {
    const fp = parseFingerprint(t);
    if (!fp) throw new UsageError(`--trust ${t}: not a SHA-256 fingerprint (64 hex digits)\n${USAGE}`);
    anchors.fingerprints.push(fp);
  }
  const trustFile = io.flags['trust-file'];
  if (typeof trustFile === 'string') {
    let text: string;
    try {
      text = readFileSync(resolve(trustFile), 'utf8');
    } catch {
      throw new UsageError(`cannot read --trust-file ${trustFile}`);
    }
    const parsed = parseTrustFile(text);
    if (parsed.bad.length) throw new UsageError(`--trust-file ${trustFile}: line ${parsed.bad.join(', ')} is not a SHA-256 fingerprint`);
    anchors.fingerprints.push(...parsed.fingerprints);
  }
  for (const ca of list(io.flags.ca)) {
    try {
      anchors.cas.push(...parseCertificates(readFileSync(resolve(ca))));
    } catch {
      throw new UsageError(`--ca ${ca}: cannot read a certificate (PEM or DER)`);
    }
  }
  return anchors;
}

/**
 * `verify FILE.pdf`: every PDF signature (exactly one, over the whole file), the signing
 * certificate against the fingerprint the document prints, the embedded JSON against the
 * printed SHA-256, with `--vault` the vault's record (opened read-only), and whether the
 * signer is trusted: a certificate the vault registered, a fingerprint named with --trust /
 * --trust-file, or a chain to a CA given with --ca. Exit 0 only when intact and trusted;
 * 1 otherwise, still saying whether the file is intact and which certificate signed it.
 */
export async function verify(args: string[], io: CommandIo): Promise<number> {
  if (args.length !== 1) throw new UsageError(USAGE);
  const file = resolve(args[0]!);
  if (!existsSync(file)) throw new UsageError(`${file}: no such file\n${USAGE}`);
  const pdf = readFileSync(file);
  const anchors = anchorsFromFlags(io);
  const vaultPath = typeof io.flags.vault === 'string' && io.flags.vault.trim() ? resolve(io.flags.vault) : null;
  const vault = vaultPath ? openVaultReadOnly(vaultPath, passphraseFromEnv('PANELIS_PASSPHRASE')) : null;
  try {
    if (vault) anchors.vaultFingerprints.push(...(await vaultFingerprints(vault.db)));
    const result = await verifyPdf(pdf, vault ? registryOf(vault.db) : undefined, anchors);
    if (io.json) {
      io.out(JSON.stringify(result));
    } else {
      io.out(say(result.ok ? 'valid' : 'notValid'));
      io.out(say(result.intact ? 'fileIntact' : 'fileNotIntact'));
      io.out(
        result.trusted
          ? `${say('signerTrusted')} (${result.trustedBy === 'vault' ? 'vault' : result.trustedBy === 'ca' ? 'CA --ca' : `${say('fingerprint')} --trust`})`
          : say('signerNotTrusted'),
      );
      if (result.documentId) io.out(`${say('document')}: ${result.documentId} (${result.documentType ?? '?'})`);
      if (result.signer) io.out(`${say('signer')}: ${result.signer}`);
      if (result.signerFingerprint) io.out(`${say('certificate')} SHA-256: ${result.signerFingerprint}`);
      if (result.dataSha256) io.out(`data SHA-256: ${result.dataSha256}`);
      if (!vault) io.out(`vault: ${say('notChecked')} (--vault)`);
      for (const f of result.findings) io.out(`- ${f.reason}: ${f.text.id} / ${f.text.en}`);
    }
    return result.ok ? EXIT.ok : EXIT.checkFailed;
  } finally {
    if (vault) await closeVault(vault);
  }
}
