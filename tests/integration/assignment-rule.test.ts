/**
 * One assignment rule ("in the round, active, in my panel, not recused", main/domain/rounds/
 * assignment.ts) and its readers: the rule read with the query builder, the desk's queue and
 * form, and the score save's own SQL. Rounds with and without panels, applicants withdrawn
 * before and after the round opened, recusals inside and outside a member's work: for every
 * (member, applicant) pair each reader must give the expected answer, so changing one reader
 * (or the rule) alone fails here.
 */
import { describe, expect, it } from 'vitest';
import { assignmentOf, type Assignment } from '../../main/domain/rounds/assignment';
import { loadRound } from '../../main/domain/rounds/round-record';
import { CallFailed } from '../helpers/api-client';
import { criteria, scoringCommittee } from '../helpers/scoring';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

type Committee = Awaited<ReturnType<typeof scoringCommittee>>;

async function addApplicant(c: Committee, n: number) {
  return c.call('applicants.add', {
    selectionId: c.selection.id,
    applicant: { registrationNumber: `PPPK-10${n}`, name: `Pelamar ${n}`, nik: `537101010199${n}001`, education: 'S1 Pendidikan' },
  });
}

const withdraw = (c: Committee, applicantId: string) =>
  c.call('applicants.withdraw', { selectionId: c.selection.id, applicantId, reason: 'Mengundurkan diri' });
const recuse = (c: Committee, personId: string, applicantId: string) =>
  c.call('conflicts.declare', {
    selectionId: c.selection.id,
    applicantId,
    personId,
    reasonKind: 'family',
    reasonText: 'Hubungan keluarga',
  });

/** A call's answer as the rule's: done, or refused as not assigned or recused (any other refusal fails). */
async function outcome(call: Promise<unknown>): Promise<Assignment> {
  try {
    await call;
    return 'assigned';
  } catch (e) {
    if (!(e instanceof CallFailed)) throw e;
    if (e.error.code === 'NOT_ASSIGNED') return 'notAssigned';
    if (e.error.code === 'RECUSED') return 'recused';
    throw e;
  }
}

/** Every reader's answer for every (member, applicant) pair, keyed "member/applicant". */
async function readers(c: Committee, members: Record<string, string>, applicants: Record<string, string>) {
  const vault = c.app.workspace.vault!;
  const round = await loadRound(vault.db, c.round.id);
  const out: Record<string, Record<string, Assignment>> = {};
  for (const [m, personId] of Object.entries(members)) {
    await c.as(personId);
    const queue = await c.call('desk.queue', { roundId: c.round.id });
    for (const [a, applicantId] of Object.entries(applicants)) {
      const rule = await assignmentOf(vault.db, round, personId, applicantId);
      const desk = await outcome(c.call('desk.applicant', { roundId: c.round.id, applicantId }));
      const save = await outcome(c.call('scores.save', { roundId: c.round.id, applicantId, criterionId: criteria[0]!, value: 3 }));
      const item = queue.items.find((i) => i.applicantId === applicantId);
      const queued: Assignment = !item ? 'notAssigned' : item.status === 'recused' ? 'recused' : 'assigned';
      out[`${m}/${a}`] = { rule, desk, save, queued };
    }
  }
  return out;
}

function expectAll(got: Record<string, Record<string, Assignment>>, expected: Record<string, Assignment>) {
  for (const [pair, want] of Object.entries(expected)) {
    expect({ pair, ...got[pair] }).toEqual({ pair, rule: want, desk: want, save: want, queued: want });
  }
  expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
}

describe('the assignment rule and its readers agree', () => {
  it('with panels: other panel, withdrawn before and after opening, recused in and out of the round', async () => {
    const c = await scoringCommittee(tempDir());
    const [a1, a2, a3] = c.applicants.map((a) => a.id) as [string, string, string];
    const a4 = (await addApplicant(c, 4)).id;
    const a5 = (await addApplicant(c, 5)).id;
    const a6 = (await addApplicant(c, 6)).id;
    await c.call('panels.save', {
      selectionId: c.selection.id,
      stageId: 'st-int',
      panels: [
        { name: 'Panel A', memberIds: [c.ani.personId, c.budi.personId], applicantIds: [a1, a2, a5] },
        { name: 'Panel B', memberIds: [c.budi.personId], applicantIds: [a3, a4] },
      ],
    });
    await recuse(c, c.ani.personId, a2);
    await recuse(c, c.budi.personId, a3);
    await recuse(c, c.budi.personId, a6);
    await withdraw(c, a5);
    await c.call('rounds.open', { roundId: c.round.id });
    await withdraw(c, a4);

    const got = await readers(c, { ani: c.ani.personId, budi: c.budi.personId }, { a1, a2, a3, a4, a5, a6 });
    expectAll(got, {
      'ani/a1': 'assigned',
      'ani/a2': 'recused',
      'ani/a3': 'notAssigned', // Budi's panel only
      'ani/a4': 'notAssigned',
      'ani/a5': 'notAssigned', // withdrawn before opening: never in the round
      'ani/a6': 'notAssigned', // in no panel
      'budi/a1': 'assigned',
      'budi/a2': 'assigned',
      'budi/a3': 'recused',
      'budi/a4': 'notAssigned', // withdrawn after opening: leaves the queue
      'budi/a5': 'notAssigned',
      'budi/a6': 'notAssigned', // recused, but not his to score anyway
    });
    await c.app.close();
  });

  it('without panels: every active applicant of the round, recusals apart', async () => {
    const c = await scoringCommittee(tempDir());
    const [a1, a2, a3] = c.applicants.map((a) => a.id) as [string, string, string];
    const a4 = (await addApplicant(c, 4)).id;
    await recuse(c, c.ani.personId, a1);
    await withdraw(c, a4);
    await c.call('rounds.open', { roundId: c.round.id });
    await withdraw(c, a3);

    const got = await readers(c, { ani: c.ani.personId, budi: c.budi.personId }, { a1, a2, a3, a4 });
    expectAll(got, {
      'ani/a1': 'recused',
      'ani/a2': 'assigned',
      'ani/a3': 'notAssigned',
      'ani/a4': 'notAssigned',
      'budi/a1': 'assigned',
      'budi/a2': 'assigned',
      'budi/a3': 'notAssigned',
      'budi/a4': 'notAssigned',
    });
    await c.app.close();
  });
});
