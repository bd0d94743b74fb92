import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Args, MethodName, Result } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { expect, test, type Host } from './host-fixture';
import { checkA11y, saveScreenshot, watchConsole } from './support';

/**
 * "Input hasil": the secretary's way to get a CPNS selection's non-panel stages into the
 * results. Set-up through the API (vault, chair, CPNS selection, five applicants); then in
 * the UI: MS/TMS by keyboard (M, T + reason + Enter), "all remaining MS" with its count, an
 * SKD file from Excel (semicolons) with a bad row first, then the corrected file, the result
 * options; the results change accordingly. Axe-clean.
 */

const PASSPHRASE = 'frasa-sandi-uji-panjang';
const CHAIR = { name: 'Dr. H. Ahmad Fauzi, M.Si.', password: 'rahasia-ketua' };

async function call<M extends MethodName>(page: Page, host: Host, method: M, args: Args<M>): Promise<Result<M>> {
  const response = await page.request.post(`${host.origin}/api`, { headers: { 'x-panelis-token': host.token }, data: { method, args } });
  const body = (await response.json()) as Envelope<Result<M>>;
  if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message.en}`);
  return body.value;
}

const csv = (header: string, rows: string[]) => `\ufeff${[header, ...rows].join('\r\n')}\r\n`;

test('record MS/TMS by keyboard, all remaining MS, import a CAT SKD file, choose options; results follow', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await call(page, host, 'vault.create', {
    path: join(host.home, 'cpns.panelis'),
    passphrase: PASSPHRASE,
    passphraseRepeat: PASSPHRASE,
    committeeName: 'Panitia CPNS',
    language: 'id',
  });
  await call(page, host, 'people.setupChair', { name: CHAIR.name, nip: '', password: CHAIR.password, passwordRepeat: CHAIR.password });
  const sel = await call(page, host, 'selection.create', { template: 'cpns', title: 'CPNS Kabupaten Muaro Jambi 2026' });
  const names = ['Siti Aminah', 'Budi Santoso', 'Citra Lestari', 'Dedi Kurniawan', 'Eka Putri'];
  for (const [i, name] of names.entries()) {
    await call(page, host, 'applicants.add', { selectionId: sel.id, applicant: { registrationNumber: `2026-00${i + 1}`, name } });
  }
  const skd = sel.setup.stages.find((s) => s.name === 'SKD')!;
  const before = await call(page, host, 'results.get', { selectionId: sel.id });
  expect(before.stages.map((s) => s.status)).toEqual(['gateNotRecorded', 'notImported', 'notImported']);

  await page.goto(`${host.origin}/`);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.getByRole('button', { name: 'CPNS Kabupaten Muaro Jambi 2026' }).click();
  await page.getByRole('tab', { name: 'Input hasil' }).click();
  const tab = page.getByTestId('inputs-tab');
  await expect(tab).toBeVisible();

  // --- MS/TMS by keyboard.
  const gateCard = tab.locator('[data-testid^="gate-card-"]');
  await expect(gateCard.getByTestId('gate-counts')).toHaveText('MS 0 · TMS 0 · belum diputuskan 5');
  await gateCard.getByRole('button', { name: 'Catat MS/TMS' }).click();
  const row = (reg: string) => gateCard.getByTestId(`gate-row-${reg}`);
  await row('2026-001').focus();
  await page.keyboard.press('m');
  await expect(row('2026-001')).toHaveAttribute('data-decision', 'MS');
  // Focus moved on to the next row: T asks for the reason.
  await page.keyboard.press('t');
  const reason = gateCard.getByRole('textbox', { name: 'Alasan TMS untuk 2026-002' });
  await expect(reason).toBeFocused();
  // Enter with no reason: main refuses, nothing recorded.
  await page.keyboard.press('Enter');
  await expect(gateCard.getByTestId('error-alert')).toContainText('TMS memerlukan alasan');
  await reason.fill('Ijazah tidak sesuai formasi');
  await page.keyboard.press('Enter');
  await expect(row('2026-002')).toHaveAttribute('data-decision', 'TMS');
  await expect(row('2026-002')).toContainText('Ijazah tidak sesuai formasi');
  await expect(gateCard.getByTestId('gate-counts')).toHaveText('MS 1 · TMS 1 · belum diputuskan 3');
  // After the reason, the focus is on the next row: M again; then up and Delete takes it back, M once more.
  await expect(row('2026-003')).toBeFocused();
  await page.keyboard.press('m');
  await expect(row('2026-003')).toHaveAttribute('data-decision', 'MS');
  await page.keyboard.press('ArrowUp');
  await expect(row('2026-003')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(row('2026-003')).toHaveAttribute('data-decision', 'none');
  await page.keyboard.press('m');
  await expect(row('2026-003')).toHaveAttribute('data-decision', 'MS');
  await expect(gateCard.getByTestId('gate-counts')).toHaveText('MS 2 · TMS 1 · belum diputuskan 2');
  await checkA11y(page, testInfo, 'inputs-gate');
  await saveScreenshot(page, 'inputs-gate');

  await gateCard.getByTestId('gate-bulk').click();
  const dialog = page.getByRole('dialog', { name: 'Tetapkan MS untuk semua yang belum diputuskan?' });
  await expect(dialog).toContainText('2 pelamar yang belum diputuskan');
  await dialog.getByRole('button', { name: 'Tetapkan 2 MS' }).click();
  await expect(dialog).toBeHidden();
  await expect(gateCard.getByTestId('gate-counts')).toHaveText('MS 4 · TMS 1 · belum diputuskan 0');
  await expect(row('2026-005')).toHaveAttribute('data-decision', 'MS');

  // --- SKD from CAT BKN: a bad file first (every problem by row, nothing written), then the right one.
  const skdCard = tab.getByTestId(`external-card-${skd.id}`);
  await skdCard.getByTestId('external-import').click();
  const bad = join(host.home, 'skd-salah.csv');
  writeFileSync(
    bad,
    csv('No Peserta;Nama;TWK;TIU;TKP', ['2026-001;Siti;100;120;180', '2026-009;X;100;120;180', '2026-003;Citra;160;100;170']),
  );
  await skdCard.getByTestId('scores-file-input').setInputFiles(bad);
  await skdCard.getByTestId('scores-check').click();
  await expect(skdCard.getByTestId('scores-summary')).toHaveText('3 baris, 1 dapat diimpor, 2 masalah.');
  const problemsList = skdCard.getByTestId('scores-problems');
  await expect(problemsList).toContainText('Baris 3');
  await expect(problemsList).toContainText('Nomor peserta 2026-009 tidak terdaftar');
  await expect(problemsList).toContainText('Nilai TWK 160 di luar skala 0–150.');
  await expect(skdCard.getByTestId('scores-commit')).toBeDisabled();
  await checkA11y(page, testInfo, 'inputs-import-problems');

  const good = join(host.home, 'hasil-skd.csv');
  writeFileSync(
    good,
    csv('No Peserta;Nama;TWK;TIU;TKP', [
      '2026-001;Siti;100;120;180',
      '2026-002;Budi;90;90;190',
      '2026-003;Citra;60;150;200',
      '2026-004;Dedi;120;100;170',
      '2026-005;Eka;110;130;200',
    ]),
  );
  await skdCard.getByTestId('scores-file-input').setInputFiles(good);
  await skdCard.getByTestId('scores-check').click();
  await expect(skdCard.getByTestId('scores-summary')).toHaveText('5 baris, 5 dapat diimpor, 0 masalah.');
  await expect(skdCard.getByTestId('scores-sample')).toContainText('2026-005');
  await saveScreenshot(page, 'inputs-import-preview');
  await skdCard.getByTestId('scores-commit').click();
  await expect(skdCard.getByTestId('scores-imported')).toHaveText('5 nilai peserta diimpor.');
  await skdCard.getByRole('button', { name: 'Tutup' }).click();
  await expect(skdCard.getByTestId('external-imported')).toContainText('Diimpor dari hasil-skd.csv: 5 peserta');

  // --- Result options.
  const options = tab.getByTestId('options-card');
  await options.getByRole('radio', { name: 'Median' }).check();
  await options.getByTestId('options-save').click();
  await expect(options.getByText('Tersimpan.')).toBeVisible();
  await checkA11y(page, testInfo, 'inputs-done');

  // --- The results follow: the gate and SKD count; TMS and the TWK below 65 are out.
  const after = await call(page, host, 'results.get', { selectionId: sel.id });
  expect(after.stages.map((s) => s.status)).toEqual(['counted', 'counted', 'notImported']);
  expect(after.options.method).toBe('median');
  const outcome = (reg: string) => after.rows.find((r) => r.registrationNumber === reg)!;
  expect(outcome('2026-002').outcome).toBe('failed');
  expect(outcome('2026-002').reasons.map((r) => r.code)).toContain('gateNotMet');
  expect(outcome('2026-003').outcome).toBe('failed');
  expect(outcome('2026-003').reasons.map((r) => r.code)).toContain('belowMinimum');
  // SKB is not imported yet: the others wait for it.
  expect(['2026-001', '2026-004', '2026-005'].map((r) => outcome(r).outcome)).toEqual(['incomplete', 'incomplete', 'incomplete']);
  const skdStage = (reg: string) => outcome(reg).stages.find((s) => s.stageId === skd.id)!;
  expect(skdStage('2026-001').score).toBe(400);
  expect(problems).toEqual([]);
});
