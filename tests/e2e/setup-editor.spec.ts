import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { templateInfo } from '../../shared/selection/templates';
import { expect, test, type Host } from './host-fixture';
import { checkA11y, createVaultAndChair, watchConsole } from './support';

/**
 * Selection set-up through the real UI: the chair creates a JPT selection from its template,
 * balances stage weights against the regulation's ranges, edits a rubric descriptor, saves,
 * reloads, previews the rubric for publication, and creates a CPNS selection.
 */

const COMMITTEE = 'Panitia Seleksi Terbuka JPT Pratama Kabupaten Sleman 2026';
const PASSPHRASE = 'kopi tubruk di pendopo sleman';
const CHAIR = 'Dr. Siti Rahmawati, S.Sos., M.Si.';
const CHAIR_PASSWORD = 'ketua-rahasia-2026';
const JPT_TITLE = 'Seleksi Terbuka JPT Pratama Sekretaris Daerah 2026';
const CPNS_TITLE = 'Seleksi CPNS Kabupaten Sleman Formasi 2026';
const DESCRIPTOR = 'Menunjukkan integritas dengan contoh konkret dari pekerjaan sehari-hari, termasuk menolak gratifikasi.';
const SCREENS = join(__dirname, '../../test-results/screens');

function field(page: Page | Locator, name: string) {
  return page.getByRole('textbox', { name, exact: true });
}

async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  // From the top: a sticky header would otherwise be drawn where the page was scrolled to.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SCREENS, `setup-${name}.png`), fullPage: true });
}

async function createVaultAndSignIn(page: Page): Promise<void> {
  await createVaultAndChair(page, { committee: COMMITTEE, passphrase: PASSPHRASE, chair: CHAIR, chairPassword: CHAIR_PASSWORD });
}

