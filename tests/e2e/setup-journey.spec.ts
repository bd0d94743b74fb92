import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { BAD_ROW, FIXED_NIK, UNMAPPED_HEADER, writeApplicantsXlsx } from './fixtures/applicants-xlsx';
import { expect, test } from './host-fixture';
import { checkA11y, createVaultAndChair, watchConsole } from './support';

/**
 * The set-up journey of a pansel JPT through the real UI: the chair creates the vault and
 * adds the secretary; the secretary replaces her one-time password, creates a selection from
 * the JPT template, imports 40 applicants (mapping one column by hand and fixing one rejected
 * row in place), chooses the scorer-visible fields, adds five members to the committee and
 * records a conflict of interest. Each screen is checked with axe and photographed at 1366x768.
 */

const COMMITTEE = 'Panitia Seleksi Terbuka JPT Pratama Kabupaten Sleman 2026';
const PASSPHRASE = 'kopi tubruk di pendopo sleman';
const CHAIR = 'Dr. Siti Rahmawati, S.Sos., M.Si.';
const CHAIR_PASSWORD = 'ketua-rahasia-2026';
const SECRETARY = "Nur'aini Kusumawardhani, S.H., M.H.";
const SECRETARY_NIP = '198203142006042011';
const SECRETARY_PASSWORD = 'sekretaris-jpt-sleman';
const SELECTION = 'Seleksi Terbuka JPT Pratama Sekretaris Daerah Kabupaten Sleman 2026';
const MEMBERS = [
  'Prof. Dr. Bambang Wibowo, M.Si.',
  "Dra. Ma'rifah Lubis, M.M.",
  'Ir. Yohanes Simanjuntak, M.T.',
  'Dr. I Made Suarna, S.H., M.H.',
  'Fransiska Hutapea, S.Psi., M.Psi.',
];
const SCREENS = join(__dirname, '../../test-results/screens');

function field(scope: Page | Locator, name: string) {
  return scope.getByRole('textbox', { name, exact: true });
}

async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `people-${name}.png`) });
}

