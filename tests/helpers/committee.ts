import { join } from 'node:path';
import { testApp, testClock } from './api-client';
import { PASSPHRASE } from './temp';

/**
 * A vault with a chair signed in, as every set-up test starts. `as(name)` switches the
 * signed-in person (first sign-in changes the one-time password, as the app forces).
 */
export async function committeeVault(home: string) {
  const clock = testClock();
  const t = testApp({ home, now: clock.now });
  const path = join(home, 'pansel.panelis');
  await t.call('vault.create', {
    path,
    passphrase: PASSPHRASE,
    passphraseRepeat: PASSPHRASE,
    committeeName: 'Pansel JPT Provinsi Jambi',
    language: 'id',
  });
  const chair = await t.call('people.setupChair', {
    name: 'Dr. H. Ahmad Fauzi, M.Si.',
    nip: '196801011990031001',
    password: 'rahasia-ketua',
    passwordRepeat: 'rahasia-ketua',
  });
  const passwords = new Map<string, string>([[chair.personId, 'rahasia-ketua']]);

  async function addPerson(name: string, role: 'chair' | 'secretary' | 'member' | 'observer') {
    const p = await t.call('people.add', { name, nip: '', position: 'Pejabat', role, initialPassword: `sementara-${name.length}` });
    passwords.set(p.personId, `sementara-${name.length}`);
    return p;
  }

  async function as(personId: string) {
    await t.call('session.signOut', {});
    const s = await t.call('session.signIn', { personId, password: passwords.get(personId)! });
    if (s.mustChangePassword) {
      const next = `baru-${personId.slice(0, 8)}`;
      await t.call('session.changePassword', { currentPassword: passwords.get(personId)!, newPassword: next, newPasswordRepeat: next });
      passwords.set(personId, next);
    }
    return s;
  }

  return { ...t, clock, path, chair, passwords, addPerson, as };
}