async function createSelection(
  page: Page,
  testInfo: TestInfo,
  template: string,
  title: string,
  source: string,
  shot?: string,
): Promise<void> {
  await page.getByRole('button', { name: 'Buat seleksi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buat seleksi' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: new RegExp(template) }).click();
  await expect(dialog.getByTestId('template-source')).toHaveText(source);
  if (shot) {
    await checkA11y(page, testInfo, shot);
    await snap(page, shot);
  }
  await field(dialog, 'Judul seleksi').fill(title);
  await dialog.getByRole('button', { name: 'Buat seleksi' }).click();
  await expect(page.getByTestId('selection-workspace')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

function stageWeight(page: Page, stage: string) {
  return page.getByRole('textbox', { name: `Bobot tahap ${stage} (%)` });
}

async function openStage(page: Page, stage: string): Promise<Locator> {
  await page.getByTestId('stage-row').filter({ hasText: stage }).getByRole('button').first().click();
  const detail = page.getByTestId('stage-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(stage);
  return detail;
}

test('the chair sets up a JPT selection from its template and a CPNS one', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await createVaultAndSignIn(page);

  // --- dashboard: nothing yet, and it says what to do
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard.getByText('Belum ada seleksi')).toBeVisible();
  await expect(dashboard.getByText('Mulailah dengan tombol Buat seleksi', { exact: false })).toBeVisible();
  await checkA11y(page, testInfo, 'dashboard-empty');
  await snap(page, 'dashboard-empty');

  // --- a JPT selection: the template says where its numbers come from
  await createSelection(page, testInfo, 'Seleksi terbuka JPT', JPT_TITLE, templateInfo.jpt.source.id, 'create-dialog');
  // The set-up is complete; only a scorer (member role) is missing before scoring can open.
  await expect(page.getByTestId('issues')).toContainText('Belum ada anggota panitia yang menilai.');
  await expect(page.getByTestId('tie-break-list')).toContainText('Total nilai Wawancara');
  // Dates are typed as day, month name and year, and read back in words.
  const start = page.getByRole('group', { name: 'Tanggal mulai' });
  await start.getByRole('textbox', { name: 'Tanggal' }).fill('2');
  await start.getByRole('combobox', { name: 'Bulan' }).selectOption({ label: 'Maret' });
  await start.getByRole('textbox', { name: 'Tahun' }).fill('2026');
  await expect(start).toContainText('2 Maret 2026');
  await field(page, 'Instansi').fill('Pemerintah Kabupaten Sleman');
  await checkA11y(page, testInfo, 'overview');
  await snap(page, 'overview');

  // --- stages: four weights that make 100 %, each inside PermenPANRB 15/2019's range
  await page.getByRole('tab', { name: 'Tahap & rubrik' }).click();
  await expect(stageWeight(page, 'Assessment')).toHaveValue('25');
  await expect(stageWeight(page, 'Penulisan makalah')).toHaveValue('20');
  await expect(stageWeight(page, 'Wawancara')).toHaveValue('35');
  await expect(stageWeight(page, 'Rekam jejak')).toHaveValue('20');
  const total = page.getByTestId('stage-weight-total');
  await expect(total).toHaveText(/Jumlah bobot tahap dinilai: 100\s%/);
  await expect(total).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('guide-warning')).toHaveCount(0);
  await checkA11y(page, testInfo, 'stages');
  await snap(page, 'stages');

  // Interview at 40: the sum is off and the regulation's range is left; both are said.
  await stageWeight(page, 'Wawancara').fill('40');
  await expect(total).toHaveText(/105\s%.*harus 100\s%/);
  await expect(total).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('guide-warning')).toHaveText('Bobot 40 % di luar rentang 30–35 % menurut PermenPANRB 15/2019');
  await expect(page.getByTestId('save-state')).toHaveText('Ada perubahan yang belum disimpan');
  await checkA11y(page, testInfo, 'stages-warning');
  await snap(page, 'stages-warning');
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  const issues = page.getByTestId('issues');
  await expect(issues).toContainText('Bobot tahap yang dinilai berjumlah 105 %, seharusnya 100 %.');
  await expect(issues).toContainText('Bobot tahap Wawancara 40 % berada di luar rentang 30–35 % menurut PermenPANRB 15/2019.');
  await snap(page, 'overview-issues');
  // "Show me" goes to the stage.
  await issues.getByRole('button', { name: 'Buka tahap Wawancara' }).click();
  await expect(page.getByTestId('stage-detail').getByRole('heading', { level: 2 })).toHaveText('Tahap 4: Wawancara');
  await stageWeight(page, 'Wawancara').fill('35');
  await expect(total).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('guide-warning')).toHaveCount(0);

  // --- the interview rubric: two aspects, criteria collapsed, a descriptor edited
  const interview = await openStage(page, 'Wawancara');
  await expect(interview.getByTestId('aspect-weight-total')).toHaveText(/Jumlah bobot aspek: 100\s%/);
  const integrity = interview.getByTestId('criterion').filter({ hasText: 'Integritas' });
  await expect(integrity.getByRole('button', { name: /M1/ })).toContainText('12,5 %');
  await integrity.getByRole('button', { name: /M1/ }).click();
  const level3 = integrity.getByRole('textbox', { name: 'Deskriptor tingkat 3 (M1)' });
  await expect(level3).toHaveValue('Menunjukkan perilaku yang diharapkan dengan contoh konkret dari pekerjaan.');
  await level3.fill(DESCRIPTOR);

  // Decimals are typed the Indonesian way, and sums follow live.
  const managerial = interview.getByRole('textbox', { name: 'Bobot aspek Kompetensi manajerial (%)' });
  await managerial.fill('79,5');
  await expect(interview.getByTestId('aspect-weight-total')).toHaveText(/99,5\s%.*harus 100\s%/);
  await managerial.fill('80');
  await expect(interview.getByTestId('aspect-weight-total')).toHaveAttribute('data-ok', 'true');

  // A field the contract would refuse is marked where it is, and saving waits for it.
  const name = integrity.getByRole('textbox', { name: 'Nama kriteria' });
  await name.fill('');
  await expect(integrity.getByText('Wajib diisi.')).toBeVisible();
  await expect(integrity.getByText('perlu diperbaiki')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('1 isian perlu diperbaiki sebelum disimpan (ditandai merah)');
  await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toBeDisabled();
  await name.fill('Integritas');
  await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toBeEnabled();
  await checkA11y(page, testInfo, 'rubric-editor');
  // What the secretary sees at 1366x768 while typing: the header with Simpan stays in view.
  await page.screenshot({ path: join(SCREENS, 'setup-rubric-editor-viewport.png') });
  await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toBeInViewport();
  await snap(page, 'rubric-editor');

  // Leaving with unsaved edits asks first.
  await page.getByRole('button', { name: '← Semua seleksi' }).click();
  const leave = page.getByRole('dialog', { name: 'Tinggalkan tanpa menyimpan?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Tetap di sini' }).click();
  await expect(leave).toHaveCount(0);

  // Ctrl+S saves from inside a field, as in every office program.
  await level3.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('Tersimpan');
  await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toBeDisabled();

  // --- a reload returns to the selection, with the change kept
  await page.reload();
  await expect(page.getByTestId('selection-workspace')).toBeVisible();
  await page.getByRole('tab', { name: 'Tahap & rubrik' }).click();
  const again = await openStage(page, 'Wawancara');
  const integrityAgain = again.getByTestId('criterion').filter({ hasText: 'Integritas' });
  await integrityAgain.getByRole('button', { name: /M1/ }).click();
  await expect(integrityAgain.getByRole('textbox', { name: 'Deskriptor tingkat 3 (M1)' })).toHaveValue(DESCRIPTOR);
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await expect(page.getByRole('group', { name: 'Tanggal mulai' })).toContainText('2 Maret 2026');
  await expect(field(page, 'Instansi')).toHaveValue('Pemerintah Kabupaten Sleman');
  await page.getByRole('tab', { name: 'Tahap & rubrik' }).click();
  await openStage(page, 'Wawancara');

  // --- the rubric as it will be published
  await again.getByRole('button', { name: 'Pratinjau instrumen penilaian' }).click();
  const preview = page.getByTestId('rubric-preview');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Instrumen penilaian — Tahap 4: Wawancara');
  await expect(preview).toContainText(DESCRIPTOR);
  await expect(preview).toContainText('35 %');
  await expect(preview.getByTestId('preview-criteria')).toContainText('12,5 %');
  await expect(preview.getByTestId('preview-criteria')).toContainText('10 %');
  await expect(preview.getByTestId('rubric-version')).toContainText('Rancangan versi 1');
  await expect(preview.getByRole('button', { name: 'Cetak' })).toBeVisible();
  await checkA11y(page, testInfo, 'preview');
  await snap(page, 'preview');
  await page.emulateMedia({ media: 'print' });
  await expect(preview.getByRole('button', { name: 'Cetak' })).toBeHidden();
  await snap(page, 'preview-print');
  await page.emulateMedia({ media: 'screen' });
  await preview.getByRole('button', { name: '← Kembali ke penyunting' }).click();

  // --- back to the list, which now shows the selection
  await page.getByRole('button', { name: '← Semua seleksi' }).click();
  const list = page.getByTestId('selection-list');
  await expect(list.getByRole('button', { name: JPT_TITLE })).toBeVisible();
  await expect(list).toContainText('Seleksi terbuka JPT');
  await expect(list).toContainText('Pemerintah Kabupaten Sleman');
  await expect(list).toContainText('Pelamar: 0 · Panitia: 1');
  await checkA11y(page, testInfo, 'dashboard-list');
  await snap(page, 'dashboard-list');

  // --- a CPNS selection: SKD passing grades and the 40/60 integration
  await createSelection(page, testInfo, 'CPNS', CPNS_TITLE, templateInfo.cpns.source.id);
  await page.getByRole('tab', { name: 'Tahap & rubrik' }).click();
  await expect(stageWeight(page, 'SKD')).toHaveValue('40');
  await expect(stageWeight(page, 'SKB')).toHaveValue('60');
  await expect(page.getByTestId('stage-weight-total')).toHaveAttribute('data-ok', 'true');
  const skd = await openStage(page, 'SKD');
  await expect(skd.getByRole('radio', { name: 'Jumlah nilai mentah' })).toBeChecked();
  await expect(skd.getByRole('textbox', { name: 'Nilai total maksimum' })).toHaveValue('550');
  await expect(skd.getByTestId('criterion').filter({ hasText: 'TWK' })).toContainText('0–150 · min. 65');
  await expect(skd.getByTestId('criterion').filter({ hasText: 'TIU' })).toContainText('0–175 · min. 80');
  await expect(skd.getByTestId('criterion').filter({ hasText: 'TKP' })).toContainText('0–225 · min. 166');
  await checkA11y(page, testInfo, 'cpns-stages');
  await snap(page, 'cpns-stages');
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await expect(page.getByTestId('tie-break-list')).toContainText('Total nilai SKD');
  await expect(page.getByTestId('tie-break-rule')).toHaveText([
    'Total nilai SKD',
    'Nilai TKP (SKD)',
    'Nilai TIU (SKD)',
    'Nilai TWK (SKD)',
    'IPK lebih tinggi',
    'Usia lebih tua',
  ]);
  await snap(page, 'cpns-overview');

  // --- the same screens in English, the second language
  await page.getByRole('radiogroup', { name: 'Bahasa tampilan' }).getByText('English').click();
  await page.getByRole('tab', { name: 'Stages & rubrics' }).click();
  await expect(page.getByRole('heading', { name: 'Stages and weights' })).toBeVisible();
  await expect(page.getByTestId('stage-weight-total')).toHaveText(/Total weight of scored stages: 100\s%/);
  await checkA11y(page, testInfo, 'cpns-stages-en');
  await snap(page, 'cpns-stages-en');

  expect(problems).toEqual([]);
});

