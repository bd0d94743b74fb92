import type { Locator, Page } from '@playwright/test';
import { expect } from '../host-fixture';
import { textbox } from '../support';

/** A person's name as a RegExp (titles carry dots, commas and apostrophes). */
export function nameRegExp(name: string): RegExp {
  return new RegExp(name.replace(/[.,'()]/g, '.'));
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, backwards = false, max = 60): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max && !(await isFocused(target)); i++) await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  await expect(target).toBeFocused();
}

/** "Tambah orang" (committee tab or dashboard) → form → generated one-time password; returns it. */
export async function addPersonUi(page: Page, name: string, role: 'Sekretaris' | 'Anggota'): Promise<string> {
  await page.getByRole('button', { name: 'Tambah orang' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tambah orang' });
  await textbox(dialog, 'Nama lengkap').fill(name);
  await textbox(dialog, 'Jabatan').fill(role === 'Sekretaris' ? 'Sekretaris BKPSDM' : 'Anggota panitia seleksi');
  await dialog.getByRole('radio', { name: role }).check();
  await dialog.getByRole('button', { name: 'Buat otomatis' }).click();
  const oneTime = await textbox(dialog, 'Kata sandi sementara').inputValue();
  await dialog.getByRole('button', { name: 'Tambahkan' }).click();
  await expect(page.getByTestId('one-time-password')).toHaveText(oneTime);
  await page.getByTestId('person-created').getByRole('button', { name: 'Sudah saya catat, tutup' }).click();
  await expect(page.getByTestId('person-created')).toHaveCount(0);
  return oneTime;
}

/** The sign-in screen with the mouse: the person's card, the password, "Masuk". */
export async function signInUi(page: Page, name: string, password: string): Promise<void> {
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await page.getByRole('radio', { name: nameRegExp(name) }).check();
  await textbox(page, 'Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** The sign-in screen by keyboard: Shift+Tab to the person cards, arrows pick, Tab back, type, Enter. */
export async function signInByKeyboard(page: Page, name: string, password: string): Promise<void> {
  const signIn = page.getByTestId('sign-in');
  await expect(signIn).toBeVisible();
  const passwordField = textbox(page, 'Kata sandi');
  await expect(passwordField).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const person = signIn.getByRole('radio', { name: nameRegExp(name) });
  for (let i = 0; i < 10 && (await person.getAttribute('aria-checked')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
  await expect(person).toHaveAttribute('aria-checked', 'true');
  await tabTo(page, passwordField);
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/** First sign-in with a one-time password: it must be replaced at once (by keyboard); ends signed in. */
export async function replaceOneTimePassword(page: Page, name: string, oneTime: string, password: string): Promise<void> {
  await expect(page.getByTestId('password-change')).toBeVisible();
  const current = textbox(page, 'Kata sandi sementara');
  await expect(current).toBeFocused();
  await page.keyboard.type(oneTime);
  await tabTo(page, textbox(page, 'Kata sandi baru'));
  await page.keyboard.type(password);
  await tabTo(page, textbox(page, 'Ulangi kata sandi baru'));
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
}

export async function signOutUi(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  await expect(page.getByTestId('sign-in')).toBeVisible();
}
