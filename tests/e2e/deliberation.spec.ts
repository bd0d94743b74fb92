import { interviewSetup } from '../helpers/interview-setup';
import { expect, test } from './host-fixture';
import { call, checkA11y, createVaultAndChair, nameRegExp, saveScreenshot, signInApi, textbox, watchConsole } from './support';

/**
 * The chair's deliberation meeting through the real UI: scores are in and the round is
 * closed (through the API); the chair opens a meeting, records who is present (quorum),
 * takes the two flagged applicants onto the agenda, puts a motion and records each present
 * member's vote, records a score revision that the member confirms with their own password
 * (and sees what changed), then finalises: the results are frozen with their SHA-256.
 */

const PASSPHRASE = 'rapat pleno di aula bkpsdm';
const CHAIR = 'Dr. Siti Rahmawati, S.Sos., M.Si.';
const CHAIR_PASSWORD = 'ketua-rahasia-2026';
const SECRETARY = "Nur'aini Kusumawardhani, S.H.";
const MEMBERS = [
  { name: 'Ani Suryani, M.Pd.', password: 'anggota-ani-2026' },
  { name: 'Budi Santoso, S.Pd.', password: 'anggota-budi-2026' },
] as const;
const SELECTION = 'Seleksi PPPK Guru Kota Kupang 2026';
// Levels 1-4 on three criteria (know, solve, team): applicants 0 and 1 are flagged on the first.
const SCORES = [
  [
    [4, 3, 3],
    [1, 2, 3],
    [3, 3, 2],
  ],
  [
    [2, 3, 4],
    [3, 3, 3],
    [3, 2, 2],
  ],
];

