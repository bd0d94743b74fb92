import { describe, expect, it } from 'vitest';
import { CallFailed } from '../helpers/api-client';
import { criteria, scoreAll, scoringCommittee } from '../helpers/scoring';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof CallFailed) return e.error.code;
    throw e;
  }
}

describe('calibration before a round opens', () => {
  it('members score the same sample cases; each then sees how they read the descriptors', async () => {
    const c = await scoringCommittee(tempDir());
    const view = await c.call('calibration.start', {
      roundId: c.round.id,
      cases: [
        { label: 'Kasus 1: guru honorer 8 tahun', description: 'Ringkasan jawaban wawancara contoh.' },
        { label: 'Kasus 2: lulusan baru', description: 'Ringkasan jawaban wawancara contoh.' },
      ],
    });
    expect(view.cases).toHaveLength(2);
    expect(view.scorers).toBe(2);
    expect(await code(c.call('rounds.open', { roundId: c.round.id }))).toBe('CALIBRATION_STATE');

    // Ani reads the descriptors generously on the first criterion; Budi strictly; both agree on the rest.
    const marks: Record<string, number[]> = { [c.ani.personId]: [4, 3, 3], [c.budi.personId]: [2, 3, 3] };
    for (const m of [c.ani, c.budi]) {
      await c.as(m.personId);
      expect(await code(c.call('calibration.results', { roundId: c.round.id }))).toBe('CALIBRATION_STATE');
      for (const k of view.cases)
        for (const [i, crit] of criteria.entries())
          await c.call('calibration.save', { roundId: c.round.id, caseId: k.id, criterionId: crit, value: marks[m.personId]![i]! });
      expect(
        await code(c.call('calibration.save', { roundId: c.round.id, caseId: view.cases[0]!.id, criterionId: criteria[0]!, value: 7 })),
      ).toBe('SCORE_OFF_SCALE');
    }
    await c.as(c.chair.personId);
    const progress = await c.call('calibration.get', { roundId: c.round.id });
    expect(progress).toMatchObject({ complete: 2, scorers: 2, mine: {} });
    const results = await c.call('calibration.close', { roundId: c.round.id });
    const first = results.criteria.find((x) => x.criterionId === criteria[0])!;
    expect(first.panelMean).toBe(3);
    expect(Object.fromEntries(first.members.map((m) => [m.name, m.reading]))).toEqual({
      'Ani Suryani, M.Pd.': 'lenient',
      'Budi Santoso, S.Pd.': 'strict',
    });
    expect(results.criteria.find((x) => x.criterionId === criteria[1])!.members.every((m) => m.reading === 'inLine')).toBe(true);

    // A member sees their own row against the panel, nobody else's.
    await c.as(c.budi.personId);
    const mine = await c.call('calibration.results', { roundId: c.round.id });
    expect(mine.criteria[0]!.members).toEqual([expect.objectContaining({ personId: c.budi.personId, reading: 'strict', difference: -1 })]);
    expect(
      await code(c.call('calibration.save', { roundId: c.round.id, caseId: view.cases[0]!.id, criterionId: criteria[0]!, value: 3 })),
    ).toBe('CALIBRATION_STATE');

    // Calibration scores never count: the round opens with no scores at all.
    await c.as(c.chair.personId);
    await c.call('rounds.open', { roundId: c.round.id });
    const n = await c.app.workspace
      .vault!.db.selectFrom('scores')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
  });
});

describe('leniency after close', () => {
  it('shows each member against the panel on the same applicants, to the chair only, after close', async () => {
    const c = await scoringCommittee(tempDir());
    await c.call('rounds.open', { roundId: c.round.id });
    expect(await code(c.call('rounds.leniency', { roundId: c.round.id }))).toBe('ROUND_STATE');
    await c.as(c.ani.personId);
    await scoreAll(c, () => 4);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(c.ani.personId)! });
    await c.as(c.budi.personId);
    await scoreAll(c, () => 2);
    await c.call('desk.submit', { roundId: c.round.id, password: c.passwords.get(c.budi.personId)! });
    await c.as(c.chair.personId);
    await c.call('rounds.close', { roundId: c.round.id });
    const rows = await c.call('rounds.leniency', { roundId: c.round.id });
    expect(rows.map((r) => [r.name, r.applicants, r.ownMean, r.panelMean, r.difference, r.reading])).toEqual([
      ['Ani Suryani, M.Pd.', 3, 100, 75, 25, 'lenient'],
      ['Budi Santoso, S.Pd.', 3, 50, 75, -25, 'strict'],
    ]);
    await c.as(c.secretary.personId);
    expect(await code(c.call('rounds.leniency', { roundId: c.round.id }))).toBe('FORBIDDEN');
  });
});

describe('idle sign-out on the shared laptop', () => {
  it('signs the person out after the sign-out time; the vault stays unlocked for the next', async () => {
    const c = await scoringCommittee(tempDir());
    await c.call('settings.setIdleMinutes', { minutes: 30, signOutMinutes: 3 });
    await c.call('rounds.open', { roundId: c.round.id });
    await c.as(c.budi.personId); // first sign-in: the one-time password is replaced
    await c.as(c.ani.personId);
    await c.call('scores.save', { roundId: c.round.id, applicantId: c.applicants[0]!.id, criterionId: criteria[1]!, value: 2 });
    c.clock.advance(3 * 60_000 + 1);
    const status = await c.call('app.status', {});
    expect(status.session).toBeNull();
    expect(status.signedOutBecause).toBe('idle');
    expect(status.vault).not.toBeNull();
    expect(await code(c.call('desk.queue', { roundId: c.round.id }))).toBe('NOT_SIGNED_IN');
    // The next member signs in without the passphrase and sees none of Ani's work.
    await c.call('session.signIn', { personId: c.budi.personId, password: c.passwords.get(c.budi.personId)! });
    const form = await c.call('desk.applicant', { roundId: c.round.id, applicantId: c.applicants[0]!.id });
    expect(form.scores).toEqual({});
    expect((await c.call('app.status', {})).signedOutBecause).toBeNull();
  });
});
