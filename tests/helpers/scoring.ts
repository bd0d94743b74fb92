import { committeeVault } from './committee';
import { interviewRubric, interviewSetup } from './interview-setup';

export { interviewRubric, interviewSetup };

/**
 * A committee ready to score: chair, secretary, two members, an observer, three applicants,
 * and a draft round for the interview stage. Signed in as the chair at the end.
 */
export async function scoringCommittee(home: string) {
  const c = await committeeVault(home);
  const secretary = await c.addPerson('Rina Wulandari, S.E.', 'secretary');
  const ani = await c.addPerson('Ani Suryani, M.Pd.', 'member');
  const budi = await c.addPerson('Budi Santoso, S.Pd.', 'member');
  const observer = await c.addPerson('Inspektur Pembantu', 'observer');
  const sel = await c.call('selection.create', { template: null, title: 'Seleksi PPPK Guru 2026 — Wawancara' });
  await c.call('selection.update', { selectionId: sel.id, setup: interviewSetup() });
  await c.call('committee.set', {
    selectionId: sel.id,
    personIds: [c.chair.personId, secretary.personId, ani.personId, budi.personId, observer.personId],
  });
  const applicants = [];
  for (const [i, name] of ['Yohanes Manurung', "Sitti Nur'aini", 'Made Wijaya'].entries()) {
    applicants.push(
      await c.call('applicants.add', {
        selectionId: sel.id,
        applicant: { registrationNumber: `PPPK-00${i + 1}`, name, nik: `53710101019${i}0001`, education: 'S1 Pendidikan' },
      }),
    );
  }
  const round = await c.call('rounds.create', { selectionId: sel.id, stageId: 'st-int' });
  return { ...c, secretary, ani, budi, observer, selection: sel, applicants, round };
}

export const criteria = interviewRubric.criteria.map((x) => x.id);

/** Scores every criterion of every applicant on the signed-in member's desk. */
export async function scoreAll(
  c: Awaited<ReturnType<typeof scoringCommittee>>,
  value: (applicantIndex: number, criterionIndex: number) => number,
) {
  const queue = await c.call('desk.queue', { roundId: c.round.id });
  for (const item of queue.items) {
    if (item.status === 'recused') continue;
    const ai = c.applicants.findIndex((a) => a.id === item.applicantId);
    for (const [ci, criterionId] of criteria.entries()) {
      const v = value(ai, ci);
      const note = v === 1 || v === 4 ? 'Alasan tercatat dalam wawancara' : undefined;
      await c.call('scores.save', { roundId: c.round.id, applicantId: item.applicantId, criterionId, value: v, ...(note ? { note } : {}) });
    }
  }
}
