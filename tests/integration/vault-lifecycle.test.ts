import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../main/domain/audit/chain';
import { migrations } from '../../main/vault/migrations';
import { backupVault, closeVault, defaultBackupDir, integrityCheck, openVault, rekeyVault, restoreBackup } from '../../main/vault/vault';
import { fileState, PASSPHRASE, useTempDir } from '../helpers/temp';
import { fillVault, makeVaultFile } from '../helpers/vault-fixtures';

const tempDir = useTempDir();

/** What a future Panelis would ship: the app's migrations plus one more. */
const newerMigrations = {
  ...migrations,
  '9999_future': {
    up: async (db: Kysely<unknown>) => {
      await db.schema.createTable('future_table').addColumn('x', 'text').execute();
    },
  },
};

describe('migrations', () => {
  it('backs up an existing vault before migrating it, then migrates', async () => {
    const dir = tempDir();
    const path = await makeVaultFile(join(dir, 'v.panelis'), 3);
    const vault = await openVault(path, PASSPHRASE, { migrations: newerMigrations });
    const tables = await sql<{ name: string }>`select name from sqlite_master where name = 'future_table'`.execute(vault.db);
    expect(tables.rows).toHaveLength(1);
    await closeVault(vault);
    const backups = readdirSync(defaultBackupDir(path));
    expect(backups.filter((f) => f.includes('pre-migration'))).toHaveLength(1);
    // The backup is the vault as it was: it opens with the current app, without the new table.
    const before = await openVault(join(defaultBackupDir(path), backups[0]!), PASSPHRASE);
    const old = await sql<{ name: string }>`select name from sqlite_master where name = 'future_table'`.execute(before.db);
    expect(old.rows).toHaveLength(0);
    await closeVault(before);
  });

  it('does not back up a vault that needs no migration', async () => {
    const path = await makeVaultFile(join(tempDir(), 'v.panelis'), 1);
    await closeVault(await openVault(path, PASSPHRASE));
    expect(existsSync(defaultBackupDir(path))).toBe(false);
  });

  it('refuses a vault written by a newer Panelis, and leaves it untouched', async () => {
    const path = join(tempDir(), 'v.panelis');
    await makeVaultFile(path, 1);
    await closeVault(await openVault(path, PASSPHRASE, { migrations: newerMigrations }));
    const before = fileState(path);
    await expect(openVault(path, PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_TOO_NEW' });
    expect(fileState(path)).toBe(before);
  });
});

describe('backup and restore', () => {
  it('round-trips: backup while open, restore into a new file, same data and a valid chain', async () => {
    const dir = tempDir();
    const path = await makeVaultFile(join(dir, 'v.panelis'), 10);
    const vault = await openVault(path, PASSPHRASE);
    const { file, bytes } = backupVault(vault, 'manual');
    expect(bytes).toBeGreaterThan(0);
    await fillVault(vault, 5, 100); // changes after the backup are not in it
    await closeVault(vault);

    const restored = await restoreBackup(file, join(dir, 'restored.panelis'), PASSPHRASE);
    const rows = await restored.db.selectFrom('meta').select('key').where('key', 'like', 'fixture-%').execute();
    expect(rows).toHaveLength(10);
    expect(integrityCheck(restored).ok).toBe(true);
    expect((await verifyAuditChain(restored)).ok).toBe(true);
    await closeVault(restored);
  });

  it('the backup is encrypted with the same passphrase', async () => {
    const path = await makeVaultFile(join(tempDir(), 'v.panelis'), 2);
    const vault = await openVault(path, PASSPHRASE);
    const { file } = backupVault(vault, 'manual');
    await closeVault(vault);
    await expect(openVault(file, 'bukan-frasa-yang-benar')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await closeVault(await openVault(file, PASSPHRASE));
  });

  it('restore never overwrites an existing file', async () => {
    const dir = tempDir();
    const path = await makeVaultFile(join(dir, 'v.panelis'), 1);
    const vault = await openVault(path, PASSPHRASE);
    const { file } = backupVault(vault, 'manual');
    await closeVault(vault);
    await expect(restoreBackup(file, path, PASSPHRASE)).rejects.toMatchObject({ code: 'FILE_EXISTS' });
  });

  it('keeps the newest ten on-close backups', async () => {
    const path = await makeVaultFile(join(tempDir(), 'v.panelis'), 1);
    const vault = await openVault(path, PASSPHRASE);
    let t = Date.UTC(2026, 10, 23, 8, 0, 0);
    for (let i = 0; i < 13; i++) backupVault(vault, 'close', { now: () => new Date((t += 60_000)) });
    backupVault(vault, 'manual');
    await closeVault(vault);
    const files = readdirSync(defaultBackupDir(path));
    expect(files.filter((f) => f.includes('-close'))).toHaveLength(10);
    expect(files.filter((f) => f.includes('-manual'))).toHaveLength(1);
  });
});

describe('rekey', () => {
  it('changes the passphrase: the old one no longer opens the vault, the new one does, data intact', async () => {
    const path = await makeVaultFile(join(tempDir(), 'v.panelis'), 8);
    const vault = await openVault(path, PASSPHRASE);
    await rekeyVault(vault, 'frasa-baru-yang-panjang');
    await fillVault(vault, 2, 50); // still writable after the rekey
    await closeVault(vault);
    await expect(openVault(path, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const reopened = await openVault(path, 'frasa-baru-yang-panjang');
    const rows = await reopened.db.selectFrom('meta').select('key').where('key', 'like', 'fixture-%').execute();
    expect(rows).toHaveLength(10);
    expect(integrityCheck(reopened).ok).toBe(true);
    expect((await verifyAuditChain(reopened)).ok).toBe(true);
    await closeVault(reopened);
  });
});
