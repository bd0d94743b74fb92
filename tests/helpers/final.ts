import { expect } from 'vitest';
import type { ImportPreview, JobStatus } from '../../shared/contract';
import { failure } from './api-client';
import { scoreAll, scoringCommittee } from './scoring';

export type Committee = Awaited<ReturnType<typeof scoringCommittee>>;

// Levels 1-4: applicants 0 and 1 disagree on "Penguasaan bidang" (flagged), as in the deliberation tests.
export const ANI = [
  [4, 3, 3],
  [1, 2, 3],
  [3, 3, 2],
];
export const BUDI = [
  [2, 3, 4],
  [3, 3, 3],
  [3, 2, 2],
];

export async function finishedJob(c: Committee, jobId: string): Promise<JobStatus> {
  for (let i = 0; i < 500; i++) {
    const s = await c.call('jobs.status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('job did not finish');
}

/**
 * A selection scored, closed, revealed, discussed and finalised through the dispatcher, with a
 * parsed import still waiting for its commit. Signed in as the chair at the end.
 */
/** Ani and Budi score (ANI, BUDI) and submit, the chair closes the round; signed in as the chair. */
export async function closedRound(home: string): Promise<Committee> {
  const c = await scoringCommittee(home);
  await c.call('rounds.open', { roundId: c.round.id });
  for (const [m, values] of [
    [c.ani, ANI],
    [c.budi, BUDI],
  ] as const) {
    await c.as(m.personId);
    await scoreAll(c, (a, k) => values[a]![k]!);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(m.personId)! });
  }
  await c.as(c.chair.personId);
  await c.call('rounds.close', { roundId: c.round.id });
  return c;
}

export async function finalisedSelection(home: string) {
  const c = await closedRound(home);
  const sel = c.selection.id;
  // The administration gate: all MS, so only the round matters.
  await c.call('stageInputs.markRemaining', { selectionId: sel, stageId: 'st-adm', decision: 'MS', undecided: 3 });
  await c.call('rounds.reveal', {
    roundId: c.round.id,
    password: c.passwords.get(c.chair.personId)!,
    secondPersonId: c.secretary.personId,
    secondPassword: c.passwords.get(c.secretary.personId)!,
  });
  const m = await c.call('deliberation.createMeeting', { selectionId: sel, date: '2026-11-23', time: '09:00', place: 'Ruang Rapat Lt. 2' });
  for (const p of [c.chair, c.ani, c.budi])
    await c.call('deliberation.setAttendance', { meetingId: m.id, personId: p.personId, present: true });
  const item = await c.call('deliberation.addItem', { meetingId: m.id, applicantId: c.applicants[0]!.id });
  const motion = await c.call('deliberation.addMotion', {
    meetingId: m.id,
    itemId: item.id,
    text: 'Nilai dipertahankan',
    rule: 'majority',
  });
  // A parsed import waiting for its commit when the selection is finalised.
  const parsed = await finishedJob(
    c,
    (
      await c.call('applicants.importParse', {
        selectionId: sel,
        fileName: 'tambahan.csv',
        contentBase64: Buffer.from('No Peserta;Nama\r\nPPPK-009;Rahmat Hidayat\r\n').toString('base64'),
      })
    ).jobId,
  );
  const importId = (parsed.result as ImportPreview).importId;

  // Before finalising the chair sees what is still open, and must confirm exactly that.
  const check = await c.call('deliberation.finaliseCheck', { meetingId: m.id });
  expect(check.flaggedNotOnAgenda.map((f) => f.applicantId)).toEqual([c.applicants[1]!.id]);
  expect(check.counts).toEqual({ flagged: 1, undecided: 0, incomplete: 0 });
  expect(await failure(c.call('deliberation.finalise', { meetingId: m.id }))).toBe('FINALISE_UNCONFIRMED');
  expect(await failure(c.call('deliberation.finalise', { meetingId: m.id, confirmed: { flagged: 0, undecided: 0, incomplete: 0 } }))).toBe(
    'FINALISE_UNCONFIRMED',
  );
  const fin = await c.call('deliberation.finalise', { meetingId: m.id, confirmed: check.counts });
  return { c, sel, meetingId: m.id, itemId: item.id, motionId: motion.id, importId, fin };
}
