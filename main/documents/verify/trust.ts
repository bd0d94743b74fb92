import { X509Certificate } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TrustedBy } from '../../../shared/contract/documents-types';
import type { Database } from '../../vault/schema';

/**
 * Whom `verify` trusts. A signature proves only that the holder of some key signed; the
 * fingerprint a document prints is the document's own claim, so a forger's self-signed
 * certificate with the committee's name makes a self-consistent file. A signer is trusted
 * only through an anchor the verifying person holds: a certificate registered in their vault,
 * a fingerprint they name (the one the agency published), or a chain to a CA certificate they
 * installed (for BSrE: its public root and intermediate certificates).
 */
export interface TrustAnchors {
  /** SHA-256 fingerprints (lowercase hex) the person named. */
  fingerprints: string[];
  /** Fingerprints of the certificates registered in the vault. */
  vaultFingerprints: string[];
  /** CA certificates the person installed (roots and intermediates). */
  cas: X509Certificate[];
}

export const noTrust = (): TrustAnchors => ({ fingerprints: [], vaultFingerprints: [], cas: [] });

/** A SHA-256 fingerprint as people copy it: any case, with or without colons or spaces. */
export function parseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/** A trust file: one fingerprint per line; blank lines and `#` comments ignored. Bad lines are returned by number. */
export function parseTrustFile(text: string): { fingerprints: string[]; bad: number[] } {
  const fingerprints: string[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const fp = parseFingerprint(line);
    if (fp) fingerprints.push(fp);
    else bad.push(i + 1);
  });
  return { fingerprints, bad };
}

/** Every certificate of a PEM file (a bundle may hold root and intermediate), or one DER certificate. */
export function parseCertificates(bytes: Buffer): X509Certificate[] {
  const pem = bytes.toString('latin1').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  if (pem) return pem.map((block) => new X509Certificate(block));
  return [new X509Certificate(bytes)];
}

const MAX_CHAIN = 6;

/**
 * Whether `signer` chains to an installed CA: each step's issuer is a CA certificate
 * (basicConstraints CA) whose key verifies the step's signature, taken from the installed
 * certificates or from those the signature carries (which are never trusted on their own).
 */
function chainsToCa(signer: X509Certificate, carried: X509Certificate[], cas: X509Certificate[]): boolean {
  const installed = new Set(cas.map((c) => c.fingerprint256));
  let current = signer;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    const issuer = [...cas, ...carried].find(
      (c) => c.ca && c.fingerprint256 !== current.fingerprint256 && current.checkIssued(c) && current.verify(c.publicKey),
    );
    if (!issuer) return false;
    if (installed.has(issuer.fingerprint256)) return true;
    current = issuer;
  }
  return false;
}

/** Why this signer is trusted, or null. `der` is the signing certificate, `carried` the others in the signature. */
export function trustOf(fingerprint: string, der: Buffer, carried: Buffer[], anchors: TrustAnchors): TrustedBy | null {
  if (anchors.vaultFingerprints.includes(fingerprint)) return 'vault';
  if (anchors.fingerprints.includes(fingerprint)) return 'fingerprint';
  if (anchors.cas.length === 0) return null;
  try {
    const signer = new X509Certificate(der);
    return chainsToCa(
      signer,
      carried.map((b) => new X509Certificate(b)),
      anchors.cas,
    )
      ? 'ca'
      : null;
  } catch {
    return null;
  }
}

/** Every certificate the vault registered (the active one and earlier ones: old documents stay verifiable). */
export async function vaultFingerprints(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('document_certificates').select('fingerprint').execute();
  return rows.map((r) => r.fingerprint.toLowerCase());
}
