import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UNMAPPED_HEADER, writeApplicantsXlsx } from './fixtures/applicants-xlsx';
import { expect, test } from './host-fixture';
import { createVaultAndChair, textbox, watchConsole } from './support';
import { openDeskByKeyboard, scoreSheetByKeyboard, signOutByKeyboard, type Sheet } from './journey/desk';
import { addPersonUi, nameRegExp, replaceOneTimePassword, signInByKeyboard, signInUi, signOutUi } from './journey/people';
import { captureScreen } from './journey/screens';

/**
 * The whole committee journey through the real UI (issue 7): the chair creates the vault and
 * adds the secretary; the secretary sets up a pansel JPT from the template, imports four
 * applicants from an XLSX, puts three members on the committee and records the
 * administration gate (all MS); the chair opens the interview round; three members each sign
 * in and score blind with the keyboard only (one recuses for one applicant); the chair closes
 * and, with the secretary, reveals; a meeting takes the one flagged disagreement onto its
 * agenda, votes a motion and records a revision (the member's password and a reason), and
 * the chair finalises; the berita acara is generated, downloaded, and verified with pdfsig,
 * the command line and the in-app verifier. Every main screen: axe, and pictures at
 * 1366x768 and 1920x1080 under test-results/journey/.
 */

const COMMITTEE = 'Panitia Seleksi Terbuka JPT Pratama Kabupaten Sleman 2026';
const PASSPHRASE = 'gudeg manis di pendopo sleman';
const CHAIR = 'Dr. Siti Rahmawati, S.Sos., M.Si.';
const CHAIR_PASSWORD = 'ketua-rahasia-2026';
const SECRETARY = "Nur'aini Kusumawardhani, S.H., M.H.";
const SECRETARY_PASSWORD = 'sekretaris-jpt-sleman';
const SELECTION = 'Seleksi Terbuka JPT Pratama Sekretaris Daerah Kabupaten Sleman 2026';
const STAGE = 'Wawancara';
const MEMBERS = [
  { name: 'Prof. Dr. Bambang Wibowo, M.Si.', password: 'bambang-menilai-adil' },
  { name: "Dra. Ma'rifah Lubis, M.M.", password: 'marifah-menilai-jujur' },
  { name: 'Ir. Yohanes Simanjuntak, M.T.', password: 'yohanes-menilai-cermat' },
] as const;
const CERT = 'sandi-sertifikat-pansel-sleman';
const CRITERIA = 9; // M1..M8 (managerial) and S1 (socio-cultural) in the JPT interview rubric

/** Each applicant's level on every criterion (no 1 or 5: those need a written reason). */
const BASE: Record<string, number> = { 'JPT-2026-001': 4, 'JPT-2026-002': 3, 'JPT-2026-003': 3, 'JPT-2026-004': 2 };
/** The one disagreement: M1 of applicant 002 gets 2, 3 and 4 (spread 2 > 40 % of the 1–5 range). */
const FLAGGED = 'JPT-2026-002';
const FLAGGED_M1 = [2, 3, 4];
/** The third member recognises applicant 004 and recuses. */
const RECUSED = 'JPT-2026-004';

function sheetFor(member: number, codes: Map<string, string>): Sheet {
  const sheet: Sheet = new Map();
  for (const [reg, code] of codes) {
    if (member === 2 && reg === RECUSED) {
      sheet.set(code, null);
      continue;
    }
    const values = Array.from({ length: CRITERIA }, () => BASE[reg]!);
    if (reg === FLAGGED) values[0] = FLAGGED_M1[member]!;
    sheet.set(code, values);
  }
  return sheet;
}

