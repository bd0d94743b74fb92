import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { MemberScoresView, ResultsSummary, ResultsTablePage } from '../../shared/contract/results';
import { rankCsv, rankRecords } from '../../shared/results/export';
import { resultsComputations } from '../../main/domain/results/results-cache';
import { failure } from '../helpers/api-client';
import { scoreAll, scoringCommittee } from '../helpers/scoring';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
type Committee = Awaited<ReturnType<typeof scoringCommittee>>;

// Levels 1-4 (tests/helpers/interview-setup.ts): stage = 0.3 know/4 + 0.3 solve/4 + 0.4 team/4 (x100).
// Applicant index -> [know, solve, team].
const ANI = [
  [4, 3, 3],
  [1, 2, 3],
  [3, 3, 2],
];
const BUDI = [
  [3, 3, 4],
  [4, 3, 3],
  [3, 2, 2],
];

async function scoreAndClose(c: Committee) {
  await c.call('rounds.open', { roundId: c.round.id });
  for (const [p, table] of [
    [c.ani, ANI],
    [c.budi, BUDI],
  ] as const) {
    await c.as(p.personId);
    await scoreAll(c, (a, k) => table[a]![k]!);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(p.personId)! });
  }
  await c.as(c.chair.personId);
  await c.call('rounds.close', { roundId: c.round.id });
}

const table = (
  c: Committee,
  extra: Partial<{
    stageId: string;
    column: string;
    direction: 'asc' | 'desc';
    outcome: 'all' | 'passed' | 'failed' | 'flagged';
    query: string;
    offset: number;
    limit: number;
  }> = {},
) =>
  c.call('results.table', {
    selectionId: c.selection.id,
    ...(extra.stageId ? { stageId: extra.stageId } : {}),
    sort: { column: extra.column ?? 'rank', direction: extra.direction ?? 'asc' },
    filter: { outcome: extra.outcome ?? 'all', query: extra.query ?? '' },
    offset: extra.offset ?? 0,
    limit: extra.limit ?? 100,
  }) as Promise<ResultsTablePage>;

/** The cells of a `;` CSV with a BOM, quotes undone (as a spreadsheet reads them). */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true);
  return Papa.parse<string[]>(text.slice(1).replace(/\r\n$/, ''), { delimiter: ';', newline: '\r\n' }).data;
}
const decodeCsv = (base64: string) => parseCsv(Buffer.from(base64, 'base64').toString('utf8'));

