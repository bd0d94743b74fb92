import type { Kysely } from 'kysely';
import type { CriterionScore, DeskStatus, ProgressCounts } from '../../../shared/contract/scoring-types';
import type { Rubric } from '../../../shared/selection/rubric';
import { deskStatus } from '../../../shared/scoring/sheet-status';
import type { Database } from '../../vault/schema';
import { assignedApplicants, recusedSet } from '../rounds/assignment';
import type { RoundRow } from '../rounds/round-record';

export type ScoresByApplicant = Map<string, Record<string, CriterionScore>>;

/** One scorer's own scores in a round, by applicant then criterion. */
export async function myScores(db: Kysely<Database>, roundId: string, personId: string, applicantId?: string): Promise<ScoresByApplicant> {
  let q = db
    .selectFrom('scores')
    .select(['applicant_id', 'criterion_id', 'value', 'note'])
    .where('round_id', '=', roundId)
    .where('person_id', '=', personId);
  if (applicantId) q = q.where('applicant_id', '=', applicantId);
  const out: ScoresByApplicant = new Map();
  for (const r of await q.execute()) {
    let m = out.get(r.applicant_id);
    if (!m) out.set(r.applicant_id, (m = {}));
    m[r.criterion_id] = { value: r.value, note: r.note };
  }
  return out;
}

export interface DeskEntry {
  applicantId: string;
  status: DeskStatus;
}

/** Every applicant assigned to one scorer, with the status of their work on each. */
export async function deskEntries(db: Kysely<Database>, round: RoundRow, rubric: Rubric, personId: string): Promise<DeskEntry[]> {
  const [assigned, recused, scores] = await Promise.all([
    assignedApplicants(db, round, personId),
    recusedSet(db, round.selection_id, personId),
    myScores(db, round.id, personId),
  ]);
  return assigned.map((applicantId) => ({
    applicantId,
    status: deskStatus(rubric, scores.get(applicantId) ?? {}, recused.has(applicantId)),
  }));
}

export function countStatuses(entries: DeskEntry[]): ProgressCounts {
  const counts: ProgressCounts = { done: 0, inProgress: 0, notStarted: 0, recused: 0 };
  for (const e of entries) counts[e.status]++;
  return counts;
}