test('the chair runs a deliberation meeting: quorum, flagged agenda, a vote, a revision, finalisation', async ({
  page,
  host,
}, testInfo) => {
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

  // --- set-up, scoring and closing through the API (their screens have their own specs)
  const secretary = await call(page, host, 'people.add', {
    name: SECRETARY,
    nip: '',
    position: 'Sekretaris',
    role: 'secretary',
    initialPassword: 'sementara-sek-1',
  });
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
  await call(page, host, 'committee.set', {
    selectionId: selection.id,
    personIds: [chairId, secretary.personId, ...members.map((m) => m.personId)],
  });
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
  await signInApi(page, host, secretary.personId, 'sekretaris-2026', 'sementara-sek-1');
  const criteria = interviewSetup()
    .stages.find((s) => s.id === 'st-int')!
    .rubric!.criteria.map((c) => c.id);
  for (const [i, m] of MEMBERS.entries()) {
    await signInApi(page, host, members[i]!.personId, m.password, `sementara-${m.password}`);
    for (const [a, applicant] of applicants.entries()) {
      for (const [k, criterionId] of criteria.entries()) {
        const value = SCORES[i]![a]![k]!;
        await call(page, host, 'scores.save', {
          roundId: round.id,
          applicantId: applicant.id,
          criterionId,
          value,
          ...(value === 1 || value === 4 ? { note: 'Alasan tercatat dalam wawancara' } : {}),
        });
      }
    }
    await call(page, host, 'desk.submit', { roundId: round.id, password: m.password });
  }
  await signInApi(page, host, chairId, CHAIR_PASSWORD);
  await call(page, host, 'rounds.close', { roundId: round.id });
  await call(page, host, 'session.signOut', {});

  // --- the chair at the laptop
  await page.goto(`${host.origin}/`);
  await page.getByRole('radio', { name: nameRegExp(CHAIR) }).check();
  await textbox(page, 'Kata sandi').fill(CHAIR_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('button', { name: SELECTION }).click();
  await page.getByRole('tab', { name: 'Rapat pleno' }).click();
  const tab = page.getByTestId('deliberation-tab');
  await expect(tab).toContainText('Belum ada rapat pleno untuk seleksi ini.');
  await expect(tab).toContainText('Kuorum: Lebih dari setengah anggota yang berhak suara · masa sanggah 3 hari');

  // Opens a meeting: everyone starts absent, no quorum.
  await textbox(tab, 'Tempat').fill('Aula BKPSDM Kota Kupang');
  await tab.getByRole('button', { name: 'Buka rapat' }).click();
  const meeting = page.getByTestId('meeting');
  await expect(meeting.getByTestId('quorum')).toContainText('Belum kuorum: hadir 0 dari 4 anggota yang berhak suara, diperlukan 3.');
  for (const name of [CHAIR, MEMBERS[0].name, MEMBERS[1].name])
    await meeting.getByRole('checkbox', { name: nameRegExp(`${name} hadir`) }).check();
  await expect(meeting.getByTestId('quorum')).toContainText('Kuorum terpenuhi: hadir 3 dari 4 anggota yang berhak suara (diperlukan 3).');

  // The two flagged applicants are proposed; the chair takes both onto the agenda.
  const proposals = meeting.getByTestId('proposal');
  await expect(proposals).toHaveCount(2);
  await expect(proposals.first()).toContainText('Penguasaan bidang: selisih 2,00');
  for (const a of [applicants[0]!, applicants[1]!]) await meeting.getByRole('button', { name: `Masukkan ${a.code} ke agenda` }).click();
  await expect(meeting.getByTestId('agenda-item')).toHaveCount(2);
  await expect(meeting.getByTestId('proposals')).toContainText('Tidak ada pelamar bertanda yang belum masuk agenda.');
  const item1 = meeting.getByTestId('agenda-item').nth(0);
  const item2 = meeting.getByTestId('agenda-item').nth(1);
  await expect(item1.getByRole('heading')).toContainText(`Butir 1: ${applicants[0]!.code} · Yohanes Manurung`);

  // A motion on the first item, each present member's vote, the chair decides.
  await item1
    .getByRole('textbox', { name: 'Catatan pembahasan butir 1' })
    .fill('Perbedaan nilai dibahas; kedua anggota menjelaskan dasar penilaiannya.');
  await item1.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(item1.getByRole('status')).toHaveText('Catatan disimpan.');
  await item1.getByRole('textbox', { name: 'Usulan keputusan untuk butir 1' }).fill('Nilai Penguasaan bidang dipertahankan.');
  await item1.getByRole('button', { name: 'Ajukan usulan' }).click();
  const motion = item1.getByTestId('motion');
  await expect(motion.getByTestId('motion-outcome')).toHaveText('Menunggu keputusan');
  // Every voter keeps a row in the attendance order; a recorded vote shows in its row.
  const voteRows = motion.getByTestId('vote-row');
  await expect(voteRows).toHaveCount(3);
  const voteOf = (name: string) => motion.getByRole('group', { name: nameRegExp(`Suara ${name}`) });
  const labels = () => voteRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
  const order = await labels();
  expect(order).toHaveLength(3);
  await voteOf(CHAIR).getByRole('button', { name: 'Setuju', exact: true }).click();
  await expect(voteOf(CHAIR).getByTestId('vote-current')).toHaveText('Setuju');
  // The clerk records Ani's vote wrongly, then corrects it: asked for the reason once.
  await voteOf(MEMBERS[0].name).getByRole('button', { name: 'Setuju', exact: true }).click();
  await expect(voteOf(MEMBERS[0].name).getByTestId('vote-current')).toHaveText('Setuju');
  expect(await labels()).toEqual(order);
  await voteOf(MEMBERS[0].name).getByRole('button', { name: 'Tidak setuju' }).click();
  const correction = page.getByRole('dialog', { name: nameRegExp(`Koreksi suara ${MEMBERS[0].name}`) });
  await expect(correction).toContainText('"Setuju"');
  await expect(correction.getByRole('button', { name: 'Simpan koreksi' })).toBeDisabled();
  await textbox(correction, 'Alasan koreksi').fill('Salah catat; Ani menyatakan tidak setuju.');
  await checkA11y(page, testInfo, 'deliberation-vote-correction');
  await correction.getByRole('button', { name: 'Simpan koreksi' }).click();
  await expect(correction).toHaveCount(0);
  await expect(voteOf(MEMBERS[0].name).getByTestId('vote-current')).toHaveText('Tidak setuju');
  await expect(motion.getByTestId('vote-correction')).toContainText(`${MEMBERS[0].name}: Setuju → Tidak setuju`);
  await expect(motion.getByTestId('vote-correction')).toContainText('Alasan: Salah catat; Ani menyatakan tidak setuju.');
  await voteOf(MEMBERS[1].name).getByRole('button', { name: 'Setuju', exact: true }).click();
  await expect(motion.getByTestId('motion-tally')).toHaveText('Setuju 2 · tidak setuju 1 · abstain 0');
  // The rows never moved.
  expect(await labels()).toEqual(order);
  // "Putuskan" asks once.
  await motion.getByRole('button', { name: 'Putuskan' }).click();
  const decide = page.getByRole('dialog', { name: 'Putuskan usulan ini?' });
  await expect(decide).toContainText('Setuju 2 · tidak setuju 1 · abstain 0');
  await decide.getByRole('button', { name: 'Ya, putuskan' }).click();
  await expect(motion.getByTestId('motion-outcome')).toHaveText('Diterima');
  await checkA11y(page, testInfo, 'deliberation-meeting');
  await saveScreenshot(page, 'deliberation-meeting');

  // A revision on the second item: Ani types her own password; the earlier value stays on the record.
  await item2.getByRole('button', { name: 'Revisi nilai…' }).click();
  const dialog = page.getByRole('dialog', { name: `Revisi nilai ${applicants[1]!.code}` });
  await dialog.getByRole('combobox', { name: 'Anggota penilai' }).selectOption({ label: MEMBERS[0].name });
  await dialog.getByRole('combobox', { name: 'Kriteria' }).selectOption({ label: 'T1 Penguasaan bidang' });
  await dialog.getByRole('combobox', { name: 'Nilai baru' }).selectOption({ label: '3' });
  await textbox(dialog, 'Alasan revisi').fill('Setelah pembahasan, jawaban pelamar tentang kurikulum dinilai memadai.');
  await dialog.getByLabel('Kata sandi anggota').fill('salah-sandi-2026');
  await dialog.getByRole('button', { name: 'Simpan revisi' }).click();
  await expect(dialog.getByTestId('error-alert')).toContainText('Kata sandi salah.');
  await dialog.getByLabel('Kata sandi anggota').fill(MEMBERS[0].password);
  await checkA11y(page, testInfo, 'deliberation-revision');
  await dialog.getByRole('button', { name: 'Simpan revisi' }).click();
  const change = dialog.getByTestId('revision-change').first();
  await expect(change).toContainText(`${applicants[1]!.code} · Sitti Nur'aini: nilai akhir 63,75 → 71,25, peringkat 2 → 2`);
  await saveScreenshot(page, 'deliberation-revision-result', false);
  await dialog.getByRole('button', { name: 'Tutup' }).first().click();
  await expect(meeting.getByTestId('revision')).toContainText(
    `${MEMBERS[0].name} · ${applicants[1]!.code} · Sitti Nur'aini · Penguasaan bidang: 1 → 3`,
  );

  // Finalise: frozen with the SHA-256; the meeting then refuses further revisions.
  // The dialog says what is still open (the administration gate was never recorded) and the
  // chair ticks that she has seen it before "Ya, finalkan" works.
  await meeting.getByRole('button', { name: 'Finalkan hasil seleksi…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Finalkan hasil seleksi?' });
  await expect(confirm.getByTestId('finalise-check')).toContainText('3 keputusan MS/TMS belum dicatat.');
  await expect(confirm.getByTestId('finalise-check')).not.toContainText('belum pernah masuk agenda');
  await expect(confirm.getByRole('button', { name: 'Ya, finalkan' })).toBeDisabled();
  await confirm.getByRole('checkbox', { name: 'Saya sudah memeriksa hal di atas dan tetap memfinalkan hasil seleksi.' }).check();
  await checkA11y(page, testInfo, 'deliberation-finalise-check');
  await confirm.getByRole('button', { name: 'Ya, finalkan' }).click();
  await expect(meeting.getByTestId('meeting-final')).toBeVisible();
  // The whole workspace knows at once: the banner, no new meeting offered.
  await expect(page.getByTestId('final-banner')).toContainText(`Difinalkan oleh ${CHAIR}`);
  await expect(item2.getByRole('button', { name: 'Revisi nilai…' })).toHaveCount(0);
  await meeting.getByRole('button', { name: 'Kembali ke daftar rapat' }).click();
  await expect(page.getByTestId('final-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('final-section')).toContainText('Masa sanggah sampai dengan');
  await expect(page.getByTestId('no-new-meeting')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buka rapat' })).toHaveCount(0);
  const overview = await call(page, host, 'deliberation.overview', { selectionId: selection.id });
  await expect(page.getByTestId('final-sha256')).toHaveText(overview.final!.sha256);
  await checkA11y(page, testInfo, 'deliberation-final');
  await saveScreenshot(page, 'deliberation-final');
  expect(problems).toEqual([]);
});
