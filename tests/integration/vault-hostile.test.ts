/**
 * The vault file under unlucky conditions (issue 14, point 5): a second writer, a read-only
 * file or folder, a full disk, and backups or restores that fail. Each ends in a typed error
 * in both languages that says what to do, and nothing is written.
 *
 * The read-only and full-disk cases need a file system that really refuses: as root (CI and
 * this machine run tests as root, and permission bits do not stop root) they use a
 * read-only bind mount, an immutable file (`chattr +i`) and a small tmpfs; as another user,
 * permission bits for read-only, and the full-disk cases are skipped with the reason.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { vaultBackup, vaultCheck } from '../../main/cli/vault-commands';
import { closeVault, createVault, integrityCheck, openVault, openVaultReadOnly, restoreBackup, backupVault } from '../../main/vault/vault';
import { writerLockPath } from '../../main/vault/writer-lock';
import { errorMessages, PanelisError } from '../../shared/errors';
import { failure, testApp } from '../helpers/api-client';
import { committeeVault } from '../helpers/committee';
import { fileState, PASSPHRASE, useTempDir } from '../helpers/temp';

const ROOT = resolve(__dirname, '../..');
const HOLDER = join(ROOT, 'tests/helpers/vault-holder.ts');
const tempDir = useTempDir('panelis-hostile-');
const isRoot = process.getuid?.() === 0;

function sh(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** Can this process mount (root on Linux)? Tried once, on a throw-away folder. */
const canMount = (() => {
  if (!isRoot || process.platform !== 'linux') return false;
  const dir = join(ROOT, 'node_modules', '.panelis-mount-probe');
  mkdirSync(dir, { recursive: true });
  const ok = sh('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  if (ok) sh('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
  return ok;
})();
const mounted: string[] = [];
afterEach(() => {
  for (const m of mounted.splice(0).reverse()) if (!sh('umount', [m])) sh('umount', ['-l', m]);
});

async function code(p: Promise<unknown> | (() => unknown)): Promise<PanelisError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof PanelisError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

function bilingual(e: PanelisError): void {
  expect(e.payload.message.id).not.toBe(e.payload.message.en);
  expect(e.payload.message.en).not.toMatch(/\{\w+\}/);
}

describe('one writer per vault', () => {
  let child: ChildProcess | null = null;
  afterEach(() => {
    child?.kill('SIGKILL');
    child = null;
  });

  function hold(vault: string): Promise<number> {
    return new Promise((resolvePromise, reject) => {
      child = spawn(process.execPath, ['--import', 'tsx', HOLDER, tempDir(), vault, PASSPHRASE], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^held (\d+)$/m.exec(out);
        if (m) resolvePromise(Number(m[1]));
        if (out.includes('refused')) reject(new Error(out));
      });
      child.on('exit', (c) => reject(new Error(`holder exited (${c}): ${out}${err}`)));
    });
  }

  it("refuses a second Panelis (app, CLI) with the holder's process id; vault check still reads; a killed holder frees it", async () => {
    const path = join(tempDir(), 'satu.panelis');
    await closeVault(await createVault(path, PASSPHRASE));
    const pid = await hold(path);

    const refused = await code(openVault(path, PASSPHRASE));
    expect(refused.code).toBe('VAULT_IN_USE');
    expect(refused.details.pid).toBe(pid);
    expect(refused.payload.message.en).toContain(`already open in Panelis on this computer (process ${pid})`);
    expect(refused.payload.message.id).toContain(`proses ${pid}`);
    bilingual(refused);

    // The app: a typed answer, and this Panelis stays usable (no vault attached).
    const t = testApp({ home: tempDir() });
    expect(await failure(t.call('vault.unlock', { path, passphrase: PASSPHRASE }))).toBe('VAULT_IN_USE');
    expect((await t.call('app.status', {})).vault).toBeNull();
    const lines: string[] = [];
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;
    try {
      // A CLI writer.
      expect((await code(vaultBackup([path, join(tempDir(), 'b.panelis')], { out: () => undefined, json: true, flags: {} }))).code).toBe(
        'VAULT_IN_USE',
      );
      // Readers are not writers: `vault check` reads beside the running Panelis.
      expect(await vaultCheck([path], { out: (l) => lines.push(l), json: true, flags: {} })).toBe(0);
    } finally {
      delete process.env.PANELIS_PASSPHRASE;
    }
    expect(JSON.parse(lines[0]!)).toMatchObject({ ok: true });

    // A crashed holder leaves no stale lock: the operating system dropped it with the process.
    child!.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    child = null;
    const v = await openVault(path, PASSPHRASE);
    expect(existsSync(writerLockPath(path))).toBe(true);
    await closeVault(v);
    await t.app.close();
  }, 30_000);

  it('one process may open its own vault twice; the lock goes with the last close', async () => {
    const path = join(tempDir(), 'dua.panelis');
    const a = await createVault(path, PASSPHRASE);
    const b = await openVault(path, PASSPHRASE);
    await closeVault(a);
    await closeVault(b);
    await closeVault(await openVault(path, PASSPHRASE));
  });
});

