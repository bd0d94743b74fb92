import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { errorMessages } from '../../shared/errors';
import { formatDateLong } from '../../shared/format';
import { expect, test, type Host } from './host-fixture';
import { checkA11y, watchConsole } from './support';

/**
 * The walking skeleton through the real UI in the browser transport: first run, chair,
 * lock, unlock, sign-in, language; plus the refusals a committee will meet on day one.
 */

const COMMITTEE = 'Panitia Seleksi Terbuka JPT Pratama Kabupaten Sleman 2026';
const SLUG = 'panitia-seleksi-terbuka-jpt-pratama';
const PASSPHRASE = 'kopi tubruk di pendopo sleman';
const CHAIR = 'Dr. Siti Rahmawati, S.Sos., M.Si.';
const CHAIR_NIP = '197805122003122001';
const CHAIR_PASSWORD = 'ketua-rahasia-2026';
const SCREENS = join(__dirname, '../../test-results/screens');

/** A text or password field by its accessible name (the label without the required asterisk). */
function field(page: Page, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** Calls the host API directly, for set-up that is not what a test is about. */
async function call(page: Page, host: Host, method: string, args: object): Promise<unknown> {
  const response = await page.request.post(`${host.origin}/api`, {
    headers: { 'content-type': 'application/json', 'x-panelis-token': host.token },
    data: { method, args },
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value;
}

async function setUpVaultByApi(page: Page, host: Host): Promise<string> {
  const path = join(host.home, 'vaults', `${SLUG}.panelis`);
  await call(page, host, 'vault.create', {
    path,
    passphrase: PASSPHRASE,
    passphraseRepeat: PASSPHRASE,
    committeeName: COMMITTEE,
    language: 'id',
  });
  await call(page, host, 'people.setupChair', {
    name: CHAIR,
    nip: CHAIR_NIP,
    password: CHAIR_PASSWORD,
    passwordRepeat: CHAIR_PASSWORD,
  });
  await call(page, host, 'vault.lock', {});
  return path;
}

function todayLong(lang: 'id' | 'en'): string {
  return formatDateLong(new Date().toISOString(), lang, { timeZone: 'Asia/Jakarta' });
}

test('first run, chair, lock, unlock, sign in, language', async ({ page, host }, testInfo) => {
  const problems = watchConsole(page);
  await page.goto(host.url);

  // --- first run: the vault
  const firstRun = page.getByTestId('first-run');
  await expect(firstRun).toBeVisible();
  // The token is taken from the address bar at once and kept out of history.
  await expect(page).not.toHaveURL(/token=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Selamat datang di Panelis');
  await expect(field(page, 'Nama panitia')).toBeFocused();
  await checkA11y(page, testInfo, 'first-run-vault');
  await snap(page, 'first-run-empty');

  await field(page, 'Nama panitia').fill(COMMITTEE);
  const pathField = field(page, 'Lokasi berkas brankas');
  await expect(pathField).toHaveValue(join(host.home, 'vaults', `${SLUG}.panelis`));
  await field(page, 'Frasa sandi brankas').fill(PASSPHRASE);
  await expect(page.getByTestId('strength')).toContainText('Kekuatan frasa sandi:');
  await field(page, 'Ulangi frasa sandi brankas').fill(PASSPHRASE);
  await expect(firstRun.getByText('Frasa sandi yang hilang tidak dapat dipulihkan')).toBeVisible();
  await snap(page, 'first-run-vault');
  await page.getByRole('button', { name: 'Buat brankas' }).click();

  // --- first run: the chair
  await expect(page.getByRole('heading', { name: 'Akun ketua panitia' })).toBeVisible();
  await expect(firstRun.getByText('Langkah 2 dari 2')).toBeVisible();
  await expect(field(page, 'Nama lengkap ketua')).toBeFocused();
  await checkA11y(page, testInfo, 'first-run-chair');
  await field(page, 'Nama lengkap ketua').fill(CHAIR);
  await field(page, 'NIP (tidak wajib)').fill(CHAIR_NIP);
  await field(page, 'Kata sandi ketua').fill(CHAIR_PASSWORD);
  await field(page, 'Ulangi kata sandi ketua').fill(CHAIR_PASSWORD);
  await snap(page, 'first-run-chair');
  // Enter submits the form.
  await field(page, 'Ulangi kata sandi ketua').press('Enter');

  // --- dashboard
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COMMITTEE);
  await expect(page.getByTestId('signed-in-as')).toHaveText(`Masuk sebagai ${CHAIR}`);
  await expect(page.getByRole('banner').getByText('Ketua', { exact: true })).toBeVisible();
  await expect(dashboard.getByText('Belum ada seleksi')).toBeVisible();
  await checkA11y(page, testInfo, 'dashboard');
  await snap(page, 'dashboard');

  // Settings (chair only): auto-lock minutes, and a backup.
  const minutes = field(page, 'Kunci otomatis setelah tidak digunakan (menit)');
  await expect(minutes).toHaveValue('10');
  await minutes.fill('15');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Tersimpan: brankas dikunci otomatis setelah 15 menit tanpa aktivitas.')).toBeVisible();
  await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
  const backup = page.getByTestId('backup-result');
  await expect(backup).toContainText('Cadangan tersimpan');
  await expect(backup).toContainText(/\d+(,\d)? (B|KB|MB)/);
  await checkA11y(page, testInfo, 'dashboard-after-backup');
  await snap(page, 'dashboard-backup');

  // --- lock, then the unlock screen lists the vault
  await page.getByRole('button', { name: 'Kunci sekarang' }).click();
  const unlock = page.getByTestId('unlock-screen');
  await expect(unlock).toBeVisible();
  const card = page.getByRole('radio', { name: new RegExp(COMMITTEE) });
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('aria-checked', 'true');
  await expect(card).toContainText(`${SLUG}.panelis`);
  await expect(card).toContainText(`Terakhir dibuka ${todayLong('id')}`);
  await expect(unlock.getByTestId('idle-notice')).toHaveCount(0);
  await expect(field(page, 'Frasa sandi brankas')).toBeFocused();
  await checkA11y(page, testInfo, 'unlock');
  await snap(page, 'unlock');

  await field(page, 'Frasa sandi brankas').fill(PASSPHRASE);
  await field(page, 'Frasa sandi brankas').press('Enter');

  // --- sign in as the chair (the only person, so already chosen)
  const signIn = page.getByTestId('sign-in');
  await expect(signIn).toBeVisible();
  const chairCard = page.getByRole('radio', { name: new RegExp(CHAIR.replace(/[.,]/g, '.')) });
  await expect(chairCard).toContainText('Ketua');
  await expect(chairCard).toHaveAttribute('aria-checked', 'true');
  await checkA11y(page, testInfo, 'sign-in');
  await snap(page, 'sign-in');
  await field(page, 'Kata sandi').fill('bukan-kata-sandinya');
  await field(page, 'Kata sandi').press('Enter');
  await expect(signIn.getByTestId('error-alert')).toContainText(errorMessages.WRONG_PASSWORD.id);
  await checkA11y(page, testInfo, 'sign-in-wrong-password');
  await field(page, 'Kata sandi').fill(CHAIR_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(dashboard).toBeVisible();
  await expect(minutes).toHaveValue('15');

  // Sign out returns to the sign-in screen with the vault still open.
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(signIn).toBeVisible();
  await field(page, 'Kata sandi').fill(CHAIR_PASSWORD);
  await field(page, 'Kata sandi').press('Enter');
  await expect(dashboard).toBeVisible();

  // --- English, remembered across a reload and after locking
  await page.getByRole('radiogroup', { name: 'Bahasa tampilan' }).getByText('English').click();
  await expect(dashboard.getByText('No selections yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Chair', { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await checkA11y(page, testInfo, 'dashboard-en');
  await snap(page, 'dashboard-en');

  await page.reload();
  await expect(dashboard.getByText('No selections yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(unlock).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a vault');
  await expect(card).toContainText(`Last opened ${todayLong('en')}`);
  await snap(page, 'unlock-en');
  expect(problems).toEqual([]);
});

test('a wrong passphrase is refused in Indonesian and the unlock screen stays', async ({ page, host }, testInfo) => {
  const problems = watchConsole(page);
  const path = await setUpVaultByApi(page, host);
  await page.goto(host.url);
  const unlock = page.getByTestId('unlock-screen');
  await expect(unlock).toBeVisible();

  const passphrase = field(page, 'Frasa sandi brankas');
  await passphrase.fill('ini bukan frasa sandinya');
  await page.getByRole('button', { name: 'Buka brankas' }).click();

  const alert = page.getByTestId('error-alert');
  await expect(alert).toContainText(errorMessages.WRONG_PASSPHRASE.id);
  await expect(unlock).toBeVisible();
  await expect(page.getByTestId('sign-in')).toHaveCount(0);
  await expect(passphrase).toHaveValue('');
  await checkA11y(page, testInfo, 'unlock-wrong-passphrase');
  await snap(page, 'unlock-wrong-passphrase');

  // The right one still works afterwards: nothing was damaged by the failed attempt.
  await passphrase.fill(PASSPHRASE);
  await passphrase.press('Enter');
  await expect(page.getByTestId('sign-in')).toBeVisible();
  expect(existsSync(path)).toBe(true);
  expect(problems).toEqual([]);
});

test('mismatched or short passphrases are refused before anything is created', async ({ page, host }, testInfo) => {
  const problems = watchConsole(page);
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api') && request.method() === 'POST') {
      const body = request.postDataJSON() as { method?: string } | null;
      if (body?.method) calls.push(body.method);
    }
  });
  await page.goto(host.url);
  await expect(page.getByTestId('first-run')).toBeVisible();

  await field(page, 'Nama panitia').fill(COMMITTEE);
  await field(page, 'Frasa sandi brankas').fill(PASSPHRASE);
  await field(page, 'Ulangi frasa sandi brankas').fill(`${PASSPHRASE}!`);
  await page.getByRole('button', { name: 'Buat brankas' }).click();
  await expect(page.getByText('Kedua frasa sandi tidak sama.')).toBeVisible();
  await expect(field(page, 'Ulangi frasa sandi brankas')).toHaveAttribute('aria-invalid', 'true');
  await checkA11y(page, testInfo, 'first-run-mismatch');
  await snap(page, 'first-run-mismatch');

  await field(page, 'Frasa sandi brankas').fill('pendek');
  await field(page, 'Ulangi frasa sandi brankas').fill('pendek');
  await page.getByRole('button', { name: 'Buat brankas' }).click();
  await expect(page.getByText('Frasa sandi minimal 10 karakter.')).toBeVisible();

  await field(page, 'Frasa sandi brankas').fill('1234567890');
  await field(page, 'Ulangi frasa sandi brankas').fill('1234567890');
  await page.getByRole('button', { name: 'Buat brankas' }).click();
  await expect(page.getByText('Frasa sandi ini mudah ditebak.', { exact: false })).toBeVisible();

  await expect(page.getByTestId('first-run')).toBeVisible();
  expect(calls).not.toContain('vault.create');
  const vaults = join(host.home, 'vaults');
  expect(existsSync(vaults) ? readdirSync(vaults) : []).toEqual([]);
  expect(problems).toEqual([]);
});

test('an idle vault locks itself and the unlock screen says why', async ({ page, host }, testInfo) => {
  const problems = watchConsole(page);
  test.setTimeout(180_000);
  await setUpVaultByApi(page, host);
  await call(page, host, 'vault.unlock', {
    path: join(host.home, 'vaults', `${SLUG}.panelis`),
    passphrase: PASSPHRASE,
  });
  await page.goto(host.url);
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await field(page, 'Kata sandi').fill(CHAIR_PASSWORD);
  await field(page, 'Kata sandi').press('Enter');
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await field(page, 'Kunci otomatis setelah tidak digunakan (menit)').fill('1');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('setelah 1 menit tanpa aktivitas')).toBeVisible();

  // Hands off: only the 5-second status polls run, and they do not count as activity.
  const unlock = page.getByTestId('unlock-screen');
  await expect(unlock).toBeVisible({ timeout: 150_000 });
  await expect(unlock.getByTestId('idle-notice')).toContainText('Brankas dikunci otomatis');
  // Nothing of the session is left on screen.
  await expect(page.getByTestId('dashboard')).toHaveCount(0);
  await checkA11y(page, testInfo, 'unlock-idle');
  await snap(page, 'unlock-idle');
  expect(problems).toEqual([]);
});
