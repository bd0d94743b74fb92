import { expect, test } from './host-fixture';
import { call, checkA11y, createVaultAndChair, nameRegExp, textbox, watchConsole } from './support';

/**
 * An unlucky file: a CSV saved as UTF-8 with one row typed in an old Windows program. Panelis
 * never guesses: the secretary sees which rows hold undecodable bytes, both readings of them,
 * and chooses Windows-1252 only on purpose; the names then read as the file meant them.
 */

const PASSPHRASE = 'impor berkas campuran kupang';
const CHAIR = 'Dr. Siti Rahmawati, S.Sos., M.Si.';
const CHAIR_PASSWORD = 'ketua-rahasia-2026';
const SELECTION = 'Seleksi PPPK Guru Kota Kupang 2026';

test('a CSV that is UTF-8 but for a few bytes is not guessed: the secretary sees the rows and chooses Windows-1252', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await createVaultAndChair(page, {
    committee: 'Panitia Seleksi PPPK Kota Kupang',
    passphrase: PASSPHRASE,
    chair: CHAIR,
    chairPassword: CHAIR_PASSWORD,
  });
  await call(page, host, 'selection.create', { template: 'pppk', title: SELECTION });
  await call(page, host, 'session.signOut', {});
  await page.goto(`${host.origin}/`);
  await page.getByRole('radio', { name: nameRegExp(CHAIR) }).check();
  await textbox(page, 'Kata sandi').fill(CHAIR_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('button', { name: SELECTION }).click();

  // A UTF-8 file (José's é is two valid bytes) with one row typed elsewhere: 0x92 is Windows-1252's right quote.
  const csv = Buffer.concat([
    Buffer.from('No Peserta;Nama;NIK\r\nPPPK-001;Sitti Nur', 'utf8'),
    Buffer.from([0x92]),
    Buffer.from('aini;5371010101900001\r\nPPPK-002;José Ramos-Horta;5371010101900002\r\n', 'utf8'),
  ]);
  await page.getByRole('tab', { name: /^Pelamar/ }).click();
  await page.getByTestId('applicants-tab').getByRole('button', { name: 'Impor dari Excel/CSV' }).click();
  const wizard = page.getByTestId('import-wizard');
  await page.getByTestId('import-file-input').setInputFiles({ name: 'pelamar.csv', mimeType: 'text/csv', buffer: csv });
  await wizard.getByRole('button', { name: 'Baca berkas' }).click();
  // Refused, naming the rows and both readings; nothing read yet.
  const alert = wizard.getByRole('alert').filter({ hasText: 'bita yang tidak sah' });
  await expect(alert).toBeVisible();
  // Both readings: what Windows-1252 makes of the bad row, and what it would do to a good one.
  await expect(alert).toContainText('Sitti Nur’aini');
  await expect(alert).toContainText('JosÃ© Ramos-Horta');
  const choice = page.getByTestId('import-encoding-choice');
  await expect(choice).toBeVisible();
  await checkA11y(page, testInfo, 'import-encoding-choice');
  await choice.getByRole('button', { name: 'Baca sebagai Windows-1252' }).click();
  // Read on purpose as Windows-1252 (the secretary saw what it does): the mapping step follows.
  await wizard.getByRole('button', { name: 'Lanjut: periksa data' }).click();
  await expect(page.getByTestId('import-accepted')).toHaveText('2');
  await expect(wizard).toContainText('Sitti Nur’aini');
  expect(problems).toEqual([]);
});
