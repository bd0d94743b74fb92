import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** Screenshots of every screen, for people to look at (test-results/screens). */
export const SCREENS = join(__dirname, '../../test-results/screens');

export async function saveScreenshot(page: Page, file: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${file}.png`), fullPage });
}

/** No serious or critical axe violations on the screen as it is now. */
export async function checkA11y(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // Judge the resting colours, not whichever button the pointer happens to hover.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    await testInfo.attach(`axe-${name}`, { body: JSON.stringify(bad, null, 2), contentType: 'application/json' });
  }
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${name}`,
  ).toEqual([]);
}

/** Page errors and console errors seen during a test (a CSP violation shows up here). */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  return problems;
}

/** A text box by its exact accessible name. */
export function textbox(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('textbox', { name, exact: true });
}

/** First run through the UI: the vault, then the chair account; ends on the dashboard. */
export async function createVaultAndChair(
  page: Page,
  who: { committee: string; passphrase: string; chair: string; chairPassword: string },
): Promise<void> {
  await expect(page.getByTestId('first-run')).toBeVisible();
  await textbox(page, 'Nama panitia').fill(who.committee);
  await textbox(page, 'Frasa sandi brankas').fill(who.passphrase);
  await textbox(page, 'Ulangi frasa sandi brankas').fill(who.passphrase);
  await page.getByRole('button', { name: 'Buat brankas' }).click();
  await textbox(page, 'Nama lengkap ketua').fill(who.chair);
  await textbox(page, 'Kata sandi ketua').fill(who.chairPassword);
  await textbox(page, 'Ulangi kata sandi ketua').fill(who.chairPassword);
  await page.getByRole('button', { name: 'Buat akun ketua dan masuk' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
}