/** Calls the host API directly, for set-up that is not what a test is about. */
async function call<T>(page: Page, host: Host, method: string, args: object): Promise<T> {
  const response = await page.request.post(`${host.origin}/api`, {
    headers: { 'content-type': 'application/json', 'x-panelis-token': host.token },
    data: { method, args },
  });
  const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value as T;
}

/** Signs a person in through the API and replaces their one-time password. */
async function signInAs(page: Page, host: Host, personId: string, initial: string, next: string): Promise<void> {
  await call(page, host, 'session.signOut', {});
  await call(page, host, 'session.signIn', { personId, password: initial });
  await call(page, host, 'session.changePassword', { currentPassword: initial, newPassword: next, newPasswordRepeat: next });
}

test('observers read the set-up without editing it; members see the overview only', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await call(page, host, 'vault.create', {
    path: join(host.home, 'vaults', 'rollen.panelis'),
    passphrase: PASSPHRASE,
    passphraseRepeat: PASSPHRASE,
    committeeName: COMMITTEE,
    language: 'id',
  });
  await call(page, host, 'people.setupChair', { name: CHAIR, nip: '', password: CHAIR_PASSWORD, passwordRepeat: CHAIR_PASSWORD });
  const selection = await call<{ id: string }>(page, host, 'selection.create', { template: 'jpt', title: JPT_TITLE });
  const initial = 'sementara-2026-awal';
  const observer = await call<{ personId: string }>(page, host, 'people.add', {
    name: 'Drs. Bambang Wijaya (Inspektorat)',
    nip: '',
    position: 'Auditor',
    role: 'observer',
    initialPassword: initial,
  });
  const member = await call<{ personId: string }>(page, host, 'people.add', {
    name: 'Ir. Rina Kusumawati, M.T.',
    nip: '',
    position: 'Kepala Bidang',
    role: 'member',
    initialPassword: initial,
  });
  const chair = (await call<{ personId: string; role: string }[]>(page, host, 'people.list', {})).find((p) => p.role === 'chair');
  await call(page, host, 'committee.set', { selectionId: selection.id, personIds: [chair?.personId, member.personId, observer.personId] });

  // --- the observer: every tab, nothing to change
  await signInAs(page, host, observer.personId, initial, 'pengawas-rahasia-2026');
  await page.goto(host.url);
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard.getByRole('button', { name: JPT_TITLE })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buat seleksi' })).toHaveCount(0);
  await dashboard.getByRole('button', { name: JPT_TITLE }).click();
  await expect(page.getByTestId('selection-workspace')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByTestId('tie-break-rule')).toHaveText(['Total nilai Wawancara', 'Total nilai Assessment']);
  await checkA11y(page, testInfo, 'observer-overview');
  await snap(page, 'observer-overview');
  await page.getByRole('tab', { name: 'Tahap & rubrik' }).click();
  await page.getByTestId('stage-row').filter({ hasText: 'Wawancara' }).getByRole('button').first().click();
  const document = page.getByTestId('rubric-document');
  await expect(document.getByRole('heading', { level: 2 })).toHaveText('Instrumen penilaian — Tahap 4: Wawancara');
  await expect(document.getByTestId('preview-criteria')).toContainText('12,5 %');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await checkA11y(page, testInfo, 'observer-stages');
  await snap(page, 'observer-stages');

  // --- the member: the overview, read-only, and the results (blind); none of the set-up tabs
  await signInAs(page, host, member.personId, initial, 'anggota-rahasia-2026');
  await page.goto(host.url);
  await page.getByTestId('dashboard').getByRole('button', { name: JPT_TITLE }).click();
  await expect(page.getByTestId('selection-workspace')).toBeVisible();
  await expect(page.getByRole('tab')).toHaveText(['Ringkasan', 'Hasil']);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByText('Jabatan Pimpinan Tinggi Pratama')).toBeVisible();
  await checkA11y(page, testInfo, 'member-overview');
  await snap(page, 'member-overview');
  expect(problems).toEqual([]);
});