test('the whole journey: set-up, blind keyboard scoring, reveal, deliberation, final, signed berita acara', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(420_000);
  const problems = watchConsole(page);
  const xlsx = join(host.home, 'daftar-pelamar-jpt-sleman.xlsx');
  const list = await writeApplicantsXlsx(xlsx, 4);
  expect(list.map((a) => a.registrationNumber)).toEqual(Object.keys(BASE));

  // --- 1. the chair creates the vault and adds the secretary
  await page.goto(host.url);
  await createVaultAndChair(page, { committee: COMMITTEE, passphrase: PASSPHRASE, chair: CHAIR, chairPassword: CHAIR_PASSWORD });
  await captureScreen(page, testInfo, 'dashboard-first-run', { fullPage: true });
  const secretaryOneTime = await addPersonUi(page, SECRETARY, 'Sekretaris');
  await signOutUi(page);

  // --- 2. the secretary replaces her one-time password and creates the selection from the JPT template
  await signInUi(page, SECRETARY, secretaryOneTime);
  await replaceOneTimePassword(page, SECRETARY, secretaryOneTime, SECRETARY_PASSWORD);
  await page.getByRole('button', { name: 'Buat seleksi' }).first().click();
  const create = page.getByRole('dialog', { name: 'Buat seleksi' });
  await create.getByRole('radio', { name: /JPT/ }).first().check();
  await textbox(create, 'Judul seleksi').fill(SELECTION);
  await create.getByRole('button', { name: 'Buat seleksi' }).click();
  await expect(page.getByTestId('selection-workspace')).toBeVisible();
  await captureScreen(page, testInfo, 'selection-overview', { fullPage: true });

  // Stages and the interview rubric as the template made them.
  await page.getByRole('tab', { name: 'Tahap & rubrik' }).click();
  for (const name of ['Seleksi administrasi', 'Assessment', 'Penulisan makalah', STAGE, 'Rekam jejak']) {
    await expect(page.getByTestId('stage-row').filter({ hasText: name })).toHaveCount(1);
  }
  await page.getByTestId('stage-row').filter({ hasText: STAGE }).getByRole('button').first().click();
  await expect(page.getByTestId('stage-detail')).toContainText('Integritas');
  await captureScreen(page, testInfo, 'stages-rubric', { fullPage: true });

  // --- 3. applicants from the XLSX (one header mapped by hand)
  await page.getByRole('tab', { name: /^Pelamar/ }).click();
  await page.getByTestId('applicants-tab').getByRole('button', { name: 'Impor dari Excel/CSV' }).click();
  const wizard = page.getByTestId('import-wizard');
  await page.getByTestId('import-file-input').setInputFiles(xlsx);
  await wizard.getByRole('button', { name: 'Baca berkas' }).click();
  const nikSelect = page.getByRole('combobox', { name: `Bidang untuk kolom “${UNMAPPED_HEADER}”` });
  await nikSelect.selectOption('nik');
  await captureScreen(page, testInfo, 'applicants-import-mapping', { fullPage: true });
  await wizard.getByRole('button', { name: 'Lanjut: periksa data' }).click();
  await expect(page.getByTestId('import-accepted')).toHaveText('4');
  await expect(page.getByTestId('import-rejected')).toHaveText('0');
  await captureScreen(page, testInfo, 'applicants-import-check', { fullPage: true });
  await wizard.getByRole('button', { name: 'Impor 4 pelamar' }).click();
  await expect(page.getByTestId('import-done')).toContainText('4 pelamar diimpor');
  await page.getByTestId('import-done').getByRole('button', { name: 'Lihat daftar pelamar' }).click();
  await expect(page.getByTestId('applicant-total')).toHaveText('4 pelamar');
  // The blind codes as the secretary sees them beside the registration numbers.
  const pairs = await page
    .getByTestId('applicant-row')
    .evaluateAll((rows) =>
      rows.map((r) => [
        /JPT-2026-\d{3}/.exec(r.textContent ?? '')?.[0] ?? '',
        r.querySelector('[data-testid="applicant-code"]')?.textContent?.trim() ?? '',
      ]),
    );
  const codes = new Map(pairs.map(([reg, code]) => [reg!, code!] as [string, string]).sort());
  expect([...codes.keys()]).toEqual(Object.keys(BASE));
  for (const code of codes.values()) expect(code).toMatch(/^[A-Z]{3}-\d{3}$/);
  await captureScreen(page, testInfo, 'applicants-list', { fullPage: true });

  // --- 4. the committee: three members added with one-time passwords, all on this selection
  await page.getByRole('tab', { name: /^Panitia/ }).click();
  const oneTime: string[] = [];
  for (const m of MEMBERS) oneTime.push(await addPersonUi(page, m.name, 'Anggota'));
  const committee = page.getByRole('region', { name: 'Panitia seleksi ini' });
  for (const name of [CHAIR, SECRETARY, ...MEMBERS.map((m) => m.name)])
    await committee.getByRole('checkbox', { name: nameRegExp(name) }).check();
  await committee.getByRole('button', { name: 'Simpan susunan panitia' }).click();
  await expect(committee.getByText('Tersimpan: 5 orang dalam panitia.')).toBeVisible();
  await captureScreen(page, testInfo, 'committee', { fullPage: true });

  // --- 5. the administration gate: everyone MS with "all remaining MS"
  await page.getByRole('tab', { name: 'Input hasil' }).click();
  const gateCard = page.getByTestId('inputs-tab').locator('[data-testid^="gate-card-"]');
  await expect(gateCard.getByTestId('gate-counts')).toHaveText('MS 0 · TMS 0 · belum diputuskan 4');
  await gateCard.getByRole('button', { name: 'Catat MS/TMS' }).click();
  await gateCard.getByTestId('gate-bulk').click();
  await page
    .getByRole('dialog', { name: 'Tetapkan MS untuk semua yang belum diputuskan?' })
    .getByRole('button', { name: 'Tetapkan 4 MS' })
    .click();
  await expect(gateCard.getByTestId('gate-counts')).toHaveText('MS 4 · TMS 0 · belum diputuskan 0');
  await captureScreen(page, testInfo, 'inputs-gate', { fullPage: true });
  await signOutUi(page);

  // --- 6. the chair opens the interview round
  await signInUi(page, CHAIR, CHAIR_PASSWORD);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await captureScreen(page, testInfo, 'dashboard', { fullPage: true });
  await page.getByRole('button', { name: SELECTION }).click();
  await page.getByRole('tab', { name: 'Penilaian' }).click();
  const card = page.locator(`[data-testid="round-card"][data-stage="${STAGE}"]`);
  await card.getByRole('button', { name: 'Buat putaran penilaian' }).click();
  await expect(card.getByTestId('round-state')).toHaveText('Draf');
  await card.getByRole('button', { name: 'Buka penilaian…' }).click();
  await page
    .getByRole('dialog', { name: `Buka penilaian tahap ${STAGE}?` })
    .getByRole('button', { name: 'Ya, buka penilaian' })
    .click();
  await expect(card.getByTestId('round-state')).toHaveText('Dibuka');
  await expect(card.getByTestId('round-assigned')).toHaveText('3 penilai · 4 pelamar');
  await signOutUi(page);

  // --- 7. three members, one after another on the committee laptop, keyboard only
  const shas: string[] = [];
  for (const [i, m] of MEMBERS.entries()) {
    await signInByKeyboard(page, m.name, oneTime[i]!);
    await replaceOneTimePassword(page, m.name, oneTime[i]!, m.password);
    await openDeskByKeyboard(page, SELECTION, STAGE);
    // Blind: no applicant's name or registration number anywhere on the desk.
    for (const a of list) {
      await expect(page.getByText(a.name)).toHaveCount(0);
      await expect(page.getByText(a.registrationNumber)).toHaveCount(0);
    }
    // Pictures of the desk from the first member (form, review) and the third (the conflict dialog).
    const pictures =
      i === 0
        ? { testInfo, screens: ['desk-form', 'desk-review'] as const }
        : i === 2
          ? { testInfo, screens: ['desk-conflict'] as const }
          : null;
    shas.push(
      await scoreSheetByKeyboard(
        page,
        sheetFor(i, codes),
        m.password,
        pictures,
        'Pelamar pernah menjadi bawahan langsung saya di Dinas PUPR.',
      ),
    );
    if (i === 2)
      await expect(page.getByTestId('desk-review').locator(`[data-code="${codes.get(RECUSED)}"]`)).toContainText('Konflik, tidak dinilai');
    await signOutByKeyboard(page);
  }
  expect(new Set(shas).size).toBe(3);

  // --- 8. the chair reads the board, closes and seals; with the secretary she reveals
  await signInUi(page, CHAIR, CHAIR_PASSWORD);
  await page.getByRole('button', { name: SELECTION }).click();
  await page.getByRole('tab', { name: 'Penilaian' }).click();
  await expect(card.getByTestId('board-summary')).toHaveText('3 dari 3 lembar terkirim · 0 berhalangan · 0 masih menilai');
  for (const sha of shas) await expect(card.getByTestId('round-board')).toContainText(sha);
  await captureScreen(page, testInfo, 'round-board', { fullPage: true, at: card });
  await card.getByRole('button', { name: 'Tutup dan segel putaran…' }).click();
  await page
    .getByRole('dialog', { name: `Tutup putaran tahap ${STAGE}?` })
    .getByRole('button', { name: 'Ya, tutup dan segel' })
    .click();
  await expect(card.getByTestId('round-state')).toHaveText('Ditutup');
  await expect(card.getByTestId('seal-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await card.getByRole('button', { name: 'Buka identitas pelamar…' }).click();
  const reveal = page.getByRole('dialog', { name: `Buka identitas pelamar — tahap ${STAGE}` });
  await reveal.getByLabel(`Kata sandi Anda (${CHAIR})`).fill(CHAIR_PASSWORD);
  await reveal.getByLabel(`Kata sandi ${SECRETARY}`).fill(SECRETARY_PASSWORD);
  await captureScreen(page, testInfo, 'reveal-dialog');
  await reveal.getByRole('button', { name: 'Buka identitas', exact: true }).click();
  await expect(reveal).toHaveCount(0);
  await expect(card.getByTestId('round-state')).toHaveText('Identitas dibuka');

  // --- 9. results: names are shown now; the interview score of each applicant (level x 20), the one flag.
  // Assessment, paper and track record are not scored in this test: every row stays "Belum lengkap".
  await page.getByRole('tab', { name: 'Hasil', exact: true }).click();
  const resultRows = page.getByTestId('results-row');
  await expect(resultRows).toHaveCount(4);
  const resultRow = (reg: string) => resultRows.filter({ hasText: list.find((a) => a.registrationNumber === reg)!.name });
  for (const [reg, level] of Object.entries(BASE)) await expect(resultRow(reg)).toContainText(`${level * 20},00`);
  await expect(resultRow(FLAGGED)).toContainText('Selisih');
  await expect(resultRows.filter({ hasText: 'Selisih' })).toHaveCount(1);
  // The charts load when scrolled into view.
  await page.getByText('Memuat grafik…').scrollIntoViewIfNeeded();
  await expect(page.getByText('Memuat grafik…')).toHaveCount(0, { timeout: 20_000 });
  await captureScreen(page, testInfo, 'results', { fullPage: true });

  // --- 10. the selection's document settings (kop surat), set while they can still change:
  // they are part of what is finalised below.
  await page.getByRole('tab', { name: 'Dokumen' }).click();
  const docs = page.getByTestId('documents-tab');
  await expect(docs).toContainText('Belum ada sertifikat.');
  await captureScreen(page, testInfo, 'documents-empty', { fullPage: true });
  await textbox(docs, 'Nama instansi').fill('Pemerintah Kabupaten Sleman');
  await textbox(docs, 'Tempat penandatanganan').fill('Sleman');
  await docs.getByTestId('documents-save-settings').click();
  await expect(docs).toContainText('Pengaturan tersimpan.');

  // --- 10b. the deliberation meeting: quorum, the one flagged item, a motion, a revision
  await page.getByRole('tab', { name: 'Rapat pleno' }).click();
  const tab = page.getByTestId('deliberation-tab');
  await textbox(tab, 'Tempat').fill('Ruang Rapat Sekretariat Daerah Kabupaten Sleman');
  await tab.getByRole('button', { name: 'Buka rapat' }).click();
  const meeting = page.getByTestId('meeting');
  // Everyone on the committee is listed with their role; all five are present.
  const present = meeting.getByRole('checkbox', { name: / hadir \(/ });
  await expect(present).toHaveCount(5);
  await expect(meeting.getByTestId('quorum')).toContainText('Belum kuorum: hadir 0 dari 5 anggota yang berhak suara, diperlukan 3.');
  for (let i = 0; i < 5; i++) await present.nth(i).check();
  await expect(meeting.getByTestId('quorum')).toContainText('Kuorum terpenuhi');
  const flaggedCode = codes.get(FLAGGED)!;
  const proposals = meeting.getByTestId('proposal');
  await expect(proposals).toHaveCount(1);
  await expect(proposals.first()).toContainText(flaggedCode);
  await expect(proposals.first()).toContainText('Integritas: selisih 2,00');
  await meeting.getByRole('button', { name: `Masukkan ${flaggedCode} ke agenda` }).click();
  const item = meeting.getByTestId('agenda-item');
  await expect(item).toHaveCount(1);
  await item
    .getByRole('textbox', { name: 'Usulan keputusan untuk butir 1' })
    .fill('Nilai Integritas dari anggota pertama ditinjau ulang sesuai bukti wawancara.');
  await item.getByRole('button', { name: 'Ajukan usulan' }).click();
  const motion = item.getByTestId('motion');
  const votes = motion.getByRole('group', { name: /^Suara / });
  await expect(votes).toHaveCount(5);
  const voters = 5;
  // Every voter keeps a row in attendance order; the recorded vote shows in it.
  for (let i = 0; i < voters; i++) {
    const vote = i === voters - 1 ? 'Abstain' : 'Setuju';
    await votes.nth(i).getByRole('button', { name: vote, exact: true }).click();
    await expect(votes.nth(i).getByTestId('vote-current')).toHaveText(vote);
  }
  await expect(votes).toHaveCount(voters);
  await expect(motion.getByTestId('motion-tally')).toHaveText(`Setuju ${voters - 1} · tidak setuju 0 · abstain 1`);
  await motion.getByRole('button', { name: 'Putuskan' }).click();
  await page.getByRole('dialog', { name: 'Putuskan usulan ini?' }).getByRole('button', { name: 'Ya, putuskan' }).click();
  await expect(motion.getByTestId('motion-outcome')).toHaveText('Diterima');
  await captureScreen(page, testInfo, 'deliberation-meeting', { fullPage: true });

  await item.getByRole('button', { name: 'Revisi nilai…' }).click();
  const dialog = page.getByRole('dialog', { name: `Revisi nilai ${flaggedCode}` });
  await dialog.getByRole('combobox', { name: 'Anggota penilai' }).selectOption({ label: MEMBERS[0].name });
  const stageSelect = dialog.getByRole('combobox', { name: 'Tahap' });
  if ((await stageSelect.count()) > 0) await stageSelect.selectOption({ label: STAGE });
  await dialog.getByRole('combobox', { name: 'Kriteria' }).selectOption({ label: 'M1 Integritas' });
  await dialog.getByRole('combobox', { name: 'Nilai baru' }).selectOption({ label: '3' });
  await textbox(dialog, 'Alasan revisi').fill('Setelah pembahasan, bukti integritas pelamar dinilai memadai.');
  // The wrong password first: refused, nothing changes.
  await dialog.getByLabel('Kata sandi anggota').fill('bukan-sandi-bambang');
  await dialog.getByRole('button', { name: 'Simpan revisi' }).click();
  await expect(dialog.getByTestId('error-alert')).toContainText('Kata sandi salah.');
  await dialog.getByLabel('Kata sandi anggota').fill(MEMBERS[0].password);
  await captureScreen(page, testInfo, 'deliberation-revision');
  await dialog.getByRole('button', { name: 'Simpan revisi' }).click();
  await expect(dialog.getByTestId('revision-result')).toContainText('2 → 3');
  // Only Wawancara counts, so the final waits: the dialog says what the stage score did.
  await expect(dialog.getByTestId('revision-change').first()).toContainText('nilai tahap 60,00 → 60,67 (nilai akhir menunggu tahap lain)');
  await captureScreen(page, testInfo, 'deliberation-revision-result');
  await dialog.getByRole('button', { name: 'Tutup' }).first().click();
  await expect(meeting.getByTestId('revision')).toContainText(`${MEMBERS[0].name} · ${flaggedCode}`);
  // With the revision the disagreement is gone.
  await expect(meeting.getByTestId('proposals')).toContainText('Tidak ada pelamar bertanda yang belum masuk agenda.');

  // --- 11. the chair finalises
  // The dialog names what is still open (three stages not scored here) and asks to confirm.
  await meeting.getByRole('button', { name: 'Finalkan hasil seleksi…' }).click();
  const finalise = page.getByRole('dialog', { name: 'Finalkan hasil seleksi?' });
  await expect(finalise.getByTestId('finalise-check')).toContainText('4 baris hasil belum lengkap');
  await captureScreen(page, testInfo, 'deliberation-finalise');
  await finalise.getByRole('checkbox', { name: 'Saya sudah memeriksa hal di atas dan tetap memfinalkan hasil seleksi.' }).check();
  await finalise.getByRole('button', { name: 'Ya, finalkan' }).click();
  await expect(meeting.getByTestId('meeting-final')).toBeVisible();
  await meeting.getByRole('button', { name: 'Kembali ke daftar rapat' }).click();
  await expect(page.getByTestId('final-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await captureScreen(page, testInfo, 'deliberation-final', { fullPage: true });
  // The results follow the revision: M1 of the flagged applicant is now 3, 3, 4, so the
  // interview score goes from 60,00 to 0,8 x (60 + 12,5 % x 6,67) + 0,2 x 60 = 60,67; no flag left.
  await page.getByRole('tab', { name: 'Hasil', exact: true }).click();
  await expect(resultRow(FLAGGED)).toContainText('60,67');
  await expect(resultRows.filter({ hasText: 'Selisih' })).toHaveCount(0);

  // --- 12. the berita acara: the committee certificate, the signed PDF downloaded, verified three ways
  await page.getByRole('tab', { name: 'Dokumen' }).click();
  await expect(page.getByTestId('final-banner')).toBeVisible();
  // Final: the settings are locked as the documents will print them.
  await expect(textbox(docs, 'Nama instansi')).toHaveValue('Pemerintah Kabupaten Sleman');
  await expect(textbox(docs, 'Nama instansi')).toBeDisabled();
  await textbox(docs, 'Instansi (O)').fill('Pemerintah Kabupaten Sleman');
  await docs.getByLabel('Kata sandi sertifikat', { exact: true }).fill(CERT);
  await docs.getByLabel('Ulangi kata sandi sertifikat').fill(CERT);
  await docs.getByTestId('documents-generate-certificate').click();
  await expect(docs.getByTestId('documents-certificate')).toContainText('Sertifikat panitia (ditandatangani sendiri)', { timeout: 30_000 });
  await docs.getByTestId('documents-passphrase').fill(CERT);
  const downloading = page.waitForEvent('download');
  await docs.getByTestId('documents-generate').click();
  await page.getByTestId('documents-confirm').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^berita-acara-hasil-seleksi-[0-9a-f]{8}\.pdf$/);
  const file = join(host.home, download.suggestedFilename());
  await download.saveAs(file);
  const pdf = readFileSync(file);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(docs.getByTestId('documents-list')).toContainText('Berita Acara Hasil Seleksi');

  // Poppler's pdfsig: one signature, valid, covering the whole file.
  const pdfsig = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  expect(pdfsig.stdout).toContain('Signature Validation: Signature is Valid.');
  expect(pdfsig.stdout).toContain('Total document signed');
  // The command line, with the vault: the vault registered exactly this document.
  const cli = resolve(__dirname, '../../out/main/cli.js');
  const vaults = readdirSync(join(host.home, 'vaults')).filter((f) => f.endsWith('.panelis'));
  expect(vaults).toHaveLength(1);
  const env = { ...process.env, PANELIS_PASSPHRASE: PASSPHRASE };
  const verdict = JSON.parse(
    execFileSync(process.execPath, [cli, 'verify', file, '--vault', join(host.home, 'vaults', vaults[0]!), '--json'], {
      encoding: 'utf8',
      env,
    }),
  ) as {
    ok: boolean;
    findings: unknown[];
  };
  expect(verdict).toMatchObject({ ok: true, findings: [] });
  // A copy with one byte changed: pdfsig and the CLI both refuse it.
  const changed = Buffer.from(pdf);
  changed[3000] = changed[3000]! ^ 0x01;
  const changedFile = join(host.home, 'berita-acara-diubah.pdf');
  writeFileSync(changedFile, changed);
  expect(spawnSync('pdfsig', [changedFile], { encoding: 'utf8' }).stdout).not.toContain('Signature is Valid.');
  expect(spawnSync(process.execPath, [cli, 'verify', changedFile, '--json'], { encoding: 'utf8' }).status).toBe(1);

  // The in-app verifier, fed the downloaded file.
  const verify = docs.getByTestId('verify-panel');
  await verify.locator('input[type=file]').setInputFiles(file);
  await expect(verify.getByTestId('verify-verdict')).toContainText('SAH: dokumen utuh');
  await captureScreen(page, testInfo, 'documents', { fullPage: true, at: verify.getByTestId('verify-verdict') });

  expect(problems).toEqual([]);
});
