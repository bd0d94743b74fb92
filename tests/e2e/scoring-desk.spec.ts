import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import type { SelectionSetup } from '../../shared/selection/selection';
import type { Rubric } from '../../shared/selection/rubric';
import { expect, test, type Host } from './host-fixture';
import { checkA11y, saveScreenshot, textbox, watchConsole } from './support';

/**
 * The member's scoring desk through the real UI. Set-up that earlier specs already drive
 * through the UI (vault, people, selection, applicants, committee, round) is prepared here
 * through the host API, the way skeleton.spec.ts prepares its vault.
 *
 *  1. Two members score the same three applicants in turn on one laptop with the keyboard
 *     only, one declares a conflict mid-way, a reload and a sign-in again resume where the
 *     member was, both sign their sheets; the chair closes, seals and reveals (on her own
 *     screens, which rounds-chair.spec.ts covers in depth) and the member then sees names.
 *  2. A member calls the API from the page (the app's own transport) for another member's
 *     data and is refused, and none of that member's values appear.
 *  3. Calibration on the member's side: sample cases scored with the keyboard, results
 *     against the panel once the chair closes it.
 *  4. Idle sign-out: the person is signed out, the sign-in screen says why, nothing remains.
 */

const COMMITTEE = 'Panitia Seleksi PPPK Guru Kota Kupang 2026';
const PASSPHRASE = 'sasando berbunyi di teluk kupang';
const CHAIR = 'Dr. Yohana Ndolu, M.Pd.';
const CHAIR_PASSWORD = 'ketua-kupang-2026';
const SECRETARY = 'Maria Goreti Lewa, S.E.';
const SECRETARY_ONE_TIME = 'sementara-sekretaris';
const ANI = 'Ani Suryani, M.Pd.';
const ANI_PASSWORD = 'ani-menilai-adil';
const BUDI = 'Budi Santoso, S.Pd.';
const BUDI_PASSWORD = 'budi-menilai-jujur';
const TITLE = 'Seleksi PPPK Guru Ahli Pertama Kota Kupang 2026';
const ANI_NOTE = 'Menjelaskan kurikulum merdeka dengan contoh kelas nyata';
const BUDI_SECRET = 'CATATAN-RAHASIA-BUDI';

const levels = (entries: [string, string][]) => entries.map(([label, descriptor], i) => ({ value: i + 1, label, descriptor }));

const interview: Rubric = {
  combine: 'weighted',
  threshold: null,
  aspects: [
    { id: 'asp-tech', name: 'Kompetensi teknis', weight: 60 },
    { id: 'asp-soc', name: 'Kompetensi sosial kultural', weight: 40 },
  ],
  criteria: [
    {
      id: 'c-know',
      code: 'T1',
      name: 'Penguasaan materi pembelajaran',
      description: 'Pelamar menjelaskan satu pokok bahasan dari mata pelajaran yang dilamar.',
      weight: 50,
      scale: {
        type: 'levels',
        levels: levels([
          ['Kurang', 'Tidak dapat menjelaskan konsep dasar mata pelajaran.'],
          ['Cukup', 'Menjelaskan konsep dasar dengan beberapa kekeliruan.'],
          ['Baik', 'Menjelaskan konsep dengan benar dan memberi contoh.'],
          ['Sangat baik', 'Menjelaskan secara mendalam dan mengaitkannya dengan kurikulum.'],
        ]),
      },
      minimum: null,
      justificationRequired: true,
      aspectId: 'asp-tech',
    },
    {
      id: 'c-solve',
      code: 'T2',
      name: 'Pengelolaan kelas',
      description: '',
      weight: 50,
      scale: {
        type: 'levels',
        levels: levels([
          ['Kurang', 'Tidak memiliki strategi menghadapi kelas yang ramai.'],
          ['Cukup', 'Memiliki strategi umum tanpa contoh.'],
          ['Baik', 'Memiliki strategi dengan contoh pengalaman.'],
          ['Sangat baik', 'Strategi beragam, sesuai karakter peserta didik.'],
        ]),
      },
      minimum: null,
      justificationRequired: false,
      aspectId: 'asp-tech',
    },
    {
      id: 'c-team',
      code: 'S1',
      name: 'Kerja sama dan komunikasi',
      description: '',
      weight: 100,
      scale: {
        type: 'levels',
        levels: levels([
          ['Kurang', 'Sulit bekerja dalam tim.'],
          ['Cukup', 'Bekerja dalam tim bila diarahkan.'],
          ['Baik', 'Aktif bekerja sama dengan rekan.'],
          ['Sangat baik', 'Menggerakkan kerja sama di sekolah.'],
        ]),
      },
      minimum: null,
      justificationRequired: false,
      aspectId: 'asp-soc',
    },
  ],
};

