import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect } from '../host-fixture';
import { captureScreen } from './screens';
import { tabTo } from './people';

/** Which of the desk's screens to capture on the way. */
export interface Pictures {
  testInfo: TestInfo;
  screens: readonly ('desk-form' | 'desk-conflict' | 'desk-review')[];
}

/** What one member gives: per blind code, one level per criterion (in the rubric's order); `null` = conflict. */
export type Sheet = Map<string, number[] | null>;

function form(page: Page): Locator {
  return page.getByTestId('score-form');
}

/** Dashboard → the selection (Enter) → "Buka meja penilaian" has the focus → Enter: the desk. */
export async function openDeskByKeyboard(page: Page, selection: string, stage: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: selection }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Buka meja penilaian tahap ${stage}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form(page)).toBeVisible();
}

/** Digits on the focused criterion, ArrowDown to the next: each value saved before the next key. */
async function scoreOnForm(page: Page, values: number[]): Promise<void> {
  const rows = form(page).locator('[data-criterion]');
  await expect(rows).toHaveCount(values.length);
  for (const [i, v] of values.entries()) {
    if (i > 0) await page.keyboard.press('ArrowDown');
    const row = rows.nth(i);
    await expect(row).toBeFocused();
    await page.keyboard.press(String(v));
    await expect(row.getByTestId('criterion-status')).toContainText(`Nilai: ${v}`);
    await expect(page.getByTestId('save-state')).toContainText('Tersimpan pukul');
  }
}

/** K on the form: the conflict dialog, by keyboard (Tab to the description, Ctrl+Enter). */
async function declareConflict(page: Page, code: string, reason: string, pictures: Pictures | null): Promise<void> {
  await page.keyboard.press('k');
  const dialog = page.getByRole('dialog', { name: `Konflik kepentingan dengan ${code}` });
  await expect(dialog.getByRole('radio', { name: 'Keluarga' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Hubungan kerja' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Uraian' })).toBeFocused();
  await page.keyboard.type(reason);
  if (pictures?.screens.includes('desk-conflict')) await captureScreen(page, pictures.testInfo, 'desk-conflict');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('desk-queue').locator(`[data-code="${code}"]`)).toHaveAttribute('data-status', 'recused');
}

/**
 * The member's whole sheet by keyboard, in the member's own queue order: values by digit,
 * N to the next applicant, K for a conflict (the desk moves on by itself), R to review,
 * Enter to sign, the password, Enter.
 * Returns the signed sheet's SHA-256.
 */
export async function scoreSheetByKeyboard(
  page: Page,
  sheet: Sheet,
  password: string,
  pictures: Pictures | null,
  conflictReason = '',
): Promise<string> {
  const queue = page.getByTestId('desk-queue');
  const order = await queue.getByTestId('queue-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  expect([...order].sort()).toEqual([...sheet.keys()].sort());
  for (const code of order) {
    if ((await form(page).getAttribute('data-applicant')) !== code) await page.keyboard.press('n');
    await expect(form(page)).toHaveAttribute('data-applicant', code);
    const values = sheet.get(code)!;
    if (values === null) {
      await declareConflict(page, code, conflictReason, pictures);
      await expect(form(page)).not.toHaveAttribute('data-applicant', code);
      continue;
    }
    await expect(form(page).locator('[data-criterion]').first()).toBeFocused();
    await scoreOnForm(page, values);
    await expect(form(page).getByTestId('applicant-status')).toHaveText('Selesai');
    if (pictures?.screens.includes('desk-form') && code === order[0])
      await captureScreen(page, pictures.testInfo, 'desk-form', { fullPage: true });
  }
  await page.keyboard.press('r');
  const review = page.getByTestId('desk-review');
  await expect(review.getByTestId('review-summary')).toContainText('Lembar siap ditandatangani dan dikirim.');
  await expect(review.getByTestId('submit-sheet')).toBeFocused();
  if (pictures?.screens.includes('desk-review')) await captureScreen(page, pictures.testInfo, 'desk-review', { fullPage: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Kata sandi Anda' })).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  const sha = review.getByTestId('sheet-sha');
  await expect(sha).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('sheet-submitted')).toContainText('Nilai Anda terkunci.');
  return (await sha.textContent()) ?? '';
}

/** Keyboard sign-out: Shift+Tab back to "Keluar", Enter. */
export async function signOutByKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await tabTo(page, page.getByRole('button', { name: 'Keluar', exact: true }), true);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sign-in')).toBeVisible();
}
