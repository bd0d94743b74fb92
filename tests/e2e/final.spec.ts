import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { interviewSetup } from '../helpers/interview-setup';
import { expect, test } from './host-fixture';
import { call, checkA11y, createVaultAndChair, nameRegExp, saveScreenshot, signInApi, textbox, watchConsole } from './support';

/**
 * "Final means final" through the real UI. One vault, two selections: a JPT open selection
 * (from the JPT template, scored, closed and finalised through the API) and a PPPK selection
 * (from the PPPK template, still open). Each has its own committee name and legal basis. In the
 * JPT selection every tab shows who finalised, when and the SHA-256, and the editors are
 * read-only; its berita acara prints its own committee name and legal basis, not the PPPK
 * one's; the PPPK selection keeps and edits its own. The chair reopens with a reason and the
 * banner goes.
 */

const PASSPHRASE = 'final berarti final jambi';
const CHAIR = 'Dr. H. Sudirman Hasibuan, S.H., M.H.';
const CHAIR_PASSWORD = 'ketua-final-2026';
const CERT = 'sandi-sertifikat-final';
const MEMBER = { name: 'Prof. Dr. Ir. Bambang Irawan, M.Sc.', password: 'anggota-bambang-2026' };
const JPT = 'Seleksi Terbuka JPT Pratama Provinsi Jambi 2026';
const PPPK = 'Seleksi PPPK Guru Kota Kupang 2026';
const JPT_COMMITTEE = 'Panitia Seleksi Terbuka JPT Pratama Provinsi Jambi 2026';
const JPT_BASIS = 'Keputusan Gubernur Jambi Nomor 801 Tahun 2026 tentang Pembentukan Panitia Seleksi Terbuka';
const PPPK_COMMITTEE = 'Panitia Seleksi PPPK Guru Kota Kupang 2026';
const PPPK_BASIS = 'Keputusan Wali Kota Kupang Nomor 45 Tahun 2026 tentang Panitia Seleksi PPPK Guru';

