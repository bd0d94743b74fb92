import { describe, expect, it } from 'vitest';
import { failure } from '../helpers/api-client';
import { criteria, scoreAll, scoringCommittee } from '../helpers/scoring';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('a scoring round from draft to revealed', () => {
  it('opens, scores blind, submits signed sheets, closes with a seal, reveals with two people', async () => {
    const c = await scoringCommittee(tempDir());
    expect(c.round.state).toBe('draft');

    await c.call('rounds.open', { roundId: c.round.id });
    const rounds = await c.call('rounds.list', { selectionId: c.selection.id });
    expect(rounds[0]).toMatchObject({ state: 'open', rubricVersion: 1, scorers: 2, applicants: 3 });
    // The rubric is frozen: the secretary can no longer change it.
    const detail = await c.call('selection.get', { selectionId: c.selection.id });
    expect(detail.rubricVersions.find((v) => v.stageId === 'st-int')?.frozenAt).not.toBeNull();

    await c.as(c.ani.personId);
    const queue = await c.call('desk.queue', { roundId: c.round.id });
    expect(queue.items).toHaveLength(3);
    expect(queue.items.every((i) => i.name === null && i.status === 'notStarted')).toBe(true);
    const first = await c.call('desk.applicant', { roundId: c.round.id, applicantId: queue.items[0]!.applicantId });
    expect(first.applicant.name).toBeNull();
    expect(first.applicant.fields.nik).toBeUndefined();
    expect(first.applicant.fields.education).toBe('S1 Pendidikan');

    const saved = await c.call('scores.save', {
      roundId: c.round.id,
      applicantId: queue.items[0]!.applicantId,
      criterionId: criteria[1]!,
      value: 3,
    });
    expect(saved.status).toBe('inProgress');
    expect(saved.subtotal).toBeCloseTo(0.6 * 0.5 * 75);
    expect(
      await failure(
        c.call('scores.save', { roundId: c.round.id, applicantId: queue.items[0]!.applicantId, criterionId: criteria[1]!, value: 5 }),
      ),
    ).toBe('SCORE_OFF_SCALE');
    expect(
      await failure(
        c.call('scores.save', { roundId: c.round.id, applicantId: queue.items[0]!.applicantId, criterionId: 'nope', value: 2 }),
      ),
    ).toBe('CRITERION_NOT_FOUND');

    // Extremes need a note before the sheet can go.
    await scoreAll(c, (a, k) => (k === 0 ? 4 : 3));
    await c.call('scores.save', { roundId: c.round.id, applicantId: c.applicants[0]!.id, criterionId: criteria[0]!, note: '' });
    let review = await c.call('desk.review', { roundId: c.round.id });
    expect(review.ready).toBe(false);
    expect(review.rows.flatMap((r) => r.problems)).toEqual([{ kind: 'noteRequired', criterionId: criteria[0] }]);
    expect(await failure(c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(c.ani.personId)! }))).toBe(
      'SHEET_INCOMPLETE',
    );
    await c.call('scores.save', {
      roundId: c.round.id,
      applicantId: c.applicants[0]!.id,
      criterionId: criteria[0]!,
      note: 'Menguasai kurikulum merdeka secara mendalam',
    });
    review = await c.call('desk.review', { roundId: c.round.id });
    expect(review.ready).toBe(true);
    expect(await failure(c.call('desk.submit', { roundId: c.round.id, password: 'salah-sandi' }))).toBe('WRONG_PASSWORD');
    const submitted = await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(c.ani.personId)! });
    expect(submitted.sheetSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(
      await failure(c.call('scores.save', { roundId: c.round.id, applicantId: c.applicants[0]!.id, criterionId: criteria[0]!, value: 2 })),
    ).toBe('SHEET_SUBMITTED');

    // The chair sees progress, never values.
    await c.as(c.chair.personId);
    const board = await c.call('rounds.board', { roundId: c.round.id });
    const ani = board.scorers.find((s) => s.personId === c.ani.personId)!;
    expect(ani).toMatchObject({ status: 'submitted', counts: { done: 3, inProgress: 0, notStarted: 0, recused: 0 } });
    expect(JSON.stringify(board)).not.toMatch(/"value"|subtotal|"scores"/);
    expect(await failure(c.call('rounds.close', { roundId: c.round.id }))).toBe('SCORERS_PENDING');

    // Budi is ill; the chair records why, then closes.
    await c.call('rounds.excuse', { roundId: c.round.id, personId: c.budi.personId, reason: 'Sakit, surat keterangan dokter terlampir' });
    const closed = await c.call('rounds.close', { roundId: c.round.id });
    expect(closed.round.state).toBe('closed');
    expect(closed.round.sealSha256).toMatch(/^[0-9a-f]{64}$/);

    // Reveal: chair and secretary, each with their own password.
    expect(
      await failure(
        c.call('rounds.reveal', {
          roundId: c.round.id,
          password: c.passwords.get(c.chair.personId)!,
          secondPersonId: c.ani.personId,
          secondPassword: c.passwords.get(c.ani.personId)!,
        }),
      ),
    ).toBe('REVEAL_NEEDS_TWO');
    expect(
      await failure(
        c.call('rounds.reveal', {
          roundId: c.round.id,
          password: c.passwords.get(c.chair.personId)!,
          secondPersonId: c.secretary.personId,
          secondPassword: 'bukan-sandinya',
        }),
      ),
    ).toBe('WRONG_PASSWORD');
    // The secretary has never signed in: their one-time password still confirms.
    const revealed = await c.call('rounds.reveal', {
      roundId: c.round.id,
      password: c.passwords.get(c.chair.personId)!,
      secondPersonId: c.secretary.personId,
      secondPassword: c.passwords.get(c.secretary.personId)!,
    });
    expect(revealed.round.state).toBe('revealed');
    expect(revealed.round.revealedBy).toHaveLength(2);

    await c.as(c.ani.personId);
    const after = await c.call('desk.queue', { roundId: c.round.id });
    expect(after.items.map((i) => i.name).sort()).toEqual(['Made Wijaya', "Sitti Nur'aini", 'Yohanes Manurung']);

    const check = await (async () => {
      await c.as(c.chair.personId);
      return c.call('vault.check', {});
    })();
    expect(check.signatures).toMatchObject({ ok: true, sheets: 1, findings: [] });
    expect(check.audit.ok).toBe(true);
  });

  it('resumes at the last save even when several saves share one millisecond', async () => {
    // The test clock stands still, so every save below has the same time.
    const c = await scoringCommittee(tempDir());
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.ani.personId);
    const items = (await c.call('desk.queue', { roundId: c.round.id })).items;
    const steps: [number, number][] = [
      [2, 2],
      [0, 0],
      [1, 2],
      [0, 1],
      [2, 0],
    ];
    for (const [a, k] of steps) {
      await c.call('scores.save', { roundId: c.round.id, applicantId: items[a]!.applicantId, criterionId: criteria[k]!, value: 2 });
      const resume = (await c.call('desk.queue', { roundId: c.round.id })).resume;
      expect(resume).toEqual({ applicantId: items[a]!.applicantId, criterionId: criteria[k]! });
    }
  });

  it('each member has their own random order, stable across sessions', async () => {
    const c = await scoringCommittee(tempDir());
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.ani.personId);
    const a1 = (await c.call('desk.queue', { roundId: c.round.id })).items.map((i) => i.code);
    const a2 = (await c.call('desk.queue', { roundId: c.round.id })).items.map((i) => i.code);
    expect(a2).toEqual(a1);
    expect([...a1].sort()).toEqual(c.applicants.map((a) => a.code).sort());
  });

  it('refuses to open while the set-up has blocking problems, and twice', async () => {
    const c = await scoringCommittee(tempDir());
    const detail = await c.call('selection.get', { selectionId: c.selection.id });
    const broken = structuredClone(detail.setup);
    broken.stages[1]!.rubric!.criteria[0]!.weight = 10;
    await c.call('selection.update', { selectionId: c.selection.id, setup: broken });
    expect(await failure(c.call('rounds.open', { roundId: c.round.id }))).toBe('ROUND_NOT_READY');
    await c.call('selection.update', { selectionId: c.selection.id, setup: detail.setup });
    await c.call('rounds.open', { roundId: c.round.id });
    expect(await failure(c.call('rounds.open', { roundId: c.round.id }))).toBe('ROUND_STATE');
    expect(await failure(c.call('rounds.create', { selectionId: c.selection.id, stageId: 'st-int' }))).toBe('ROUND_EXISTS');
    expect(await failure(c.call('rounds.create', { selectionId: c.selection.id, stageId: 'st-adm' }))).toBe('STAGE_NOT_SCORED');
  });

  it('a conflict declared at the desk recuses at once and removes draft scores', async () => {
    const c = await scoringCommittee(tempDir());
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.budi.personId);
    const target = c.applicants[1]!.id;
    await c.call('scores.save', { roundId: c.round.id, applicantId: target, criterionId: criteria[1]!, value: 2 });
    await c.call('conflicts.declare', {
      selectionId: c.selection.id,
      applicantId: target,
      reasonKind: 'family',
      reasonText: 'Sepupu saya',
    });
    expect(await failure(c.call('desk.applicant', { roundId: c.round.id, applicantId: target }))).toBe('RECUSED');
    expect(await failure(c.call('scores.save', { roundId: c.round.id, applicantId: target, criterionId: criteria[1]!, value: 2 }))).toBe(
      'RECUSED',
    );
    const queue = await c.call('desk.queue', { roundId: c.round.id });
    expect(queue.items.find((i) => i.applicantId === target)?.status).toBe('recused');
    const left = await c.app.workspace.vault!.db.selectFrom('scores').selectAll().where('applicant_id', '=', target).execute();
    expect(left).toHaveLength(0);
    await scoreAll(c, () => 2);
    expect((await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(c.budi.personId)! })).sheetSha256).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });
});
