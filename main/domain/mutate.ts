import type { Transaction } from 'kysely';
import type { Database } from '../vault/schema';
import { checkpointSoon } from '../vault/checkpoint';
import { storageError } from '../vault/storage-errors';
import type { Vault } from '../vault/vault';
import type { Actor } from './audit/actor';
import { appendAudit, type AuditInput } from './audit/chain';

export type Trx = Transaction<Database>;

/**
 * The only way domain code changes a vault: the change and its audit event commit together
 * or not at all. `fn` returns its value and what the audit event should say.
 */
export async function mutate<T>(
  vault: Vault,
  actor: Actor,
  fn: (trx: Trx) => Promise<{ value: T; audit: AuditInput }>,
  now: () => Date = () => new Date(),
): Promise<T> {
  let value: T;
  try {
    value = await vault.db.transaction().execute(async (trx) => {
      const { value, audit } = await fn(trx);
      appendAudit(vault.raw, actor, audit, now());
      return value;
    });
  } catch (e) {
    // A full disk or a read-only file is the person's to fix, not an internal error; the
    // transaction rolled back, so nothing of it was saved.
    throw storageError(e, vault.path) ?? e;
  }
  checkpointSoon(vault.raw);
  return value;
}