test('an empty selection is built stage by stage, with the issues saying what is missing', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await createVaultAndSignIn(page);
  await createSelection(
    page,
    testInfo,
    'Mulai dari kosong',
    'Seleksi Jabatan Fungsional Analis Kebijakan 2026',
    'Seleksi kosong tanpa tahap, bobot, atau rubrik. Susun tahap dan rubrik sendiri di tab Tahap & rubrik.',
  );
  const issues = page.getByTestId('issues');
  await expect(issues).toContainText('Seleksi ini belum memiliki tahap.');
  await expect(page.getByText('Belum ada jabatan.', { exact: false })).toBeVisible();
  await snap(page, 'empty-overview');

  await page.getByRole('tab', { name: 'Tahap & rubrik' }).click();
  await expect(page.getByText('Belum ada tahap. Tambahkan tahap pertama', { exact: false })).toBeVisible();
  await checkA11y(page, testInfo, 'empty-stages');
  await snap(page, 'empty-stages');

  await page.getByRole('button', { name: 'Tambah tahap' }).click();
  const detail = page.getByTestId('stage-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Tahap 1: Tahap baru');
  await field(detail, 'Nama tahap').fill('Wawancara');
  await stageWeight(page, 'Wawancara').fill('100');
  await expect(detail.getByTestId('issues')).toContainText('Rubrik tahap Wawancara belum memiliki kriteria.');

  await detail.getByRole('button', { name: 'Tambah kriteria' }).click();
  const criterion = detail.getByTestId('criterion');
  await expect(criterion.getByRole('textbox', { name: 'Nama kriteria' })).toHaveValue('Kriteria baru');
  await criterion.getByRole('textbox', { name: 'Nama kriteria' }).fill('Penguasaan substansi kebijakan');
  await criterion.getByRole('textbox', { name: 'Bobot K1 (%)' }).fill('100');
  await criterion.getByText('Tingkat dengan deskriptor').click();
  await expect(criterion.getByRole('textbox', { name: /^Deskriptor tingkat \d \(K1\)$/ })).toHaveCount(5);
  await criterion.getByRole('button', { name: 'Tambah tingkat' }).click();
  await expect(criterion.getByRole('textbox', { name: /^Deskriptor tingkat \d \(K1\)$/ })).toHaveCount(6);
  await criterion.getByRole('button', { name: 'Hapus tingkat 6 (K1)' }).click();
  await expect(detail.getByTestId('issues')).toHaveCount(0);

  // An aspect without its criteria is named as the problem, with its fix.
  await detail.getByRole('button', { name: 'Tambah aspek' }).click();
  await expect(detail.getByTestId('issues')).toContainText(
    'Kriteria K1 Penguasaan substansi kebijakan (tahap Wawancara) belum masuk aspek mana pun.',
  );
  await detail.getByRole('button', { name: 'Hapus aspek Aspek baru' }).click();

  // A gate has no weight or rubric; scored again, the rubric comes back.
  await detail.getByText('Gerbang (MS/TMS)').click();
  await expect(detail.getByText('Tahap gerbang tidak memiliki bobot atau rubrik', { exact: false })).toBeVisible();
  await detail.getByText('Dinilai dengan bobot').click();
  await expect(detail.getByTestId('criterion')).toContainText('Penguasaan substansi kebijakan');
  await stageWeight(page, 'Wawancara').fill('100');
  await checkA11y(page, testInfo, 'empty-built');
  await snap(page, 'empty-built');

  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Tersimpan');
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  // The set-up is complete; only a scorer (member role) is missing before scoring can open.
  await expect(page.getByTestId('issues')).toContainText('Belum ada anggota panitia yang menilai.');
  expect(problems).toEqual([]);
});
