import type { Page } from '@playwright/test';
import type { Args, MethodName, Result } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { expect, test, type Host } from './host-fixture';
import { checkA11y, createVaultAndChair, saveScreenshot, textbox, watchConsole } from './support';

/**
 * The chair's side of a scoring round through the real UI: create the round, see opening
 * refused while nobody can score, run a calibration with two sample cases (members score it
 * through the API) and read who is more lenient or strict, open the round (rubric frozen),
 * watch the board show counts and never a value, be refused closing while a member is still
 * scoring, record that member as excused, close and see the seal, read each scorer's
 * leniency, then reveal identities with the secretary in one dialog (a wrong second password
 * changes nothing). Ends with the observer, who reads the same round without any action.
 */

const COMMITTEE = 'Panitia Seleksi PPPK Guru Kota Kupang 2026';
const PASSPHRASE = 'kopi tubruk di pendopo kupang';
const CHAIR = 'Dr. Siti Rahmawati, S.Sos., M.Si.';
const CHAIR_PASSWORD = 'ketua-rahasia-2026';
const SECRETARY = "Nur'aini Kusumawardhani, S.H., M.H.";
const SECRETARY_PASSWORD = 'sekretaris-pppk-2026';
const OBSERVER = 'Drs. Yosef Bria, Inspektur Pembantu';
const OBSERVER_PASSWORD = 'pengawas-pppk-2026';
const MEMBERS = [
  { name: 'Ani Suryani, M.Pd.', password: 'anggota-ani-2026', calibration: 4, score: 3 },
  { name: 'Budi Santoso, S.Pd.', password: 'anggota-budi-2026', calibration: 2, score: 2 },
  { name: 'Citra Lestari, S.Psi.', password: 'anggota-citra-2026', calibration: 3, score: 3 },
] as const;
const SELECTION = 'Seleksi PPPK Guru Kota Kupang 2026';
const APPLICANTS = [
  { registrationNumber: 'PPPK-2026-001', name: 'Yohanes Manurung', nik: '5371010101900001' },
  { registrationNumber: 'PPPK-2026-002', name: "Sitti Nur'aini", nik: '5371010101900002' },
  { registrationNumber: 'PPPK-2026-003', name: 'Made Wijaya', nik: '5371010101900003' },
];
const ILL = 'Sakit, surat keterangan dokter terlampir.';