describe('a read-only vault file or folder', () => {
  it('an unwritable vault file is reported as read-only, not damaged, and left as it was', async () => {
    const path = join(tempDir(), 'ro.panelis');
    await closeVault(await createVault(path, PASSPHRASE));
    if (isRoot) {
      if (!sh('chattr', ['+i', path])) return void console.info('skipped: chattr +i is not available on this file system');
    } else {
      chmodSync(path, 0o444);
    }
    try {
      const before = fileState(path);
      const e = await code(openVault(path, PASSPHRASE));
      expect(e.code).toBe('VAULT_READ_ONLY');
      expect(e.payload.message.en).toContain('Nothing was saved');
      expect(String(e.details.reason)).toMatch(/EPERM|EACCES|EROFS/);
      bilingual(e);
      expect(fileState(path)).toBe(before);
      // Still readable: the check works on it.
      const r = openVaultReadOnly(path, PASSPHRASE);
      expect(integrityCheck(r).ok).toBe(true);
      await closeVault(r);
    } finally {
      if (isRoot) sh('chattr', ['-i', path]);
      else chmodSync(path, 0o644);
    }
  });

  it.skipIf(!canMount && isRoot)(
    'a vault in a read-only folder is reported as read-only, not "damaged… restore it from a backup"',
    async () => {
      const src = tempDir();
      const path = join(src, 'ro.panelis');
      await closeVault(await createVault(path, PASSPHRASE));
      const listed = readdirSync(src);
      let dir = src;
      if (isRoot) {
        dir = tempDir();
        expect(sh('mount', ['--bind', src, dir])).toBe(true);
        mounted.push(dir);
        expect(sh('mount', ['-o', 'remount,bind,ro', dir])).toBe(true);
      } else {
        chmodSync(src, 0o555);
      }
      try {
        const e = await code(openVault(join(dir, 'ro.panelis'), PASSPHRASE));
        expect(e.code).toBe('VAULT_READ_ONLY');
        expect(e.payload.message.en).not.toContain('damaged');
        bilingual(e);
        const t = testApp({ home: tempDir() });
        expect(await failure(t.call('vault.unlock', { path: join(dir, 'ro.panelis'), passphrase: PASSPHRASE }))).toBe('VAULT_READ_ONLY');
        expect(readdirSync(dir)).toEqual(listed);
      } finally {
        if (!isRoot) chmodSync(src, 0o755);
      }
    },
  );
});