const presentation: Rubric = {
  combine: 'weighted',
  threshold: null,
  aspects: [],
  criteria: [
    {
      id: 'p-clear',
      code: 'P1',
      name: 'Kejelasan penyampaian',
      description: '',
      weight: 50,
      scale: {
        type: 'levels',
        levels: levels([
          ['Kurang', 'Sulit diikuti.'],
          ['Cukup', 'Dapat diikuti.'],
          ['Baik', 'Runtut.'],
          ['Sangat baik', 'Runtut dan menarik.'],
        ]),
      },
      minimum: null,
      justificationRequired: false,
      aspectId: null,
    },
    {
      id: 'p-media',
      code: 'P2',
      name: 'Penggunaan media ajar',
      description: '',
      weight: 50,
      scale: {
        type: 'levels',
        levels: levels([
          ['Kurang', 'Tanpa media.'],
          ['Cukup', 'Media seadanya.'],
          ['Baik', 'Media tepat.'],
          ['Sangat baik', 'Media tepat dan kreatif.'],
        ]),
      },
      minimum: null,
      justificationRequired: false,
      aspectId: null,
    },
  ],
};

function setup(): SelectionSetup {
  return {
    kind: 'pppk',
    title: TITLE,
    agency: 'Pemerintah Kota Kupang',
    unit: 'Dinas Pendidikan dan Kebudayaan',
    address: '',
    decreeNumber: '800/045/BKPSDM/2026',
    startDate: '2026-11-23',
    endDate: null,
    positions: [{ id: 'pos-1', name: 'Guru Ahli Pertama', places: 2, proposePerPlace: 1 }],
    stages: [
      {
        id: 'st-adm',
        name: 'Administrasi',
        kind: 'gate',
        weight: 0,
        eliminates: true,
        source: 'panel',
        rubric: null,
        maxTotal: null,
        weightGuide: null,
      },
      {
        id: 'st-int',
        name: 'Wawancara',
        kind: 'scored',
        weight: 60,
        eliminates: false,
        source: 'panel',
        rubric: interview,
        maxTotal: null,
        weightGuide: null,
      },
      {
        id: 'st-pres',
        name: 'Praktik mengajar',
        kind: 'scored',
        weight: 40,
        eliminates: false,
        source: 'panel',
        rubric: presentation,
        maxTotal: null,
        weightGuide: null,
      },
    ],
    tieBreak: [],
  };
}

const APPLICANTS = [
  {
    registrationNumber: 'PPPK-2026-001',
    name: 'Yohanes Manurung',
    nik: '5371010101900001',
    education: 'S1 Pendidikan Matematika',
    gpa: '3.41',
    appliedPosition: 'Guru Matematika',
  },
  {
    registrationNumber: 'PPPK-2026-002',
    name: "Sitti Nur'aini",
    nik: '5371010101910002',
    education: 'S1 Pendidikan Biologi',
    gpa: '3.62',
    appliedPosition: 'Guru IPA',
  },
  {
    registrationNumber: 'PPPK-2026-003',
    name: 'Made Wijaya',
    nik: '5371010101920003',
    education: 'S1 Pendidikan Bahasa Inggris',
    gpa: '3.28',
    appliedPosition: 'Guru Bahasa Inggris',
  },
];

interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: { id: string; en: string } };
}

