import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import type { ResultsView } from '../../shared/contract';
import { failure } from '../helpers/api-client';
import { scoreAll, scoringCommittee } from '../helpers/scoring';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
afterEach(() => {
  delete process.env.PANELIS_PASSPHRASE;
});

type Committee = Awaited<ReturnType<typeof scoringCommittee>>;

// Interview rubric (tests/helpers/interview-setup.ts), levels 1-4: a criterion counts as value / 4 x 100;
// stage = 0.6 x (0.5 know + 0.5 solve) + 0.4 x team.
const stage = (know: number, solve: number, team: number) => 0.3 * (know / 4) * 100 + 0.3 * (solve / 4) * 100 + 0.4 * (team / 4) * 100;

// Ani's and Budi's scores: applicant index -> [know, solve, team].
const ANI = [
  [4, 3, 3],
  [2, 2, 3],
  [3, 3, 2],
];
const BUDI = [
  [3, 3, 4],
  [2, 3, 3],
  [3, 2, 2],
];
const mean = (a: number, b: number) => (a + b) / 2;
const both = (i: number) => stage(mean(ANI[i]![0]!, BUDI[i]![0]!), mean(ANI[i]![1]!, BUDI[i]![1]!), mean(ANI[i]![2]!, BUDI[i]![2]!));

async function submit(c: Committee, personId: string) {
  await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(personId)! });
}

/** Both members score (Ani = ANI, Budi = BUDI) and submit; the chair closes. Signed in as the chair at the end. */
async function scoreAndClose(c: Committee) {
  await c.call('rounds.open', { roundId: c.round.id });
  await c.as(c.ani.personId);
  await scoreAll(c, (a, k) => ANI[a]![k]!);
  await submit(c, c.ani.personId);
  await c.as(c.budi.personId);
  await scoreAll(c, (a, k) => BUDI[a]![k]!);
  await submit(c, c.budi.personId);
  await c.as(c.chair.personId);
  await c.call('rounds.close', { roundId: c.round.id });
}

const nothingCounted = (v: ResultsView) => {
  expect(v.rows).toHaveLength(3);
  for (const r of v.rows) {
    expect([r.final, r.rank, r.passed, r.outcome]).toEqual([null, null, false, 'incomplete']);
    expect(r.stages.every((s) => s.score === null && s.criteria.length === 0)).toBe(true);
  }
  expect(v.agreement).toEqual([]);
  expect(v.disagreements).toEqual([]);
  expect(v.stages.find((s) => s.stageId === 'st-int')!.status).toBe('notClosed');
};