/** "Tambah orang" → the form → the one-time password shown once; returns that password. */
async function addPerson(page: Page, name: string, role: string, testInfo?: TestInfo): Promise<string> {
  await page.getByRole('button', { name: 'Tambah orang' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tambah orang' });
  await expect(dialog).toBeVisible();
  await field(dialog, 'Nama lengkap').fill(name);
  if (role === 'Sekretaris') {
    await field(dialog, 'NIP (tidak wajib)').fill(SECRETARY_NIP);
    await field(dialog, 'Jabatan').fill('Sekretaris Badan Kepegawaian dan Pengembangan SDM');
  }
  await dialog.getByRole('radio', { name: role }).check();
  await dialog.getByRole('button', { name: 'Buat otomatis' }).click();
  const generated = await field(dialog, 'Kata sandi sementara').inputValue();
  expect(generated).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  if (testInfo) {
    await checkA11y(page, testInfo, 'add-person');
    await snap(page, 'add-person');
  }
  await dialog.getByRole('button', { name: 'Tambahkan' }).click();
  const done = page.getByTestId('person-created');
  await expect(done).toBeVisible();
  await expect(page.getByTestId('one-time-password')).toHaveText(generated);
  if (testInfo) {
    await checkA11y(page, testInfo, 'person-created');
    await snap(page, 'person-created');
  }
  await done.getByRole('button', { name: 'Sudah saya catat, tutup' }).click();
  await expect(done).toHaveCount(0);
  return generated;
}

test('set-up journey: secretary, selection, import, committee, conflict', async ({ page, host }, testInfo) => {
  test.setTimeout(240_000);
  const problems = watchConsole(page);
  const xlsx = join(host.home, 'daftar-pelamar-jpt.xlsx');
  const list = await writeApplicantsXlsx(xlsx, 40);

  // --- the chair creates the vault and the chair account
  await page.goto(host.url);
  await createVaultAndChair(page, { committee: COMMITTEE, passphrase: PASSPHRASE, chair: CHAIR, chairPassword: CHAIR_PASSWORD });

  // --- the chair adds the secretary with a one-time password
  await expect(page.getByTestId('people-table')).toContainText(CHAIR);
  await checkA11y(page, testInfo, 'dashboard-people');
  await snap(page, 'dashboard-people');
  const oneTime = await addPerson(page, SECRETARY, 'Sekretaris', testInfo);
  const secretaryRow = page.getByTestId('people-table').getByRole('row', { name: new RegExp(SECRETARY.replace(/[.,']/g, '.')) });
  await expect(secretaryRow).toContainText('harus ganti kata sandi');
  await expect(secretaryRow).toContainText(SECRETARY_NIP);
  await page.getByRole('button', { name: 'Keluar' }).click();

  // --- the secretary signs in with it and must change it first
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(SECRETARY.replace(/[.,']/g, '.')) }).check();
  await field(page, 'Kata sandi').fill(oneTime);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  const change = page.getByTestId('password-change');
  await expect(change).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ganti kata sandi sementara');
  await checkA11y(page, testInfo, 'password-change');
  await snap(page, 'password-change');
  // A too-short password is refused in place, with how to recover.
  await field(page, 'Kata sandi sementara').fill(oneTime);
  await field(page, 'Kata sandi baru').fill('pendek');
  await field(page, 'Ulangi kata sandi baru').fill('pendek');
  await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  await expect(change.getByText('Kata sandi baru minimal 8 karakter.')).toBeVisible();
  await field(page, 'Kata sandi baru').fill(SECRETARY_PASSWORD);
  await field(page, 'Ulangi kata sandi baru').fill(SECRETARY_PASSWORD);
  await snap(page, 'password-change-filled');
  await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('signed-in-as')).toContainText(SECRETARY);

  // --- the secretary creates the selection from the JPT template
  await page.getByRole('button', { name: 'Buat seleksi' }).first().click();
  const create = page.getByRole('dialog', { name: 'Buat seleksi' });
  await expect(create).toBeVisible();
  await create.getByRole('radio', { name: /JPT/ }).first().check();
  await field(create, 'Judul seleksi').fill(SELECTION);
  await create.getByRole('button', { name: 'Buat seleksi' }).click();
  await expect(page.getByTestId('selection-workspace')).toBeVisible();

  // --- applicants: empty at first
  await page.getByRole('tab', { name: /^Pelamar/ }).click();
  const tab = page.getByTestId('applicants-tab');
  await expect(tab.getByText('Belum ada pelamar')).toBeVisible();
  await checkA11y(page, testInfo, 'applicants-empty');
  await snap(page, 'applicants-empty');

  // --- import: file
  await tab.getByRole('button', { name: 'Impor dari Excel/CSV' }).click();
  const wizard = page.getByTestId('import-wizard');
  await expect(wizard).toBeVisible();
  await page.getByTestId('import-file-input').setInputFiles(xlsx);
  await expect(page.getByTestId('import-file-name')).toContainText('daftar-pelamar-jpt.xlsx');
  await checkA11y(page, testInfo, 'import-file');
  await snap(page, 'import-file');
  await wizard.getByRole('button', { name: 'Baca berkas' }).click();

  // --- import: mapping (one header is not recognised: mapped by hand)
  const nikSelect = page.getByRole('combobox', { name: `Bidang untuk kolom “${UNMAPPED_HEADER}”` });
  await expect(nikSelect).toBeVisible();
  await expect(nikSelect).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Bidang untuk kolom “Nama Lengkap”' })).toHaveValue('name');
  await expect(page.getByRole('combobox', { name: 'Bidang untuk kolom “No. Peserta”' })).toHaveValue('registrationNumber');
  await checkA11y(page, testInfo, 'import-mapping');
  await snap(page, 'import-mapping');
  await nikSelect.selectOption('nik');
  await expect(nikSelect).toHaveValue('nik');
  await wizard.getByRole('button', { name: 'Lanjut: periksa data' }).click();

  // --- import: the one bad row, with its spreadsheet row number, fixed in place
  await expect(page.getByTestId('import-total')).toHaveText('40');
  await expect(page.getByTestId('import-rejected')).toHaveText('1');
  await expect(page.getByTestId('import-accepted')).toHaveText('39');
  await expect(page.getByTestId('nothing-saved')).toBeVisible();
  const bad = page.getByTestId('rejected-row');
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText(`Baris ${BAD_ROW}`);
  await expect(bad).toContainText('NIK harus 16 angka');
  await expect(wizard.getByRole('button', { name: /^Impor \d+ pelamar$/ })).toBeDisabled();
  await checkA11y(page, testInfo, 'import-rejected');
  await page.getByRole('heading', { name: 'Baris yang ditolak' }).scrollIntoViewIfNeeded();
  await snap(page, 'import-rejected');
  await page.screenshot({ path: join(SCREENS, 'people-import-rejected-full.png'), fullPage: true });
  await field(bad, `NIK (baris ${BAD_ROW})`).fill(FIXED_NIK);
  await wizard.getByRole('button', { name: 'Periksa lagi' }).click();
  await expect(page.getByTestId('import-rejected')).toHaveText('0');
  await expect(page.getByTestId('import-accepted')).toHaveText('40');
  await expect(page.getByTestId('import-sample')).toContainText(list[0]!.name);
  await checkA11y(page, testInfo, 'import-ready');
  await snap(page, 'import-ready');
  await wizard.getByRole('button', { name: 'Impor 40 pelamar' }).click();
  const done = page.getByTestId('import-done');
  await expect(done).toContainText('40 pelamar diimpor');
  await checkA11y(page, testInfo, 'import-done');
  await snap(page, 'import-done');
  await done.getByRole('button', { name: 'Lihat daftar pelamar' }).click();

  // --- the list: 40 applicants with codes
  await expect(page.getByTestId('applicant-total')).toHaveText('40 pelamar');
  await expect(page.getByTestId('applicant-counts')).toHaveText('40 aktif · 0 mengundurkan diri');
  const firstCode = page.getByTestId('applicant-code').first();
  await expect(firstCode).toHaveText(/^[A-Z0-9-]{3,}$/);
  await expect(page.getByTestId('applicant-row').first()).toContainText(list[0]!.registrationNumber);
  await checkA11y(page, testInfo, 'applicants-list');
  await snap(page, 'applicants-list');
  // The last row arrives as the list scrolls.
  await page.getByTestId('applicant-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByTestId('applicant-row').last()).toContainText(list[39]!.registrationNumber);
  // Search by name (with an apostrophe) narrows the list.
  await page.getByRole('searchbox', { name: 'Cari pelamar' }).fill("Ma'ruf");
  await expect(page.getByTestId('applicant-total')).not.toHaveText('40 pelamar');
  await expect(page.getByTestId('applicant-row').first()).toContainText("Ma'ruf");
  await page.getByRole('searchbox', { name: 'Cari pelamar' }).fill('');
  await expect(page.getByTestId('applicant-total')).toHaveText('40 pelamar');

  // --- scorer-visible fields: education stays visible, the current position is hidden
  const visible = page.getByRole('region', { name: 'Bidang yang terlihat oleh penilai' });
  await expect(visible.getByRole('checkbox', { name: /^Pendidikan terakhir/ })).toBeChecked();
  await expect(visible.getByRole('checkbox', { name: /^Nama lengkap/ })).not.toBeChecked();
  await visible.getByRole('checkbox', { name: /^Jabatan saat ini/ }).uncheck();
  await visible.getByRole('button', { name: 'Simpan bidang terlihat' }).click();
  await expect(visible.getByText(/^Tersimpan: penilai melihat \d+ bidang\.$/)).toBeVisible();
  await visible.scrollIntoViewIfNeeded();
  await snap(page, 'visible-fields');

  // --- committee: five members, all on the committee
  await page.getByRole('tab', { name: /^Panitia/ }).click();
  await expect(page.getByTestId('committee-tab')).toBeVisible();
  await checkA11y(page, testInfo, 'committee-before');
  await snap(page, 'committee-before');
  for (const name of MEMBERS) await addPerson(page, name, 'Anggota');
  const committee = page.getByRole('region', { name: 'Panitia seleksi ini' });
  for (const name of [SECRETARY, ...MEMBERS])
    await committee.getByRole('checkbox', { name: new RegExp(name.replace(/[.,']/g, '.')) }).check();
  await committee.getByRole('button', { name: 'Simpan susunan panitia' }).click();
  await expect(committee.getByText('Tersimpan: 6 orang dalam panitia.')).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Panitia/ })).toContainText('6');
  await checkA11y(page, testInfo, 'committee');
  await snap(page, 'committee');

  // --- a conflict of interest: a member and the applicant in row 5
  await page.getByRole('tab', { name: /^Konflik kepentingan/ }).click();
  const conflicts = page.getByTestId('conflicts-tab');
  await expect(conflicts.getByText('Belum ada konflik kepentingan yang dicatat')).toBeVisible();
  await checkA11y(page, testInfo, 'conflicts-empty');
  await snap(page, 'conflicts-empty');
  await conflicts.getByRole('combobox', { name: 'Anggota panitia' }).selectOption({ label: `${MEMBERS[1]} (Anggota)` });
  const target = list[4]!;
  await conflicts.getByRole('combobox', { name: 'Pelamar' }).fill(target.registrationNumber);
  await page.getByRole('option', { name: new RegExp(target.registrationNumber) }).click();
  await conflicts.getByRole('radio', { name: 'Keluarga' }).check();
  await conflicts.getByRole('textbox', { name: 'Uraian' }).fill('Pelamar adalah adik ipar anggota panitia.');
  await conflicts.getByRole('button', { name: 'Catat konflik' }).click();
  const table = page.getByTestId('conflicts-table');
  await expect(table).toContainText(MEMBERS[1]!);
  await expect(table).toContainText(target.registrationNumber);
  await expect(table).toContainText('Keluarga');
  await expect(table).toContainText('Anda');
  await checkA11y(page, testInfo, 'conflicts');
  await snap(page, 'conflicts');

  // --- back on the list: still 40 applicants, each with a code
  await page.getByRole('tab', { name: /^Pelamar/ }).click();
  await expect(page.getByTestId('applicant-total')).toHaveText('40 pelamar');
  await expect(page.getByTestId('applicant-code').first()).toHaveText(/^[A-Z0-9-]{3,}$/);

  expect(problems).toEqual([]);
});