/** Fills the file system holding `dir` to the last byte; returns the filler's path. */
function fill(dir: string): string {
  const filler = join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  try {
    for (const size of [256 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x5a);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch {
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return filler;
}

describe.skipIf(!canMount)(`a full disk${canMount ? '' : ' (skipped: mounting a small tmpfs needs root on Linux)'}`, () => {
  function smallDisk(mb: number): string {
    const dir = tempDir();
    expect(sh('mount', ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', dir])).toBe(true);
    mounted.push(dir);
    return dir;
  }

  it('a save on a full disk is VAULT_DISK_FULL with the SQLite cause, nothing of it is saved, and every earlier save is', async () => {
    const disk = smallDisk(8);
    const c = await committeeVault(disk);
    const selection = await c.call('selection.create', { template: null, title: 'Seleksi Disk Penuh' });
    const filler = fill(disk);
    let saved = 0;
    let refusal: Awaited<ReturnType<typeof c.raw>> | null = null;
    for (let i = 0; i < 2000 && !refusal; i++) {
      const answer = await c.raw('applicants.add', {
        selectionId: selection.id,
        applicant: {
          registrationNumber: `DP-${String(i).padStart(5, '0')}`,
          name: `Pelamar ${i} ${'x'.repeat(200)}`,
          nik: `5371010101${String(i).padStart(6, '0')}`,
          education: 'S1',
        },
      });
      if (answer.ok) saved++;
      else refusal = answer;
    }
    expect(refusal, 'the disk filled up').not.toBeNull();
    expect(refusal).toMatchObject({ ok: false, error: { code: 'VAULT_DISK_FULL' } });
    if (refusal && !refusal.ok) {
      expect(refusal.error.message.en).toContain('SQLITE_FULL');
      expect(refusal.error.message.en).toContain('Nothing was saved');
      expect(refusal.error.message.id).toContain('Tidak ada yang disimpan');
    }

    // A backup on the full disk: a typed error and no partial or empty file.
    const backups = `${c.path}.backups`;
    const before = existsSync(backups) ? readdirSync(backups) : [];
    expect(await failure(c.call('vault.backup', {}))).toBe('BACKUP_DISK_FULL');
    expect(existsSync(backups) ? readdirSync(backups) : []).toEqual(before);

    await c.app.close(); // its lock event and backup cannot be written either; it still closes
    rmSync(filler);
    const t = testApp({ home: tempDir() });
    await t.call('vault.unlock', { path: c.path, passphrase: PASSPHRASE });
    await t.call('session.signIn', { personId: c.chair.personId, password: c.passwords.get(c.chair.personId)! });
    const list = await t.call('applicants.list', { selectionId: selection.id, query: '', status: 'all', offset: 0, limit: 1 });
    expect(list.total).toBe(saved);
    const check = await t.call('vault.check', {});
    expect([check.integrity, check.audit.ok]).toEqual([true, true]);
    await t.app.close();
  }, 60_000);

  it('a restore onto a full disk fails with a typed error and leaves no partial file', async () => {
    const path = join(tempDir(), 'src.panelis');
    const vault = await createVault(path, PASSPHRASE);
    const backup = backupVault(vault, 'manual', {}, join(tempDir(), 'cadangan.panelis'));
    await closeVault(vault);
    const disk = smallDisk(1);
    fill(disk);
    const target = join(disk, 'pulih.panelis');
    const e = await code(restoreBackup(backup.file, target, PASSPHRASE));
    expect(['VAULT_DISK_FULL', 'BACKUP_DISK_FULL']).toContain(e.code);
    bilingual(e);
    expect(readdirSync(disk)).toEqual(['filler.bin']);
  });
});

describe('the new messages', () => {
  it('each says what to do, in both languages', () => {
    for (const c of [
      'VAULT_IN_USE',
      'VAULT_READ_ONLY',
      'VAULT_DISK_FULL',
      'VAULT_WRITE_FAILED',
      'BACKUP_DISK_FULL',
      'BACKUP_NOT_WRITABLE',
      'REQUEST_TOO_LARGE',
      'HOST_BUSY',
      'BAD_HOST_HEADER',
    ] as const) {
      expect(errorMessages[c].id).not.toBe(errorMessages[c].en);
      expect(errorMessages[c].en).toMatch(/try again|then|Choose|Open|Give|Wait/);
    }
  });
});