/** One contract call through the loopback host, as whoever is signed in there now. */
async function call<M extends MethodName>(page: Page, host: Host, method: M, args: Args<M>): Promise<Result<M>> {
  const response = await page.request.post(`${host.origin}/api`, {
    headers: { 'x-panelis-token': host.token },
    data: { method, args },
  });
  const body = (await response.json()) as Envelope<Result<M>>;
  if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message.en}`);
  return body.value;
}

/** Signs someone in through the API; a one-time password is replaced first, as the app demands. */
async function signInApi(page: Page, host: Host, personId: string, password: string, oneTime?: string): Promise<void> {
  await call(page, host, 'session.signOut', {});
  if (oneTime) {
    await call(page, host, 'session.signIn', { personId, password: oneTime });
    await call(page, host, 'session.changePassword', { currentPassword: oneTime, newPassword: password, newPasswordRepeat: password });
  } else {
    await call(page, host, 'session.signIn', { personId, password });
  }
}

function nameRegExp(name: string): RegExp {
  return new RegExp(name.replace(/[.,'()]/g, '.'));
}

/** Back at the laptop: the sign-in screen, the person's name, their password. */
async function signInUi(page: Page, host: Host, name: string, password: string): Promise<void> {
  await page.goto(`${host.origin}/`);
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await page.getByRole('radio', { name: nameRegExp(name) }).check();
  await textbox(page, 'Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
}

/** A whole-page screenshot from the top (the sticky header would be drawn mid-page otherwise). */
async function snap(page: Page, file: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await saveScreenshot(page, file);
}

async function roundsTab(page: Page) {
  await page.getByRole('tab', { name: 'Penilaian' }).click();
  const card = page.getByTestId('round-card');
  await expect(card).toBeVisible();
  return card;
}

test('the chair runs a scoring round: calibration, board, excuse, seal, two-person reveal', async ({ page, host }, testInfo) => {
  test.setTimeout(240_000);
  const problems = watchConsole(page);
  // Every board main sends while the round is open: counts only, never a value.
  const boards: unknown[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('/api')) return;
    const sent = response.request().postDataJSON() as { method?: string } | null;
    if (sent?.method !== 'rounds.board') return;
    try {
      const body = (await response.json()) as Envelope<unknown>;
      if (body.ok) boards.push(body.value);
    } catch {
      // The page navigated away before the body was read: nothing to check.
    }
  });

  await page.goto(host.url);
  await createVaultAndChair(page, { committee: COMMITTEE, passphrase: PASSPHRASE, chair: CHAIR, chairPassword: CHAIR_PASSWORD });
  const chairId = (await call(page, host, 'session.people', {})).find((p) => p.name === CHAIR)!.id;

  // --- set-up through the API (the set-up screens have their own specs)
  const secretary = await call(page, host, 'people.add', {
    name: SECRETARY,
    nip: '',
    position: 'Sekretaris BKPSDM',
    role: 'secretary',
    initialPassword: 'sementara-sek-1',
  });
  const observer = await call(page, host, 'people.add', {
    name: OBSERVER,
    nip: '',
    position: 'Inspektorat',
    role: 'observer',
    initialPassword: 'sementara-obs-1',
  });
  const members = [];
  for (const m of MEMBERS)
    members.push(
      await call(page, host, 'people.add', {
        name: m.name,
        nip: '',
        position: 'Guru Penggerak',
        role: 'member',
        initialPassword: `sementara-${m.password}`,
      }),
    );
  const selection = await call(page, host, 'selection.create', { template: 'pppk', title: SELECTION });
  const stage = selection.setup.stages.find((s) => s.kind === 'scored' && s.source === 'panel')!;
  const applicants = [];
  for (const a of APPLICANTS)
    applicants.push(
      await call(page, host, 'applicants.add', { selectionId: selection.id, applicant: { ...a, education: 'S1 Pendidikan Matematika' } }),
    );
  // The committee has no scorer yet: opening must be refused.
  await call(page, host, 'committee.set', { selectionId: selection.id, personIds: [chairId, secretary.personId, observer.personId] });
  // Everyone replaces their one-time password once; the chair comes back last.
  await page.goto('about:blank');
  await signInApi(page, host, secretary.personId, SECRETARY_PASSWORD, 'sementara-sek-1');
  await signInApi(page, host, observer.personId, OBSERVER_PASSWORD, 'sementara-obs-1');
  for (const [i, m] of MEMBERS.entries()) await signInApi(page, host, members[i]!.personId, m.password, `sementara-${m.password}`);
  await call(page, host, 'session.signOut', {});
  await signInUi(page, host, CHAIR, CHAIR_PASSWORD);

  // --- the chair opens the selection: the scoring tab offers a round for the interview stage
  await page.getByRole('button', { name: SELECTION }).click();
  await expect(page.getByTestId('selection-workspace')).toBeVisible();
  let card = await roundsTab(page);
  await expect(card.getByRole('heading', { name: `Tahap ${stage.name}` })).toBeVisible();
  await expect(card).toContainText('Belum ada putaran penilaian untuk tahap ini.');
  await card.getByRole('button', { name: 'Buat putaran penilaian' }).click();
  await expect(card.getByTestId('round-state')).toHaveText('Draf');
  await expect(card.getByRole('list', { name: 'Tahapan putaran' })).toBeVisible();

  // --- opening is refused while nobody with the member role sits on the committee
  await card.getByRole('button', { name: 'Buka penilaian…' }).click();
  let dialog = page.getByRole('dialog', { name: `Buka penilaian tahap ${stage.name}?` });
  await dialog.getByRole('button', { name: 'Ya, buka penilaian' }).click();
  await expect(dialog.getByTestId('error-alert')).toHaveText(/Penilaian belum dapat dibuka: belum ada anggota penilai/);
  await saveScreenshot(page, 'rounds-open-refused', false);
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(card.getByTestId('round-state')).toHaveText('Draf');

  // The secretary puts the three members on the committee; one has declared a conflict.
  await call(page, host, 'committee.set', {
    selectionId: selection.id,
    personIds: [chairId, secretary.personId, observer.personId, ...members.map((m) => m.personId)],
  });
  await call(page, host, 'conflicts.declare', {
    selectionId: selection.id,
    applicantId: applicants[2]!.id,
    personId: members[1]!.personId,
    reasonKind: 'work',
    reasonText: 'Rekan satu sekolah dalam lima tahun terakhir.',
  });

  // --- calibration with two sample cases
  const calibration = card.getByTestId('calibration');
  await expect(calibration).toContainText('Nilai kalibrasi tidak pernah dihitung dalam hasil seleksi.');
  await calibration.getByRole('button', { name: 'Siapkan kalibrasi' }).click();
  await textbox(calibration, 'Judul kasus 1').fill('Rekaman wawancara contoh A');
  await textbox(calibration, 'Uraian kasus 1').fill(
    'Guru honorer 6 tahun; menjelaskan pembelajaran berdiferensiasi dengan contoh kelas VII.',
  );
  await calibration.getByRole('button', { name: 'Tambah kasus' }).click();
  await textbox(calibration, 'Judul kasus 2').fill('Rekaman wawancara contoh B');
  await textbox(calibration, 'Uraian kasus 2').fill('Lulusan baru PPG; jawaban umum tentang kerja sama tanpa contoh pengalaman.');
  await snap(page, 'rounds-calibration-setup');
  await calibration.getByRole('button', { name: 'Mulai kalibrasi' }).click();
  await expect(calibration.getByTestId('calibration-progress')).toHaveText('0 dari 3 penilai telah menilai semua kasus.');
  await expect(calibration).toContainText('Rekaman wawancara contoh B');
  const round = (await call(page, host, 'rounds.list', { selectionId: selection.id }))[0]!;

  // Each member scores both cases (the member's desk is another spec): Ani high, Budi low, Citra between.
  await page.goto('about:blank');
  for (const [i, m] of MEMBERS.entries()) {
    await signInApi(page, host, members[i]!.personId, m.password);
    const view = await call(page, host, 'calibration.get', { roundId: round.id });
    for (const c of view.cases) {
      for (const k of view.rubric.criteria)
        await call(page, host, 'calibration.save', { roundId: round.id, caseId: c.id, criterionId: k.id, value: m.calibration });
    }
  }
  await call(page, host, 'session.signOut', {});
  await signInUi(page, host, CHAIR, CHAIR_PASSWORD);
  card = await roundsTab(page);
  await expect(card.getByTestId('calibration-progress')).toHaveText('3 dari 3 penilai telah menilai semua kasus.');
  await card.getByRole('button', { name: 'Tutup kalibrasi dan tampilkan hasil' }).click();
  const results = card.getByTestId('calibration-results');
  await expect(results).toBeVisible();
  await expect(results).toContainText('Nilai kalibrasi tidak pernah dihitung dalam hasil seleksi.');
  const calRow = (name: string) => results.getByTestId('calibration-row').filter({ hasText: name });
  await expect(calRow(MEMBERS[0].name).getByTestId('reading').first()).toHaveText('lebih longgar');
  await expect(calRow(MEMBERS[0].name)).toContainText('selisih +1,00');
  await expect(calRow(MEMBERS[1].name).getByTestId('reading').first()).toHaveText('lebih ketat');
  await expect(calRow(MEMBERS[1].name)).toContainText('selisih −1,00');
  await expect(calRow(MEMBERS[2].name).getByTestId('reading').first()).toHaveText('sejalan');
  await expect(results.getByRole('row', { name: /Rata-rata panel/ })).toContainText('3,00');
  await checkA11y(page, testInfo, 'rounds-calibration-results');
  await snap(page, 'rounds-calibration-results');

  // --- open: the rubric version is frozen and shown with its SHA-256
  await card.getByRole('button', { name: 'Buka penilaian…' }).click();
  dialog = page.getByRole('dialog', { name: `Buka penilaian tahap ${stage.name}?` });
  await dialog.getByRole('button', { name: 'Ya, buka penilaian' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByTestId('round-state')).toHaveText('Dibuka');
  await expect(card.getByTestId('round-rubric')).toContainText('Versi 1');
  await expect(card.getByTestId('rubric-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(card.getByTestId('round-assigned')).toHaveText('3 penilai · 3 pelamar');
  const board = card.getByTestId('round-board');
  await expect(board.getByTestId('board-row')).toHaveCount(3);
  await expect(board.getByTestId('board-summary')).toHaveText('0 dari 3 lembar terkirim · 0 berhalangan · 3 masih menilai');
  const budiRow = board.getByTestId('board-row').filter({ hasText: MEMBERS[1].name });
  await expect(budiRow.getByTestId('count-recused')).toHaveText('1');
  await expect(budiRow.getByTestId('count-notStarted')).toHaveText('2');

  // Ani and Budi score everyone on their desk and submit; Citra has started one applicant.
  await page.goto('about:blank');
  for (const [i, m] of MEMBERS.entries()) {
    await signInApi(page, host, members[i]!.personId, m.password);
    const queue = await call(page, host, 'desk.queue', { roundId: round.id });
    const items = queue.items.filter((it) => it.status !== 'recused');
    if (i === 2) {
      await call(page, host, 'scores.save', {
        roundId: round.id,
        applicantId: items[0]!.applicantId,
        criterionId: queue.rubric.criteria[0]!.id,
        value: m.score,
      });
      continue;
    }
    for (const it of items) {
      for (const k of queue.rubric.criteria)
        await call(page, host, 'scores.save', { roundId: round.id, applicantId: it.applicantId, criterionId: k.id, value: m.score });
    }
    const sent = await call(page, host, 'desk.submit', { roundId: round.id, password: m.password });
    expect(sent.sheetSha256).toMatch(/^[0-9a-f]{64}$/);
  }
  await call(page, host, 'session.signOut', {});
  await signInUi(page, host, CHAIR, CHAIR_PASSWORD);
  card = await roundsTab(page);

  // --- the board: counts and sheet statuses, never a value, a total or a rank
  const row = (name: string) => board.getByTestId('board-row').filter({ hasText: name });
  await expect(board.getByTestId('board-summary')).toHaveText('2 dari 3 lembar terkirim · 0 berhalangan · 1 masih menilai');
  await expect(row(MEMBERS[0].name).getByTestId('count-done')).toHaveText('3');
  await expect(row(MEMBERS[0].name).getByTestId('sheet-status')).toHaveText('Terkirim');
  await expect(row(MEMBERS[0].name).getByTestId('sheet-sha256')).toContainText(/[0-9a-f]{64}/);
  await expect(row(MEMBERS[1].name).getByTestId('count-done')).toHaveText('2');
  await expect(row(MEMBERS[1].name).getByTestId('count-recused')).toHaveText('1');
  await expect(row(MEMBERS[2].name).getByTestId('count-inProgress')).toHaveText('1');
  await expect(row(MEMBERS[2].name).getByTestId('count-notStarted')).toHaveText('2');
  await expect(row(MEMBERS[2].name).getByTestId('sheet-status')).toHaveText('Sedang menilai');
  for (const cell of await board.locator('[data-testid^="count-"]').allInnerTexts()) expect(cell).toMatch(/^[0-3]$/);
  // No score, subtotal or mean anywhere on the board: scores would read "75,00" or "3,00".
  const boardText = (await board.innerText()).replace(/[0-9a-f]{64}/g, '');
  expect(boardText).not.toMatch(/\d+,\d+/);
  expect(boardText).not.toContain('%');
  // The only mention of totals and ranks is the sentence saying they are not shown.
  const rowsText = (await board.getByTestId('board-row').allInnerTexts()).join('\n');
  expect(rowsText).not.toMatch(/peringkat|total|\bnilai\b/i);
  await checkA11y(page, testInfo, 'rounds-board');
  await snap(page, 'rounds-board');

  // --- closing is refused while Citra is still scoring; the chair records why she cannot finish
  await card.getByRole('button', { name: 'Tutup dan segel putaran…' }).click();
  dialog = page.getByRole('dialog', { name: `Tutup putaran tahap ${stage.name}?` });
  await dialog.getByRole('button', { name: 'Ya, tutup dan segel' }).click();
  await expect(dialog.getByTestId('error-alert')).toContainText(
    `Putaran belum dapat ditutup: ${MEMBERS[2].name} belum mengirim lembar penilaian.`,
  );
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await row(MEMBERS[2].name)
    .getByRole('button', { name: `Catat berhalangan: ${MEMBERS[2].name}` })
    .click();
  dialog = page.getByRole('dialog', { name: `Catat berhalangan: ${MEMBERS[2].name}` });
  await dialog.getByRole('textbox', { name: 'Alasan' }).fill(ILL);
  await checkA11y(page, testInfo, 'rounds-excuse-dialog');
  await saveScreenshot(page, 'rounds-excuse-dialog', false);
  await dialog.getByRole('button', { name: 'Catat berhalangan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row(MEMBERS[2].name).getByTestId('sheet-status')).toHaveText('Berhalangan');
  await expect(row(MEMBERS[2].name).getByTestId('excuse-reason')).toHaveText(`Alasan: ${ILL}`);
  await expect(card.getByTestId('close-pending')).toHaveText('Semua penilai telah mengirim lembar penilaian atau tercatat berhalangan.');

  // --- close: the seal over every submitted sheet
  await card.getByRole('button', { name: 'Tutup dan segel putaran…' }).click();
  dialog = page.getByRole('dialog', { name: `Tutup putaran tahap ${stage.name}?` });
  await dialog.getByRole('button', { name: 'Ya, tutup dan segel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByTestId('round-state')).toHaveText('Ditutup');
  const seal = card.getByTestId('seal-sha256');
  await expect(seal).toHaveText(/^[0-9a-f]{64}$/);
  const sealText = (await seal.innerText()).trim();
  await expect(card.getByTestId('seal-closed-at')).toHaveText(/^Ditutup \d{1,2} \S+ \d{4}/);
  const closed = (await call(page, host, 'rounds.list', { selectionId: selection.id }))[0]!;
  expect(closed.sealSha256).toBe(sealText);

  // --- leniency after close: Ani more lenient, Budi stricter than the panel on the same applicants
  const leniency = card.getByTestId('leniency');
  const lenRow = (name: string) => leniency.getByTestId('leniency-row').filter({ hasText: name });
  await expect(lenRow(MEMBERS[0].name)).toContainText('75,00');
  await expect(lenRow(MEMBERS[0].name).getByTestId('reading')).toHaveText('lebih longgar');
  await expect(lenRow(MEMBERS[1].name)).toContainText('50,00');
  await expect(lenRow(MEMBERS[1].name)).toContainText('−12,50');
  await expect(lenRow(MEMBERS[1].name).getByTestId('reading')).toHaveText('lebih ketat');
  await expect(leniency.getByTestId('leniency-row')).toHaveCount(2);
  await snap(page, 'rounds-closed-seal');

  // --- reveal: two people in one dialog; a wrong second password changes nothing
  await card.getByRole('button', { name: 'Buka identitas pelamar…' }).click();
  dialog = page.getByRole('dialog', { name: `Buka identitas pelamar — tahap ${stage.name}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Sekretaris yang mengonfirmasi' })).toHaveValue(secretary.personId);
  await dialog.getByLabel(`Kata sandi Anda (${CHAIR})`).fill(CHAIR_PASSWORD);
  await dialog.getByLabel(`Kata sandi ${SECRETARY}`).fill('bukan-sandi-sekretaris');
  await checkA11y(page, testInfo, 'rounds-reveal-dialog');
  await saveScreenshot(page, 'rounds-reveal-dialog', false);
  const refused = page.waitForResponse(
    (r) => r.url().endsWith('/api') && (r.request().postDataJSON() as { method?: string }).method === 'rounds.reveal',
  );
  await dialog.getByRole('button', { name: 'Buka identitas', exact: true }).click();
  const refusal = (await (await refused).json()) as Envelope<unknown>;
  expect(refusal.ok).toBe(false);
  if (!refusal.ok)
    expect(refusal.error).toMatchObject({ code: 'WRONG_PASSWORD', message: { id: 'Kata sandi salah.', en: 'Wrong password.' } });
  await expect(dialog.getByTestId('error-alert')).toHaveText(/Kata sandi salah\./);
  await expect(dialog).toContainText('Kedua isian kata sandi dikosongkan');
  await expect(dialog.getByLabel(`Kata sandi Anda (${CHAIR})`)).toHaveValue('');
  await saveScreenshot(page, 'rounds-reveal-refused', false);
  const still = (await call(page, host, 'rounds.list', { selectionId: selection.id }))[0]!;
  expect(still).toMatchObject({ state: 'closed', revealedAt: null, revealedBy: [], sealSha256: sealText });
  await expect(card.getByTestId('round-state')).toHaveText('Ditutup');

  await dialog.getByLabel(`Kata sandi Anda (${CHAIR})`).fill(CHAIR_PASSWORD);
  await dialog.getByLabel(`Kata sandi ${SECRETARY}`).fill(SECRETARY_PASSWORD);
  await dialog.getByRole('button', { name: 'Buka identitas', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByTestId('round-state')).toHaveText('Identitas dibuka');
  const reveal = card.getByTestId('reveal-section');
  await expect(reveal.getByTestId('revealed-at')).toHaveText(/^Identitas dibuka \d{1,2} \S+ \d{4}/);
  await expect(reveal.getByTestId('revealed-by')).toContainText(CHAIR);
  await expect(reveal.getByTestId('revealed-by')).toContainText(SECRETARY);
  await expect(card.getByTestId('seal-sha256')).toHaveText(sealText);
  await checkA11y(page, testInfo, 'rounds-revealed');
  await snap(page, 'rounds-revealed');

  // Every board main sent carried counts and statuses only.
  expect(boards.length).toBeGreaterThan(0);
  for (const b of boards) expect(JSON.stringify(b)).not.toMatch(/"(value|values|scores|subtotal|total|rank|mean)"/);

  // --- the observer reads the same round: seal, board and who revealed; no action, no leniency
  await page.goto('about:blank');
  await call(page, host, 'session.signOut', {});
  await signInUi(page, host, OBSERVER, OBSERVER_PASSWORD);
  await page.getByRole('button', { name: SELECTION }).click();
  card = await roundsTab(page);
  await expect(page.getByTestId('rounds-tab')).toContainText('Anda dapat membaca putaran penilaian');
  await expect(card.getByTestId('seal-sha256')).toHaveText(sealText);
  await expect(card.getByTestId('revealed-by')).toContainText(SECRETARY);
  await expect(card.getByTestId('board-row')).toHaveCount(3);
  await expect(card.getByTestId('leniency')).toHaveCount(0);
  await expect(card.getByRole('button', { name: /Buka|Tutup|Catat|Siapkan/ })).toHaveCount(0);
  await expect(card.getByTestId('calibration-results')).toBeVisible();

  // The same round in English: words and numbers follow the language.
  await page.getByRole('radiogroup', { name: 'Bahasa tampilan' }).getByText('English').click();
  await expect(page.getByRole('tab', { name: 'Scoring' })).toBeVisible();
  await expect(card.getByTestId('round-state')).toHaveText('Revealed');
  await expect(card.getByTestId('calibration-results').getByRole('row', { name: /Panel mean/ })).toContainText('3.00');
  await checkA11y(page, testInfo, 'rounds-observer-en');
  await snap(page, 'rounds-observer-en');

  expect(problems).toEqual([]);
});
