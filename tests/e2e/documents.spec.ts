import { readFileSync } from 'node:fs';
import { interviewSetup } from '../helpers/interview-setup';
import { expect, test } from './host-fixture';
import { call, checkA11y, createVaultAndChair, nameRegExp, saveScreenshot, signInApi, textbox, watchConsole } from './support';

/**
 * The chair's official documents through the real UI: results are set up, scored and closed
 * through the API; the chair sets the letterhead, the results are finalised (API), she generates the
 * committee certificate, makes and downloads the signed berita acara, and checks it on the
 * dashboard's verifier: valid; the same file with one byte changed: not valid, with the reason.
 */

const PASSPHRASE = 'dokumen resmi panitia kupang';
const CHAIR = 'Dr. Siti Rahmawati, S.Sos., M.Si.';
const CHAIR_PASSWORD = 'ketua-rahasia-2026';
const CERT = 'sandi-sertifikat-panitia';
const MEMBERS = [
  { name: 'Ani Suryani, M.Pd.', password: 'anggota-ani-2026' },
  { name: 'Budi Santoso, S.Pd.', password: 'anggota-budi-2026' },
] as const;
const SELECTION = 'Seleksi PPPK Guru Kota Kupang 2026';

test('the chair makes a signed berita acara and the verifier tells a true copy from a changed one', async ({ page, host }, testInfo) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await page.goto(host.url);
  await createVaultAndChair(page, {
    committee: 'Panitia Seleksi PPPK Kota Kupang',
    passphrase: PASSPHRASE,
    chair: CHAIR,
    chairPassword: CHAIR_PASSWORD,
  });
  const chairId = (await call(page, host, 'session.people', {})).find((p) => p.name === CHAIR)!.id;

  // --- set-up, scoring, closing and finalising through the API (their screens have their own specs)
  const members = [];
  for (const m of MEMBERS)
    members.push(
      await call(page, host, 'people.add', {
        name: m.name,
        nip: '',
        position: 'Guru',
        role: 'member',
        initialPassword: `sementara-${m.password}`,
      }),
    );
  const selection = await call(page, host, 'selection.create', { template: null, title: SELECTION });
  await call(page, host, 'selection.update', { selectionId: selection.id, setup: { ...interviewSetup(), title: SELECTION } });
  await call(page, host, 'committee.set', { selectionId: selection.id, personIds: [chairId, ...members.map((m) => m.personId)] });
  const applicants = [];
  for (const [i, name] of ['Yohanes Manurung', "Sitti Nur'aini", 'Made Wijaya'].entries()) {
    applicants.push(
      await call(page, host, 'applicants.add', {
        selectionId: selection.id,
        applicant: { registrationNumber: `PPPK-00${i + 1}`, name, nik: `53710101019${i}0001`, education: 'S1 Pendidikan' },
      }),
    );
  }
  const round = await call(page, host, 'rounds.create', { selectionId: selection.id, stageId: 'st-int' });
  await call(page, host, 'rounds.open', { roundId: round.id });
  await page.goto('about:blank');
  const criteria = interviewSetup()
    .stages.find((s) => s.id === 'st-int')!
    .rubric!.criteria.map((c) => c.id);
  for (const [i, m] of MEMBERS.entries()) {
    await signInApi(page, host, members[i]!.personId, m.password, `sementara-${m.password}`);
    for (const applicant of applicants) {
      for (const criterionId of criteria)
        await call(page, host, 'scores.save', { roundId: round.id, applicantId: applicant.id, criterionId, value: 3 });
    }
    await call(page, host, 'desk.submit', { roundId: round.id, password: m.password });
  }
  await signInApi(page, host, chairId, CHAIR_PASSWORD);
  await call(page, host, 'rounds.close', { roundId: round.id });
  const meeting = await call(page, host, 'deliberation.createMeeting', {
    selectionId: selection.id,
    date: '2026-11-23',
    time: '09:00',
    place: 'Aula BKPSDM',
  });
  for (const personId of [chairId, ...members.map((m) => m.personId)])
    await call(page, host, 'deliberation.setAttendance', { meetingId: meeting.id, personId, present: true });
  await call(page, host, 'session.signOut', {});

  // --- the chair at the laptop
  await page.goto(`${host.origin}/`);
  await page.getByRole('radio', { name: nameRegExp(CHAIR) }).check();
  await textbox(page, 'Kata sandi').fill(CHAIR_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('button', { name: SELECTION }).click();
  await page.getByRole('tab', { name: 'Dokumen' }).click();
  const tab = page.getByTestId('documents-tab');
  await expect(tab).toContainText('Belum ada sertifikat.');

  await textbox(tab, 'Nama instansi').fill('Pemerintah Kota Kupang');
  await textbox(tab, 'Tempat penandatanganan').fill('Kupang');
  await tab.getByTestId('documents-save-settings').click();
  await expect(tab).toContainText('Pengaturan tersimpan.');
  // Document settings belong to the selection's results: set before finalising (locked after).
  const check = await call(page, host, 'deliberation.finaliseCheck', { meetingId: meeting.id });
  await call(page, host, 'deliberation.finalise', { meetingId: meeting.id, confirmed: check.counts });

  await textbox(tab, 'Instansi (O)').fill('Pemerintah Kota Kupang');
  await tab.getByLabel('Kata sandi sertifikat', { exact: true }).fill(CERT);
  await tab.getByLabel('Ulangi kata sandi sertifikat').fill(CERT);
  await tab.getByTestId('documents-generate-certificate').click();
  await expect(tab.getByTestId('documents-certificate')).toContainText('Sertifikat panitia (ditandatangani sendiri)', { timeout: 30_000 });

  // The berita acara (the default type): a wrong passphrase first, then the right one.
  await tab.getByTestId('documents-passphrase').fill('bukan-sandinya');
  await tab.getByTestId('documents-generate').click();
  // Making a numbered, signed document asks once, saying what it will do.
  await expect(page.getByRole('dialog', { name: 'Buat dan tanda tangani dokumen?' })).toContainText('nomor surat berikutnya');
  await page.getByTestId('documents-confirm').click();
  await expect(tab.getByTestId('error-alert').first()).toContainText('Kata sandi sertifikat salah');
  await tab.getByTestId('documents-passphrase').fill(CERT);
  const downloading = page.waitForEvent('download');
  await tab.getByTestId('documents-generate').click();
  await page.getByTestId('documents-confirm').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^berita-acara-hasil-seleksi-[0-9a-f]{8}\.pdf$/);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(tab.getByTestId('documents-done')).toContainText('Berita Acara Hasil Seleksi');
  await expect(tab.getByTestId('documents-list')).toContainText('Berita Acara Hasil Seleksi');
  await checkA11y(page, testInfo, 'documents-tab');
  await saveScreenshot(page, 'documents-tab');

  // The verifier: the true copy, then a copy with one byte changed.
  const verify = tab.getByTestId('verify-panel');
  await verify.locator('input[type=file]').setInputFiles({ name: 'berita-acara.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(verify.getByTestId('verify-verdict')).toContainText('SAH: dokumen utuh');
  const changed = Buffer.from(pdf);
  changed[3000] = changed[3000]! ^ 0x01;
  await verify.locator('input[type=file]').setInputFiles({ name: 'berita-acara-diubah.pdf', mimeType: 'application/pdf', buffer: changed });
  await expect(verify.getByTestId('verify-verdict')).toContainText('TIDAK SAH');
  await expect(verify.getByTestId('verify-findings')).toContainText('Tanda tangan tidak sah');
  await checkA11y(page, testInfo, 'documents-verify');
  expect(problems).toEqual([]);
});
