import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import type { Args, MethodName, Result } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { Host } from './host-fixture';

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

/** One contract call over the host, as the renderer's client makes it (set-up steps of a spec). */
export async function call<M extends MethodName>(page: Page, host: Host, method: M, args: Args<M>): Promise<Result<M>> {
  const response = await page.request.post(`${host.origin}/api`, { headers: { 'x-panelis-token': host.token }, data: { method, args } });
  const body = (await response.json()) as Envelope<Result<M>>;
  if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message.en}`);
  return body.value;
}

/** Signs a person in through the API (first sign-in: the one-time password, then their own). */
export async function signInApi(page: Page, host: Host, personId: string, password: string, oneTime?: string): Promise<void> {
  await call(page, host, 'session.signOut', {});
  if (oneTime) {
    await call(page, host, 'session.signIn', { personId, password: oneTime });
    await call(page, host, 'session.changePassword', { currentPassword: oneTime, newPassword: password, newPasswordRepeat: password });
  } else {
    await call(page, host, 'session.signIn', { personId, password });
  }
}

/** A person's name as an accessible-name pattern (titles' dots, commas and quotes match any character). */
export const nameRegExp = (name: string) => new RegExp(name.replace(/[.,'()]/g, '.'));