/** Calls the host API from the test (set-up that is not what this spec is about). */
async function call<T = unknown>(page: Page, host: Host, method: string, args: object): Promise<T> {
  const response = await page.request.post(`${host.origin}/api`, {
    headers: { 'content-type': 'application/json', 'x-panelis-token': host.token },
    data: { method, args },
  });
  const body = (await response.json()) as Envelope;
  expect(body.ok, `${method}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.value as T;
}

/** Calls the API from inside the page with the app's own web transport (token from this tab). */
async function fromPage(page: Page, method: string, args: object): Promise<Envelope> {
  return page.evaluate(
    async ({ method, args }) => {
      const token = window.sessionStorage.getItem('panelis.token') ?? '';
      const response = await fetch('/api', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-panelis-token': token },
        body: JSON.stringify({ method, args }),
      });
      return (await response.json()) as Envelope;
    },
    { method, args },
  );
}

interface Committee {
  selectionId: string;
  roundId: string;
  presentationRoundId: string;
  chairId: string;
  secretaryId: string;
  aniId: string;
  budiId: string;
  applicants: { id: string; code: string; name: string }[];
  /** The applicant only Budi scores (panels), when panels were asked for. */
  budiOnly: { id: string; code: string; name: string } | null;
}

async function signInAs(page: Page, host: Host, personId: string, password: string): Promise<void> {
  await call(page, host, 'session.signOut', {});
  await call(page, host, 'session.signIn', { personId, password });
}

/**
 * The committee, through the API: chair, secretary, two members (their one-time passwords
 * already replaced), three applicants, the interview round open (optionally with panels:
 * Ani scores applicants 1 and 2, Budi only applicant 3), the presentation round in draft
 * (optionally with calibration running). Ends with nobody signed in, the vault unlocked.
 */
async function prepare(page: Page, host: Host, opts: { panels?: boolean; calibration?: boolean } = {}): Promise<Committee> {
  await call(page, host, 'vault.create', {
    path: join(host.home, 'vaults', 'pansel-pppk-kupang.panelis'),
    passphrase: PASSPHRASE,
    passphraseRepeat: PASSPHRASE,
    committeeName: COMMITTEE,
    language: 'id',
  });
  const chair = await call<{ personId: string }>(page, host, 'people.setupChair', {
    name: CHAIR,
    nip: '',
    password: CHAIR_PASSWORD,
    passwordRepeat: CHAIR_PASSWORD,
  });
  const add = (name: string, role: string, initialPassword: string) =>
    call<{ personId: string }>(page, host, 'people.add', { name, nip: '', position: 'Guru Madya', role, initialPassword });
  const secretary = await add(SECRETARY, 'secretary', SECRETARY_ONE_TIME);
  const ani = await add(ANI, 'member', 'sementara-ani-1');
  const budi = await add(BUDI, 'member', 'sementara-budi-1');
  const sel = await call<{ id: string }>(page, host, 'selection.create', { template: null, title: TITLE });
  await call(page, host, 'selection.update', { selectionId: sel.id, setup: setup() });
  await call(page, host, 'committee.set', {
    selectionId: sel.id,
    personIds: [chair.personId, secretary.personId, ani.personId, budi.personId],
  });
  const applicants: Committee['applicants'] = [];
  for (const a of APPLICANTS) {
    const row = await call<{ id: string; code: string }>(page, host, 'applicants.add', { selectionId: sel.id, applicant: a });
    applicants.push({ id: row.id, code: row.code, name: a.name });
  }
  if (opts.panels) {
    await call(page, host, 'panels.save', {
      selectionId: sel.id,
      stageId: 'st-int',
      panels: [
        { name: 'Panel 1', memberIds: [ani.personId], applicantIds: [applicants[0]!.id, applicants[1]!.id] },
        { name: 'Panel 2', memberIds: [budi.personId], applicantIds: [applicants[2]!.id] },
      ],
    });
  }
  const round = await call<{ id: string }>(page, host, 'rounds.create', { selectionId: sel.id, stageId: 'st-int' });
  const pres = await call<{ id: string }>(page, host, 'rounds.create', { selectionId: sel.id, stageId: 'st-pres' });
  await call(page, host, 'rounds.open', { roundId: round.id });
  if (opts.calibration) {
    await call(page, host, 'calibration.start', {
      roundId: pres.id,
      cases: [
        { label: 'Kasus A: pecahan di kelas 5', description: 'Rekaman 10 menit: guru menjelaskan pecahan senilai dengan potongan kue.' },
        { label: 'Kasus B: fotosintesis', description: 'Rekaman 10 menit: guru memakai tanaman di halaman sekolah.' },
      ],
    });
  }
  // Each member's first sign-in replaces the one-time password, as the app forces.
  for (const [p, oneTime, next] of [
    [ani.personId, 'sementara-ani-1', ANI_PASSWORD],
    [budi.personId, 'sementara-budi-1', BUDI_PASSWORD],
  ] as const) {
    await signInAs(page, host, p, oneTime);
    await call(page, host, 'session.changePassword', { currentPassword: oneTime, newPassword: next, newPasswordRepeat: next });
  }
  await call(page, host, 'session.signOut', {});
  return {
    selectionId: sel.id,
    roundId: round.id,
    presentationRoundId: pres.id,
    chairId: chair.personId,
    secretaryId: secretary.personId,
    aniId: ani.personId,
    budiId: budi.personId,
    applicants,
    budiOnly: opts.panels ? applicants[2]! : null,
  };
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, backwards = false, max = 60): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The sign-in screen by keyboard: arrows pick the person, Tab to the password, Enter. */
async function signInByKeyboard(page: Page, name: string, password: string): Promise<void> {
  const signIn = page.getByTestId('sign-in');
  await expect(signIn).toBeVisible();
  const passwordField = textbox(page, 'Kata sandi');
  await expect(passwordField).toBeFocused();
  // The person cards come just before the password: Shift+Tab lands on the last one.
  await page.keyboard.press('Shift+Tab');
  const person = signIn.getByRole('radio', { name: new RegExp(name.replace(/[.,']/g, '.')) });
  for (let i = 0; i < 8 && (await person.getAttribute('aria-checked')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
  await expect(person).toHaveAttribute('aria-checked', 'true');
  await tabTo(page, passwordField);
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  // The dashboard, or where this person was in this tab (their open selection or desk).
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
}

/** Dashboard → the selection → "Buka meja penilaian" (it takes the focus) → the desk. */
async function openDeskByKeyboard(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: TITLE }));
  await page.keyboard.press('Enter');
  const openDesk = page.getByRole('button', { name: 'Buka meja penilaian tahap Wawancara' });
  await expect(openDesk).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('score-form')).toBeVisible();
}

async function signOutByKeyboard(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Keluar', exact: true }), true);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sign-in')).toBeVisible();
}

/** A full-page picture from the top (the workspace header is sticky; drawn where scrolled otherwise). */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name, fullPage);
}

function form(page: Page): Locator {
  return page.getByTestId('score-form');
}

function row(page: Page, criterionId: string): Locator {
  return form(page).locator(`[data-criterion="${criterionId}"]`);
}

async function queueCodes(page: Page): Promise<string[]> {
  return page.getByTestId('queue-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
}

/** Waits until the form shows this applicant (the attribute is set once it is loaded). */
async function onForm(page: Page, code: string | undefined): Promise<void> {
  await expect(form(page)).toHaveAttribute('data-applicant', code ?? '?');
}

/** Types one score with a digit on the focused criterion and waits until main has it. */
async function score(page: Page, criterionId: string, digit: string, label: string): Promise<void> {
  await expect(row(page, criterionId)).toBeFocused();
  await page.keyboard.press(digit);
  await expect(row(page, criterionId).getByTestId('criterion-status')).toHaveText(`Nilai: ${digit} · ${label}`);
  await expect(page.getByTestId('save-state')).toContainText('Tersimpan pukul');
}

const LABELS = ['Kurang', 'Cukup', 'Baik', 'Sangat baik'];

/** Scores T1, T2, S1 of the applicant on the form; a 4 or a 1 on T1 gets its note (Enter, type, Esc). */
async function scoreApplicant(page: Page, values: number[], note = ANI_NOTE, from = 0): Promise<void> {
  const ids = ['c-know', 'c-solve', 'c-team'];
  for (let i = from; i < Math.min(3, from + values.length); i++) {
    if (i > from) await page.keyboard.press('ArrowDown');
    const v = values[i - from]!;
    await score(page, ids[i]!, String(v), LABELS[v - 1]!);
    if (i === 0 && (v === 4 || v === 1)) {
      await expect(row(page, 'c-know').getByText('Nilai ini berada di ujung skala: tuliskan alasannya.')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(row(page, 'c-know').getByTestId('criterion-note')).toBeFocused();
      await page.keyboard.type(note);
      await page.keyboard.press('Escape');
      await expect(row(page, 'c-know')).toBeFocused();
      await expect(row(page, 'c-know').getByText('Nilai ini berada di ujung skala: tuliskan alasannya.')).toHaveCount(0);
      await expect(page.getByTestId('save-state')).toContainText('Tersimpan pukul');
    }
  }
}

/** "R", then the review's focused submit button, the password, Enter; returns the sheet's SHA-256. */
async function submitByKeyboard(page: Page, testInfo: TestInfo | null, password: string, picture: string): Promise<string> {
  await page.keyboard.press('r');
  const review = page.getByTestId('desk-review');
  await expect(review).toBeVisible();
  const submit = review.getByTestId('submit-sheet');
  await expect(submit).toBeFocused();
  await expect(review.getByTestId('review-summary')).toContainText('Lembar siap ditandatangani dan dikirim.');
  if (testInfo) {
    await checkA11y(page, testInfo, 'desk-review');
    await shot(page, picture);
  }
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('submit-dialog');
  await expect(dialog).toBeVisible();
  const passwordField = page.getByRole('textbox', { name: 'Kata sandi Anda' });
  await expect(passwordField).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  const sha = review.getByTestId('sheet-sha');
  await expect(sha).toHaveText(/^[0-9a-f]{64}$/);
  return (await sha.textContent()) ?? '';
}

test('two members score in turn with the keyboard only; conflict, resume, signed sheets, seal and reveal', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  const c = await prepare(page, host);
  const saves: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api') && request.method() === 'POST') {
      const body = request.postDataJSON() as { method?: string } | null;
      if (body?.method === 'scores.save') saves.push(body.method);
    }
  });

  // --- Ani signs in on the committee laptop: from here to her submission, keyboard only
  await page.goto(host.url);
  await signInByKeyboard(page, ANI, ANI_PASSWORD);
  await openDeskByKeyboard(page);
  const order = await queueCodes(page);
  expect([...order].sort()).toEqual(c.applicants.map((a) => a.code).sort());
  const queue = page.getByTestId('desk-queue');
  await expect(queue.locator('[data-status="notStarted"]')).toHaveCount(3);
  // The form opens on the first applicant of her own order, blind: code only, visible fields only.
  await onForm(page, order[0]);
  await expect(form(page).getByTestId('applicant-facts')).toContainText('Pendidikan terakhir');
  await expect(form(page).getByTestId('applicant-facts')).toContainText('Jabatan yang dilamar');
  for (const a of APPLICANTS) {
    await expect(page.getByText(a.name)).toHaveCount(0);
    await expect(page.getByText(a.nik)).toHaveCount(0);
  }
  await expect(page.getByTestId('desk-shortcuts')).toContainText('Pelamar berikutnya');
  await expect(row(page, 'c-know')).toBeFocused();
  await expect(form(page).getByText('Menjelaskan secara mendalam dan mengaitkannya dengan kurikulum.')).toBeVisible();

  // Applicant 1: 4 (a note is required at the extreme), 3, 2; one save per key, one for the note.
  saves.length = 0;
  await scoreApplicant(page, [4, 3, 2]);
  expect(saves).toHaveLength(4);
  // 0.6 x (0.5 x 100 + 0.5 x 75) + 0.4 x 50 = 72.5
  await expect(form(page).getByTestId('subtotal')).toHaveText('72,50');
  await expect(form(page).getByTestId('applicant-status')).toHaveText('Selesai');
  await expect(queue.locator(`[data-code="${order[0]}"]`)).toHaveAttribute('data-status', 'done');
  await checkA11y(page, testInfo, 'desk-form');
  await shot(page, 'desk-form');

  // Applicant 2 (N): T1 and T2, then the page is reloaded mid-scoring.
  await page.keyboard.press('n');
  await onForm(page, order[1]);
  await expect(row(page, 'c-know')).toBeFocused();
  await expect(form(page).getByTestId('subtotal')).toHaveText('–');
  await scoreApplicant(page, [3, 2]);
  await expect(queue.locator(`[data-code="${order[1]}"]`)).toHaveAttribute('data-status', 'inProgress');
  // ← lowers T2 by one step (2 → 1), → raises it again (1 → 2): two more saves.
  await page.keyboard.press('ArrowLeft');
  await expect(row(page, 'c-solve').getByTestId('criterion-status')).toHaveText('Nilai: 1 · Kurang');
  await page.keyboard.press('ArrowRight');
  await expect(row(page, 'c-solve').getByTestId('criterion-status')).toHaveText('Nilai: 2 · Cukup');
  await expect(page.getByTestId('save-state')).toContainText('Tersimpan pukul');

  // A reload (the window crashed; main still runs and she is still signed in): same place.
  await page.reload();
  await onForm(page, order[1]);
  await expect(row(page, 'c-solve')).toBeFocused();
  await expect(row(page, 'c-solve').getByTestId('criterion-status')).toHaveText('Nilai: 2 · Cukup');

  // A forced quit: a fresh window (no tab memory) and signed out. She signs in again and
  // opens her desk by keyboard: it resumes at the applicant and criterion of her last save.
  await page.evaluate(() => {
    window.sessionStorage.removeItem('panelis.openSelection');
    window.sessionStorage.removeItem('panelis.openDesk');
  });
  await call(page, host, 'session.signOut', {});
  await page.reload();
  await signInByKeyboard(page, ANI, ANI_PASSWORD);
  await openDeskByKeyboard(page);
  await onForm(page, order[1]);
  await expect(row(page, 'c-solve')).toBeFocused();
  await expect(queue.locator(`[data-code="${order[0]}"]`)).toHaveAttribute('data-status', 'done');
  await expect(queue.locator(`[data-code="${order[1]}"]`)).toHaveAttribute('data-status', 'inProgress');
  // She goes on where she stopped: S1 of the second applicant.
  await page.keyboard.press('ArrowDown');
  await scoreApplicant(page, [3], ANI_NOTE, 2);
  await expect(queue.locator(`[data-code="${order[1]}"]`)).toHaveAttribute('data-status', 'done');

  // Applicant 3 (PageDown this time): 2, 2, 3.
  await page.keyboard.press('PageDown');
  await onForm(page, order[2]);
  await scoreApplicant(page, [2, 2, 3]);
  await expect(queue.locator('[data-status="done"]')).toHaveCount(3);
  await expect(page.getByTestId('desk-progress')).toHaveText('3 dari 3 selesai');

  // Review and sign with her password.
  const aniSha = await submitByKeyboard(page, testInfo, ANI_PASSWORD, 'desk-review-ready');
  await expect(page.getByTestId('sheet-submitted')).toContainText('Nilai Anda terkunci.');
  await checkA11y(page, testInfo, 'desk-submitted');
  await shot(page, 'desk-submitted');
  // The desk is read only now.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('desk-locked')).toBeVisible();
  await expect(page.getByTestId('sheet-status')).toHaveText('Lembar sudah dikirim');
  await expect(row(page, 'c-team')).toBeFocused();
  saves.length = 0;
  await page.keyboard.press('1');
  await expect(row(page, 'c-team').getByTestId('criterion-status')).toHaveText('Nilai: 3 · Baik');
  expect(saves).toHaveLength(0);

  // --- Switch person: Ani signs out, Budi signs in on the same laptop
  await signOutByKeyboard(page);
  await signInByKeyboard(page, BUDI, BUDI_PASSWORD);
  await openDeskByKeyboard(page);
  const budiOrder = await queueCodes(page);
  expect([...budiOrder].sort()).toEqual([...order].sort());
  // Nothing of Ani's work: every applicant not started, no value, no subtotal, no note.
  await expect(queue.locator('[data-status="notStarted"]')).toHaveCount(3);
  await expect(form(page).getByTestId('subtotal')).toHaveText('–');
  await expect(form(page).getByTestId('criterion-status')).toHaveText(['Belum dinilai', 'Belum dinilai', 'Belum dinilai']);
  await expect(page.getByText(ANI_NOTE)).toHaveCount(0);
  await expect(page.getByTestId('sheet-submitted')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('Setiap nilai tersimpan begitu Anda memilihnya.');

  // Budi scores his first applicant, then recognises the second mid-way and declares a conflict.
  await scoreApplicant(page, [3, 3, 3]);
  await page.keyboard.press('n');
  const recognised = budiOrder[1]!;
  await onForm(page, recognised);
  await score(page, 'c-know', '2', 'Cukup');
  await page.keyboard.press('k');
  const dialog = page.getByRole('dialog', { name: `Konflik kepentingan dengan ${recognised}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Keluarga' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Hubungan kerja' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Uraian' })).toBeFocused();
  await page.keyboard.type('Pelamar pernah menjadi bawahan langsung saya di SMP Negeri 2 Kupang.');
  await checkA11y(page, testInfo, 'desk-conflict');
  await shot(page, 'desk-conflict', false);
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  // Recused at once: the queue says so, the form moved on to the next applicant.
  await expect(queue.locator(`[data-code="${recognised}"]`)).toHaveAttribute('data-status', 'recused');
  await onForm(page, budiOrder[2]);
  await expect(row(page, 'c-know')).toBeFocused();
  await scoreApplicant(page, [1, 2, 2], 'Belum dapat menjelaskan konsep dasar pecahan.');
  await expect(page.getByTestId('desk-progress')).toHaveText('2 dari 2 selesai · 1 konflik');
  const budiSha = await submitByKeyboard(page, null, BUDI_PASSWORD, 'desk-review-budi');
  await expect(page.getByTestId('desk-review').locator(`[data-code="${recognised}"]`)).toContainText('Konflik, tidak dinilai');
  expect(budiSha).not.toBe(aniSha);
  await shot(page, 'desk-submitted-budi');
  await signOutByKeyboard(page);

  // --- Close, seal and reveal on the chair's screens (renderer/src/screens/rounds/, their
  // own spec is rounds-chair.spec.ts): the chair closes, the seal is shown, both signed
  // sheets are on the board with the hashes the members saw, the secretary confirms the reveal.
  await page.getByRole('radio', { name: /Yohana Ndolu/ }).check();
  await textbox(page, 'Kata sandi').fill(CHAIR_PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('button', { name: TITLE }).click();
  await page.getByRole('tab', { name: 'Penilaian' }).click();
  const card = page.locator('[data-testid="round-card"][data-stage="Wawancara"]');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('round-board')).toContainText(aniSha);
  await expect(card.getByTestId('round-board')).toContainText(budiSha);
  await card.getByRole('button', { name: 'Tutup dan segel putaran…' }).click();
  let chairDialog = page.getByRole('dialog', { name: 'Tutup putaran tahap Wawancara?' });
  await chairDialog.getByRole('button', { name: 'Ya, tutup dan segel' }).click();
  await expect(chairDialog).toHaveCount(0);
  await expect(card.getByTestId('seal-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await card.getByRole('button', { name: 'Buka identitas pelamar…' }).click();
  chairDialog = page.getByRole('dialog', { name: 'Buka identitas pelamar — tahap Wawancara' });
  await chairDialog.getByLabel(`Kata sandi Anda (${CHAIR})`).fill(CHAIR_PASSWORD);
  await chairDialog.getByLabel(`Kata sandi ${SECRETARY}`).fill(SECRETARY_ONE_TIME);
  await chairDialog.getByRole('button', { name: 'Buka identitas', exact: true }).click();
  await expect(chairDialog).toHaveCount(0);
  await expect(card.getByTestId('round-state')).toHaveText('Identitas dibuka');
  const rounds = await call<{ stageId: string; state: string; sealSha256: string | null }[]>(page, host, 'rounds.list', {
    selectionId: c.selectionId,
  });
  expect(rounds.find((r) => r.stageId === 'st-int')).toMatchObject({
    state: 'revealed',
    sealSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();

  // After the reveal Ani's queue shows names; her sheet stays read only.
  await signInByKeyboard(page, ANI, ANI_PASSWORD);
  await tabTo(page, page.getByRole('button', { name: TITLE }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Lihat lembar penilaian tahap Wawancara' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (const a of APPLICANTS) await expect(queue).toContainText(a.name);
  // The form's title now carries the name beside the code.
  await expect(form(page).getByTestId('applicant-code')).toHaveText(/^Pelamar [A-Z]{3}-\d{3}: \S.+$/);
  await expect(page.getByTestId('desk-locked')).toContainText('Putaran ini sudah ditutup.');
  await shot(page, 'desk-revealed');
  expect(problems).toEqual([]);
});

test('a member cannot read another member’s work through the API from the page', async ({ page, host }) => {
  const problems = watchConsole(page);
  const c = await prepare(page, host, { panels: true, calibration: true });
  const mine = c.applicants.slice(0, 2);
  const budiOnly = c.budiOnly!;

  // Budi scores his applicant (with a note only he wrote) and the calibration cases.
  await signInAs(page, host, c.budiId, BUDI_PASSWORD);
  for (const [criterionId, value] of [
    ['c-know', 4],
    ['c-solve', 1],
    ['c-team', 3],
  ] as const) {
    await call(page, host, 'scores.save', {
      roundId: c.roundId,
      applicantId: budiOnly.id,
      criterionId,
      value,
      note: `${BUDI_SECRET} ${criterionId}`,
    });
  }
  const cal = await call<{ cases: { id: string }[] }>(page, host, 'calibration.get', { roundId: c.presentationRoundId });
  for (const kase of cal.cases) {
    await call(page, host, 'calibration.save', { roundId: c.presentationRoundId, caseId: kase.id, criterionId: 'p-clear', value: 4 });
  }
  await call(page, host, 'session.signOut', {});

  // Ani signs in through the UI; everything below runs in her page, with her session.
  await page.goto(host.url);
  await signInByKeyboard(page, ANI, ANI_PASSWORD);
  const answers: Envelope[] = [];
  async function refused(method: string, args: object, codes: string[]): Promise<void> {
    const answer = await fromPage(page, method, args);
    answers.push(answer);
    expect(answer.ok, `${method} should be refused`).toBe(false);
    expect(codes, `${method} refused with ${answer.error?.code}`).toContain(answer.error?.code);
  }
  async function allowed(method: string, args: object): Promise<unknown> {
    const answer = await fromPage(page, method, args);
    answers.push(answer);
    expect(answer.ok, `${method}: ${JSON.stringify(answer.error)}`).toBe(true);
    return answer.value;
  }

  // Budi's applicant is not on Ani's desk: no form, no save.
  await refused('desk.applicant', { roundId: c.roundId, applicantId: budiOnly.id }, ['NOT_ASSIGNED']);
  await refused('scores.save', { roundId: c.roundId, applicantId: budiOnly.id, criterionId: 'c-know', value: 1 }, ['NOT_ASSIGNED']);
  // Speaking for Budi is not even a well-formed call.
  await refused('scores.save', { roundId: c.roundId, applicantId: mine[0]!.id, criterionId: 'c-know', value: 2, personId: c.budiId }, [
    'BAD_ARGUMENTS',
  ]);
  await refused(
    'conflicts.declare',
    { selectionId: c.selectionId, applicantId: mine[0]!.id, personId: c.budiId, reasonKind: 'other', reasonText: 'Atas nama orang lain' },
    ['FORBIDDEN'],
  );
  // The chair's board, leniency and the round's life are not hers.
  await refused('rounds.board', { roundId: c.roundId }, ['FORBIDDEN']);
  await refused('rounds.leniency', { roundId: c.roundId }, ['FORBIDDEN']);
  await refused('rounds.close', { roundId: c.roundId }, ['FORBIDDEN']);
  await refused('rounds.excuse', { roundId: c.roundId, personId: c.budiId, reason: 'Mencoba membebaskan rekan' }, ['FORBIDDEN']);
  await refused('panels.list', { selectionId: c.selectionId }, ['FORBIDDEN']);
  await refused('people.list', {}, ['FORBIDDEN']);
  await refused('vault.check', {}, ['FORBIDDEN']);
  // Calibration results only after the chair closes it.
  await refused('calibration.results', { roundId: c.presentationRoundId }, ['CALIBRATION_STATE']);
  await refused('calibration.close', { roundId: c.presentationRoundId }, ['FORBIDDEN']);

  // What she may read holds only her own work, blind.
  const queue = (await allowed('desk.queue', { roundId: c.roundId })) as { items: { applicantId: string; name: string | null }[] };
  expect(queue.items.map((i) => i.applicantId).sort()).toEqual(mine.map((a) => a.id).sort());
  expect(queue.items.every((i) => i.name === null)).toBe(true);
  const review = (await allowed('desk.review', { roundId: c.roundId })) as { rows: { applicantId: string }[] };
  expect(review.rows.map((r) => r.applicantId)).not.toContain(budiOnly.id);
  const form = (await allowed('desk.applicant', { roundId: c.roundId, applicantId: mine[0]!.id })) as {
    applicant: { name: string | null; fields: Record<string, unknown> };
  };
  expect(form.applicant.name).toBeNull();
  expect(form.applicant.fields).not.toHaveProperty('nik');
  const calView = (await allowed('calibration.get', { roundId: c.presentationRoundId })) as {
    mine: Record<string, Record<string, number | null>>;
  };
  expect(Object.values(calView.mine).every((byCriterion) => Object.keys(byCriterion).length === 0)).toBe(true);
  const list = (await allowed('applicants.list', { selectionId: c.selectionId, query: '', status: 'all', offset: 0, limit: 50 })) as {
    rows: { name: string | null; registrationNumber: string | null; fields: Record<string, unknown> }[];
  };
  expect(list.rows.length).toBeGreaterThan(0);
  for (const r of list.rows) {
    expect(r.name).toBeNull();
    expect(r.registrationNumber).toBeNull();
    expect(r.fields).not.toHaveProperty('nik');
    expect(r.fields).not.toHaveProperty('name');
  }
  // A member's search matches codes only: a hidden name finds nobody.
  const byName = (await allowed('applicants.list', {
    selectionId: c.selectionId,
    query: budiOnly.name,
    status: 'all',
    offset: 0,
    limit: 50,
  })) as { total: number };
  expect(byName.total).toBe(0);
  const conflicts = (await allowed('conflicts.list', { selectionId: c.selectionId })) as { personId: string }[];
  expect(conflicts.every((x) => x.personId === c.aniId)).toBe(true);

  // Not one of Budi's values, notes or the hidden identities in anything she received.
  const everything = JSON.stringify(answers);
  expect(everything).not.toContain(BUDI_SECRET);
  for (const a of APPLICANTS) {
    expect(everything).not.toContain(a.name);
    expect(everything).not.toContain(a.nik);
  }
  expect(problems).toEqual([]);
});

test('calibration on the member’s desk: sample cases by keyboard, then the reading against the panel', async ({ page, host }, testInfo) => {
  const problems = watchConsole(page);
  const c = await prepare(page, host, { calibration: true });
  // Budi scores both cases first (through the API: his part is not what this test is about).
  await signInAs(page, host, c.budiId, BUDI_PASSWORD);
  const cal = await call<{ cases: { id: string }[] }>(page, host, 'calibration.get', { roundId: c.presentationRoundId });
  for (const kase of cal.cases) {
    await call(page, host, 'calibration.save', { roundId: c.presentationRoundId, caseId: kase.id, criterionId: 'p-clear', value: 2 });
    await call(page, host, 'calibration.save', { roundId: c.presentationRoundId, caseId: kase.id, criterionId: 'p-media', value: 3 });
  }
  await call(page, host, 'session.signOut', {});

  await page.goto(host.url);
  await signInByKeyboard(page, ANI, ANI_PASSWORD);
  await tabTo(page, page.getByRole('button', { name: TITLE }));
  await page.keyboard.press('Enter');
  const rounds = page.getByTestId('member-rounds');
  await expect(rounds).toContainText('Tahap Praktik mengajar');
  await expect(rounds).toContainText('Kalibrasi berlangsung');
  await tabTo(page, page.getByRole('button', { name: 'Isi kalibrasi tahap Praktik mengajar' }));
  await page.keyboard.press('Enter');
  const calibration = page.getByTestId('calibration-form');
  await expect(calibration).toHaveAttribute('data-case', 'Kasus A: pecahan di kelas 5');
  await expect(calibration.locator('[data-criterion="p-clear"]')).toBeFocused();
  await expect(page.getByTestId('calibration-progress')).toHaveText('1 dari 2 penilai sudah lengkap');
  // Case A: 4 and 4; N to case B: 4 and 3. Ani reads "clarity" more leniently than Budi.
  await page.keyboard.press('4');
  await expect(page.getByTestId('save-state')).toContainText('Tersimpan pukul');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('4');
  await expect(calibration.locator('[data-criterion="p-media"]').getByTestId('criterion-status')).toHaveText('Nilai: 4 · Sangat baik');
  await checkA11y(page, testInfo, 'calibration-form');
  await shot(page, 'calibration-form');
  await page.keyboard.press('n');
  await expect(calibration).toHaveAttribute('data-case', 'Kasus B: fotosintesis');
  await expect(calibration.locator('[data-criterion="p-clear"]')).toBeFocused();
  await page.keyboard.press('4');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('3');
  await expect(page.getByTestId('calibration-progress')).toHaveText('2 dari 2 penilai sudah lengkap');
  await expect(page.getByTestId('save-state')).toContainText('Tersimpan pukul');

  // The chair closes the calibration (her screen is another engineer's; the API here).
  await signInAs(page, host, c.chairId, CHAIR_PASSWORD);
  await call(page, host, 'calibration.close', { roundId: c.presentationRoundId });
  await call(page, host, 'session.signOut', {});
  await page.reload();
  await signInByKeyboard(page, ANI, ANI_PASSWORD);
  // The open calibration is remembered for her in this tab: straight back to it, now results.
  const results = page.getByTestId('calibration-results');
  await expect(results).toBeVisible();
  const clear = results.locator('[data-criterion="p-clear"]');
  await expect(clear.getByTestId('my-mean')).toHaveText('4,00');
  await expect(clear.getByTestId('panel-mean')).toHaveText('3,00');
  await expect(clear.getByTestId('reading')).toHaveText('Lebih longgar');
  const media = results.locator('[data-criterion="p-media"]');
  await expect(media.getByTestId('my-mean')).toHaveText('3,50');
  await expect(media.getByTestId('reading')).toHaveText('Lebih longgar');
  // Only her own row: Budi's name is nowhere.
  await expect(page.getByText(BUDI)).toHaveCount(0);
  await checkA11y(page, testInfo, 'calibration-results');
  await shot(page, 'calibration-results');
  expect(problems).toEqual([]);
});

test('idle sign-out: the member is signed out, the sign-in screen says why, nothing of her desk remains', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await prepare(page, host);
  // The chair sets "sign out after 1 minute" beside the auto-lock.
  await page.goto(host.url);
  await page.getByRole('radio', { name: /Yohana Ndolu/ }).check();
  await textbox(page, 'Kata sandi').fill(CHAIR_PASSWORD);
  await textbox(page, 'Kata sandi').press('Enter');
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await page.getByRole('textbox', { name: 'Keluarkan pengguna setelah tidak digunakan (menit)' }).fill('1');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(
    page.getByText('Tersimpan: pengguna dikeluarkan setelah 1 menit dan brankas dikunci setelah 10 menit tanpa aktivitas.'),
  ).toBeVisible();
  await shot(page, 'settings-sign-out');
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();

  await signInByKeyboard(page, ANI, ANI_PASSWORD);
  await openDeskByKeyboard(page);
  await score(page, 'c-know', '3', 'Baik');

  // Hands off: only the 5-second status polls run, and they do not count as activity.
  const signIn = page.getByTestId('sign-in');
  await expect(signIn).toBeVisible({ timeout: 120_000 });
  await expect(signIn.getByTestId('signed-out-idle')).toContainText('Anda dikeluarkan otomatis');
  await expect(signIn.getByTestId('signed-out-idle')).toContainText('1 menit');
  await expect(page.getByTestId('desk')).toHaveCount(0);
  await expect(page.getByTestId('score-form')).toHaveCount(0);
  await checkA11y(page, testInfo, 'sign-in-idle');
  await shot(page, 'sign-in-idle');

  // The next member signs in: the dashboard, not Ani's desk.
  await signInByKeyboard(page, BUDI, BUDI_PASSWORD);
  await expect(page.getByTestId('desk')).toHaveCount(0);
  await expect(page.getByTestId('signed-in-as')).toContainText(BUDI);
  expect(problems).toEqual([]);
});
