import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBackupDir } from '../../main/vault/vault';
import { CallFailed, testApp, testClock } from '../helpers/api-client';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function expectCode(p: Promise<unknown>, code: string): Promise<void> {
  await expect(p).rejects.toBeInstanceOf(CallFailed);
  await p.catch((e: CallFailed) => expect(e.error.code).toBe(code));
}

async function newVault(home: string, clock = testClock()) {
  const t = testApp({ home, now: clock.now });
  const path = join(home, 'vaults', 'pansel.panelis');
  await t.call('vault.create', {
    path,
    passphrase: PASSPHRASE,
    passphraseRepeat: PASSPHRASE,
    committeeName: 'Pansel JPT Provinsi Jambi',
    language: 'id',
  });
  const chair = await t.call('people.setupChair', {
    name: 'Dr. Hj. Siti Aminah, M.Si.',
    nip: '197001012000032001',
    password: 'rahasia-ketua',
    passwordRepeat: 'rahasia-ketua',
  });
  return { ...t, path, chair, clock };
}

describe('first run to sign-in, through the dispatcher', () => {
  it('creates a vault and its chair, locks, unlocks, signs in, and remembers the language per vault', async () => {
    const home = tempDir();
    const { call, path, chair } = await newVault(home);
    let status = await call('app.status', {});
    expect(status.vault).toMatchObject({
      fileName: 'pansel.panelis',
      committeeName: 'Pansel JPT Provinsi Jambi',
      language: 'id',
      idleMinutes: 10,
      hasPeople: true,
    });
    expect(status.session).toEqual(chair);

    status = await call('app.setLanguage', { language: 'en' });
    expect(status.language).toBe('en');
    status = await call('vault.lock', {});
    expect(status.vault).toBeNull();
    expect(status.session).toBeNull();
    expect(status.recent[0]).toMatchObject({ path, language: 'en', committeeName: 'Pansel JPT Provinsi Jambi' });

    await expectCode(call('session.people', {}), 'VAULT_LOCKED');
    await expectCode(call('vault.unlock', { path, passphrase: 'salah-frasa-sandi' }), 'WRONG_PASSPHRASE');
    status = await call('vault.unlock', { path, passphrase: PASSPHRASE });
    expect(status.vault?.language).toBe('en');
    expect(status.session).toBeNull();

    const people = await call('session.people', {});
    expect(people).toEqual([{ id: chair.personId, name: chair.name, role: 'chair' }]);
    await expectCode(call('vault.backup', {}), 'NOT_SIGNED_IN');
    await expectCode(call('session.signIn', { personId: chair.personId, password: 'salah' }), 'WRONG_PASSWORD');
    const session = await call('session.signIn', { personId: chair.personId, password: 'rahasia-ketua' });
    expect(session.role).toBe('chair');

    const check = await call('vault.check', {});
    expect(check.integrity).toBe(true);
    expect(check.audit.ok).toBe(true);
    expect(check.audit.events).toBeGreaterThanOrEqual(5);
  });

  it('refuses a second chair, a second open vault, and mismatched or weak passphrases (creating nothing)', async () => {
    const home = tempDir();
    const { call } = await newVault(home);
    await expectCode(
      call('people.setupChair', { name: 'Orang Lain', nip: '', password: 'rahasia-lain', passwordRepeat: 'rahasia-lain' }),
      'ALREADY_SET_UP',
    );
    const other = join(home, 'other.panelis');
    await expectCode(
      call('vault.create', { path: other, passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, committeeName: 'Lain', language: 'id' }),
      'VAULT_ALREADY_OPEN',
    );
    await call('vault.lock', {});
    await expectCode(
      call('vault.create', {
        path: other,
        passphrase: PASSPHRASE,
        passphraseRepeat: `${PASSPHRASE}x`,
        committeeName: 'Lain',
        language: 'id',
      }),
      'PASSPHRASE_MISMATCH',
    );
    await expectCode(
      call('vault.create', { path: other, passphrase: 'pendek', passphraseRepeat: 'pendek', committeeName: 'Lain', language: 'id' }),
      'WEAK_PASSPHRASE',
    );
    expect(existsSync(other)).toBe(false);
    expect(existsSync(`${other}.panelis`)).toBe(false);
  });

  it('locks itself after the idle time, drops the session, and takes an on-close backup', async () => {
    const home = tempDir();
    const clock = testClock();
    const { call, path } = await newVault(home, clock);
    clock.advance(9 * 60_000);
    await call('app.activity', {}); // the person is still there
    clock.advance(9 * 60_000);
    // Status polls do not count as activity...
    expect((await call('app.status', {})).vault).not.toBeNull();
    clock.advance(2 * 60_000);
    // ...and once ten minutes pass without activity the vault is locked.
    const status = await call('app.status', {});
    expect(status.vault).toBeNull();
    expect(status.session).toBeNull();
    expect(status.lockedBecause).toBe('idle');
    expect(readdirSync(defaultBackupDir(path)).some((f) => f.includes('-close'))).toBe(true);
  });

  it('the chair sets the idle time; a shorter one takes effect at once', async () => {
    const clock = testClock();
    const { call } = await newVault(tempDir(), clock);
    expect((await call('settings.setIdleMinutes', { minutes: 2 })).vault?.idleMinutes).toBe(2);
    clock.advance(2 * 60_000 + 1);
    expect((await call('app.status', {})).lockedBecause).toBe('idle');
  });

  it('backs up on demand and changes the passphrase (with the current one)', async () => {
    const { call, path } = await newVault(tempDir());
    const backup = await call('vault.backup', {});
    expect(existsSync(backup.file)).toBe(true);
    await expectCode(
      call('vault.rekey', {
        currentPassphrase: 'bukan-yang-ini',
        newPassphrase: 'frasa-sandi-baru-1',
        newPassphraseRepeat: 'frasa-sandi-baru-1',
      }),
      'WRONG_PASSPHRASE',
    );
    await call('vault.rekey', {
      currentPassphrase: PASSPHRASE,
      newPassphrase: 'frasa-sandi-baru-1',
      newPassphraseRepeat: 'frasa-sandi-baru-1',
    });
    await call('vault.lock', {});
    await expectCode(call('vault.unlock', { path, passphrase: PASSPHRASE }), 'WRONG_PASSPHRASE');
    expect((await call('vault.unlock', { path, passphrase: 'frasa-sandi-baru-1' })).vault).not.toBeNull();
  });
});
