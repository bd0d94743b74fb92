import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { currentSnapshot } from '../../main/domain/deliberation/snapshot';
import { meetingMinutes } from '../../main/domain/deliberation/minutes';
import { failure } from '../helpers/api-client';
import { closedRound as closedRoundIn } from '../helpers/final';
import { criteria, scoringCommittee } from '../helpers/scoring';
import { PASSPHRASE, useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
type Committee = Awaited<ReturnType<typeof scoringCommittee>>;

// Levels 1-4, spread limit 40 % of the range (1.2): applicants 0 and 1 are flagged on "Penguasaan bidang" (c-know).
// ANI and BUDI (tests/helpers/final.ts) score levels 1-4 so that applicants 0 and 1 are flagged.
const stage = (know: number, solve: number, team: number) => 0.3 * (know / 4) * 100 + 0.3 * (solve / 4) * 100 + 0.4 * (team / 4) * 100;

/** Ani and Budi score and submit, the chair closes the round; signed in as the chair. */
const closedRound = () => closedRoundIn(tempDir());

async function meetingWith(c: Committee, present: string[]) {
  const m = await c.call('deliberation.createMeeting', {
    selectionId: c.selection.id,
    date: '2026-11-23',
    time: '09:00',
    place: 'Ruang Rapat Lt. 2',
  });
  for (const personId of present) await c.call('deliberation.setAttendance', { meetingId: m.id, personId, present: true });
  return m;
}

describe('deliberation: quorum, agenda, votes', () => {
  it('counts only voting members for quorum, proposes flagged applicants, and refuses the wrong votes', async () => {
    const c = await closedRound();
    const [a0, a1, a2] = c.applicants;
    const m = await meetingWith(c, [c.chair.personId, c.observer.personId]);

    let view = await c.call('deliberation.meeting', { meetingId: m.id });
    // Chair, secretary, Ani, Budi vote; the observer attends but never counts: 1 of 4 present, 3 needed.
    expect(view.quorum).toMatchObject({ rule: { kind: 'moreThanHalf' }, voting: 4, present: 1, required: 3, met: false });
    expect(view.attendees.find((a) => a.personId === c.observer.personId)).toMatchObject({ voting: false, present: true });

    // Flagged applicants are proposed automatically, with the criterion that was flagged.
    expect(view.proposals.map((p) => p.applicantId).sort()).toEqual([a0!.id, a1!.id].sort());
    expect(view.proposals[0]!.flags[0]).toMatchObject({ criterionId: 'c-know', criterionName: 'Penguasaan bidang', spread: 2 });
    const item0 = await c.call('deliberation.addItem', { meetingId: m.id, applicantId: a0!.id });
    const item1 = await c.call('deliberation.addItem', { meetingId: m.id, applicantId: a1!.id });
    expect(await failure(c.call('deliberation.addItem', { meetingId: m.id, applicantId: a1!.id }))).toBe('ITEM_EXISTS');
    const item2 = await c.call('deliberation.addItem', { meetingId: m.id, applicantId: a2!.id, title: 'Klarifikasi berkas' });
    await c.call('deliberation.setNotes', { itemId: item1.id, notes: 'Ani menjelaskan jawaban pelamar tentang kurikulum.' });
    view = await c.call('deliberation.meeting', { meetingId: m.id });
    expect(view.proposals).toEqual([]);
    expect(view.items.map((i) => [i.source, i.applicantId])).toEqual([
      ['flagged', a0!.id],
      ['flagged', a1!.id],
      ['manual', a2!.id],
    ]);
    expect(view.items[1]!.notes).toContain('kurikulum');

    // Without quorum the meeting decides nothing.
    const motion = await c.call('deliberation.addMotion', {
      meetingId: m.id,
      itemId: item0.id,
      text: 'Nilai Penguasaan bidang dipertahankan',
      rule: 'majority',
    });
    expect(await failure(c.call('deliberation.vote', { motionId: motion.id, personId: c.chair.personId, vote: 'setuju' }))).toBe(
      'QUORUM_NOT_MET',
    );
    expect(await failure(c.call('deliberation.finalise', { meetingId: m.id }))).toBe('QUORUM_NOT_MET');
    await c.call('deliberation.setAttendance', { meetingId: m.id, personId: c.ani.personId, present: true });
    expect((await c.call('deliberation.meeting', { meetingId: m.id })).quorum.met).toBe(false);
    await c.call('deliberation.setAttendance', { meetingId: m.id, personId: c.budi.personId, present: true });
    expect((await c.call('deliberation.meeting', { meetingId: m.id })).quorum).toMatchObject({ present: 3, met: true });

    // Wrong voters: the observer, the absent secretary; members cannot record votes.
    expect(await failure(c.call('deliberation.vote', { motionId: motion.id, personId: c.observer.personId, vote: 'setuju' }))).toBe(
      'NOT_A_VOTER',
    );
    expect(await failure(c.call('deliberation.vote', { motionId: motion.id, personId: c.secretary.personId, vote: 'setuju' }))).toBe(
      'NOT_PRESENT',
    );
    await c.call('deliberation.vote', { motionId: motion.id, personId: c.chair.personId, vote: 'setuju' });
    await c.call('deliberation.vote', { motionId: motion.id, personId: c.ani.personId, vote: 'tidakSetuju' });
    expect(await failure(c.call('deliberation.decideMotion', { motionId: motion.id }))).toBe('VOTES_PENDING');
    await c.call('deliberation.vote', { motionId: motion.id, personId: c.budi.personId, vote: 'setuju' });
    expect(await c.call('deliberation.decideMotion', { motionId: motion.id })).toEqual({ outcome: 'carried' });
    expect(await failure(c.call('deliberation.vote', { motionId: motion.id, personId: c.ani.personId, vote: 'setuju' }))).toBe(
      'MOTION_DECIDED',
    );

    // A member recused from an applicant cannot vote on it (conflict recorded by the secretary).
    await c.as(c.secretary.personId);
    await c.call('conflicts.declare', {
      selectionId: c.selection.id,
      applicantId: a2!.id,
      personId: c.budi.personId,
      reasonKind: 'family',
      reasonText: 'Saudara sepupu',
    });
    const onA2 = await failure(
      c.call('deliberation.addMotion', { meetingId: m.id, itemId: item2.id, text: 'Berkas dinyatakan lengkap', rule: 'unanimous' }),
    );
    expect(onA2).toBe('FORBIDDEN');
    await c.as(c.chair.personId);
    const unanimous = await c.call('deliberation.addMotion', {
      meetingId: m.id,
      itemId: item2.id,
      text: 'Berkas dinyatakan lengkap',
      rule: 'unanimous',
    });
    await c.as(c.secretary.personId);
    expect(await failure(c.call('deliberation.vote', { motionId: unanimous.id, personId: c.budi.personId, vote: 'setuju' }))).toBe(
      'VOTER_RECUSED',
    );
    await c.call('deliberation.vote', { motionId: unanimous.id, personId: c.chair.personId, vote: 'setuju' });
    await c.call('deliberation.vote', { motionId: unanimous.id, personId: c.ani.personId, vote: 'abstain' });
    await c.as(c.chair.personId);
    let minutes = await c.call('deliberation.minutes', { meetingId: m.id });
    const u = minutes.motions.find((x) => x.id === unanimous.id)!;
    expect(u.pending).toEqual([]);
    expect(u.recused.map((r) => r.personId)).toEqual([c.budi.personId]);
    // An abstention blocks unanimity.
    expect(await c.call('deliberation.decideMotion', { motionId: unanimous.id })).toEqual({ outcome: 'rejected' });

    // Musyawarah mufakat: recorded as such; one disagreement means no consensus.
    const mufakat = await c.call('deliberation.addMotion', {
      meetingId: m.id,
      itemId: item1.id,
      text: 'Sepakat membahas ulang nilai',
      rule: 'mufakat',
    });
    for (const [p, v] of [
      [c.chair, 'setuju'],
      [c.ani, 'setuju'],
      [c.budi, 'tidakSetuju'],
    ] as const)
      await c.call('deliberation.vote', { motionId: mufakat.id, personId: p.personId, vote: v });
    expect(await c.call('deliberation.decideMotion', { motionId: mufakat.id })).toEqual({ outcome: 'noConsensus' });

    // Members read the record but change nothing.
    await c.as(c.ani.personId);
    expect(await failure(c.call('deliberation.vote', { motionId: mufakat.id, personId: c.ani.personId, vote: 'setuju' }))).toBe(
      'FORBIDDEN',
    );
    minutes = await c.call('deliberation.minutes', { meetingId: m.id });
    expect(minutes.decisions.map((d) => d.outcome)).toEqual(['carried', 'rejected', 'noConsensus']);
    // Blind until reveal: the member sees codes, no names.
    expect(minutes.items.every((i) => i.applicantName === null)).toBe(true);
  }, 120_000);
});

describe('deliberation: revisions and finalisation', () => {
  it('revises a score with the member’s password and a reason, keeps the earlier value, re-signs, and freezes results until reopened', async () => {
    const c = await closedRound();
    const a1 = c.applicants[1]!;
    const m = await meetingWith(c, [c.chair.personId, c.ani.personId, c.budi.personId]);
    const item = await c.call('deliberation.addItem', { meetingId: m.id, applicantId: a1.id });
    const before = await c.call('results.get', { selectionId: c.selection.id });
    const row = (v: typeof before) => v.rows.find((r) => r.applicantId === a1.id)!;
    expect(row(before).final).toBeCloseTo(stage(2, 2.5, 3), 9);

    const base = {
      meetingId: m.id,
      itemId: item.id,
      personId: c.ani.personId,
      applicantId: a1.id,
      stageId: 'st-int',
      criterionId: criteria[0]!,
      value: 3,
    };
    const password = c.passwords.get(c.ani.personId)!;
    // The wrong moves: no reason, wrong password, a member's own call, an off-scale value.
    expect(await failure(c.call('deliberation.revise', { ...base, password, reason: '  ' }))).toBe('REVISION_REASON_REQUIRED');
    expect(await failure(c.call('deliberation.revise', { ...base, password: 'bukan-sandinya', reason: 'Setelah pembahasan rapat' }))).toBe(
      'WRONG_PASSWORD',
    );
    expect(await failure(c.call('deliberation.revise', { ...base, value: 7, password, reason: 'Setelah pembahasan rapat' }))).toBe(
      'SCORE_OFF_SCALE',
    );
    expect(await failure(c.call('deliberation.revise', { ...base, value: 1, password, reason: 'Setelah pembahasan rapat' }))).toBe(
      'REVISION_UNCHANGED',
    );
    expect(
      await failure(
        c.call('deliberation.revise', {
          ...base,
          personId: c.secretary.personId,
          password: c.passwords.get(c.secretary.personId)!,
          reason: 'Setelah pembahasan rapat',
        }),
      ),
    ).toBe('NOT_PRESENT');

    const revised = await c.call('deliberation.revise', { ...base, password, reason: 'Jawaban pelamar dinilai ulang setelah pembahasan' });
    expect(revised.revision).toMatchObject({
      personId: c.ani.personId,
      applicantId: a1.id,
      criterionName: 'Penguasaan bidang',
      oldValue: 1,
      newValue: 3,
      reason: 'Jawaban pelamar dinilai ulang setelah pembahasan',
    });
    expect(revised.revision.newSheetSha256).not.toBe(revised.revision.oldSheetSha256);
    expect(revised.changes[0]).toMatchObject({ applicantId: a1.id, rankBefore: 2, rankAfter: 2 });
    expect(revised.changes[0]!.finalBefore).toBeCloseTo(stage(2, 2.5, 3), 9);
    expect(revised.changes[0]!.finalAfter).toBeCloseTo(stage(3, 2.5, 3), 9);
    // Results recompute from the revised value; the signatures and the new seal verify.
    expect(row(await c.call('results.get', { selectionId: c.selection.id })).final).toBeCloseTo(stage(3, 2.5, 3), 9);
    const check = await c.call('vault.check', {});
    expect(check.signatures).toMatchObject({ ok: true, sheets: 2, findings: [] });
    const minutes = await meetingMinutes(c.app.workspace.vault!.db, m.id);
    expect(minutes.revisions).toHaveLength(1);
    expect(minutes.revisions[0]).toMatchObject({ oldValue: 1, newValue: 3, personName: c.ani.name });

    // Finalise: the secretary may not; the chair may, with quorum present.
    await c.as(c.secretary.personId);
    expect(await failure(c.call('deliberation.finalise', { meetingId: m.id }))).toBe('FORBIDDEN');
    await c.as(c.chair.personId);
    const fin = await c.call('deliberation.finalise', {
      meetingId: m.id,
      confirmed: (await c.call('deliberation.finaliseCheck', { meetingId: m.id })).counts,
    });
    const snap = (await currentSnapshot(c.app.workspace.vault!.db, c.selection.id))!;
    expect(snap.sha256).toBe(fin.sha256);
    const stored = c.app.workspace.vault!.raw.prepare('select payload from final_snapshots where id = ?').get(fin.snapshotId) as {
      payload: string;
    };
    expect(createHash('sha256').update(stored.payload).digest('hex')).toBe(fin.sha256);
    expect(snap.results.rows.find((r) => r.applicantId === a1.id)!.final).toBeCloseTo(stage(3, 2.5, 3), 9);
    expect(Object.keys(snap.stageResults).sort()).toEqual(['st-adm', 'st-int']);
    expect(snap.finalisedBy).toEqual({ personId: c.chair.personId, name: c.chair.name });

    // While final, nothing that alters results: revisions, votes, another finalisation.
    expect(await failure(c.call('deliberation.revise', { ...base, value: 4, password, reason: 'Setelah pembahasan rapat' }))).toBe(
      'SELECTION_FINAL',
    );
    expect(await failure(c.call('deliberation.addMotion', { meetingId: m.id, text: 'Usulan lain', rule: 'majority' }))).toBe(
      'SELECTION_FINAL',
    );
    expect(await failure(c.call('deliberation.finalise', { meetingId: m.id }))).toBe('SELECTION_FINAL');
    let overview = await c.call('deliberation.overview', { selectionId: c.selection.id });
    expect(overview.final).toMatchObject({ sha256: fin.sha256, reopenedAt: null });
    expect(overview.objectionDeadline).toBe('2026-11-26');

    // Only the chair reopens, with a reason; the snapshot stays on the record.
    await c.as(c.secretary.personId);
    expect(await failure(c.call('deliberation.reopen', { selectionId: c.selection.id, reason: 'Sanggahan diterima' }))).toBe('FORBIDDEN');
    await c.as(c.chair.personId);
    await c.call('deliberation.reopen', { selectionId: c.selection.id, reason: 'Sanggahan diterima' });
    expect(await currentSnapshot(c.app.workspace.vault!.db, c.selection.id)).toBeNull();
    overview = await c.call('deliberation.overview', { selectionId: c.selection.id });
    expect(overview.final).toBeNull();
    expect(overview.snapshots[0]).toMatchObject({ sha256: fin.sha256, reopenReason: 'Sanggahan diterima', reopenedBy: c.chair.name });
    await c.call('deliberation.revise', { ...base, value: 4, password, reason: 'Dinilai ulang setelah sanggahan' });
    let afterReopen = await c.call('vault.check', {});
    expect(afterReopen.signatures.ok).toBe(true);
    expect(afterReopen.snapshots).toMatchObject({ ok: true, snapshots: 1, findings: [] });

    // Someone edits the frozen (reopened) snapshot in the database: vault check names the selection.
    c.app.workspace
      .vault!.raw.prepare('update final_snapshots set payload = replace(payload, \'"rank":1\', \'"rank":2\') where id = ?')
      .run(fin.snapshotId);
    afterReopen = await c.call('vault.check', {});
    expect(afterReopen.snapshots.ok).toBe(false);
    expect(afterReopen.snapshots.findings).toEqual([expect.objectContaining({ snapshotId: fin.snapshotId, selectionId: c.selection.id })]);
  }, 120_000);

  it('a revised sheet still catches tampering with the scores table', async () => {
    const c = await closedRound();
    const a1 = c.applicants[1]!;
    const m = await meetingWith(c, [c.chair.personId, c.ani.personId, c.budi.personId]);
    await c.call('deliberation.revise', {
      meetingId: m.id,
      personId: c.ani.personId,
      password: c.passwords.get(c.ani.personId)!,
      applicantId: a1.id,
      stageId: 'st-int',
      criterionId: criteria[0]!,
      value: 3,
      reason: 'Setelah pembahasan rapat',
    });
    expect((await c.call('vault.check', {})).signatures.ok).toBe(true);
    // Someone puts the earlier value back directly in the database.
    c.app.workspace
      .vault!.raw.prepare('update scores set value = 1 where person_id = ? and applicant_id = ? and criterion_id = ?')
      .run(c.ani.personId, a1.id, criteria[0]);
    const check = await c.call('vault.check', {});
    expect(check.signatures.ok).toBe(false);
    expect(check.signatures.findings).toContainEqual(
      expect.objectContaining({ personId: c.ani.personId, applicantCode: a1.code, reason: 'scores' }),
    );
  }, 120_000);
});

describe('deliberation: the rules in force', () => {
  it('a meeting keeps the quorum rule set for the selection when it opened; no revision while the round is open', async () => {
    const c = await scoringCommittee(tempDir());
    await c.call('rounds.open', { roundId: c.round.id });
    await c.call('deliberation.setConfig', { selectionId: c.selection.id, quorumRule: { kind: 'all' }, objectionDays: 3 });
    const strict = await meetingWith(c, [c.chair.personId, c.ani.personId, c.budi.personId]);
    expect((await c.call('deliberation.meeting', { meetingId: strict.id })).quorum).toMatchObject({
      rule: { kind: 'all' },
      present: 3,
      required: 4,
      met: false,
    });
    expect(await failure(c.call('deliberation.finalise', { meetingId: strict.id }))).toBe('QUORUM_NOT_MET');
    // The observer is not a voter: ticking them changes nothing.
    await c.call('deliberation.setAttendance', { meetingId: strict.id, personId: c.observer.personId, present: true });
    expect((await c.call('deliberation.meeting', { meetingId: strict.id })).quorum.met).toBe(false);
    await c.call('deliberation.setConfig', { selectionId: c.selection.id, quorumRule: { kind: 'moreThanHalf' }, objectionDays: 3 });
    expect((await c.call('deliberation.meeting', { meetingId: strict.id })).quorum.rule).toEqual({ kind: 'all' });
    const m = await meetingWith(c, [c.chair.personId, c.ani.personId, c.budi.personId]);
    expect((await c.call('deliberation.meeting', { meetingId: m.id })).quorum.met).toBe(true);
    // Scores are still being entered: nothing to revise, and nothing counts to finalise.
    const revise = {
      meetingId: m.id,
      personId: c.ani.personId,
      password: c.passwords.get(c.ani.personId)!,
      applicantId: c.applicants[0]!.id,
      stageId: 'st-int',
      criterionId: criteria[0]!,
      value: 3,
      reason: 'Setelah pembahasan rapat',
    };
    expect(await failure(c.call('deliberation.revise', revise))).toBe('ROUND_STATE');
    expect(await failure(c.call('deliberation.finalise', { meetingId: m.id }))).toBe('RESULTS_NOT_READY');
    // A closed meeting changes no more.
    await c.call('deliberation.closeMeeting', { meetingId: m.id });
    expect(await failure(c.call('deliberation.setAttendance', { meetingId: m.id, personId: c.secretary.personId, present: true }))).toBe(
      'MEETING_CLOSED',
    );
    expect(await failure(c.call('deliberation.revise', revise))).toBe('MEETING_CLOSED');
  }, 120_000);
});

describe('deliberation: objections after publication', () => {
  it('records objections only while final and within the objection period, with the committee’s answer', async () => {
    const c = await closedRound();
    const a2 = c.applicants[2]!;
    const m = await meetingWith(c, [c.chair.personId, c.secretary.personId, c.ani.personId]);
    expect(
      await failure(
        c.call('deliberation.recordObjection', {
          selectionId: c.selection.id,
          applicantId: a2.id,
          receivedOn: '2026-11-23',
          text: 'Keberatan atas nilai',
        }),
      ),
    ).toBe('NOT_FINAL');
    await c.call('deliberation.setConfig', { selectionId: c.selection.id, quorumRule: { kind: 'moreThanHalf' }, objectionDays: 2 });
    await c.call('deliberation.finalise', {
      meetingId: m.id,
      confirmed: (await c.call('deliberation.finaliseCheck', { meetingId: m.id })).counts,
    });
    await c.as(c.secretary.personId);
    const o = await c.call('deliberation.recordObjection', {
      selectionId: c.selection.id,
      applicantId: a2.id,
      receivedOn: '2026-11-23',
      text: 'Keberatan atas nilai wawancara',
    });
    expect(
      await failure(
        c.call('deliberation.recordObjection', {
          selectionId: c.selection.id,
          applicantId: a2.id,
          receivedOn: '2026-11-22',
          text: 'Terlalu awal',
        }),
      ),
    ).toBe('OBJECTION_PERIOD');
    // Four days later (the vault locked itself meanwhile): the period has ended.
    c.clock.advance(4 * 24 * 60 * 60 * 1000);
    await c.call('app.status', {});
    await c.call('vault.unlock', { path: c.path, passphrase: PASSPHRASE });
    await c.as(c.secretary.personId);
    expect(
      await failure(
        c.call('deliberation.recordObjection', {
          selectionId: c.selection.id,
          applicantId: a2.id,
          receivedOn: '2026-11-27',
          text: 'Terlambat',
        }),
      ),
    ).toBe('OBJECTION_PERIOD');
    await c.call('deliberation.answerObjection', {
      objectionId: o.id,
      answer: 'Nilai telah diperiksa ulang; tidak ada perubahan.',
      resultChanged: false,
    });
    expect(await failure(c.call('deliberation.answerObjection', { objectionId: o.id, answer: 'Lagi', resultChanged: true }))).toBe(
      'OBJECTION_ANSWERED',
    );
    const overview = await c.call('deliberation.overview', { selectionId: c.selection.id });
    expect(overview.objectionDeadline).toBe('2026-11-25');
    expect(overview.objections).toEqual([
      expect.objectContaining({ applicantId: a2.id, resultChanged: false, answeredBy: c.secretary.name }),
    ]);
    // The observer reads, changes nothing.
    await c.as(c.observer.personId);
    expect(await failure(c.call('deliberation.answerObjection', { objectionId: o.id, answer: 'x', resultChanged: true }))).toBe(
      'FORBIDDEN',
    );
  }, 120_000);
});