describe('results screen: summary, paged table, export, member scores for charts', () => {
  it('closing a round prepares the results in the background: the screen is served without computing again', async () => {
    const c = await scoringCommittee(tempDir());
    await scoreAndClose(c);
    const db = c.app.workspace.vault!.db;
    // rounds.close was followed, in the dispatcher's queue, by one computation
    // (results-warmup.ts): any later call, here the list of rounds, runs after it.
    await c.call('rounds.list', { selectionId: c.selection.id });
    const afterClose = resultsComputations(db);
    expect(afterClose).toBe(1);
    await c.call('results.summary', { selectionId: c.selection.id });
    await table(c);
    expect(resultsComputations(db)).toBe(afterClose);
    // A sign-in does not move the results; a revealed round does, and is prepared again.
    await c.as(c.chair.personId);
    await c.call('results.summary', { selectionId: c.selection.id });
    expect(resultsComputations(db)).toBe(afterClose);
    await c.call('rounds.reveal', {
      roundId: c.round.id,
      password: c.passwords.get(c.chair.personId)!,
      secondPersonId: c.secretary.personId,
      secondPassword: c.passwords.get(c.secretary.personId)!,
    });
    await c.call('rounds.list', { selectionId: c.selection.id });
    const afterReveal = resultsComputations(db);
    expect(afterReveal).toBe(afterClose + 1);
    await c.call('results.summary', { selectionId: c.selection.id });
    expect(resultsComputations(db)).toBe(afterReveal);
  });

  it('the table pages, sorts and filters the same rows results.get gives; the summary names the criteria and counts', async () => {
    const c = await scoringCommittee(tempDir());
    await scoreAndClose(c);
    const sel = { selectionId: c.selection.id };
    const view = await c.call('results.get', sel);
    const summary = (await c.call('results.summary', sel)) as ResultsSummary;
    expect(summary).not.toHaveProperty('rows');
    expect(summary.criteria.map((k) => k.criterionId)).toEqual(['c-know', 'c-solve', 'c-team']);
    expect(summary.criteria[0]).toMatchObject({ stageId: 'st-int', min: 1, max: 4 });
    expect(summary.agreement).toEqual(
      view.agreement.map((a) => ({ ...a, members: a.members.length, applicants: a.applicants.length, leftOut: a.leftOut.length })),
    );
    expect(summary.agreement[0]).toMatchObject({ members: 2, applicants: 3, leftOut: 0 });
    expect(summary.disagreements).toEqual(view.disagreements);
    expect(summary.disagreementTotal).toBe(1);
    // Applicant 1: know 1 vs 4, a spread of 3 on a 1-4 scale (> 40 % of the range): flagged.
    expect(summary.disagreements.map((d) => [d.applicantId, d.criterionId])).toEqual([[c.applicants[1]!.id, 'c-know']]);
    expect(summary.counts).toEqual({ all: 3, passed: 3, failed: 0, flagged: 1 });

    const all = await table(c);
    expect(all.total).toBe(3);
    // The same rows, order and figures as results.get, lean: no per-criterion details overall.
    expect(all.rows.map((r) => [r.applicantId, r.code, r.name, r.final, r.rank, r.passed, r.outcome, r.reason, r.flags])).toEqual(
      view.rows.map((r) => [r.applicantId, r.code, r.name, r.final, r.rank, r.passed, r.outcome, r.reason, r.flags]),
    );
    expect(all.rows[0]!.stages).toEqual([
      { stageId: 'st-int', score: view.rows[0]!.stages[0]!.score, outcome: view.rows[0]!.stages[0]!.outcome, criteria: [] },
    ]);
    const stagePage = await table(c, { stageId: 'st-int' });
    expect(stagePage.rows[0]!.stages[0]!.criteria).toEqual(
      view.rows[0]!.stages[0]!.criteria.map((k) => ({ criterionId: k.criterionId, aggregate: k.aggregate })),
    );
    const page = await table(c, { offset: 1, limit: 1 });
    expect([page.total, page.offset, page.rows.map((r) => r.applicantId)]).toEqual([3, 1, [view.rows[1]!.applicantId]]);
    expect((await table(c, { direction: 'desc' })).rows.map((r) => r.rank)).toEqual([3, 2, 1]);
    // By the team criterion's aggregate, lowest first: applicant 2 (2), then 1 (3), then 0 (3.5).
    const byTeam = await table(c, { column: 'criterion:st-int:c-team' });
    expect(byTeam.rows.map((r) => r.applicantId)).toEqual([2, 1, 0].map((i) => c.applicants[i]!.id));
    expect((await table(c, { column: 'name' })).rows.map((r) => r.name)).toEqual(['Made Wijaya', "Sitti Nur'aini", 'Yohanes Manurung']);
    expect((await table(c, { column: 'final', direction: 'desc' })).rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    const flagged = await table(c, { outcome: 'flagged' });
    expect(flagged.rows.map((r) => r.applicantId)).toEqual([c.applicants[1]!.id]);
    expect((await table(c, { outcome: 'failed' })).total).toBe(0);
    expect((await table(c, { query: 'yohanes' })).rows.map((r) => r.name)).toEqual(['Yohanes Manurung']);
    expect((await table(c, { query: 'PPPK-003' })).rows.map((r) => r.name)).toEqual(['Made Wijaya']);
    // A stage's table.
    expect((await table(c, { stageId: 'st-int' })).rows.map((r) => r.final)).toEqual(view.rows.map((r) => r.final));

    // Wrong moves: a made-up column, a page too big, an unknown stage or selection; nothing is answered.
    expect(
      await failure(
        c.call('results.table', {
          ...sel,
          sort: { column: 'DROP TABLE', direction: 'asc' },
          filter: { outcome: 'all', query: '' },
          offset: 0,
          limit: 10,
        }),
      ),
    ).toBe('BAD_ARGUMENTS');
    expect(
      await failure(
        c.call('results.table', {
          ...sel,
          sort: { column: 'rank', direction: 'asc' },
          filter: { outcome: 'all', query: '' },
          offset: 0,
          limit: 5000,
        }),
      ),
    ).toBe('BAD_ARGUMENTS');
    expect(await failure(table(c, { stageId: 'no-such-stage' }))).toBe('STAGE_NOT_FOUND');
    expect(await failure(c.call('results.summary', { selectionId: 'no-such-selection' }))).toBe('SELECTION_NOT_FOUND');

    // The cache follows the vault: a withdrawal shows at once.
    await c.call('applicants.withdraw', {
      selectionId: c.selection.id,
      applicantId: view.rows[0]!.applicantId,
      reason: 'Mengundurkan diri',
    });
    const after = await table(c);
    expect(after.rows.map((r) => r.rank)).toEqual([1, 2, null]);
    expect(after.rows[2]).toMatchObject({ applicantId: view.rows[0]!.applicantId, outcome: 'withdrawn' });
    expect(((await c.call('results.summary', sel)) as ResultsSummary).counts.passed).toBe(2);
  });

  it('a member reads the table blind until reveal and cannot search by a name they do not have', async () => {
    const c = await scoringCommittee(tempDir());
    await scoreAndClose(c);
    await c.as(c.ani.personId);
    const blind = await table(c);
    expect(blind.rows.every((r) => r.name === null && r.registrationNumber === null)).toBe(true);
    // The member's table (derived from the staff computation) is what results.get gives the member.
    const own = await c.call('results.get', { selectionId: c.selection.id });
    expect(blind.rows.map((r) => [r.applicantId, r.code, r.name, r.registrationNumber, r.final, r.rank, r.reason])).toEqual(
      own.rows.map((r) => [r.applicantId, r.code, r.name, r.registrationNumber, r.final, r.rank, r.reason]),
    );
    expect((await table(c, { query: 'Yohanes' })).total).toBe(0);
    expect((await table(c, { column: 'name' })).total).toBe(3);
    const summary = (await c.call('results.summary', { selectionId: c.selection.id })) as ResultsSummary;
    expect(summary.blind).toBe(true);
    expect(JSON.stringify(summary)).not.toMatch(/Yohanes|PPPK-00/);
    // The staff view computed before does not leak into the member's (and back).
    await c.as(c.chair.personId);
    expect((await table(c)).rows.every((r) => r.name !== null)).toBe(true);
    // The secretary makes the name scorer-visible: the member then has names, never registration numbers.
    await c.call('selection.setVisibleFields', { selectionId: c.selection.id, fields: ['name'] });
    await c.as(c.ani.personId);
    const named = await table(c);
    expect(named.rows.every((r) => r.name !== null && r.registrationNumber === null)).toBe(true);
    expect(named.rows.map((r) => r.name)).toEqual((await c.call('results.get', { selectionId: c.selection.id })).rows.map((r) => r.name));
    await c.as(c.chair.personId);
    await c.call('selection.setVisibleFields', { selectionId: c.selection.id, fields: [] });
    await c.call('rounds.reveal', {
      roundId: c.round.id,
      password: c.passwords.get(c.chair.personId)!,
      secondPersonId: c.secretary.personId,
      secondPassword: c.passwords.get(c.secretary.personId)!,
    });
    await c.as(c.ani.personId);
    expect((await table(c, { query: 'Yohanes' })).total).toBe(1);
    const revealed = await table(c);
    expect(revealed.rows.map((r) => [r.name, r.registrationNumber])).toEqual(
      (await c.call('results.get', { selectionId: c.selection.id })).rows.map((r) => [r.name, r.registrationNumber]),
    );
  });

  it('exports CSV and XLSX with the figures of the screen, formulas neutralised, blind for a member', async () => {
    const c = await scoringCommittee(tempDir());
    await c.call('applicants.update', {
      selectionId: c.selection.id,
      applicantId: c.applicants[2]!.id,
      applicant: { registrationNumber: '+62-003', name: '=HYPERLINK("http://x";"klik")' },
    });
    await scoreAndClose(c);
    const view = await c.call('results.get', { selectionId: c.selection.id });

    const csv = await c.call('results.export', { selectionId: c.selection.id, format: 'csv', language: 'id' });
    expect(csv.fileName).toBe('hasil-seleksi-pppk-guru-2026-wawancara.csv');
    expect(csv.mimeType).toMatch(/^text\/csv/);
    const lines = decodeCsv(csv.base64);
    // The first nine columns are `panelis rank --format csv`'s, except that the outcome is a word
    // in the export's language ("Lulus", never the code "passed") for the people who read it.
    const cli = parseCsv(rankCsv(rankRecords(view, 'id'), 'id'));
    const withoutOutcome = (rows: string[][]) => rows.map((l) => [...l.slice(0, 7), ...l.slice(8, 9)]);
    expect(withoutOutcome(lines.map((l) => l.slice(0, 9)))).toEqual(withoutOutcome(cli));
    expect(
      lines
        .slice(1)
        .map((l) => l[7])
        .sort(),
    ).toEqual(['Lulus', 'Lulus', 'Lulus']);
    expect(lines.flat().join(';')).not.toMatch(/;(passed|failed|incomplete|withdrawn);/);
    expect(lines[0]!.slice(9)).toEqual([
      'tahap: Wawancara',
      'Wawancara: T1 Penguasaan bidang',
      'Wawancara: T2 Pemecahan masalah',
      'Wawancara: S1 Kerja sama',
      'tanda',
    ]);
    expect(lines).toHaveLength(4);
    const made = lines.find((l) => l[1] === view.rows.find((r) => r.applicantId === c.applicants[2]!.id)!.code)!;
    expect(made[2]).toBe("'+62-003");
    expect(made[3]).toBe(`'=HYPERLINK("http://x";"klik")`);
    // Applicant 0: stage 83,75, know (4+3)/2 = 3,5 (as rankCsv writes a shown value), no flag.
    const yohanes = lines.find((l) => l[3] === 'Yohanes Manurung')!;
    expect([yohanes[0], yohanes[5], yohanes[9], yohanes[10], yohanes[13]]).toEqual(['1', '83,75', '83,75', '3,5', '']);
    const sitti = lines.find((l) => l[3] === "Sitti Nur'aini")!;
    expect(sitti[13]).toBe('perbedaan penilaian: Wawancara: T1');

    const xlsx = await c.call('results.export', { selectionId: c.selection.id, stageId: 'st-int', format: 'xlsx', language: 'en' });
    expect(xlsx.fileName).toBe('results-seleksi-pppk-guru-2026-wawancara-wawancara.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Results')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('rank');
    expect(sheet.rowCount).toBe(4);
    const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const rows = [2, 3, 4].map(cells);
    const y = rows.find((r) => r[3] === 'Yohanes Manurung')!;
    expect([y[0], y[4], y[5], y[9]]).toEqual([1, 83.75, 83.75, 3.5]);
    expect(typeof y[9]).toBe('number');
    expect(sheet.getColumn(6).numFmt).toBe('0.00');
    const m = rows.find((r) => r[1] === made[1])!;
    expect([m[2], m[3]]).toEqual(["'+62-003", `'=HYPERLINK("http://x";"klik")`]);
    // No cell anywhere holds a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));

    // A member exports blind: codes only.
    await c.as(c.ani.personId);
    const blindCsv = Buffer.from(
      (await c.call('results.export', { selectionId: c.selection.id, format: 'csv', language: 'id' })).base64,
      'base64',
    ).toString('utf8');
    expect(blindCsv).not.toMatch(/Yohanes|PPPK-00|HYPERLINK/);
    expect(await failure(c.call('results.export', { selectionId: c.selection.id, format: 'pdf' as 'csv', language: 'id' }))).toBe(
      'BAD_ARGUMENTS',
    );
  });

  it('member scores for charts: only after close, names for staff, "Anggota N" for a member, applicants blind', async () => {
    const c = await scoringCommittee(tempDir());
    const args = { selectionId: c.selection.id, stageId: 'st-int' };
    expect(await failure(c.call('results.memberScores', args))).toBe('RESULTS_ROUND_NOT_COUNTED');
    expect(await failure(c.call('results.memberScores', { ...args, stageId: 'st-adm' }))).toBe('RESULTS_STAGE_NOT_PANEL');
    expect(await failure(c.call('results.memberScores', { ...args, stageId: 'nope' }))).toBe('STAGE_NOT_FOUND');
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.ani.personId);
    await scoreAll(c, (a, k) => ANI[a]![k]!);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(c.ani.personId)! });
    // Open round, a sheet signed: still nothing for anyone (independence).
    expect(await failure(c.call('results.memberScores', args))).toBe('RESULTS_ROUND_NOT_COUNTED');
    await c.as(c.budi.personId);
    await scoreAll(c, (a, k) => BUDI[a]![k]!);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(c.budi.personId)! });
    await c.as(c.chair.personId);
    await c.call('rounds.close', { roundId: c.round.id });

    const staff = (await c.call('results.memberScores', { ...args, applicantId: c.applicants[1]!.id })) as MemberScoresView;
    expect(staff.roundState).toBe('closed');
    expect(staff.members.map((m) => m.name).sort()).toEqual(['Ani Suryani, M.Pd.', 'Budi Santoso, S.Pd.']);
    const key = (name: string) => staff.members.find((m) => m.name === name)!.key;
    const ani = key('Ani Suryani, M.Pd.');
    const budi = key('Budi Santoso, S.Pd.');
    expect(staff.distribution.find((d) => d.criterionId === 'c-know' && d.memberKey === ani)!.counts).toEqual([
      { value: 1, count: 1 },
      { value: 3, count: 1 },
      { value: 4, count: 1 },
    ]);
    expect(staff.applicant!.name).toBe("Sitti Nur'aini");
    expect(staff.applicant!.criteria[0]!.scores.find((s) => s.memberKey === ani)!.value).toBe(1);
    expect(staff.applicant!.criteria[0]!.scores.find((s) => s.memberKey === budi)!.value).toBe(4);
    const lenAni = staff.leniency.find((l) => l.memberKey === ani)!;
    const lenBudi = staff.leniency.find((l) => l.memberKey === budi)!;
    expect(lenAni.difference!).toBeCloseTo(-lenBudi.difference!, 10);
    expect(lenAni.difference!).toBeLessThan(0);
    expect(staff.stageRange).toBe(100);

    await c.as(c.ani.personId);
    const mine = (await c.call('results.memberScores', { ...args, applicantId: c.applicants[1]!.id })) as MemberScoresView;
    expect(mine.blind).toBe(true);
    expect(mine.members.map((m) => [m.self, m.name])).toEqual(
      staff.members.map((m) => [m.key === ani, m.key === ani ? 'Ani Suryani, M.Pd.' : null]),
    );
    expect(mine.applicant!.name).toBeNull();
    expect(JSON.stringify(mine)).not.toMatch(/Budi|Sitti|PPPK|person|p_/i);
    expect(await failure(c.call('results.memberScores', { ...args, applicantId: 'not-an-applicant' }))).toBe('APPLICANT_NOT_FOUND');
    // A member not on the committee gets nothing.
    await c.as(c.chair.personId);
    await c.call('committee.set', {
      selectionId: c.selection.id,
      personIds: [c.chair.personId, c.secretary.personId, c.ani.personId, c.observer.personId],
    });
    await c.as(c.budi.personId);
    expect(await failure(c.call('results.memberScores', args))).toBe('NOT_ON_COMMITTEE');
    expect(await failure(c.call('results.export', { selectionId: c.selection.id, format: 'csv', language: 'id' }))).toBe(
      'NOT_ON_COMMITTEE',
    );
  });
});