describe('results.get: the results of a selection from its closed rounds', () => {
  it('counts nothing before close; after close finals and ranks as computed by hand; blind for members until reveal', async () => {
    const c = await scoringCommittee(tempDir());
    const sel = { selectionId: c.selection.id };
    nothingCounted(await c.call('results.get', sel));

    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.ani.personId);
    await scoreAll(c, (a, k) => ANI[a]![k]!);
    await submit(c, c.ani.personId);
    // Open round, one sheet submitted: still nothing, for anyone.
    nothingCounted(await c.call('results.get', sel));
    await c.as(c.budi.personId);
    await scoreAll(c, (a, k) => BUDI[a]![k]!);
    await submit(c, c.budi.personId);
    await c.as(c.chair.personId);
    nothingCounted(await c.call('results.get', sel));
    await c.call('rounds.close', { roundId: c.round.id });

    const view = await c.call('results.get', sel);
    const ids = c.applicants.map((a) => a.id);
    expect(view.rows.map((r) => r.applicantId)).toEqual([ids[0], ids[1], ids[2]]);
    expect(view.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(view.rows[0]!.final).toBeCloseTo(83.75, 10);
    expect(view.rows[1]!.final).toBeCloseTo(63.75, 10);
    expect(view.rows[2]!.final).toBeCloseTo(61.25, 10);
    view.rows.forEach((r, i) => expect(r.final).toBeCloseTo(both(i), 10));
    expect(view.rows.every((r) => r.passed && r.outcome === 'passed' && r.reason === null)).toBe(true);
    expect(view.rows.map((r) => r.name)).toEqual(['Yohanes Manurung', "Sitti Nur'aini", 'Made Wijaya']);
    expect(view.rows[0]!.registrationNumber).toBe('PPPK-001');
    const know = view.rows[0]!.stages[0]!.criteria.find((k) => k.criterionId === 'c-know')!;
    expect(know).toMatchObject({ aggregate: 3.5, scorers: 2, spread: 1, flaggedSpread: false });
    expect(view.stages.map((s) => [s.stageId, s.status])).toEqual([
      ['st-adm', 'gateNotRecorded'],
      ['st-int', 'counted'],
    ]);
    expect(view.provisional).toBe(true);
    expect(view.notes.map((n) => n.code)).toEqual(['gateNotRecorded']);
    expect(view.blind).toBe(false);
    expect(view.agreement).toHaveLength(3);

    // One stage: its score, its rank.
    const interview = await c.call('results.get', { ...sel, stageId: 'st-int' });
    expect(interview.rows.map((r) => [r.rank, r.final])).toEqual(view.rows.map((r) => [r.rank, r.final]));
    const gate = await c.call('results.get', { ...sel, stageId: 'st-adm' });
    expect(gate.rows.every((r) => r.reason?.code === 'gateNotRecorded' && r.rank === null)).toBe(true);
    expect(await failure(c.call('results.get', { ...sel, stageId: 'no-such-stage' }))).toBe('STAGE_NOT_FOUND');

    // The observer sees identities; a member sees codes only while closed.
    await c.as(c.observer.personId);
    expect((await c.call('results.get', sel)).rows.every((r) => r.name !== null && r.registrationNumber !== null)).toBe(true);
    await c.as(c.ani.personId);
    const blind = await c.call('results.get', sel);
    expect(blind.blind).toBe(true);
    expect(blind.rows.every((r) => r.name === null && r.registrationNumber === null)).toBe(true);
    expect(blind.rows.map((r) => r.code)).toEqual(view.rows.map((r) => r.code));
    expect(JSON.stringify(blind)).not.toMatch(/Yohanes|PPPK-00/);
    expect(blind.rows.map((r) => r.final)).toEqual(view.rows.map((r) => r.final));

    await c.as(c.chair.personId);
    await c.call('rounds.reveal', {
      roundId: c.round.id,
      password: c.passwords.get(c.chair.personId)!,
      secondPersonId: c.secretary.personId,
      secondPassword: c.passwords.get(c.secretary.personId)!,
    });
    await c.as(c.ani.personId);
    const revealed = await c.call('results.get', sel);
    expect(revealed.blind).toBe(false);
    expect(revealed.rows.map((r) => r.name)).toEqual(['Yohanes Manurung', "Sitti Nur'aini", 'Made Wijaya']);
  });

  it("an excused member's partial scores never count", async () => {
    const c = await scoringCommittee(tempDir());
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.ani.personId);
    await scoreAll(c, (a, k) => ANI[a]![k]!);
    await submit(c, c.ani.personId);
    await c.as(c.budi.personId);
    // Budi scores one applicant (extreme values) and falls ill.
    await c.call('scores.save', {
      roundId: c.round.id,
      applicantId: c.applicants[1]!.id,
      criterionId: 'c-know',
      value: 4,
      note: 'Alasan tercatat dalam wawancara',
    });
    await c.as(c.chair.personId);
    await c.call('rounds.excuse', { roundId: c.round.id, personId: c.budi.personId, reason: 'Sakit, surat keterangan dokter terlampir' });
    await c.call('rounds.close', { roundId: c.round.id });
    const left = await c.app.workspace.vault!.db.selectFrom('scores').selectAll().where('person_id', '=', c.budi.personId).execute();
    expect(left).toHaveLength(1);

    const view = await c.call('results.get', { selectionId: c.selection.id });
    const byId = new Map(view.rows.map((r) => [r.applicantId, r]));
    c.applicants.forEach((a, i) => expect(byId.get(a.id)!.final).toBeCloseTo(stage(ANI[i]![0]!, ANI[i]![1]!, ANI[i]![2]!), 10));
    const know = byId.get(c.applicants[1]!.id)!.stages[0]!.criteria.find((k) => k.criterionId === 'c-know')!;
    expect(know).toMatchObject({ aggregate: 2, scorers: 1, tooFewScorers: true });
    // One scorer is below the default minimum of two: flagged, still ranked.
    expect(view.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('a recused member is not counted, also when the conflict is recorded after the sheet was signed', async () => {
    const c = await scoringCommittee(tempDir());
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.ani.personId);
    // Ani declares at the desk: she never scores applicant 1.
    await c.call('conflicts.declare', {
      selectionId: c.selection.id,
      applicantId: c.applicants[1]!.id,
      reasonKind: 'family',
      reasonText: 'Sepupu saya',
    });
    await scoreAll(c, (a, k) => ANI[a]![k]!);
    await submit(c, c.ani.personId);
    await c.as(c.budi.personId);
    await scoreAll(c, (a, k) => BUDI[a]![k]!);
    await submit(c, c.budi.personId);
    await c.as(c.chair.personId);
    await c.call('rounds.close', { roundId: c.round.id });
    // Found out after Budi signed: his scores of applicant 2 stay signed but no longer count.
    await c.call('conflicts.declare', {
      selectionId: c.selection.id,
      applicantId: c.applicants[2]!.id,
      personId: c.budi.personId,
      reasonKind: 'work',
      reasonText: 'Mantan bawahan langsung',
    });

    const view = await c.call('results.get', { selectionId: c.selection.id });
    const byId = new Map(view.rows.map((r) => [r.applicantId, r]));
    const [a0, a1, a2] = c.applicants.map((a) => byId.get(a.id)!);
    expect(a0!.final).toBeCloseTo(both(0), 10);
    expect(a1!.final).toBeCloseTo(stage(BUDI[1]![0]!, BUDI[1]![1]!, BUDI[1]![2]!), 10);
    expect(a2!.final).toBeCloseTo(stage(ANI[2]![0]!, ANI[2]![1]!, ANI[2]![2]!), 10);
    expect(a1!.stages[0]!.criteria.every((k) => k.scorers === 1)).toBe(true);
    expect(a2!.stages[0]!.criteria.every((k) => k.scorers === 1)).toBe(true);
  });

  it('a withdrawn applicant is not ranked', async () => {
    const c = await scoringCommittee(tempDir());
    await scoreAndClose(c);
    await c.call('applicants.withdraw', { selectionId: c.selection.id, applicantId: c.applicants[0]!.id, reason: 'Mengundurkan diri' });
    const view = await c.call('results.get', { selectionId: c.selection.id });
    expect(view.rows.map((r) => r.applicantId)).toEqual([c.applicants[1]!.id, c.applicants[2]!.id, c.applicants[0]!.id]);
    expect(view.rows.map((r) => r.rank)).toEqual([1, 2, null]);
    expect(view.rows[2]).toMatchObject({ outcome: 'withdrawn', final: null, status: 'withdrawn', reason: { code: 'withdrawn' } });
    // A member off the committee sees nothing of it.
    await c.call('committee.set', {
      selectionId: c.selection.id,
      personIds: [c.chair.personId, c.secretary.personId, c.ani.personId, c.observer.personId],
    });
    await c.as(c.budi.personId);
    expect(await failure(c.call('results.get', { selectionId: c.selection.id }))).toBe('NOT_ON_COMMITTEE');
  });

  it('panelis rank prints the results as json and csv, blind for a member, formulas neutralised', async () => {
    const c = await scoringCommittee(tempDir());
    await c.call('applicants.update', {
      selectionId: c.selection.id,
      applicantId: c.applicants[1]!.id,
      applicant: { registrationNumber: 'PPPK-002', name: '=HYPERLINK("http://x";"klik")' },
    });
    await c.call('applicants.update', {
      selectionId: c.selection.id,
      applicantId: c.applicants[2]!.id,
      applicant: { registrationNumber: '@PPPK-003', name: 'Made Wijaya' },
    });
    await scoreAndClose(c);
    await c.app.close();
    process.env.PANELIS_PASSPHRASE = PASSPHRASE;

    const json = await cli('rank', '--vault', c.path, '--selection', c.selection.id, '--format', 'json');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.out) as {
      code: string;
      registrationNumber: string | null;
      name: string | null;
      final: number;
      rank: number;
      passed: boolean;
      reason: string | null;
    }[];
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.name)).toEqual(['Yohanes Manurung', '=HYPERLINK("http://x";"klik")', 'Made Wijaya']);
    expect(rows[0]).toMatchObject({ registrationNumber: 'PPPK-001', passed: true, reason: null });
    rows.forEach((r, i) => expect(r.final).toBe(both(i)));

    const blind = await cli('rank', '--vault', c.path, '--selection', c.selection.id, '--format', 'json', '--as', 'Ani Suryani, M.Pd.');
    expect(blind.code).toBe(0);
    const blindRows = JSON.parse(blind.out) as { code: string; name: string | null; registrationNumber: string | null; final: number }[];
    expect(blindRows.map((r) => [r.code, r.final])).toEqual(rows.map((r) => [r.code, r.final]));
    expect(blindRows.every((r) => r.name === null && r.registrationNumber === null)).toBe(true);

    const csv = await cli('rank', '--vault', c.path, '--selection', c.selection.id, '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.out.startsWith('\ufeffperingkat;kode;nomor_peserta;nama;nilai_akhir;nilai_tampil;lulus;hasil;alasan\r\n')).toBe(true);
    const lines = csv.out.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(`1;${rows[0]!.code};PPPK-001;Yohanes Manurung;83,75;83,75;ya;passed;`);
    expect(lines[2]).toBe(`2;${rows[1]!.code};PPPK-002;"'=HYPERLINK(""http://x"";""klik"")";63,75;63,75;ya;passed;`);
    expect(lines[3]).toBe(`3;${rows[2]!.code};'@PPPK-003;Made Wijaya;61,25;61,25;ya;passed;`);

    expect((await cli('rank', '--vault', c.path, '--selection', c.selection.id)).code).toBe(2);
    expect((await cli('rank', '--vault', c.path, '--selection', c.selection.id, '--format', 'xml')).code).toBe(2);
    expect((await cli('rank', '--vault', c.path, '--selection', 'nope', '--format', 'json')).code).toBe(1);
    process.env.PANELIS_PASSPHRASE = 'bukan-frasa-sandinya';
    expect((await cli('rank', '--vault', c.path, '--selection', c.selection.id, '--format', 'json')).code).toBe(3);
  });
});