test('a final selection says so on every tab, is read-only, and prints its own kop and legal basis', async ({ page, host }, testInfo) => {
  test.setTimeout(240_000);
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await createVaultAndChair(page, {
    committee: 'Panitia Seleksi Provinsi Jambi',
    passphrase: PASSPHRASE,
    chair: CHAIR,
    chairPassword: CHAIR_PASSWORD,
  });
  const chairId = (await call(page, host, 'session.people', {})).find((p) => p.name === CHAIR)!.id;

  // --- two selections from two templates: each starts with its template's legal basis
  const member = await call(page, host, 'people.add', {
    name: MEMBER.name,
    nip: '',
    position: 'Guru besar',
    role: 'member',
    initialPassword: `sementara-${MEMBER.password}`,
  });
  const jpt = await call(page, host, 'selection.create', { template: 'jpt', title: JPT });
  const pppk = await call(page, host, 'selection.create', { template: 'pppk', title: PPPK });
  expect((await call(page, host, 'documents.settings', { selectionId: jpt.id })).legalBasis.join('\n')).toContain('Nomor 15 Tahun 2019');
  expect((await call(page, host, 'documents.settings', { selectionId: pppk.id })).legalBasis.join('\n')).not.toContain(
    'Nomor 15 Tahun 2019',
  );
  // The JPT selection's own kop, committee name and legal basis (the PPPK one is set in the UI below).
  const jptSettings = await call(page, host, 'documents.settings', { selectionId: jpt.id });
  await call(page, host, 'documents.saveSettings', {
    selectionId: jpt.id,
    settings: {
      ...jptSettings,
      agency: 'Pemerintah Provinsi Jambi',
      place: 'Jambi',
      committeeName: JPT_COMMITTEE,
      legalBasis: [...jptSettings.legalBasis, JPT_BASIS],
    },
  });

  // --- the JPT selection: set up (one interview stage), scored, closed and finalised through the API
  await call(page, host, 'selection.update', { selectionId: jpt.id, setup: { ...interviewSetup(), kind: 'jpt', title: JPT } });
  await call(page, host, 'committee.set', { selectionId: jpt.id, personIds: [chairId, member.personId] });
  const applicants = [];
  for (const [i, name] of ['Ahmad Fauzi', 'Rina Marlina'].entries()) {
    applicants.push(
      await call(page, host, 'applicants.add', {
        selectionId: jpt.id,
        applicant: { registrationNumber: `JPT-00${i + 1}`, name, nik: `15710101019${i}0001`, education: 'S2 Administrasi Publik' },
      }),
    );
  }
  const round = await call(page, host, 'rounds.create', { selectionId: jpt.id, stageId: 'st-int' });
  await call(page, host, 'rounds.open', { roundId: round.id });
  await page.goto('about:blank');
  const criteria = interviewSetup()
    .stages.find((s) => s.id === 'st-int')!
    .rubric!.criteria.map((c) => c.id);
  await signInApi(page, host, member.personId, MEMBER.password, `sementara-${MEMBER.password}`);
  for (const applicant of applicants) {
    for (const criterionId of criteria)
      await call(page, host, 'scores.save', { roundId: round.id, applicantId: applicant.id, criterionId, value: 3 });
  }
  await call(page, host, 'desk.submit', { roundId: round.id, password: MEMBER.password });
  await signInApi(page, host, chairId, CHAIR_PASSWORD);
  await call(page, host, 'rounds.close', { roundId: round.id });
  const meeting = await call(page, host, 'deliberation.createMeeting', {
    selectionId: jpt.id,
    date: '2026-11-23',
    time: '09:00',
    place: 'Aula BKD Provinsi Jambi',
  });
  for (const personId of [chairId, member.personId])
    await call(page, host, 'deliberation.setAttendance', { meetingId: meeting.id, personId, present: true });
  const check = await call(page, host, 'deliberation.finaliseCheck', { meetingId: meeting.id });
  const finalised = await call(page, host, 'deliberation.finalise', { meetingId: meeting.id, confirmed: check.counts });
  await call(page, host, 'documents.generateCertificate', {
    commonName: JPT_COMMITTEE,
    organization: 'Pemerintah Provinsi Jambi',
    passphrase: CERT,
    passphraseRepeat: CERT,
  });
  const final = (await call(page, host, 'selection.get', { selectionId: jpt.id })).final!;
  expect(final.sha256).toBe(finalised.sha256);
  // A long date in the selection's time zone, never a machine timestamp.
  expect(final.finalisedAtText.id).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} pukul \d{2}\.\d{2} WIB$/);
  await call(page, host, 'session.signOut', {});

  // --- the chair at the laptop
  await page.goto(`${host.origin}/`);
  await page.getByRole('radio', { name: nameRegExp(CHAIR) }).check();
  await textbox(page, 'Kata sandi').fill(CHAIR_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();

  // The PPPK selection: no banner; its own settings, prefilled from its template, edited here.
  await page.getByRole('button', { name: PPPK }).click();
  await expect(page.getByTestId('selection-workspace')).toBeVisible();
  await expect(page.getByTestId('final-banner')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Dokumen' }).click();
  const pppkDocs = page.getByTestId('documents-tab');
  await expect(pppkDocs).toContainText('Pengaturan ini milik seleksi ini saja');
  await expect(textbox(pppkDocs, 'Nama panitia (sebagaimana menandatangani)')).toHaveValue(
    'Panitia Seleksi Pengadaan Pegawai Pemerintah dengan Perjanjian Kerja',
  );
  await expect(textbox(pppkDocs, 'Dasar hukum berita acara (satu per baris)')).toHaveValue(/Peraturan Pemerintah Nomor 49 Tahun 2018/);
  await textbox(pppkDocs, 'Nama panitia (sebagaimana menandatangani)').fill(PPPK_COMMITTEE);
  // Enter starts a new line in the legal basis (blank lines are dropped only on saving).
  const basis = textbox(pppkDocs, 'Dasar hukum berita acara (satu per baris)');
  await basis.press('Control+End');
  await basis.press('Enter');
  await basis.pressSequentially(PPPK_BASIS);
  await pppkDocs.getByRole('combobox', { name: 'Zona waktu pada dokumen' }).selectOption('WITA');
  await pppkDocs.getByTestId('documents-save-settings').click();
  await expect(pppkDocs).toContainText('Pengaturan tersimpan.');
  const pppkSaved = await call(page, host, 'documents.settings', { selectionId: pppk.id });
  expect(pppkSaved).toMatchObject({ committeeName: PPPK_COMMITTEE, timeZone: 'WITA' });
  expect(pppkSaved.legalBasis.at(-1)).toBe(PPPK_BASIS);
  expect(pppkSaved.legalBasis).toContain(
    'Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja',
  );
  // The JPT selection's settings did not move.
  const jptNow = await call(page, host, 'documents.settings', { selectionId: jpt.id });
  expect(jptNow).toMatchObject({ committeeName: JPT_COMMITTEE, timeZone: 'WIB' });
  expect(jptNow.legalBasis).not.toContain(PPPK_BASIS);
  await page.getByRole('button', { name: '← Semua seleksi' }).click();

  // --- the JPT selection: the banner on every tab
  await page.getByRole('button', { name: JPT }).click();
  const banner = page.getByTestId('final-banner');
  const expectBanner = async () => {
    await expect(banner).toBeVisible();
    await expect(banner.getByTestId('final-banner-by')).toHaveText(`Difinalkan oleh ${CHAIR} pada ${final.finalisedAtText.id}.`);
    await expect(banner.getByTestId('final-banner-sha256')).toHaveText(final.sha256);
    await expect(banner).toContainText('ketua membuka kembali hasil dengan menuliskan alasannya di tab Rapat pleno');
  };
  await expectBanner();
  // Ringkasan: no "nothing blocks opening scoring", the set-up read-only, no "Simpan".
  await expect(page.getByTestId('issues')).toContainText('Hasil seleksi ini sudah final.');
  await expect(page.getByTestId('issues')).not.toContainText('Tidak ada lagi yang menghalangi pembukaan penilaian.');
  await expect(textbox(page, 'Judul seleksi')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toHaveCount(0);
  await checkA11y(page, testInfo, 'final-overview');
  await saveScreenshot(page, 'final-banner', false);

  await page.getByRole('tab', { name: 'Pelamar' }).click();
  await expectBanner();
  await expect(page.getByRole('button', { name: 'Tambah pelamar' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Impor dari Excel/CSV' })).toBeDisabled();

  await page.getByRole('tab', { name: 'Penilaian' }).click();
  await expectBanner();
  await expect(page.getByTestId('rounds-tab')).toBeVisible();

  await page.getByRole('tab', { name: 'Hasil', exact: true }).click();
  await expectBanner();
  await expect(page.getByTestId('results-final')).toContainText('Hasil final (dibekukan)');
  await expect(page.getByTestId('results-final')).toContainText(final.sha256);

  await page.getByRole('tab', { name: 'Rapat pleno' }).click();
  await expectBanner();
  await expect(page.getByTestId('no-new-meeting')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buka rapat' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Dokumen' }).click();
  await expectBanner();
  const docs = page.getByTestId('documents-tab');
  await expect(textbox(docs, 'Nama panitia (sebagaimana menandatangani)')).toHaveValue(JPT_COMMITTEE);
  await expect(textbox(docs, 'Nama panitia (sebagaimana menandatangani)')).toBeDisabled();
  await expect(textbox(docs, 'Dasar hukum berita acara (satu per baris)')).toBeDisabled();
  await expect(docs.getByTestId('letterhead-final')).toBeVisible();
  await expect(docs.getByTestId('documents-save-settings')).toHaveCount(0);
  await expect(docs.getByRole('button', { name: 'Logo (PNG atau JPEG)' })).toBeDisabled();
  await checkA11y(page, testInfo, 'final-documents');
  await saveScreenshot(page, 'final-documents');

  // --- the berita acara of the final selection prints its own committee and legal basis
  const made = await call(page, host, 'documents.generate', {
    request: { type: 'beritaAcara', selectionId: jpt.id },
    passphrase: CERT,
    date: '2026-11-24',
    language: 'id',
    returnBytes: true,
  });
  expect(made.pdf).not.toBeNull();
  const file = join(host.home, 'berita-acara-jpt.pdf');
  writeFileSync(file, Buffer.from(made.pdf ?? '', 'base64'));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(JPT_COMMITTEE);
  expect(text).toContain(JPT_BASIS);
  expect(text).toContain('PEMERINTAH PROVINSI JAMBI'); // the kop, in capitals
  expect(text).not.toContain(PPPK_COMMITTEE);
  expect(text).not.toContain(PPPK_BASIS);

  // --- the chair reopens with a reason: the banner goes, the editors come back
  await page.getByRole('tab', { name: 'Rapat pleno' }).click();
  await page.getByTestId('final-section').getByRole('button', { name: 'Buka kembali…' }).click();
  const reopen = page.getByRole('dialog', { name: 'Buka kembali hasil seleksi?' });
  await textbox(reopen, 'Alasan membuka kembali').fill('Sanggahan pelamar JPT-002 diterima; nilai wawancara ditinjau ulang.');
  await reopen.getByRole('button', { name: 'Ya, buka kembali' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Buka rapat' })).toBeVisible();
  await page.getByRole('tab', { name: 'Pelamar' }).click();
  await expect(page.getByRole('button', { name: 'Tambah pelamar' })).toBeEnabled();
  expect(problems).toEqual([]);
});
