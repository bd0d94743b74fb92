import { copyFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { errorMessages, PanelisError, type ErrorCode } from '../../shared/errors';
import { openRaw } from '../../main/vault/native';
import { closeVault, createVault, openVault } from '../../main/vault/vault';
import { decryptSqlcipher4 } from '../helpers/sqlcipher-v4';
import { fileState, PASSPHRASE, useTempDir } from '../helpers/temp';
import { makeVaultFile } from '../helpers/vault-fixtures';

const tempDir = useTempDir();

async function refusal(path: string, passphrase = PASSPHRASE): Promise<ErrorCode> {
  const before = fileState(path);
  let code: ErrorCode | null = null;
  try {
    const v = await openVault(path, passphrase);
    await closeVault(v);
  } catch (e) {
    expect(e).toBeInstanceOf(PanelisError);
    code = (e as PanelisError).code;
    // Both languages, never a raw SQLite message alone.
    expect((e as PanelisError).payload.message.id).not.toBe((e as PanelisError).payload.message.en);
  }
  expect(fileState(path), 'a refused file must be left byte-for-byte as it was').toBe(before);
  expect(existsSync(`${path}-shm`)).toBe(false);
  if (!code) throw new Error('expected the vault to be refused');
  return code;
}

describe('a new vault', () => {
  it('is an SQLCipher 4 file that an independent reader decrypts with the passphrase alone', async () => {
    const path = await makeVaultFile(join(tempDir(), 'komite.panelis'), 5);
    const head = readFileSync(path).subarray(0, 16).toString('latin1');
    expect(head).not.toBe('SQLite format 3\0');
    const plainFile = join(tempDir(), 'plain.sqlite');
    writeFileSync(plainFile, decryptSqlcipher4(path, PASSPHRASE));
    const plain = new BetterSqlite3(plainFile, { readonly: true });
    expect(plain.prepare("select value from meta where key = 'app'").get()).toEqual({ value: 'panelis' });
    expect(plain.prepare('select count(*) as n from audit_events').get()).toEqual({ n: 5 });
    expect(plain.pragma('integrity_check', { simple: true })).toBe('ok');
    plain.close();
  });

  it('is durable: WAL journal and synchronous FULL', async () => {
    const vault = await createVault(join(tempDir(), 'v.panelis'), PASSPHRASE);
    expect(vault.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(vault.raw.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(vault.raw.pragma('auto_vacuum', { simple: true })).toBe(1); // FULL: no stale free pages
    await closeVault(vault);
  });

  it('keeps its data across close and open', async () => {
    const path = await makeVaultFile(join(tempDir(), 'v.panelis'), 3);
    const vault = await openVault(path, PASSPHRASE);
    const rows = await vault.db.selectFrom('meta').select('key').where('key', 'like', 'fixture-%').execute();
    expect(rows).toHaveLength(3);
    await closeVault(vault);
  });

  it('never overwrites an existing file', async () => {
    const path = join(tempDir(), 'exists.panelis');
    writeFileSync(path, 'penting');
    await expect(createVault(path, PASSPHRASE)).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    expect(readFileSync(path, 'utf8')).toBe('penting');
  });
});

describe('opening the wrong thing gives a clear error and changes nothing', () => {
  it('wrong passphrase', async () => {
    const path = await makeVaultFile(join(tempDir(), 'v.panelis'));
    expect(await refusal(path, 'salah-sandi-sekali')).toBe('WRONG_PASSPHRASE');
  });

  it('a missing file', async () => {
    await expect(openVault(join(tempDir(), 'nope.panelis'), PASSPHRASE)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });

  it.each([
    ['a CSV export', 'No Peserta;Nama\n001;Siti Aminah\n'.repeat(300)],
    ['an empty file', ''],
    ['a PDF', `%PDF-1.7\n${'x'.repeat(9000)}`],
    ['an XLSX (zip)', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(8188, 7)])],
  ])('not a vault: %s', async (_label, content) => {
    const path = join(tempDir(), 'file.panelis');
    writeFileSync(path, content);
    expect(await refusal(path)).toBe('NOT_A_VAULT');
  });

  it('not a vault: an unencrypted SQLite database', async () => {
    const path = join(tempDir(), 'plain.panelis');
    const db = new BetterSqlite3(path);
    db.exec('create table t(x); insert into t values (1)');
    db.close();
    expect(await refusal(path)).toBe('NOT_A_VAULT');
  });

  it("not a vault: another application's SQLCipher database with the same passphrase", async () => {
    const path = join(tempDir(), 'other.panelis');
    const db = openRaw(path, PASSPHRASE);
    db.exec('create table notes(x); insert into notes values (1)');
    db.close();
    expect(await refusal(path)).toBe('NOT_A_VAULT');
  });

  it('a truncated file (cut mid-page)', async () => {
    const path = await makeVaultFile(join(tempDir(), 'v.panelis'));
    truncateSync(path, statSync(path).size - 1000);
    expect(await refusal(path)).toBe('VAULT_TRUNCATED');
  });

  it('a truncated file (cut at a page boundary)', async () => {
    const path = await makeVaultFile(join(tempDir(), 'v.panelis'));
    truncateSync(path, statSync(path).size - 4096 * 2);
    expect(['VAULT_TRUNCATED', 'VAULT_DAMAGED']).toContain(await refusal(path));
  });

  it('a flipped byte on the first page looks like a wrong passphrase (SQLCipher cannot tell them apart)', async () => {
    const path = await makeVaultFile(join(tempDir(), 'v.panelis'));
    const bytes = readFileSync(path);
    bytes[2000] = (bytes[2000] ?? 0) ^ 0x01;
    writeFileSync(path, bytes);
    expect(await refusal(path)).toBe('WRONG_PASSPHRASE');
  });

  it('a flipped byte anywhere after the first page is found as damage', async () => {
    const original = await makeVaultFile(join(tempDir(), 'v.panelis'));
    const size = statSync(original).size;
    expect(size / 4096).toBeGreaterThan(8);
    // Positions across the file: page data, the IV and the HMAC of different pages.
    const positions = [4096 + 10, 4096 * 2 + 4000, 4096 * 3 + 4090, Math.floor(size / 2), size - 1, size - 70];
    for (const pos of positions) {
      const path = join(tempDir(), `flip-${pos}.panelis`);
      copyFileSync(original, path);
      const bytes = readFileSync(path);
      bytes[pos] = (bytes[pos] ?? 0) ^ 0x40;
      writeFileSync(path, bytes);
      expect(await refusal(path), `flip at byte ${pos}`).toBe('VAULT_DAMAGED');
    }
  });

  it('every refusal has its own message in both languages', () => {
    const codes: ErrorCode[] = ['WRONG_PASSPHRASE', 'NOT_A_VAULT', 'VAULT_TRUNCATED', 'VAULT_DAMAGED', 'VAULT_TOO_NEW'];
    const texts = new Set(codes.flatMap((c) => [errorMessages[c].id, errorMessages[c].en]));
    expect(texts.size).toBe(codes.length * 2);
  });
});
