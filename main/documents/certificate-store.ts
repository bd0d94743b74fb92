import type { Kysely } from 'kysely';
import type { SigningCertificate } from '../../shared/contract/documents-types';
import { PanelisError } from '../../shared/errors';
import type { Actor } from '../domain/audit/actor';
import { mutate } from '../domain/mutate';
import type { Database } from '../vault/schema';
import type { Vault } from '../vault/vault';
import { generateCommitteeCertificate, openP12, type OpenedP12 } from './certificate';

/** The vault's signing certificates: the active one, a generated or imported one made active. */

function certRecord(r: Database['document_certificates']): SigningCertificate {
  return {
    fingerprint: r.fingerprint,
    subject: r.subject,
    issuer: r.issuer,
    notBefore: r.not_before,
    notAfter: r.not_after,
    selfSigned: r.self_signed === 1,
    source: r.source,
    createdAt: r.created_at,
  };
}

export async function activeCertificate(db: Kysely<Database>): Promise<SigningCertificate | null> {
  const row = await db.selectFrom('document_certificates').selectAll().where('active', '=', 1).executeTakeFirst();
  return row ? certRecord(row) : null;
}

async function storeCertificate(
  vault: Vault,
  actor: Actor,
  p12: Buffer,
  passphrase: string,
  source: 'generated' | 'imported',
  now: () => Date,
): Promise<SigningCertificate> {
  const opened = openP12(p12, passphrase);
  return mutate(
    vault,
    actor,
    async (trx) => {
      await trx.updateTable('document_certificates').set({ active: 0 }).execute();
      const row = {
        fingerprint: opened.info.fingerprint,
        source,
        subject: opened.info.subject,
        issuer: opened.info.issuer,
        not_before: opened.info.notBefore,
        not_after: opened.info.notAfter,
        self_signed: opened.info.selfSigned ? 1 : 0,
        p12,
        active: 1,
        created_by: actor.personId,
        created_at: now().toISOString(),
      };
      await trx
        .insertInto('document_certificates')
        .values(row)
        .onConflict((oc) => oc.column('fingerprint').doUpdateSet({ active: 1, p12 }))
        .execute();
      return {
        value: certRecord(row),
        audit: {
          action: `documents.certificate.${source}`,
          subject: `certificate:${opened.info.fingerprint}`,
          after: { subject: opened.info.subject, issuer: opened.info.issuer, notAfter: opened.info.notAfter },
        },
      };
    },
    now,
  );
}

/**
 * A committee certificate Panelis generates: self-signed RSA 3072, the .p12 encrypted (AES-256)
 * with the passphrase given, stored in the vault; the passphrase is asked at every signing.
 */
export async function createCommitteeCertificate(
  vault: Vault,
  actor: Actor,
  input: { commonName: string; organization: string; passphrase: string; bits?: 2048 | 3072 },
  now: () => Date,
): Promise<SigningCertificate> {
  const g = generateCommitteeCertificate({ ...input, now: now() });
  return storeCertificate(vault, actor, g.p12, input.passphrase, 'generated', now);
}

/** An imported .p12 (e.g. BSrE): checked with its passphrase, kept as it came (still encrypted by it). */
export async function importCertificate(
  vault: Vault,
  actor: Actor,
  input: { p12: Buffer; passphrase: string },
  now: () => Date,
): Promise<SigningCertificate> {
  return storeCertificate(vault, actor, input.p12, input.passphrase, 'imported', now);
}

/**
 * The active certificate opened with its passphrase: decrypting the .p12 is the slow part of
 * signing, so a request does it once and signs all its documents with the result. A wrong
 * passphrase is refused here, before any work.
 */
export async function openSigningCertificate(db: Kysely<Database>, passphrase: string): Promise<OpenedP12> {
  const row = await db.selectFrom('document_certificates').select('p12').where('active', '=', 1).executeTakeFirst();
  if (!row) throw new PanelisError('CERTIFICATE_MISSING');
  return openP12(Buffer.from(row.p12), passphrase);
}
