import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/domain/audit/chain';
import { closeVault, createVault, type Vault } from '../../main/vault/vault';
import { PASSPHRASE, useTempDir } from '../helpers/temp';
import { fillVault } from '../helpers/vault-fixtures';

const tempDir = useTempDir();

async function vaultWithEvents(n: number): Promise<Vault> {
  const vault = await createVault(join(tempDir(), 'v.panelis'), PASSPHRASE);
  await fillVault(vault, n);
  return vault;
}

describe('audit chain', () => {
  it('holds for an untouched vault, from the first mutation on', async () => {
    const vault = await vaultWithEvents(6);
    expect(await verifyAuditChain(vault)).toEqual({ ok: true, events: 6, brokenAt: null, reason: null });
    await closeVault(vault);
  });

  it('a mutation that fails leaves neither its change nor its event', async () => {
    const vault = await vaultWithEvents(2);
    await expect(fillVault(vault, 1, 0)).rejects.toThrow(); // fixture-0 exists: unique key
    expect((await verifyAuditChain(vault)).events).toBe(2);
    await closeVault(vault);
  });

  it('finds an edited event', async () => {
    const vault = await vaultWithEvents(6);
    await sql`update audit_events set summary = '{"after":{"n":99}}' where seq = 3`.execute(vault.db);
    expect(await verifyAuditChain(vault)).toMatchObject({ ok: false, brokenAt: 3 });
    await closeVault(vault);
  });

  it('finds a removed event in the middle', async () => {
    const vault = await vaultWithEvents(6);
    await sql`delete from audit_events where seq = 4`.execute(vault.db);
    expect(await verifyAuditChain(vault)).toMatchObject({ ok: false, brokenAt: 5 });
    await closeVault(vault);
  });

  it('finds removed events at the end (the head is recorded)', async () => {
    const vault = await vaultWithEvents(6);
    await sql`delete from audit_events where seq >= 5`.execute(vault.db);
    expect(await verifyAuditChain(vault)).toMatchObject({ ok: false, brokenAt: 4 });
    await closeVault(vault);
  });

  it('finds reordered events', async () => {
    const vault = await vaultWithEvents(6);
    await sql`update audit_events set seq = 100 where seq = 2`.execute(vault.db);
    await sql`update audit_events set seq = 2 where seq = 3`.execute(vault.db);
    await sql`update audit_events set seq = 3 where seq = 100`.execute(vault.db);
    expect(await verifyAuditChain(vault)).toMatchObject({ ok: false, brokenAt: 2 });
    await closeVault(vault);
  });

  it('finds an edit that recomputes the edited event hash (the next event no longer follows)', async () => {
    const vault = await vaultWithEvents(6);
    const { eventHash } = await import('../../main/domain/audit/chain');
    const e = await vault.db.selectFrom('audit_events').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    const forged = { ...e, actor_name: 'Someone else' };
    await vault.db
      .updateTable('audit_events')
      .set({ actor_name: forged.actor_name, hash: eventHash(forged) })
      .where('seq', '=', 2)
      .execute();
    expect(await verifyAuditChain(vault)).toMatchObject({ ok: false, brokenAt: 3 });
    await closeVault(vault);
  });
});
